// Content-derived ids: the same input always yields the same ids, whatever the run or worker.
import type { Span } from '../pipeline/document.js';

export const documentNodeId = (docId: string): string => `d:${docId}`;
export const entityNodeId = (key: string): string => `e:${key}`;
export const timeNodeId = (type: string, value: string): string => `t:${type}:${value}`;
const claimNodeId = (content: readonly Span[]): string => `c:${content.map((s) => `${s.start}-${s.end}`).join(',')}`;

/**
 * Claim ids by content; a claim quoting another with the very same content ("The man is believed to
 * be a courier, officials said") is told apart by where its cue starts (`c:323-446~447`).
 */
export function claimNodeIds(claims: readonly { content: readonly Span[]; cue: Span | null }[]): string[] {
  const ids = claims.map((c) => claimNodeId(c.content));
  const count = new Map<string, number>();
  for (const id of ids) count.set(id, (count.get(id) ?? 0) + 1);
  return ids.map((id, i) => (count.get(id)! > 1 ? `${id}~${claims[i]!.cue?.start ?? 'none'}` : id));
}
