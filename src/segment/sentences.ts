// Sentence boundaries with offsets. A line break ends a sentence (statements put one paragraph a line)
// unless the line is wrapped mid-sentence: it ends without terminal punctuation and the next line
// starts lower-case ("yesterday,\nmilitary officials reported"). Inside a paragraph, [.!?] plus closing
// quotes/brackets ends one when an upper-case letter, a digit or an opening quote follows, unless the
// word before the stop is an abbreviation or an initial.
import { z } from 'zod';
import type { Sentence } from '../pipeline/document.js';
import { loadLexicon } from '../pipeline/lexicon.js';
import data from './lexicons/abbreviations.json' with { type: 'json' };

const lexicon = loadLexicon(
  'segment/abbreviations',
  z.object({ always: z.array(z.string()), beforeNumber: z.array(z.string()), sentenceStarters: z.array(z.string()) }),
  data,
);
const ALWAYS = new Set(lexicon.always);
const STARTERS = new Set(lexicon.sentenceStarters);
const BEFORE_NUMBER = new Set(lexicon.beforeNumber);

// The lookbehind starts a match only at the first stop of a run, so a run of thousands of dots is
// read once instead of once per dot.
const BOUNDARY = /(?<![.!?…])[.!?…]+["'”’)\]]*(?=\s+(?:''|["'“‘(\[])?[A-Z0-9\u00C0-\u024F])/g;

function isAbbreviation(line: string, stopAt: number, after: string): boolean {
  if (line[stopAt] !== '.') return false;
  const word = /([A-Za-z][A-Za-z.]*)$/.exec(line.slice(Math.max(0, stopAt - 12), stopAt))?.[1];
  if (!word) return false;
  const key = word.toLowerCase();
  if (/^[A-Z]$/.test(word)) return true; // an initial: "George W. Bush"
  // A dotted short form can end a sentence: "attacks in the U.S. He says".
  if (key.includes('.') && STARTERS.has(/^\s+(?:''|["“])?([A-Za-z]+)/.exec(after)?.[1] ?? '')) return false;
  if (ALWAYS.has(key)) return true;
  return BEFORE_NUMBER.has(key) && /^\s+\d/.test(after);
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  for (const { start: base, end: lineEnd } of paragraphs(text)) {
    const line = text.slice(base, lineEnd);
    let from = 0;
    BOUNDARY.lastIndex = 0;
    for (let b = BOUNDARY.exec(line); b; b = BOUNDARY.exec(line)) {
      const end = b.index + b[0].length;
      if (isAbbreviation(line, b.index, line.slice(end))) continue;
      push(out, text, base + from, base + end, paragraph);
      from = end;
    }
    push(out, text, base + from, base + line.length, paragraph);
    paragraph++;
  }
  return out;
}

/** Non-blank lines, joined where a line wraps mid-sentence. */
function paragraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const lineRe = /[^\n]+/g;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    if (!m[0].trim()) continue;
    const last = out[out.length - 1];
    const between = last ? text.slice(last.end, m.index) : '';
    const wraps = last && between === '\n' && !/[.!?:;"”’)\]]\s*$/.test(text.slice(last.start, last.end)) && /^\s*[a-z]/.test(m[0]);
    if (wraps) out[out.length - 1] = { start: last.start, end: m.index + m[0].length };
    else out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function push(out: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ index: out.length, start, end, paragraph });
}
