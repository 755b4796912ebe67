// What both audit views show, derived once from a graph: claims in reading order with their parts,
// resolved source entity, time made, nesting chain and evidence sentence; entities; times.
import type { ClaimNode, EntityNode, Graph, TimeNode } from '../graph/schema.js';

export type ClaimRole = 'source' | 'cue' | 'content';

export interface RoleSpan {
  readonly role: ClaimRole;
  readonly start: number;
  readonly end: number;
}

export interface AuditedClaim {
  /** Position in reading order, 0-based. */
  readonly index: number;
  readonly claim: ClaimNode;
  /** Source, cue and content spans; a split quotation gives one content span per range. */
  readonly parts: readonly RoleSpan[];
  readonly sourceEntity: EntityNode | null;
  readonly madeAt: TimeNode | null;
  /** Reading-order indexes of the claims this one is nested in, outermost first, then its own. */
  readonly chain: readonly number[];
  /** The sentence(s) holding the claim: from the sentence start before its first part to the end of its last. */
  readonly evidence: { readonly start: number; readonly end: number };
}

export interface AuditModel {
  readonly graph: Graph;
  readonly entities: readonly EntityNode[];
  readonly times: readonly TimeNode[];
  readonly claims: readonly AuditedClaim[];
}

export function auditModel(graph: Graph): AuditModel {
  const entities: EntityNode[] = [];
  const times: TimeNode[] = [];
  const claimNodes: ClaimNode[] = [];
  for (const n of graph.nodes) {
    if (n.kind === 'entity') entities.push(n);
    else if (n.kind === 'time') times.push(n);
    else if (n.kind === 'claim') claimNodes.push(n);
  }
  const ordered = claimNodes
    .map((claim) => ({ claim, parts: partsOf(claim) }))
    .sort((a, b) => extent(a.parts).start - extent(b.parts).start || a.claim.content.start - b.claim.content.start || a.claim.content.end - b.claim.content.end);
  const indexById = new Map(ordered.map((c, i) => [c.claim.id, i]));
  const entityById = new Map(entities.map((e) => [e.id, e]));
  const timeById = new Map(times.map((t) => [t.id, t]));
  const claims = ordered.map(({ claim, parts }, index): AuditedClaim => {
    const { start, end } = extent(parts);
    return {
      index,
      claim,
      parts,
      sourceEntity: (claim.sourceEntity && entityById.get(claim.sourceEntity)) || null,
      madeAt: (claim.madeAt && timeById.get(claim.madeAt)) || null,
      chain: chainOf(index, ordered, indexById),
      evidence: sentencesAround(graph.document.text, start, end),
    };
  });
  return { graph, entities, times, claims };
}

function partsOf(claim: ClaimNode): RoleSpan[] {
  const parts: RoleSpan[] = [];
  if (claim.source) parts.push({ role: 'source', start: claim.source.start, end: claim.source.end });
  if (claim.cue) parts.push({ role: 'cue', start: claim.cue.start, end: claim.cue.end });
  for (const [start, end] of claim.content.ranges ?? [[claim.content.start, claim.content.end]]) parts.push({ role: 'content', start, end });
  return parts.sort((a, b) => a.start - b.start || a.end - b.end);
}

function extent(parts: readonly RoleSpan[]): { start: number; end: number } {
  return { start: Math.min(...parts.map((p) => p.start)), end: Math.max(...parts.map((p) => p.end)) };
}

function chainOf(index: number, ordered: readonly { claim: ClaimNode }[], indexById: ReadonlyMap<string, number>): number[] {
  const chain = [index];
  // A parent cycle would be a graph defect; stop at the first repeat rather than loop.
  for (let p = ordered[index]?.claim.parent; p != null; ) {
    const i = indexById.get(p);
    if (i === undefined || chain.includes(i)) break;
    chain.unshift(i);
    p = ordered[i]?.claim.parent;
  }
  return chain;
}

// A sentence ends at . ! or ? (with any closing quotes or brackets) before white space, or at a line
// break. A full stop after a single letter or inside a dotted abbreviation ("U.S. Embassy", "J. Smith")
// does not end one.
const SENTENCE_END = /[.!?][”"’')\]]*(?=\s)|\n/g;
const ABBREVIATION = /(?:^|[\s(“"])(?:[A-Za-z]\.)*[A-Za-z]\.$/;

function isSentenceEnd(text: string, match: RegExpExecArray): boolean {
  if (match[0] === '\n') return true;
  if (!match[0].startsWith('.')) return true;
  return !ABBREVIATION.test(text.slice(Math.max(0, match.index - 12), match.index + 1));
}

/** The span from the start of the sentence holding `start` to the end of the sentence holding `end - 1`. */
export function sentencesAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = 0;
  let to = text.length;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const after = m.index + m[0].length;
    if (!isSentenceEnd(text, m)) continue;
    if (after <= start) from = after;
    else if (after >= end) {
      to = after;
      break;
    }
  }
  while (from < start && /\s/.test(text[from] ?? '')) from++;
  while (to > end && /\s/.test(text[to - 1] ?? '')) to--;
  return { start: from, end: to };
}

/** How a claim's source reads in a chain: the resolved entity's name, else the words as written. */
export function sourceLabel(c: AuditedClaim): string {
  return c.sourceEntity?.name ?? c.claim.source?.text ?? '(no source)';
}

/** The text of each content range, for a split quotation joined with an ellipsis. */
export function contentText(text: string, c: AuditedClaim): string {
  return c.parts
    .filter((p) => p.role === 'content')
    .map((p) => text.slice(p.start, p.end))
    .join(' … ');
}
