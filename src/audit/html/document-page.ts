// One document's audit page: the original text with every span highlighted by kind, the claim table
// (each row selects its evidence in the text), the entity panel and the timeline of resolved dates.
import type { EntityNode, TimeNode } from '../../graph/schema.js';
import { contentText, sourceLabel, type AuditedClaim, type AuditModel, type ClaimRole } from '../model.js';
import { segment, type Mark } from '../segments.js';
import { documentPageScript, inlineScript } from './client.js';
import { esc } from './escape.js';
import { STYLE } from './style.js';

type Highlight =
  | { readonly kind: 'claim'; readonly role: ClaimRole; readonly index: number }
  | { readonly kind: 'entity'; readonly type: EntityNode['type']; readonly index: number; readonly name: string }
  | { readonly kind: 'time'; readonly index: number; readonly value: string };

const ROLE_ATTRIBUTE: Readonly<Record<ClaimRole, string>> = { source: 'cs', cue: 'cc', content: 'cq' };
const ENTITY_TYPES: readonly EntityNode['type'][] = ['person', 'group', 'place', 'weapon'];

export function documentPage(model: AuditModel, indexHref: string): string {
  const { document: doc } = model.graph;
  const title = model.graph.nodes.find((n) => n.kind === 'document')?.title ?? null;
  const heading = title ?? doc.id;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(heading)} · claimgraph audit</title>
<style>${STYLE}</style>
</head>
<body class="doc-page">
<header>
<a class="back" href="${esc(indexHref)}">← all documents</a>
<h1>${esc(heading)}</h1>
<p class="meta">${metaLine(model)}</p>
${legend()}
</header>
<main>
<div class="pane" id="text-pane"><section><h2>Text</h2><pre id="text">${highlightedText(model)}</pre></section></div>
<div class="pane" id="side-pane">
${claimTable(model)}
${entityPanel(model.entities)}
${timeline(model)}
</div>
</main>
${inlineScript(documentPageScript)}
</body>
</html>
`;
}

function metaLine(model: AuditModel): string {
  const { document: doc } = model.graph;
  const published = doc.publishedAt
    ? `published <b>${esc(doc.publishedAt)}</b> <span class="small">(${esc(doc.publishedAtSource)}${doc.publishedAtSpan ? `: “${esc(doc.publishedAtSpan.text)}”` : ''})</span>`
    : 'publication date unknown';
  const origin = `${doc.origin.file}${doc.origin.line !== undefined ? `:${doc.origin.line}` : ''}`;
  return [
    `<code>${esc(doc.id)}</code>`,
    published,
    `language ${esc(doc.language)}`,
    `from ${esc(origin)}`,
    `<b data-count="entities">${model.entities.length}</b> entities`,
    `<b data-count="times">${model.times.length}</b> times`,
    `<b data-count="claims">${model.claims.length}</b> claims`,
  ].join(' · ');
}

function legend(): string {
  const roles = (['source', 'cue', 'content'] as const).map((r) => `<li><span class="s ${r}">${r}</span></li>`);
  const kinds = [...ENTITY_TYPES, 'time'].map((k) => `<li><span class="sw ${k}"></span>${k}</li>`);
  return `<ul class="legend" aria-label="legend">${[...roles, ...kinds].join('')}</ul>`;
}

function highlightedText(model: AuditModel): string {
  const { text } = model.graph.document;
  const marks: Mark<Highlight>[] = [];
  for (const c of model.claims) {
    for (const p of c.parts) marks.push({ start: p.start, end: p.end, value: { kind: 'claim', role: p.role, index: c.index } });
  }
  model.entities.forEach((e, index) => {
    for (const m of e.mentions) marks.push({ start: m.start, end: m.end, value: { kind: 'entity', type: e.type, index, name: e.name } });
  });
  model.times.forEach((t, index) => {
    for (const m of t.mentions) marks.push({ start: m.start, end: m.end, value: { kind: 'time', index, value: t.value } });
  });
  return segment(text.length, marks)
    .map((s) => (s.marks.length === 0 ? esc(text.slice(s.start, s.end)) : `<span${segmentAttributes(s.marks)}>${esc(text.slice(s.start, s.end))}</span>`))
    .join('');
}

function segmentAttributes(marks: readonly Highlight[]): string {
  const classes = new Set<string>(['s']);
  const lists = new Map<string, number[]>();
  const titles: string[] = [];
  const add = (attribute: string, index: number): void => {
    const list = lists.get(attribute) ?? [];
    if (!list.includes(index)) list.push(index);
    lists.set(attribute, list);
  };
  for (const m of marks) {
    if (m.kind === 'claim') {
      classes.add(m.role);
      add(ROLE_ATTRIBUTE[m.role], m.index);
      titles.push(`${m.role} of claim ${m.index + 1}`);
    } else if (m.kind === 'entity') {
      classes.add(m.type);
      add('e', m.index);
      titles.push(`${m.type}: ${m.name}`);
    } else {
      classes.add('time');
      add('t', m.index);
      titles.push(`time: ${m.value}`);
    }
  }
  const data = [...lists].map(([attribute, list]) => ` data-${attribute}="${list.join(' ')}"`).join('');
  return ` class="${[...classes].join(' ')}"${data} title="${esc([...new Set(titles)].join('\n'))}"`;
}

function claimTable(model: AuditModel): string {
  const { text } = model.graph.document;
  const rows = model.claims.map((c) => {
    const source = c.claim.source ? `<span class="chip source">${esc(c.claim.source.text)}</span>` : '<span class="chip none">no source</span>';
    const cue = c.claim.cue ? `<span class="chip cue">${esc(c.claim.cue.text)}</span>` : '<span class="chip none">no cue</span>';
    const flow = `${source} <span class="arrow">→</span> ${cue} <span class="arrow">→</span> <span class="chip content">${esc(contentText(text, c))}</span>`;
    return `<tr id="claim-${c.index + 1}" data-claim="${c.index}" tabindex="0" title="${esc(c.claim.id)} · ${esc(c.claim.rule)}">
<td class="num">${c.index + 1}</td><td><div class="flow">${flow}</div></td><td><span class="mode ${c.claim.mode}">${c.claim.mode}</span></td>
<td>${resolvedSource(c)}</td><td>${madeAt(c)}</td><td>${chain(c, model.claims)}</td></tr>`;
  });
  return `<section id="claims"><h2>Claims <span class="count">${model.claims.length}</span></h2>
<table><thead><tr><th class="num">#</th><th>source → cue → content</th><th>mode</th><th>source entity</th><th>made</th><th>nested in</th></tr></thead>
<tbody>
${rows.join('\n') || '<tr><td></td><td colspan="5" class="small">no claims found</td></tr>'}
</tbody></table></section>`;
}

function resolvedSource(c: AuditedClaim): string {
  if (!c.sourceEntity) return '<span class="unresolved">unresolved</span>';
  return `<span class="sw ${c.sourceEntity.type}"></span> ${esc(c.sourceEntity.name)}`;
}

function madeAt(c: AuditedClaim): string {
  if (!c.madeAt) return '<span class="unresolved">—</span>';
  const said = c.madeAt.mentions[0]?.text;
  return `<time>${esc(c.madeAt.value)}</time>${said ? `<div class="small">“${esc(said)}”</div>` : ''}`;
}

function chain(c: AuditedClaim, claims: readonly AuditedClaim[]): string {
  if (c.chain.length < 2) return '<span class="unresolved">—</span>';
  return c.chain
    .slice(0, -1)
    .map((i) => {
      const outer = claims[i];
      return outer ? `<a href="#claim-${i + 1}">#${i + 1}</a> ${esc(sourceLabel(outer))}` : '';
    })
    .join(' <span class="arrow">›</span> ');
}

function entityPanel(entities: readonly EntityNode[]): string {
  const groups = ENTITY_TYPES.map((type) => {
    const items = entities
      .map((e, index) => ({ e, index }))
      .filter(({ e }) => e.type === type)
      .map(({ e, index }) => {
        const aliases = e.aliases.length ? `<div class="small">also ${e.aliases.map((a) => `“${esc(a)}”`).join(', ')}</div>` : '';
        return `<li id="entity-${index + 1}" data-entity="${index}" tabindex="0"><span class="sw ${type}"></span> ${esc(e.name)} <span class="small" data-mentions>×${e.mentions.length}</span>${aliases}</li>`;
      });
    return items.length ? `<h3>${type}</h3><ul class="entities">${items.join('')}</ul>` : '';
  });
  return `<section id="entities"><h2>Entities <span class="count">${entities.length}</span></h2>${groups.join('') || '<p class="small">none found</p>'}</section>`;
}

function timeline(model: AuditModel): string {
  const { publishedAt } = model.graph.document;
  const entries: { key: string; html: string }[] = model.times.map((t, index) => ({ key: t.value, html: timeEntry(t, index, model.claims) }));
  if (publishedAt) entries.push({ key: publishedAt, html: `<li class="published"><time>${esc(publishedAt)}</time> <span class="small">publication date</span></li>` });
  // TIMEX3 values sort chronologically as strings within a granularity; durations and sets ("P…", "XXXX…") go last.
  const datedFirst = (key: string): string => (/^\d/.test(key) ? `0${key}` : `1${key}`);
  entries.sort((a, b) => (datedFirst(a.key) < datedFirst(b.key) ? -1 : datedFirst(a.key) > datedFirst(b.key) ? 1 : 0));
  return `<section id="timeline"><h2>Timeline <span class="count">${model.times.length}</span></h2>${
    entries.length ? `<ol class="timeline">${entries.map((e) => e.html).join('')}</ol>` : '<p class="small">no dates resolved</p>'
  }</section>`;
}

function timeEntry(t: TimeNode, index: number, claims: readonly AuditedClaim[]): string {
  const said = [...new Set(t.mentions.map((m) => m.text))].map((s) => `“${esc(s)}”`).join(', ');
  const made = claims.filter((c) => c.madeAt?.id === t.id).map((c) => `#${c.index + 1}`);
  return `<li id="time-${index + 1}" data-time="${index}" tabindex="0"><time>${esc(t.value)}</time> <span class="small">${t.type}</span> ${said} <span class="small">×${t.mentions.length}</span>${
    made.length ? `<div class="small">claims made then: ${made.join(', ')}</div>` : ''
  }</li>`;
}
