// "X said (that) Y", "X warned on July 26: “Y”", "“Y,” said X": a cue verb from the lexicon with
// its source noun phrase and its content clause or quotation.
import { z } from 'zod';
import { contains, type Span, type Token } from '../../pipeline/document.js';
import { loadLexicon } from '../../pipeline/lexicon.js';
import { nlp } from '../../segment/nlp.js';
import type { ClaimCandidate, CueRecognizer } from '../candidate.js';
import data from '../lexicons/cue-verbs.json' with { type: 'json' };
import { nounPhraseAfter, nounPhraseBefore, trimSpan } from '../spans.js';

const { verbs } = loadLexicon('claims/cue-verbs', z.object({ verbs: z.array(z.string().min(1)) }), data);
/** Every inflection of every cue verb, conjugated once at load. */
const CUE_FORMS = new Set(
  verbs.flatMap((v) => {
    const forms = (nlp(v).verbs().conjugate()[0] ?? {}) as Record<string, string>;
    return [v, ...Object.values(forms)].map((f) => f.toLowerCase());
  }),
);
const AUXILIARY = /^(?:has|have|had|was|were|is|are|be|been|will|would|also|even|later|further|then|had)$/i;

export const sayVerbs: CueRecognizer = (doc) => {
  const { text, tokens, sentences, quotations } = doc;
  const out: ClaimCandidate[] = [];
  tokens.forEach((t, i) => {
    if (!CUE_FORMS.has(t.normal) || !t.tags.includes('Verb') || t.tags.includes('Gerund') && !t.tags.includes('PastTense')) return;
    const sentence = sentences[t.sentence]!;
    let cueStart = i;
    while (cueStart > 0 && tokens[cueStart - 1]!.sentence === t.sentence && AUXILIARY.test(tokens[cueStart - 1]!.text)) cueStart--;
    const cue: Span = { start: tokens[cueStart]!.start, end: t.end };
    const before = trimSpan(text, { start: sentence.start, end: cue.start });
    const quoteBefore = quotations.find((q) => q.end <= cue.start && q.end >= cue.start - 3);
    if (quoteBefore && /^[\s,]*$/.test(text.slice(quoteBefore.end, cue.start).replace(/[”"]/g, ''))) {
      // Inverted order: “Y,” said X / “Y,” X said.
      const source = nounPhraseAfter(text, tokens, i + 1) ?? nounPhraseBefore(text, tokens, cueStart);
      out.push({ cue, source, content: [quoteBefore], rule: 'claims/say-verbs' });
      return;
    }
    const source = nounPhraseBefore(text, tokens, cueStart);
    if (!source && before.end > before.start) return;
    let from = t.end;
    const rest = text.slice(from, sentence.end);
    const lead = /^\s*(?:on\s+[^:,]{1,30}?\s*)?(?:[:,]\s*)?(?:that\s+)?/.exec(rest)?.[0] ?? '';
    from += lead.length;
    const quote = quotations.find((q) => q.start >= from && q.start <= from + 1);
    const content: Span = quote && !contains(sentence, quote) ? quote : trimSpan(text, { start: from, end: Math.max(from, quote ? Math.max(quote.end, sentence.end) : sentence.end) }, /[\s,;.]/);
    if (content.end - content.start < 3) return;
    out.push({ cue, source, content: [content], rule: 'claims/say-verbs' });
  });
  return out;
};

export type { Token };
