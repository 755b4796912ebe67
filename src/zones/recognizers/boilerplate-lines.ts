// Share buttons, print links, paywall and ad banners: short lines that open with a known phrase.
import { z } from 'zod';
import type { Zone } from '../../pipeline/document.js';
import { loadLexicon } from '../../pipeline/lexicon.js';
import type { Line } from '../lines.js';
import data from '../lexicons/boilerplate.json' with { type: 'json' };

const { linePrefixes } = loadLexicon('zones/boilerplate', z.object({ linePrefixes: z.array(z.string().min(1)) }), data);
const MAX_LENGTH = 80;

export function boilerplateLines(_text: string, lines: readonly Line[]): Zone[] {
  return lines
    .filter((l) => l.text.length <= MAX_LENGTH && startsWithPhrase(l.text.toLowerCase()))
    .map((l) => ({ kind: 'boilerplate', start: l.start, end: l.end, rule: 'zones/boilerplate-lines' }));
}

const startsWithPhrase = (line: string): boolean =>
  linePrefixes.some((p) => line.startsWith(p) && (line.length === p.length || !/[a-z]/.test(line[p.length]!) || p.endsWith(':')) ) ||
  linePrefixes.some((p) => p.length > 8 && line.includes(p));
