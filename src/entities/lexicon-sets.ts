// The entity lexicons, loaded and validated once, as the sets and matchers the recognizers share.
import { z } from 'zod';
import { loadLexicon } from '../pipeline/lexicon.js';
import acronymData from './lexicons/acronyms.json' with { type: 'json' };
import groupData from './lexicons/groups.json' with { type: 'json' };
import headData from './lexicons/org-heads.json' with { type: 'json' };
import designatorData from './lexicons/place-designators.json' with { type: 'json' };
import titleData from './lexicons/titles.json' with { type: 'json' };

const list = z.array(z.string().min(1));
const note = z.string().min(1);

export const ORG_HEADS: ReadonlySet<string> = new Set(loadLexicon('entities/org-heads', z.object({ note, heads: list }), headData).heads);
export const KNOWN_GROUPS: readonly string[] = loadLexicon('entities/groups', z.object({ note, groups: list }), groupData).groups;
export const NOT_ACRONYMS: ReadonlySet<string> = new Set(loadLexicon('entities/acronyms', z.object({ note, notNames: list }), acronymData).notNames);
export const DESIGNATORS = loadLexicon('entities/place-designators', z.object({ note, before: list, after: list, outside: list }), designatorData);
const titles = loadLexicon('entities/titles', z.object({ note, titles: list, portfolios: list }), titleData);

/** Titles as word sequences, longest first, so "Lt. Col." wins over "Lt.". */
export const TITLES: readonly (readonly string[])[] = [...new Set(titles.titles)].map((t) => t.split(/\s+/)).sort((a, b) => b.length - a.length);
export const PORTFOLIOS: readonly (readonly string[])[] = titles.portfolios.map((t) => t.split(/\s+/)).sort((a, b) => b.length - a.length);

/** A verb of saying or promising right after a name: its subject speaks, so it is no town ("Bolton said"). */
export const SPEAKS_AFTER = /^[ \t]+(?:said|says|told|added|stated|warned|wrote|insisted|explained|argued|noted|declared|announced|claimed|promised|pledged|vowed|urged|threatened|ordered|intends)\b/;

/** Length (in words) of the word sequence from `seqs` that `words` starts with at `at`, or 0. */
export function prefixLength(words: readonly { text: string }[], at: number, seqs: readonly (readonly string[])[]): number {
  for (const seq of seqs) if (seq.every((w, k) => words[at + k]?.text === w)) return seq.length;
  return 0;
}
