// Mentions → entities. Mentions of one type join one entity when
//  - their normalised names are equal;
//  - one is an acronym of the other: defined in the text ("Government of Iraq (GoI)") or spelling
//    the capitalised initials of a longer name in the document ("NCRI");
//  - one is a short form of the other: its words are the start or the end of the longer name,
//    particles aside and spelling variants allowed ("Liberty" → "Camp Liberty", "Fayyaz" → "Faleh al-Fayaz", "National
//    Council of Resistance" → "… of Iran"), when only one longer name fits;
//  - they are spelling variants: word by word the same double-metaphone code and a Jaro-Winkler
//    similarity of at least 0.84 ("Qods"/"Quds", "Fayaz"/"Fayyaz").
// The canonical name is the fullest one; the key (type + normalised canonical name) is the
// cross-document identity and is unique in the document.
import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import DoubleMetaphone from 'natural/lib/natural/phonetics/double_metaphone.js';
import type { Entity, EntityMention, EntityType } from '../../pipeline/document.js';
import type { Candidate } from '../candidate.js';
import { isDemonym, isPlaceNameAnyCase } from '../gazetteer.js';
import { DESIGNATORS } from '../lexicon-sets.js';
import { ARTICLE_PREFIX } from '../name-chunks.js';

export const normaliseName = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

const metaphone = new DoubleMetaphone();
/** 1 for a name written in capitals (a headline's "IRAQ"), which is never the canonical form when another is at hand. */
export const shouted = (name: string): number => (/\p{Ll}/u.test(name) ? 0 : 1);
const MIN_SIMILARITY = 0.84;
/** Name words without particles and joiners: what short forms and variants are compared on. */
const coreWords = (name: string) =>
  normaliseName(name)
    .split(' ')
    .map((w) => w.replace(ARTICLE_PREFIX, ''))
    .filter((w) => w && !['of', 'the', 'for', 'and', 'bin', 'ibn', 'al', 'el'].includes(w));
const initials = (name: string) => name.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');
const acronymLetters = (s: string) => (/^[A-Z][A-Za-z.]*[A-Z.]$/.test(s) && !/\s/.test(s) ? s.replace(/[^A-Z]/g, '') : '');

const codes = new Map<string, string>();
const soundOf = (w: string) => codes.get(w) ?? codes.set(w, metaphone.process(w)[0]).get(w)!;
const sameSound = (a: string, b: string) => {
  if (a === b) return true;
  if (a.length < 4 || b.length < 4 || a[0] !== b[0] && soundOf(a)[0] !== soundOf(b)[0]) return false;
  return soundOf(a) === soundOf(b) && jaroWinkler(a, b) >= MIN_SIMILARITY;
};
const isVariant = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.length > 0 && a.some((w, i) => w !== b[i]) && a.every((w, i) => sameSound(w, b[i]!));
const DESIGNATOR_WORDS = new Set([...DESIGNATORS.before, ...DESIGNATORS.after].flatMap((d) => normaliseName(d).split(' ')));
const isPrefix = (short: readonly string[], long: readonly string[]) => short.length < long.length && short.every((w, i) => sameSound(w, long[i]!));
const isSuffix = (short: readonly string[], long: readonly string[]) => short.length < long.length && short.every((w, i) => sameSound(w, long[long.length - short.length + i]!));
/** Short forms by type: a person's surname; a place without its designator; a group's leading words or its name without a demonym. */
function isShortForm(type: EntityType, short: readonly string[], long: readonly string[]): boolean {
  if (!short.length) return false;
  if (type === 'person') return isSuffix(short, long);
  // "Liberty" is "Camp Liberty"; "Baghdad", a place of its own, is not "Baghdad province".
  if (type === 'place') return short.length < long.length && short.join(' ') === long.filter((w) => !DESIGNATOR_WORDS.has(w)).join(' ') && !isPlaceNameAnyCase(short.join(' '));
  if (type === 'group') return (short.length >= 2 && isPrefix(short, long)) || (isSuffix(short, long) && long.length - short.length === 1 && isDemonym(long[0]!));
  return false;
}

interface Names {
  readonly type: EntityType;
  readonly name: string;
  readonly mentions: EntityMention[];
}

export function groupEntities(text: string, mentions: readonly Candidate[]): Entity[] {
  // 1. Same type and normalised name.
  const byName = new Map<string, Names>();
  for (const m of mentions) {
    const name = text.slice(m.start, m.end).replace(/\s+/g, ' ');
    const id = `${m.type}:${normaliseName(name)}`;
    const names = byName.get(id) ?? { type: m.type, name, mentions: [] };
    names.mentions.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end), rule: m.rule });
    byName.set(id, names);
  }
  const nodes = [...byName.values()];
  const parent = nodes.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number) => (parent[find(a)] = find(b));
  const index = new Map(nodes.map((n, i) => [`${n.type}:${normaliseName(n.name)}`, i]));

  // 2. Acronyms defined in the text: the mention right after "(" names the one before it.
  mentions.forEach((m, i) => {
    const next = mentions[i + 1];
    if (m.rule === 'entities/acronym-definition' && next && /^\s*\($/.test(text.slice(m.end, next.start))) {
      const a = index.get(`${m.type}:${normaliseName(text.slice(m.start, m.end))}`);
      const b = index.get(`${next.type}:${normaliseName(text.slice(next.start, next.end))}`);
      if (a !== undefined && b !== undefined) union(b, a);
    }
  });
  // 3. Acronyms, short forms and variants, each joined to the one longer name that fits.
  const cores = nodes.map((n) => coreWords(n.name));
  const inits = nodes.map((n) => initials(n.name));
  nodes.forEach((n, i) => {
    const letters = acronymLetters(n.name);
    const core = cores[i]!;
    const roots = new Set<number>();
    nodes.forEach((o, j) => {
      if (j === i || o.type !== n.type) return;
      if (o.name.length > n.name.length && ((letters.length >= 2 && inits[j] === letters) || isShortForm(n.type, core, cores[j]!))) roots.add(find(j));
      if (isVariant(core, cores[j]!)) union(i, j);
    });
    if (roots.size === 1) union(i, [...roots][0]!);
  });

  const clusters = new Map<number, Names[]>();
  nodes.forEach((n, i) => clusters.set(find(i), [...(clusters.get(find(i)) ?? []), n]));
  const entities: Entity[] = [];
  for (const members of clusters.values()) {
    const names = [...new Set(members.map((m) => m.name))];
    const name = [...names].sort((a, b) => coreWords(b).length - coreWords(a).length || b.length - a.length || shouted(a) - shouted(b) || (a < b ? -1 : 1))[0]!;
    const type = members[0]!.type;
    const ms = members.flatMap((m) => m.mentions).sort((a, b) => a.start - b.start);
    entities.push({ type, name, key: `${type}:${normaliseName(name)}`, aliases: names.filter((x) => x !== name).sort(), mentions: ms });
  }
  return mergeSameKey(entities).sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

/** Two clusters can share a canonical key (same name, different case); keep one entity per key. */
function mergeSameKey(entities: Entity[]): Entity[] {
  const byKey = new Map<string, Entity>();
  for (const e of entities) {
    const seen = byKey.get(e.key);
    byKey.set(
      e.key,
      seen
        ? {
            ...seen,
            aliases: [...new Set([...seen.aliases, ...e.aliases, e.name])].filter((a) => a !== seen.name).sort(),
            mentions: [...seen.mentions, ...e.mentions].sort((a, b) => a.start - b.start),
          }
        : e,
    );
  }
  return [...byKey.values()];
}
