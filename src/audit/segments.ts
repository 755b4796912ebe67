// Highlights overlap and nest (an entity inside a claim's content, a nested claim's source inside its
// parent's content), but HTML elements cannot cross. So the text is cut at every span boundary into
// non-overlapping segments, each carrying the list of marks that cover it.

export interface Mark<T> {
  readonly start: number;
  readonly end: number;
  readonly value: T;
}

export interface Segment<T> {
  readonly start: number;
  readonly end: number;
  /** The marks covering the whole segment, in the order they were given. */
  readonly marks: readonly T[];
}

/** Cuts `[0, length)` into segments that tile it exactly; empty and out-of-range marks are clipped or dropped. */
export function segment<T>(length: number, marks: readonly Mark<T>[]): Segment<T>[] {
  const clipped = marks
    .map((m) => ({ start: Math.max(0, m.start), end: Math.min(length, m.end), value: m.value }))
    .filter((m) => m.start < m.end);
  const cuts = [...new Set([0, length, ...clipped.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const at = new Map(cuts.map((c, i) => [c, i]));
  const covering: T[][] = cuts.slice(1).map(() => []);
  for (const m of clipped) {
    for (let i = at.get(m.start) ?? 0, last = at.get(m.end) ?? 0; i < last; i++) covering[i]?.push(m.value);
  }
  return covering.map((values, i) => ({ start: cuts[i] ?? 0, end: cuts[i + 1] ?? length, marks: values })).filter((s) => s.start < s.end);
}
