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
  readonly id: string;
  readonly machine?: string | null;
  readonly alias?: readonly string[];
  readonly root?: string;
  readonly implicit?: string;
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
  readonly regs: readonly Reg[];
  readonly group?: string | number;
  readonly justOne?: boolean;
  readonly notIf?: readonly Reg[];
}
/** One token of a parsed match pattern; only the fields that decide how its first term is tested. */
interface Reg {
  readonly start?: boolean;
  readonly end?: boolean;
  readonly optional?: boolean;
  readonly negative?: boolean;
  readonly anything?: boolean;
  readonly greedy?: boolean;
  readonly choices?: unknown;
  readonly id?: string;
  readonly tag?: string;
  readonly word?: string;
  readonly use?: string;
  readonly fuzzy?: boolean;
  /** "(one|two)" of single words; with `pos`, the term must carry that tag too. */
  readonly fastOr?: ReadonlySet<string>;
  readonly pos?: string;
  readonly method?: unknown;
  readonly pre?: unknown;
  readonly post?: unknown;
  readonly regex?: unknown;
  readonly chunk?: unknown;
  readonly switch?: unknown;
  readonly machine?: unknown;
  readonly sense?: unknown;
}
interface Net {
  readonly hooks: Readonly<Record<string, readonly NetMatch[]>>;
  readonly always: readonly NetMatch[];
}
/** [sentence, start, end], plus the first and last term ids once a match is made. */
type Ptr = [number, number, number, string?, string?];
interface SweepMethods {
  readonly one: {
    cacheDoc(document: CompromiseTerm[][]): Set<string>[];
  };
}
interface World {
  readonly hooks: readonly string[];
  readonly methods: {
    one: {
      bulkMatch: unknown;
      tokenize: { fromString(text: string, world: World): CompromiseTerm[][]; isSentence: (chunk: string, abbreviations: object) => boolean };
    };
  };
}
type ViewClass = new (document: CompromiseTerm[][]) => { compute(hooks: readonly string[]): void; document: CompromiseTerm[][] };

const world = nlp.world() as unknown as World;

/**
 * compromise's own sweep (src/1-one/sweep) tests every sentence against every key of the match net
 * and concatenates arrays as it goes, a third of the tagger's time. This finds the same candidate
 * matches from the sentence's side (its cached words and tags, each match looked up under one key
 * it needs), puts them in the sweep's order (net key order, first occurrence of each match string),
 * applies the same needs/ifNo/wants/minWords filters and returns the same result records, so tags
 * are identical (checked term by term, in tag order, over PolNeAR train); it is only faster.
 */
interface Filing {
  readonly key: string;
  /** Where the sweep meets the match under this key: net key order first, then list order. */
  readonly at: number;
  readonly match: NetMatch;
  readonly plan: MatchPlan;
}
interface NetIndex {
  /**
   * Per key, the match ids to consider when a sentence has it. A match that needs keys is filed
   * under one of them only (a word rather than a tag: words are rarer), since it passes only where
   * it has them all; one that only wants keys is filed under each of them.
   */
  readonly triggers: Map<string, number[]>;
  /** Per match id, every key it is listed under in the net, in sweep order. */
  readonly filings: Filing[][];
  /** Per match id, the sweep-wide sentence count at which it was last seen. */
  readonly seenIn: Float64Array;
  /** The matches tried on every sentence (those that need and want nothing), with their plans. */
  readonly always: readonly { readonly match: NetMatch; readonly plan: MatchPlan }[];
}
const netIndexes = new WeakMap<Net, NetIndex>();
function indexOf(net: Net): NetIndex {
  let index = netIndexes.get(net);
  if (index) return index;
  const keys = Object.keys(net.hooks);
  const stride = Math.max(0, ...keys.map((k) => net.hooks[k]!.length)) + 1;
  const ids = new Map<string, number>();
  const filings: Filing[][] = [];
  keys.forEach((key, rank) =>
    net.hooks[key]!.forEach((match, i) => {
      const id = ids.get(match.match) ?? ids.set(match.match, ids.size).size - 1;
      (filings[id] ??= []).push({ key, at: rank * stride + i, match, plan: planOf(match) });
    }),
  );
  const triggers = new Map<string, number[]>();
  filings.forEach((filed, id) => {
    // Distinct matches sharing a match string are met through any of their keys, as in the sweep.
    const { needs } = filed[0]!.match;
    const single = filed.every((f) => f.match === filed[0]!.match);
    const trigger = single ? (needs.find((n) => !n.startsWith('#')) ?? needs[0]) : undefined;
    for (const key of trigger !== undefined ? [trigger] : new Set(filed.map((f) => f.key))) {
      const list = triggers.get(key);
      if (list) list.push(id);
      else triggers.set(key, [id]);
    }
  });
  index = { triggers, filings, seenIn: new Float64Array(ids.size), always: net.always.map((match) => ({ match, plan: planOf(match) })) };
  netIndexes.set(net, index);
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

// compromise's matcher internals, which its package exports do not name: the module URLs are the
// ones its own entry point loads, so these are the very functions methods.one.match runs.
type Found = { pointer: [number | null, number, number]; groups: Record<string, [number | null, number, number]> };
const internal = async <T>(path: string): Promise<T> => ((await import(new URL(path, import.meta.resolve('compromise')).href)) as { default: T }).default;
const MATCH = './1-one/match/methods/match/';
const tryHere = await internal<(terms: CompromiseTerm[], regs: readonly Reg[], start: number, length: number) => Found | null>(`${MATCH}02-from-here.js`);
const notIf = await internal<(results: Found[], not: readonly Reg[], docs: CompromiseTerm[][]) => Found[]>(`${MATCH}03-notIf.js`);
const getGroup = await internal<(results: Found[], group: string | number | undefined) => { ptrs: Ptr[] }>(`${MATCH}03-getGroup.js`);
const termMatches = await internal<(term: CompromiseTerm, reg: Reg, index: number, length: number) => boolean | null>(`${MATCH}term/doesMatch.js`);

/** How a match is tried on a sentence, worked out once per match. */
interface MatchPlan {
  /** Terms the pattern needs at least (its regs that are neither optional nor negative). */
  readonly minLength: number;
  /**
   * Whether the pattern's first reg accepts the term at `index`, when that alone decides whether the
   * pattern can start there (no wildcard, choice, negation or option); undefined otherwise. Plain
   * #Tag, word and (one|two) regs are tested inline, as compromise's doesMatch would test them.
   */
  readonly opensAt?: (term: CompromiseTerm, index: number, length: number) => boolean;
}
function planOf(m: NetMatch): MatchPlan {
  const minLength = m.regs.filter((r) => r.optional !== true && r.negative !== true).length;
  const first = m.regs[0]!;
  const testsTerm = first.anything !== true && first.choices === undefined && first.negative !== true && first.optional !== true && !(first.end === true && first.greedy === true);
  const plain = first.start !== true && first.end !== true && first.id === undefined;
  const { tag, word, fastOr, pos } = first;
  // doesMatch reaches a fast-or only when the reg tests nothing before it.
  const onlyFastOr = [word, tag, first.method, first.pre, first.post, first.regex, first.chunk, first.switch, first.machine, first.sense].every((x) => x === undefined);
  return !testsTerm
    ? { minLength }
    : plain && word === undefined && tag !== undefined
      ? { minLength, opensAt: (t) => t.tags.has(tag) }
      : plain && word !== undefined && first.use === undefined && first.fuzzy !== true
        ? { minLength, opensAt: (t) => t.machine === word || t.text === word || t.normal === word || t.alias?.includes(word) === true }
        : plain && fastOr !== undefined && onlyFastOr
          ? { minLength, opensAt: (t) => (!pos || t.tags.has(pos)) && (fastOr.has(t.root || t.implicit || t.machine || t.normal) || fastOr.has(t.text)) }
          : { minLength, opensAt: (t, i, length) => termMatches(t, first, i, length) === true };
}

/**
 * compromise's runMatch (src/1-one/match/methods/match/index.js) for one sentence, with the same
 * results. runMatch copies the rest of the sentence at every term to try the pattern there (quadratic
 * allocation, a quarter of the tagger's time); this skips, uncopied, every term that cannot match the
 * pattern's first reg, which is where tryHere would fail at once.
 */
function matchSentence(terms: CompromiseTerm[], m: NetMatch, { minLength, opensAt }: MatchPlan): Ptr[] {
  const { regs } = m;
  if (regs.length === 0) return [];
  let results: Found[] = [];
  const first = regs[0]!;
  if (first.start === true) {
    const found = tryHere(terms, regs, 0, terms.length);
    if (found) results.push(found);
  } else {
    for (let i = 0; i < terms.length && terms.length - i >= minLength; i++) {
      if (opensAt && !opensAt(terms[i]!, i, terms.length)) continue;
      const found = tryHere(terms.slice(i), regs, i, terms.length);
      if (!found) continue;
      results.push(found);
      if (m.justOne === true) break;
      // Skip past the match, as runMatch does.
      const end = found.pointer[2];
      if (Math.abs(end - 1) > i) i = Math.abs(end - 1);
    }
  }
  for (const found of results) {
    found.pointer[0] = 0;
    for (const name in found.groups) found.groups[name]![0] = 0;
  }
  if (regs[regs.length - 1]!.end === true) results = results.filter((r) => r.pointer[2] === terms.length);
  if (m.notIf) results = notIf(results, m.notIf, [terms]);
  const { ptrs } = getGroup(results, m.group);
  for (const ptr of ptrs) {
    ptr[3] = terms[ptr[1]]!.id;
    ptr[4] = terms[ptr[2] - 1]!.id;
  }
  return ptrs;
}

let sentencesSwept = 0;

function bulkMatch(document: CompromiseTerm[][], net: Net, methods: SweepMethods, opts: { matchOne?: boolean } = {}) {
  const docCache = methods.one.cacheDoc(document);
  const { triggers, filings, seenIn, always } = indexOf(net);
  const results: (NetMatch & { pointer: Ptr })[] = [];
  for (let n = 0; n < document.length; n++) {
    const haves = docCache[n]!;
    const size = document[n]!.length;
    const mark = ++sentencesSwept;
    const met: Filing[] = [];
    for (const item of haves) {
      const ids = triggers.get(item);
      if (ids === undefined) continue;
      for (const id of ids) {
        if (seenIn[id] === mark) continue;
        seenIn[id] = mark;
        // The sweep takes a match under the first key the sentence has, and tests it there once.
        for (const filing of filings[id]!) {
          if (!haves.has(filing.key)) continue;
          if (passes(filing.match, haves, size)) met.push(filing);
          break;
        }
      }
    }
    const todo: { readonly match: NetMatch; readonly plan: MatchPlan }[] = met.sort((a, b) => a.at - b.at);
    for (const a of always) if (size >= a.match.minWords) todo.push(a);
    for (const { match: m, plan } of todo) {
      const ptrs = matchSentence(document[n]!, m, plan);
      for (const ptr of ptrs) {
        ptr[0] = n;
        results.push({ ...m, pointer: ptr });
      }
      if (ptrs.length > 0 && opts.matchOne === true) return [results[0]!];
    }
  }
  return results;
}
/** compromise's own sweep, which the tests tag with to check that ours gives the same terms. */
export const stockBulkMatch = world.methods.one.bulkMatch;
world.methods.one.bulkMatch = bulkMatch;

/** Characters before any trailing spaces that compromise's sentence test reads; more than any abbreviation. */
const SENTENCE_TAIL = 64;
const LETTER = /\p{L}/u;
const stockIsSentence = world.methods.one.tokenize.isSentence;
/**
 * compromise's sentence test on a chunk's tail only. Its checks look at the chunk's end (a stop, an
 * initial, an abbreviation), but its regexes scan the whole chunk, and the splitter tests a chunk
 * again each time it merges the next one in: a line of thousands of "Mr. " took quadratic time.
 * The answer is the same: a tail without a letter falls back to the whole chunk.
 */
world.methods.one.tokenize.isSentence = (chunk, abbreviations) => {
  let end = chunk.length;
  while (end > 0 && chunk[end - 1] === ' ') end--;
  const tail = end > SENTENCE_TAIL ? chunk.slice(end - SENTENCE_TAIL) : chunk;
  return stockIsSentence(LETTER.test(tail) ? tail : chunk, abbreviations);
};

const View = nlp('').constructor as unknown as ViewClass;
/** Every compute hook of nlp(text) but the chunker: it sets term.chunk, never a tag, and we read no chunks. */
const TAGGING_HOOKS = world.hooks.filter((hook) => hook !== 'chunks');

/** Tags the text once and returns compromise's terms, sentence by sentence. */
export function tagTerms(text: string): CompromiseTerm[][] {
  const doc = new View(world.methods.one.tokenize.fromString(text, world));
  doc.compute(TAGGING_HOOKS);
  return doc.document;
}
