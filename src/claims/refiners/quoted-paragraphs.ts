// A paragraph that is nothing but a quotation, with no cue of its own, goes on the claim that closes
// the paragraph before it: "“A,” Barkley said. “B.”¶“C.”" is one claim in three ranges, as the
// reader hears the same speaker go on. A quotation another candidate already holds, or one whose
// paragraph names a speaker of its own (“C,” she added.), stays where it is.
import { overlaps, type Span } from '../../pipeline/document.js';
import type { ClaimCandidate, ClaimsInput } from '../candidate.js';

/** Paragraphs a single quotation may continue across before the run is deemed a new passage. */
const MAX_PARAGRAPHS = 3;

/** Running speech: a few words at least, not a heading in capitals ("“EVENTUALLY VOTERS MAKE GOOD DECISIONS”", "“Related:”"). */
const isSpokenPassage = (quoted: string): boolean => quoted.split(/\s+/).length >= 5 && /\p{Ll}/u.test(quoted);

export function withQuotedParagraphs(doc: ClaimsInput, candidates: readonly ClaimCandidate[]): ClaimCandidate[] {
  const { text, quotations } = doc;
  // Held by another candidate, as its content or by a cue inside it ("“I think …”" may be a claim of its own).
  const held = (s: Span) => candidates.some((c) => c.content.some((r) => overlaps(r, s)) || (c.cue !== null && overlaps(c.cue, s)));
  return candidates.map((c) => {
    const content = [...c.content];
    for (let n = 0; n < MAX_PARAGRAPHS; n++) {
      const last = content.at(-1)!;
      const paragraphEnd = text.indexOf('\n', Math.max(last.end, c.cue?.end ?? 0));
      if (paragraphEnd < 0) break;
      // The claim closes its paragraph: only its own cue clause and punctuation follow its content.
      if (candidates.some((o) => o !== c && o.content[0]!.start > last.end && o.content[0]!.start < paragraphEnd)) break;
      const next = quotations.find((q) => q.start > paragraphEnd && q.closed);
      if (!next || !/^\s*$/.test(text.slice(paragraphEnd, next.start)) || !/^[ \t]*(?:\n|$)/.test(text.slice(next.end)) || held(next) || !isSpokenPassage(text.slice(next.start, next.end))) break;
      content.push({ start: next.start, end: next.end });
    }
    return content.length === c.content.length ? c : { ...c, content };
  });
}
