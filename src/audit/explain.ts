// The terminal audit: each claim with its parts, resolved source, time made, source chain and the
// evidence sentence it was read from. Colours mark source, cue and content only when asked
// (`useColour` says when: on a terminal, unless NO_COLOR is set).
import { styleText } from 'node:util';
import type { Graph } from '../graph/schema.js';
import { auditModel, contentText, sourceLabel, type AuditedClaim, type AuditModel, type ClaimRole } from './model.js';
import { segment } from './segments.js';

type Style = Parameters<typeof styleText>[0];

const ROLE_STYLE: Readonly<Record<ClaimRole, Style>> = { source: ['bold', 'blue'], cue: ['bold', 'yellow'], content: 'green' };

export interface ExplainOptions {
  /** Only this claim: its id (`c:89-146`) or its number in reading order (`3`). */
  readonly claim?: string;
  readonly colour: boolean;
}

/** https://no-color.org: any non-empty NO_COLOR turns colours off. */
export const useColour = (stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean => stream.isTTY === true && !env.NO_COLOR;

export class UnknownClaimError extends Error {}

export function explain(graph: Graph, options: ExplainOptions): string {
  const model = auditModel(graph);
  const paint = (style: Style, s: string): string => (options.colour ? styleText(style, s, { validateStream: false }) : s);
  const chosen = options.claim === undefined ? model.claims : [findClaim(model, options.claim)];
  const { document: doc } = graph;
  const title = graph.nodes.find((n) => n.kind === 'document')?.title;
  const lines = [
    `${paint('bold', doc.id)}${title ? ` — ${title}` : ''}`,
    `published ${doc.publishedAt ?? 'unknown'} (${doc.publishedAtSource}) · ${model.entities.length} entities · ${model.times.length} times · ${model.claims.length} claims`,
  ];
  for (const c of chosen) lines.push('', ...claimLines(model, c, paint));
  return `${lines.join('\n')}\n`;
}

function findClaim(model: AuditModel, wanted: string): AuditedClaim {
  const byNumber = /^\d+$/.test(wanted) ? model.claims[Number(wanted) - 1] : undefined;
  const found = byNumber ?? model.claims.find((c) => c.claim.id === wanted);
  if (found) return found;
  const known = model.claims.map((c) => c.claim.id).join(', ') || 'none';
  throw new UnknownClaimError(`no claim ${JSON.stringify(wanted)} in ${model.graph.document.id}; its claims are ${known} (or their numbers 1–${model.claims.length})`);
}

function claimLines(model: AuditModel, c: AuditedClaim, paint: (style: Style, s: string) => string): string[] {
  const { text } = model.graph.document;
  const label = (s: string): string => paint('dim', s.padEnd(10));
  const quoted = (role: ClaimRole, span: { text: string; start: number; end: number } | null): string =>
    span ? `${paint(ROLE_STYLE[role], `“${oneLine(span.text)}”`)} ${paint('dim', `@${span.start}-${span.end}`)}` : paint('dim', '—');
  const { claim } = c;
  const content = { text: contentText(text, c), start: claim.content.start, end: claim.content.end };
  const resolved = c.sourceEntity ? `${c.sourceEntity.name} (${c.sourceEntity.type}, ${c.sourceEntity.id})` : 'unresolved';
  const made = c.madeAt ? `${c.madeAt.value}${c.madeAt.mentions[0] ? ` (“${oneLine(c.madeAt.mentions[0].text)}”)` : ''}` : '—';
  const chain = c.chain.map((i) => {
    const link = model.claims[i];
    return link ? `#${i + 1} ${oneLine(sourceLabel(link))}` : '';
  });
  return [
    `${paint('bold', `#${c.index + 1}`)} ${claim.id}  ${claim.mode}  ${paint('dim', claim.rule)}`,
    `  ${label('source')}${quoted('source', claim.source)} → ${resolved}`,
    `  ${label('cue')}${quoted('cue', claim.cue)}`,
    `  ${label('content')}${quoted('content', content)}`,
    `  ${label('made')}${made}`,
    `  ${label('chain')}${chain.join(' › ')}`,
    `  ${label('evidence')}${evidence(text, c, paint)}`,
  ];
}

/** The evidence sentence on one line, its source, cue and content painted by role. */
function evidence(text: string, c: AuditedClaim, paint: (style: Style, s: string) => string): string {
  const { start, end } = c.evidence;
  const marks = c.parts.map((p) => ({ start: p.start - start, end: p.end - start, value: p.role }));
  return segment(end - start, marks)
    .map((s) => {
      const piece = oneLine(text.slice(start + s.start, start + s.end));
      // Where parts overlap, the narrower role wins: a cue inside a source shows as the cue.
      const role = (['cue', 'source', 'content'] as const).find((r) => s.marks.includes(r));
      return role ? paint(ROLE_STYLE[role], piece) : piece;
    })
    .join('');
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ');
