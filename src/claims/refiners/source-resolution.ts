// The source as written → an entity: a mention inside the source span; else, for a pronoun or a
// description, the nearest entity of a fitting type mentioned before it.
import { overlaps, type Entity, type Span } from '../../pipeline/document.js';

const PERSON_PRONOUN = /^(?:he|she|him|her)$/i;
const GROUP_PRONOUN = /^(?:they|it|we)$/i;

export function resolveSource(text: string, source: Span | null, entities: readonly Entity[]): number | null {
  if (!source) return null;
  let best: { index: number; start: number } | null = null;
  entities.forEach((e, index) => {
    for (const m of e.mentions) if (overlaps(m, source) && (!best || m.start < best.start)) best = { index, start: m.start };
  });
  if (best) return (best as { index: number }).index;
  const written = text.slice(source.start, source.end).trim();
  const wanted = PERSON_PRONOUN.test(written) ? 'person' : GROUP_PRONOUN.test(written) ? 'group' : null;
  if (!wanted) return null;
  let nearest: { index: number; end: number } | null = null;
  entities.forEach((e, index) => {
    if (e.type !== wanted) return;
    for (const m of e.mentions) if (m.end <= source.start && (!nearest || m.end > nearest.end)) nearest = { index, end: m.end };
  });
  return nearest ? (nearest as { index: number }).index : null;
}
