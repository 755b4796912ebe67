// Quotations from the opening to the closing mark, across sentences and paragraphs. Curly quotes
// pair by direction; straight double quotes, and the doubled apostrophes of some news archives
// (''like this''), alternate within a paragraph. By newspaper convention a quotation that runs over
// several paragraphs reopens each paragraph and closes only in the last.
import type { Quotation } from '../pipeline/document.js';

const OPEN = ['“', '"', '«', "''"];
const CLOSE_OF: Record<string, string> = { '“': '”', '"': '"', '«': '»', "''": "''" };
/**
 * Scraped text mixes the styles (“… ," or "… ”): a curly opening mark that its paragraph never closes
 * is closed by a straight mark right after a word or punctuation; a straight one closes on a curly ”
 * (in the scan itself).
 */
const MIXED_CLOSE: Record<string, RegExp> = { '“': /(?<=\S)"/ };

/** A “ right after a sentence's punctuation and before white space closes the quotation it ends. */
const closesMisprinted = (text: string, at: number): boolean => text[at] === '“' && /[,.?!—–]/.test(text[at - 1] ?? '') && /^(?:\s|$)/.test(text.slice(at + 1, at + 2));

export function findQuotations(text: string): Quotation[] {
  const out: Quotation[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = OPEN.find((m) => text.startsWith(m, i));
    // A straight mark right after a word closes something; it never opens. Nor does a curly opening
    // mark misprinted for a closing one ("“Apparently not,“ he said").
    if (!ch || ((ch === '"' || ch === "''") && /\w/.test(text[i - 1] ?? '')) || closesMisprinted(text, i)) {
      i++;
      continue;
    }
    const close = CLOSE_OF[ch]!;
    let j = i + ch.length;
    let end = -1;
    let paragraphEnd = -1;
    let from = j;
    while (j < text.length) {
      const c = text[j]!;
      if (text.startsWith(close, j)) {
        end = j + close.length;
        // ''… 'You weren't in line,''' — a nested single quote closes with it.
        if (close === "''" && text[end] === "'") end++;
        break;
      }
      if (ch === '“' && closesMisprinted(text, j)) {
        end = j + 1;
        break;
      }
      // "B.” — a straight opening mark closed by a curly one, before the paragraph ends.
      if (ch === '"' && c === '”') {
        end = j + 1;
        break;
      }
      if (c === '\n') {
        paragraphEnd = j;
        // The quotation continues only if the next paragraph opens with a quote mark.
        let k = j;
        while (k < text.length && /\s/.test(text[k]!)) k++;
        if (!text.startsWith(ch, k)) break;
        j = k + ch.length;
        from = j;
        continue;
      }
      j++;
    }
    // …or when the same opening mark comes again before its own closing one ("“A," he said. “B.”").
    const reopened = end > 0 && ch === '“' ? text.indexOf(ch, from) : -1;
    const searchEnd = end < 0 ? j : reopened >= 0 && reopened < end ? reopened : -1;
    const mixed = searchEnd > from ? MIXED_CLOSE[ch]?.exec(text.slice(from, searchEnd)) : null;
    if (mixed) end = from + mixed.index + 1;
    // “A," he said. "B.” — a straight mark closes the curly quotation when a straight one reopens after it.
    const straight = !mixed && end > 0 && ch === '“' ? /(?<=\S)"\s/.exec(text.slice(from, end)) : null;
    if (straight && /\s"/.test(text.slice(from + straight.index + 1, end))) end = from + straight.index + 1;
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
