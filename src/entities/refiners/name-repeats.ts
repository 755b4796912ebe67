// One name, one sense per document: once a name is recognised, its other occurrences are mentions
// of the same type, and so are its short forms — a person's surname ("al-Fayaz", "Fayaz"), a place
// without its designator ("Liberty" for "Camp Liberty"), a group without its leading demonym
// ("Hezbollah" for "Iraqi Hezbollah", but not "Government" for "Iraqi Government"). A form
// claimed by two types is ambiguous and left alone.
import type { EntityType } from '../../pipeline/document.js';
import type { Candidate } from '../candidate.js';
import { isCommonWord, isDemonym } from '../gazetteer.js';
import { DESIGNATORS, ORG_HEADS } from '../lexicon-sets.js';

const DESIGNATOR_WORDS = new Set([...DESIGNATORS.before, ...DESIGNATORS.after].flatMap((d) => d.split(/\s+/)));
const PARTICLE_PREFIX = /^(?:al|el|ad|as|ash|at|az|ar|an|ul)-/;
const MIN_FORM = 3;

function formsOf(type: EntityType, name: string): string[] {
  const words = name.split(/\s+/);
  const forms = [name];
  if (words.length > 1) {
    if (type === 'person') forms.push(words[words.length - 1]!);
    if (type === 'place') forms.push(words.filter((w) => !DESIGNATOR_WORDS.has(w)).join(' '));
    if (type === 'group' && isDemonym(words[0]!) && !words.slice(1).every((w) => ORG_HEADS.has(w))) forms.push(words.slice(1).join(' '));
  }
  if (type === 'person') for (const f of [...forms]) if (PARTICLE_PREFIX.test(f)) forms.push(f.replace(PARTICLE_PREFIX, ''));
  // A short form that is also an ordinary word ("Beer" of "Beer City") would find ordinary words.
  return forms.filter((f, i) => f.length >= MIN_FORM && /^[A-Z]/.test(f.replace(PARTICLE_PREFIX, '')) && (i === 0 || !isCommonWord(f)));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function addNameRepeats(text: string, mentions: readonly Candidate[]): Candidate[] {
  const typeOf = new Map<string, EntityType | null>();
  for (const m of mentions) {
    if (m.type === 'weapon') continue;
    for (const f of formsOf(m.type, text.slice(m.start, m.end))) typeOf.set(f, typeOf.has(f) && typeOf.get(f) !== m.type ? null : m.type);
  }
  const kept = [...mentions];
  const forms = [...typeOf].filter((e): e is [string, EntityType] => e[1] !== null).sort((a, b) => b[0].length - a[0].length);
  for (const [form, type] of forms) {
    const re = new RegExp(`(?<![\\p{L}\\p{M}\\d’'-])${escape(form)}(?![\\p{L}\\p{M}\\d-]|[’']\\p{L}{2})`, 'gu');
    for (const m of text.matchAll(re)) {
      const span = { start: m.index, end: m.index + form.length };
      if (kept.some((k) => k.start < span.end && span.start < k.end)) continue;
      kept.push({ type, ...span, rule: 'entities/name-repeats' });
    }
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
