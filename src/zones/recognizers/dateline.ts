// News datelines opening a paragraph: "BAGHDAD, July 27 (Reuters) –", "Baghdad, 30 March 2017 -",
// "Oct. 20, 2008 -", "PARIS, September 1, 2013 /PRNewswire/ --", "New York, Sep 1 2013 -",
// "Sep 01, 2013, 08:30 ET from NCRI", "WASHINGTON (AP) —".
import type { Zone } from '../../pipeline/document.js';
import type { Line } from '../lines.js';

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const PLACE = "(?:[A-Z][A-Za-z.'’-]*(?:\\s+[A-Z][A-Za-z.'’-]*){0,3}(?:,\\s+[A-Z][A-Za-z.]*)?,\\s+)?";
const DAY_MONTH = `(?:${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?)`;
const DATELINE = new RegExp(
  `^${PLACE}${DAY_MONTH}(?:,\\s*\\d{1,2}:\\d{2}\\s*[A-Z]{2,3}\\s+from\\s+[^\\n]+|\\s*(?:\\([A-Za-z ]+\\)|/[A-Za-z ]+/)?\\s*[-–—]{1,2})`,
);

/** "WASHINGTON (AP) —", "Philadelphia (AFP) –": a place and a news agency, no date. */
const AGENCY_DATELINE = /^[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){0,3}(?:,\s+[A-Z][A-Za-z.]*)?\s+\([A-Z][A-Za-z]{1,11}\)\s*[-–—]{1,2}/;

export function dateline(_text: string, lines: readonly Line[]): Zone[] {
  const out: Zone[] = [];
  for (const l of lines) {
    const m = DATELINE.exec(l.text) ?? AGENCY_DATELINE.exec(l.text);
    if (m) out.push({ kind: 'dateline', start: l.start, end: l.start + m[0].length, rule: 'zones/dateline' });
  }
  return out;
}
