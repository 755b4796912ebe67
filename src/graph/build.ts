// Projects the document's layers into the output graph: sorted nodes, content-derived ids, edges.
// A pure function; the result is validated against GraphSchema before anyone writes it.
import { bySpan, contains, textSpan, type Doc, type Span } from '../pipeline/document.js';
import { claimNodeIds, documentNodeId, entityNodeId, timeNodeId } from './ids.js';
import { GraphSchema, type ClaimNode, type Edge, type EntityNode, type Graph, type TimeNode } from './schema.js';

export type FullDoc = Doc<'zones' | 'sentences' | 'tokens' | 'quotations' | 'entities' | 'times' | 'claims'>;

const EDGE_ORDER = ['authored-by', 'source', 'nested-in', 'made-at', 'about-time', 'mentions'];

export function buildGraph(doc: FullDoc): Graph {
  const { text } = doc;
  const docNode = documentNodeId(doc.id);
  const titleZone = doc.zones.find((z) => z.kind === 'title');

  const entityIds = doc.entities.map((e) => entityNodeId(e.key));
  const entityNodes: EntityNode[] = doc.entities.map((e, i) => ({
    kind: 'entity',
    id: entityIds[i]!,
    type: e.type,
    name: e.name,
    key: e.key,
    aliases: [...e.aliases],
    mentions: [...e.mentions].sort(bySpan).map((m) => ({ ...textSpan(text, m), rule: m.rule })),
  }));

  const timeIds = doc.times.expressions.map((t) => timeNodeId(t.type, t.value));
  const timeNodes = new Map<string, TimeNode>();
  doc.times.expressions.forEach((t, i) => {
    const id = timeIds[i]!;
    const mention = { ...textSpan(text, t), rule: t.rule };
    const node = timeNodes.get(id);
    if (node) node.mentions.push(mention);
    else timeNodes.set(id, { kind: 'time', id, type: t.type, value: t.value, mentions: [mention] });
  });

  const claimIds = claimNodeIds(doc.claims);
  const edges: Edge[] = [];
  const claimNodes: ClaimNode[] = doc.claims.map((c, i) => {
    const id = claimIds[i]!;
    const first = c.content[0]!;
    const last = c.content[c.content.length - 1]!;
    const sourceEntity = c.sourceEntity === null ? null : entityIds[c.sourceEntity]!;
    const parent = c.parent === null ? null : claimIds[c.parent]!;
    const madeAt = c.madeAt === null ? null : timeIds[c.madeAt]!;
    if (sourceEntity) edges.push({ from: id, to: sourceEntity, type: 'source' });
    if (parent) edges.push({ from: id, to: parent, type: 'nested-in' });
    if (madeAt) edges.push({ from: id, to: madeAt, type: 'made-at' });
    const inContent = (s: Span) => c.content.some((r) => contains(r, s));
    doc.times.expressions.forEach((t, j) => {
      if (j !== c.madeAt && inContent(t)) edges.push({ from: id, to: timeIds[j]!, type: 'about-time' });
    });
    doc.entities.forEach((e, j) => {
      if (e.mentions.some(inContent)) edges.push({ from: id, to: entityIds[j]!, type: 'mentions' });
    });
    return {
      kind: 'claim',
      id,
      mode: c.mode,
      content: {
        ...textSpan(text, { start: first.start, end: last.end }),
        ...(c.content.length > 1 ? { ranges: c.content.map((r) => [r.start, r.end] as [number, number]) } : {}),
      },
      cue: c.cue && textSpan(text, c.cue),
      source: c.source && textSpan(text, c.source),
      sourceEntity,
      parent,
      madeAt,
      rule: c.rule,
    };
  });

  const signature = doc.zones.find((z) => z.kind === 'signature');
  if (signature) {
    const author = doc.entities.findIndex((e) => e.type === 'group' && e.mentions.some((m) => contains(signature, m)));
    if (author >= 0) edges.push({ from: docNode, to: entityIds[author]!, type: 'authored-by' });
  }

  const firstStart = (n: { mentions: readonly Span[] }) => n.mentions[0]!;
  const uniqueEdges = [...new Map(edges.map((e) => [`${e.from}|${e.type}|${e.to}`, e])).values()].sort(
    (a, b) => cmp(a.from, b.from) || EDGE_ORDER.indexOf(a.type) - EDGE_ORDER.indexOf(b.type) || cmp(a.to, b.to),
  );
  const pub = doc.times.publication;
  return GraphSchema.parse({
    schemaVersion: 1,
    document: {
      id: doc.id,
      node: docNode,
      publishedAt: pub.value,
      publishedAtSource: pub.source,
      publishedAtSpan: pub.span,
      language: doc.language,
      text,
      origin: doc.meta.origin,
      meta: doc.meta.extra,
    },
    nodes: [
      { kind: 'document', id: docNode, title: titleZone ? text.slice(titleZone.start, titleZone.end) : null },
      ...entityNodes.sort((a, b) => bySpan(firstStart(a), firstStart(b)) || cmp(a.id, b.id)),
      ...[...timeNodes.values()].sort((a, b) => bySpan(firstStart(a), firstStart(b)) || cmp(a.id, b.id)),
      ...claimNodes.sort((a, b) => bySpan(a.content, b.content) || cmp(a.id, b.id)),
    ],
    edges: uniqueEdges,
  });
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
