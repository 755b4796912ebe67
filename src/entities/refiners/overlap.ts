// Mentions are flat. Where the precise recognizers' candidates overlap, the longer one wins (ties:
// the earlier recognizer), so "Government of Iraq" beats "Iraq". The fallback candidates
// (compromise's tags) only fill gaps that no precise candidate touches.
import type { Candidate } from '../candidate.js';

const overlapsAny = (c: Candidate, kept: readonly Candidate[]) => kept.some((k) => k.start < c.end && c.start < k.end);

export function removeOverlaps(candidates: readonly Candidate[], fallback: readonly Candidate[] = []): Candidate[] {
  const ranked = candidates.map((c, order) => ({ c, order })).sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.order - b.order);
  const kept: Candidate[] = [];
  for (const { c } of ranked) if (!overlapsAny(c, kept)) kept.push(c);
  for (const c of fallback) if (!overlapsAny(c, kept)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
