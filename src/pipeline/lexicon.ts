// Lexicons are data files (JSON, imported with `with { type: 'json' }`), validated with zod once at
// module load. Dictionary regexes are built longest-first with full escaping.
import { z } from 'zod';

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** Validates a lexicon file's content, naming the file on failure. */
export function loadLexicon<T extends z.ZodType>(name: string, schema: T, data: unknown): z.infer<T> {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new Error(`lexicon ${name}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** `(?:longest|longer|long)` over the given phrases, escaped, with flexible inner white space. */
export function dictionaryPattern(phrases: readonly string[]): string {
  const unique = [...new Set(phrases)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return `(?:${unique.map((p) => escapeRegExp(p).replace(/\s+/g, '\\s+')).join('|')})`;
}
