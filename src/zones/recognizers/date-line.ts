// A date alone on its own line below the top ("For Immediate Release\nAugust 21, 2003", the date
// under a title, the date closing a signature): the statement's own date.
import type { Zone } from '../../pipeline/document.js';
import { DATE_ONLY_LINE, type Line } from '../lines.js';

export function dateLine(_text: string, lines: readonly Line[]): Zone[] {
  return lines
    .slice(1)
    .filter((l) => DATE_ONLY_LINE.test(l.text))
    .map((l) => ({ kind: 'date-line', start: l.start, end: l.end, rule: 'zones/date-line' }));
}
