// Line helpers shared by the zone recognizers: every line with its offsets into the text.
import type { Span } from '../pipeline/document.js';

export interface Line extends Span {
  readonly index: number;
  /** The line without surrounding white space (its span is [start, end)). */
  readonly text: string;
}

/** Non-blank lines, trimmed, with offsets of the trimmed text. */
export function linesOf(text: string): Line[] {
  const out: Line[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ index: out.length, start: m.index + lead, end: m.index + lead + trimmed.length, text: trimmed });
  }
  return out;
}

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?';
/** A written-out calendar date: "July 27, 2013", "27 July 2013", "Sep 01, 2013", "2013-07-27", "8/20/03". */
export const DATE = `(?:(?:${WEEKDAY}\\s+)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4})|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})`;
export const DATE_ONLY_LINE = new RegExp(`^${DATE}$`, 'i');
