// Quotations from the opening to the closing mark, across sentences and paragraphs. Curly quotes
// pair by direction; straight double quotes alternate within a paragraph. By newspaper convention a
// quotation that runs over several paragraphs reopens each paragraph and closes only in the last.
import type { Quotation } from '../pipeline/document.js';

const OPEN = new Set(['“', '"', '«']);
const CLOSE_OF: Record<string, string> = { '“': '”', '"': '"', '«': '»' };

export function findQuotations(text: string): Quotation[] {
  const out: Quotation[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (!OPEN.has(ch) || (ch === '"' && /\w/.test(text[i - 1] ?? ''))) {
      i++;
      continue;
    }
    const close = CLOSE_OF[ch]!;
    let j = i + 1;
    let end = -1;
    let paragraphEnd = -1;
    while (j < text.length) {
      const c = text[j]!;
      if (c === close) {
        end = j + 1;
        break;
      }
      if (c === '\n') {
        paragraphEnd = j;
        // The quotation continues only if the next paragraph opens with a quote mark.
        let k = j;
        while (k < text.length && /\s/.test(text[k]!)) k++;
        if (text[k] !== ch) break;
        j = k + 1;
        continue;
      }
      j++;
    }
    if (end > 0) {
      out.push({ start: i, end, closed: true });
      i = end;
    } else {
      const stop = paragraphEnd > 0 ? paragraphEnd : text.length;
      let e = stop;
      while (e > i && /\s/.test(text[e - 1]!)) e--;
      out.push({ start: i, end: e, closed: false });
      i = stop;
    }
  }
  return out;
}
