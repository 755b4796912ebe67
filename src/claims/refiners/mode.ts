// Mode from the content and the quotations: every range is a whole quotation → direct; a quotation
// inside the content → mixed; else indirect (also for a paraphrase nested inside someone's quotation).
import { type ClaimMode, type Quotation, type Span } from '../../pipeline/document.js';

export function claimMode(text: string, content: readonly Span[], quotations: readonly Quotation[]): ClaimMode {
  const quoted = (s: Span) => quotations.some((q) => Math.abs(q.start - s.start) <= 1 && q.end >= s.end - 1);
  if (content.every(quoted)) return 'direct';
  const inside = (s: Span) => quotations.some((q) => q.start >= s.start && q.start < s.end);
  if (content.some(inside) || content.some((s) => /["“]/.test(text.slice(s.start, s.end)))) return 'mixed';
  return 'indirect';
}
