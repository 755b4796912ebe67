// One name, one sense per document: once a name is recognised, its other occurrences are mentions
// of the same type, and so are its short forms — a person's surname ("al-Fayaz", "Fayaz"), a place
// without its designator ("Liberty" for "Camp Liberty"), a group without its leading demonym
// ("Hezbollah" for "Iraqi Hezbollah", but not "Government" for "Iraqi Government"). A form
// claimed by two types is ambiguous and left alone.
import type { EntityType } from '../../pipeline/document.js';
import type { Candidate } from '../candidate.js';
import { isCityOnly, isCommonWord, isDemonym } from '../gazetteer.js';
import { DESIGNATORS, ORG_HEADS } from '../lexicon-sets.js';
import { ARTICLE_PREFIX } from '../name-chunks.js';

const DESIGNATOR_WORDS = new Set([...DESIGNATORS.before, ...DESIGNATORS.after].flatMap((d) => d.split(/\s+/)));
const MIN_FORM = 3;

function formsOf(type: EntityType, name: string): string[] {
  const words = name.split(/\s+/);
  const forms = [name];
  if (words.length > 1) {
    if (type === 'person') forms.push(words[words.length - 1]!);
    if (type === 'place') forms.push(words.filter((w) => !DESIGNATOR_WORDS.has(w)).join(' '));
    if (type === 'group' && isDemonym(words[0]!) && !words.slice(1).every((w) => ORG_HEADS.has(w))) forms.push(words.slice(1).join(' '));
  }
  if (type === 'person') for (const f of [...forms]) if (ARTICLE_PREFIX.test(f)) forms.push(f.replace(ARTICLE_PREFIX, ''));
  // A short form that is also an ordinary word ("Beer" of "Beer City") would find ordinary words.
  return forms.filter((f, i) => f.length >= MIN_FORM && /^[A-Z]/.test(f.replace(ARTICLE_PREFIX, '')) && (i === 0 || !isCommonWord(f)));
}

/** A word of the text, as forms start: letters, digits, inner apostrophes, hyphens and dots. */
const WORD = /(?<![\p{L}\p{M}\d-])[\p{L}\p{M}\d][\p{L}\p{M}\d’'.-]*/gu;
/** After a form: more of a word, or a possessive-less apostrophe word ("Iraq’s" is fine, "Kata'ib" is not). */
const FOLLOWS_WORD = /^(?:[\p{L}\p{M}\d-]|[’']\p{L}{2})/u;

export function addNameRepeats(text: string, found: readonly Candidate[]): Candidate[] {
  // A town that is the surname of a person named in full here is that person ("John Bolton" … "Bolton").
  const surnames = new Set(found.filter((m) => m.type === 'person').flatMap((m) => formsOf('person', text.slice(m.start, m.end)).slice(1)));
  const mentions = found.map((m) => {
    const name = text.slice(m.start, m.end);
    return m.type === 'place' && surnames.has(name) && isCityOnly(name) ? { ...m, type: 'person' as const, rule: 'entities/name-repeats' } : m;
  });
  const typeOf = new Map<string, EntityType | null>();
  for (const m of mentions) {
    if (m.type === 'weapon') continue;
    for (const f of formsOf(m.type, text.slice(m.start, m.end))) typeOf.set(f, typeOf.has(f) && typeOf.get(f) !== m.type ? null : m.type);
  }
  // Forms by their first word, longest first; one pass over the words of the text.
  const byFirstWord = new Map<string, [string, EntityType][]>();
  for (const entry of [...typeOf].filter((e): e is [string, EntityType] => e[1] !== null).sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))) {
    const first = entry[0].split(' ')[0]!;
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), entry]);
  }
  const covered = new Uint8Array(text.length);
  for (const m of mentions) covered.fill(1, m.start, m.end);
  const added: Candidate[] = [];
  for (const w of text.matchAll(WORD)) {
    const candidates = byFirstWord.get(w[0].replace(/(?:[’']s)?[.’'-]*$/, ''));
    if (!candidates || (w.index > 0 && /[’']/.test(text[w.index - 1]!) && /\p{L}/u.test(text[w.index - 2] ?? ''))) continue;
    const hit = candidates.find(([form]) => text.startsWith(form, w.index) && !FOLLOWS_WORD.test(text.slice(w.index + form.length, w.index + form.length + 3)));
    if (!hit) continue;
    const span = { start: w.index, end: w.index + hit[0].length };
    if (covered.subarray(span.start, span.end).some((c) => c === 1)) continue;
    covered.fill(1, span.start, span.end);
    added.push({ type: hit[1], ...span, rule: 'entities/name-repeats' });
  }
  return [...mentions, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}
