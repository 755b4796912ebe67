// The batch's index page: every document with its counts, the records extract could not process,
// and a filter box over both.
import type { ErrorRecord } from '../../graph/schema.js';
import type { AuditModel } from '../model.js';
import { indexPageScript, inlineScript } from './client.js';
import { esc } from './escape.js';
import { STYLE } from './style.js';

export interface IndexEntry {
  readonly model: AuditModel;
  /** The document page, relative to the index. */
  readonly href: string;
}

export function indexPage(entries: readonly IndexEntry[], errors: readonly ErrorRecord[]): string {
  const total = (count: (m: AuditModel) => number): number => entries.reduce((sum, e) => sum + count(e.model), 0);
  const resolved = (m: AuditModel): number => m.claims.filter((c) => c.sourceEntity).length;
  const rows = entries.map(({ model, href }) => {
    const { document: doc } = model.graph;
    const title = model.graph.nodes.find((n) => n.kind === 'document')?.title ?? '';
    const search = `${doc.id} ${title} ${doc.origin.file}`.toLowerCase();
    return `<tr data-doc data-search="${esc(search)}"><td><a href="${esc(href)}">${esc(doc.id)}</a>${title ? `<div class="small">${esc(title)}</div>` : ''}</td>
<td>${doc.publishedAt ? esc(doc.publishedAt) : '<span class="unresolved">—</span>'}</td><td>${esc(doc.language)}</td>
<td class="num" data-count="entities">${model.entities.length}</td><td class="num" data-count="times">${model.times.length}</td><td class="num" data-count="claims">${model.claims.length}</td>
<td class="num" data-count="resolved">${resolved(model)}</td></tr>`;
  });
  const errorRows = errors.map((e) => {
    const where = `${e.file}${e.line !== undefined ? `:${e.line}` : ''}`;
    const search = `${where} ${e.id ?? ''} ${e.reason}`.toLowerCase();
    return `<tr data-search="${esc(search)}"><td>${esc(where)}</td><td>${esc(e.id ?? '')}</td><td class="reason">${esc(e.reason)}</td></tr>`;
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>claimgraph audit · ${entries.length} documents</title>
<style>${STYLE}</style>
</head>
<body class="index-page">
<header>
<h1>claimgraph audit</h1>
<p class="meta"><b data-total="documents">${entries.length}</b> documents · <b data-total="entities">${total((m) => m.entities.length)}</b> entities · <b data-total="times">${total((m) => m.times.length)}</b> times · <b data-total="claims">${total((m) => m.claims.length)}</b> claims (<b data-total="resolved">${total(resolved)}</b> with a resolved source) · <b data-total="errors">${errors.length}</b> errors</p>
</header>
<main>
<input id="filter" class="filter" type="search" placeholder="filter documents and errors…" aria-label="filter documents and errors" autocomplete="off">
<section id="documents"><h2>Documents <span class="count"><span id="shown">${entries.length}</span> / ${entries.length}</span></h2>
<table><thead><tr><th>document</th><th>published</th><th>language</th><th class="num">entities</th><th class="num">times</th><th class="num">claims</th><th class="num">sources resolved</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table></section>
<section id="errors" class="errors"><h2>Errors <span class="count">${errors.length}</span></h2>
${errors.length ? `<table><thead><tr><th>file</th><th>id</th><th>reason</th></tr></thead><tbody>\n${errorRows.join('\n')}\n</tbody></table>` : '<p class="small">every record produced a graph</p>'}
</section>
</main>
${inlineScript(indexPageScript)}
</body>
</html>
`;
}
