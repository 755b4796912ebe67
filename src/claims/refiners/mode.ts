// Mode from the content and the quotations: all quoted → direct; a quoted fragment → mixed.
import { contains, overlaps, type ClaimMode, type Quotation, type Span } from '../../pipeline/document.js';

export function claimMode(text: string, content: readonly Span[], quotations: readonly Quotation[]): ClaimMode {
  const quoted = (s: Span) => quotations.some((q) => contains(q, { start: s.start, end: s.end }) || (q.start <= s.start + 1 && s.end - 1 <= q.end));
  if (content.every(quoted)) return 'direct';
  if (content.some((s) => quotations.some((q) => overlaps(q, s)) || /["“”]/.test(text.slice(s.start, s.end)))) return 'mixed';
  return 'indirect';
}
