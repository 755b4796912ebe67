// The one configured compromise instance. Plugins are registered here, once: nlp.plugin() mutates
// the shared instance for every importer.
import nlp from 'compromise';

export { nlp };

/** compromise's internal term, read directly (`.json()` is far too slow for the hot path). */
export interface CompromiseTerm {
  readonly text: string;
  readonly pre: string;
  readonly post: string;
  readonly normal: string;
  readonly tags: Set<string>;
}

/** The parts of compromise's post-tagger match net and methods that the sweep below touches. */
interface NetMatch {
  readonly match: string;
  readonly minWords: number;
  readonly needs: readonly string[];
  readonly wants: readonly string[];
  readonly minWant: number;
  readonly ifNo?: readonly string[];
  readonly unTag?: unknown;
}
interface Net {
  readonly hooks: Readonly<Record<string, readonly NetMatch[]>>;
  readonly always: readonly NetMatch[];
}
type Ptr = [number, number, number];
interface SweepMethods {
  readonly one: {
    cacheDoc(document: CompromiseTerm[][]): Set<string>[];
    match(document: CompromiseTerm[][], m: NetMatch): { ptrs: Ptr[] };
  };
}
interface World {
  readonly hooks: readonly string[];
  readonly methods: { one: { bulkMatch: unknown; tokenize: { fromString(text: string, world: World): CompromiseTerm[][] } } };
}
type ViewClass = new (document: CompromiseTerm[][]) => { compute(hooks: readonly string[]): void; document: CompromiseTerm[][] };

const world = nlp.world() as unknown as World;

/**
 * compromise's own sweep (src/1-one/sweep) tests every sentence against every key of the match net
 * and concatenates arrays as it goes, a third of the tagger's time. This finds the same candidate
 * matches from the sentence's side (its cached words and tags), in the same order (net key order,
 * first occurrence of each match string), with the same needs/ifNo/wants/minWords filters and the
 * same result records, so tags are identical; it is only faster.
 */
interface NetIndex {
  readonly keys: string[];
  readonly rank: Map<string, number>;
  /** Per key, a small integer per distinct match string, for de-duplication without hashing. */
  readonly matchIds: number[][];
  /** Per match id, the sweep-wide sentence count at which it was last seen. */
  readonly seenIn: Float64Array;
}
const netIndexes = new WeakMap<Net, NetIndex>();
function indexOf(net: Net): NetIndex {
  let index = netIndexes.get(net);
  if (!index) {
    const keys = Object.keys(net.hooks);
    const ids = new Map<string, number>();
    const matchIds = keys.map((k) => net.hooks[k]!.map((m) => ids.get(m.match) ?? ids.set(m.match, ids.size).size - 1));
    index = { keys, rank: new Map(keys.map((k, i) => [k, i])), matchIds, seenIn: new Float64Array(ids.size) };
    netIndexes.set(net, index);
  }
  return index;
}

function passes(m: NetMatch, haves: Set<string>, size: number): boolean {
  if (size < m.minWords) return false;
  for (const need of m.needs) if (!haves.has(need)) return false;
  if (m.ifNo !== undefined) for (const no of m.ifNo) if (haves.has(no)) return false;
  if (m.wants.length === 0) return true;
  let found = 0;
  for (const want of m.wants) if (haves.has(want)) found++;
  return found >= m.minWant;
}

let sentencesSwept = 0;

function bulkMatch(document: CompromiseTerm[][], net: Net, methods: SweepMethods, opts: { matchOne?: boolean } = {}) {
  const docCache = methods.one.cacheDoc(document);
  const { keys, rank, matchIds, seenIn } = indexOf(net);
  const results: (NetMatch & { pointer: Ptr })[] = [];
  for (let n = 0; n < document.length; n++) {
    const haves = docCache[n]!;
    const size = document[n]!.length;
    const ranks: number[] = [];
    for (const item of haves) {
      const r = rank.get(item);
      if (r !== undefined) ranks.push(r);
    }
    ranks.sort((a, b) => a - b);
    const mark = ++sentencesSwept;
    const todo: NetMatch[] = [];
    for (const r of ranks) {
      const matches = net.hooks[keys[r]!]!;
      const ids = matchIds[r]!;
      for (let i = 0; i < matches.length; i++) {
        if (seenIn[ids[i]!] === mark) continue;
        seenIn[ids[i]!] = mark;
        if (passes(matches[i]!, haves, size)) todo.push(matches[i]!);
      }
    }
    for (const m of net.always) if (size >= m.minWords) todo.push(m);
    for (const m of todo) {
      const { ptrs } = methods.one.match([document[n]!], m);
      for (const ptr of ptrs) {
        ptr[0] = n;
        results.push({ ...m, pointer: ptr });
      }
      if (ptrs.length > 0 && opts.matchOne === true) return [results[0]!];
    }
  }
  return results;
}
world.methods.one.bulkMatch = bulkMatch;

const View = nlp('').constructor as unknown as ViewClass;
/** Every compute hook of nlp(text) but the chunker: it sets term.chunk, never a tag, and we read no chunks. */
const TAGGING_HOOKS = world.hooks.filter((hook) => hook !== 'chunks');

/** Tags the text once and returns compromise's terms, sentence by sentence. */
export function tagTerms(text: string): CompromiseTerm[][] {
  const doc = new View(world.methods.one.tokenize.fromString(text, world));
  doc.compute(TAGGING_HOOKS);
  return doc.document;
}
