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
const netIndexes = new WeakMap<Net, { keys: string[]; rank: Map<string, number> }>();
function indexOf(net: Net) {
  let index = netIndexes.get(net);
  if (!index) {
    const keys = Object.keys(net.hooks);
    index = { keys, rank: new Map(keys.map((k, i) => [k, i])) };
    netIndexes.set(net, index);
  }
  return index;
}

const passes = (m: NetMatch, haves: Set<string>, size: number): boolean =>
  size >= m.minWords &&
  m.needs.every((need) => haves.has(need)) &&
  !(m.ifNo !== undefined && m.ifNo.some((no) => haves.has(no))) &&
  (m.wants.length === 0 || m.wants.filter((want) => haves.has(want)).length >= m.minWant);

function bulkMatch(document: CompromiseTerm[][], net: Net, methods: SweepMethods, opts: { matchOne?: boolean } = {}) {
  const docCache = methods.one.cacheDoc(document);
  const { keys, rank } = indexOf(net);
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
    const seen = new Set<string>();
    const todo: NetMatch[] = [];
    for (const r of ranks) {
      for (const m of net.hooks[keys[r]!]!) {
        if (seen.has(m.match)) continue;
        seen.add(m.match);
        if (passes(m, haves, size)) todo.push(m);
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
