// "According to X, Y" and "Y, according to X".
import { firstStartingAt, type Span, type Token } from '../../pipeline/document.js';
import type { ClaimCandidate, CueRecognizer } from '../candidate.js';
import { trimSpan } from '../spans.js';

const ACCORDING_TO = /\b[Aa]ccording to\s+/g;

export const accordingTo: CueRecognizer = (doc) => {
  const { text, sentences } = doc;
  const out: ClaimCandidate[] = [];
  for (const m of text.matchAll(ACCORDING_TO)) {
    const sentence = sentences.find((s) => s.start <= m.index && m.index < s.end);
    if (!sentence) continue;
    const cue = { start: m.index, end: m.index + 'according to'.length };
    const afterStart = m.index + m[0].length;
    const comma = text.indexOf(',', afterStart);
    // Sentence-initial, allowing a dateline or tag before a dash: "NCRI – According to X, Y".
    const lead = text.slice(sentence.start, m.index);
    if (comma !== -1 && comma < sentence.end && (!lead.trim() || /^[^,.]{0,40}[–—:-]\s*$/.test(lead))) {
      // Sentence-initial: According to X, Y.
      out.push({ cue, source: trimSpan(text, { start: afterStart, end: comma }), content: [trimSpan(text, { start: comma + 1, end: sentence.end })], rule: 'claims/according-to' });
    } else {
      const before = trimSpan(text, { start: sentence.start, end: m.index });
      // "The plan, according to the report, will cost …": set off by commas inside the sentence, the
      // phrase interrupts the content, which resumes with a clause after the source.
      const resumed = /,\s*$/.test(lead) && comma !== -1 && comma < sentence.end ? clauseAfter(doc.tokens, text, comma + 1, sentence.end) : null;
      if (resumed) out.push({ cue, source: trimSpan(text, { start: afterStart, end: comma }), content: [before, resumed], rule: 'claims/according-to' });
      else out.push({ cue, source: trimSpan(text, { start: afterStart, end: sourceEnd(text, afterStart, sentence.end) }), content: [before], rule: 'claims/according-to' });
    }
  }
  // "according to" at the end of a sentence names no source.
  return out.filter((c) => c.content.every((s) => s.end > s.start) && (c.source === null || c.source.end > c.source.start));
};

/** Words that open the writer's own clause after the source (", which was released …"), not the content's rest… */
const WRITERS_CLAUSE = /^(?:which|who|whom|whose|while|whereas|but|and|or|although|though|as|when|where|because|since|after|before)$/;

/** The rest of the sentence from `start` when it holds a finite verb (a clause, not an apposition), else null. */
function clauseAfter(tokens: readonly Token[], text: string, start: number, end: number): Span | null {
  const k = firstStartingAt(tokens, start);
  const first = k < 0 ? undefined : tokens[k];
  // …nor a participle (", compared with four years earlier", ", citing …").
  if (!first || first.start >= end || WRITERS_CLAUSE.test(first.normal) || ['Gerund', 'Participle', 'PastTense'].some((tag) => first.tags.includes(tag))) return null;
  // The clause's verb comes early; a bounded look keeps a giant sentence linear.
  const finite = tokens.slice(k, k + 40).some((t) => t.end <= end && t.tags.includes('Verb') && !t.tags.includes('Gerund') && !t.tags.includes('Participle'));
  return finite ? trimSpan(text, { start, end }, /[\s,;:.—–-]/) : null;
}

/**
 * Where a trailing source ends: the sentence end, or a dash, semicolon or a comma that
 * opens the writer's own clause ("according to the poll, compared with …") rather than an apposition
 * ("according to John Smith, a spokesman for the campaign").
 */
function sourceEnd(text: string, start: number, end: number): number {
  const stop = /\s-\s|[;—–]|,(?!\s+(?:a|an|the|who|which|whose)\b)/g;
  stop.lastIndex = start;
  const m = stop.exec(text);
  return m && m.index < end ? m.index : end;
}
