// The reference every relative date resolves against: the input's publishedAt, else the earliest
// dateline, date line or signature date that states a full date. The scrape-date header a crawler
// puts on top is never a candidate (zones marks it, and it is not among these zone kinds).
import { textSpan, type Doc, type Publication, type PublicationSource, type ZoneKind } from '../pipeline/document.js';
import { formatDate } from './calendar.js';
import { newsChrono } from './chrono.js';
import { markOf } from './marks.js';

const SOURCE_OF_ZONE: Partial<Record<ZoneKind, PublicationSource>> = { dateline: 'dateline', 'date-line': 'date-line', signature: 'signature' };
const ISSUED_ON = /\b(?:issued|released|published|dated)\s+(?:on\s+)?/gi;

export function publicationDate(doc: Doc<'zones'>): Publication {
  if (doc.meta.publishedAt) return { value: doc.meta.publishedAt, source: 'input', span: null };
  const candidates: { start: number; end: number; source: PublicationSource }[] = doc.zones.flatMap((z) => {
    const source = SOURCE_OF_ZONE[z.kind];
    return source ? [{ start: z.start, end: z.end, source }] : [];
  });
  for (const m of doc.text.matchAll(ISSUED_ON)) candidates.push({ start: m.index, end: Math.min(doc.text.length, m.index + m[0].length + 40), source: 'issued-on' });
  candidates.sort((a, b) => a.start - b.start);
  for (const c of candidates) {
    const found = newsChrono.parse(doc.text.slice(c.start, c.end), new Date(2000, 0, 1, 12)).find(
      // A written-out date only: our parsers' results are resolved against the placeholder reference.
      (r) => !markOf(r) && r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day'),
    );
    if (!found) continue;
    const s = found.start;
    const start = c.start + found.index;
    return {
      value: formatDate({ year: s.get('year')!, month: s.get('month')!, day: s.get('day')! }),
      source: c.source,
      span: textSpan(doc.text, { start, end: start + found.text.length }),
    };
  }
  return { value: null, source: 'none', span: null };
}
