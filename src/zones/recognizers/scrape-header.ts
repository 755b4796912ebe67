// A date standing alone on the very first line is what a crawler stamps on the page when it saves
// it ("Wednesday, July 17, 2024"): never the publication date, however plausible it looks.
import type { Zone } from '../../pipeline/document.js';
import { DATE_ONLY_LINE, type Line } from '../lines.js';

export function scrapeHeader(_text: string, lines: readonly Line[]): Zone[] {
  const first = lines[0];
  return first && DATE_ONLY_LINE.test(first.text) ? [{ kind: 'scrape-header', start: first.start, end: first.end, rule: 'zones/scrape-header' }] : [];
}
