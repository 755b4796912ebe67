// A signature block closing a statement: one to three short lines without sentence punctuation,
// the last often a date ("Secretariat of the National Council of Resistance of Iran\nJuly 27, 2013").
import type { Zone } from '../../pipeline/document.js';
import { DATE_ONLY_LINE, type Line } from '../lines.js';

const SIGNER = /^(?:[A-Z][\w’'.&-]*|of|the|for|and|on|in|to|de|al-\w+)(?:[\s,]+(?:[A-Z][\w’'.&()-]*|of|the|for|and|on|in|to|de|al-\w+))*$/;

export function signature(_text: string, lines: readonly Line[], isChrome: (l: Line) => boolean): Zone[] {
  const tail = lines.filter((l) => !isChrome(l));
  let i = tail.length - 1;
  const date = tail[i] && DATE_ONLY_LINE.test(tail[i]!.text) ? tail[i--] : undefined;
  const signers: Line[] = [];
  while (i >= 1 && signers.length < 3 && tail[i]!.text.length <= 90 && SIGNER.test(tail[i]!.text)) signers.unshift(tail[i--]!);
  const first = signers[0] ?? date;
  const last = date ?? signers[signers.length - 1];
  // A block needs a signer line; a lone trailing date is a date-line, not a signature.
  if (!first || !last || signers.length === 0 || i < 1) return [];
  return [{ kind: 'signature', start: first.start, end: last.end, rule: 'zones/signature' }];
}
