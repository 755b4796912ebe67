// "The timing doesn’t surprise Republican pollster Daron Shaw: “Historically, …”", "… - Michael P.
// McDonald: “At long last …”": in running text, a name right before a colon and a quotation is who
// said it, and the colon is the cue (colon-headline reads the same shape opening a paragraph).
import { firstStartingAt, type Token } from '../../pipeline/document.js';
import type { ClaimCandidate, CueRecognizer } from '../candidate.js';
import { isCueHead } from '../cue-lexicon.js';
import { phraseEndingAt, rangeSpan, type TokenRange } from '../spans.js';

const RULE = 'claims/colon-quotation';

export const colonQuotation: CueRecognizer = (doc) => {
  const { text, tokens, quotations } = doc;
  const out: ClaimCandidate[] = [];
  for (const quote of quotations) {
    const colon = /:[ \t]*$/.exec(text.slice(Math.max(0, quote.start - 4), quote.start));
    if (!colon) continue;
    const at = quote.start - colon[0].length;
    const to = firstStartingAt(tokens, at);
    const last = to > 0 ? tokens[to - 1] : to < 0 ? tokens.at(-1) : undefined;
    if (!last || last.end !== at) continue;
    const end = to < 0 ? tokens.length : to;
    let floor = end - 1;
    while (floor > 0 && tokens[floor - 1]!.sentence === last.sentence) floor--;
    const phrase = phraseEndingAt(text, tokens, pastDate(tokens, end, floor), floor);
    const name = phrase && speaker(tokens, phrase);
    // "told CNN: “…”": the cue verb's own claim (reported-speech) has it.
    if (!name || (name.from > floor && isCueHead(tokens[name.from - 1]!))) continue;
    out.push({ cue: { start: at, end: at + 1 }, source: rangeSpan(tokens, name), content: [quote], rule: RULE });
  }
  return out;
};

/** "Clinton in December 1992:": the end of the phrase before a date adjunct, or `end`. */
function pastDate(tokens: readonly Token[], end: number, floor: number): number {
  let k = end;
  while (k - 1 > floor && ['Date', 'Value'].some((tag) => tokens[k - 1]!.tags.includes(tag))) k--;
  return k < end && /^(?:in|on|at)$/.test(tokens[k - 1]!.normal) ? k - 1 : end;
}

/**
 * The speaker in a phrase before the colon, or null when it names nobody: "More from Jones" → Jones,
 * "the laugh line" → null.
 */
function speaker(tokens: readonly Token[], phrase: TokenRange): TokenRange | null {
  const { to } = phrase;
  let { from } = phrase;
  const lead = tokens.slice(from, to).findIndex((t) => t.normal === 'from');
  if (lead >= 0 && lead <= 1) from += lead + 1;
  const named = tokens.slice(from, to).some((t) => ['ProperNoun', 'Person', 'Organization', 'Acronym'].some((tag) => t.tags.includes(tag)));
  return from < to && named ? { from, to } : null;
}
