// Organisations whose names carry no head word ("Hezbollah", "Amnesty International", "UNHCR"),
// from the groups lexicon (public lists: State Department FTO list, UN system chart, news agencies),
// with a leading demonym that makes it a distinct group ("Iraqi Hezbollah", "Afghan Taliban").
import { dictionaryPattern } from '../../pipeline/lexicon.js';
import type { Candidate, Recognizer } from '../candidate.js';
import { isDemonym } from '../gazetteer.js';
import { KNOWN_GROUPS } from '../lexicon-sets.js';

const DEMONYM_BEFORE = /([A-Z][a-z]+)[ \t]+$/;

const GROUP = new RegExp(String.raw`(?<![A-Za-z\u00C0-\u024F\d’'-])${dictionaryPattern(KNOWN_GROUPS)}(?![A-Za-z\u00C0-\u024F\d-]|[’'][A-Za-z]{2})`, 'g');

export const knownGroups: Recognizer = (doc) => {
  const out: Candidate[] = [];
  for (const m of doc.text.matchAll(GROUP)) {
    const before = DEMONYM_BEFORE.exec(doc.text.slice(Math.max(0, m.index - 30), m.index));
    const start = before && isDemonym(before[1]!) ? m.index - before[0].length : m.index;
    out.push({ type: 'group', start, end: m.index + m[0].length, rule: 'entities/known-groups' });
  }
  return out;
};
