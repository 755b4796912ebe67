// Mentions are flat: where candidates overlap, the longer one wins (ties: the earlier recognizer).
import type { Candidate } from '../candidate.js';

export function removeOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const ranked = candidates.map((c, order) => ({ c, order })).sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.order - b.order);
  const kept: Candidate[] = [];
  for (const { c } of ranked) if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
