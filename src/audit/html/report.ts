// Writes the static report: <dir>/index.html and <dir>/documents/<page>.html, every page self-contained
// (inline style and script, no network), so the report opens from disk.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Batch } from '../load.js';
import { auditModel } from '../model.js';
import { documentPage } from './document-page.js';
import { indexPage } from './index-page.js';

const DOCUMENTS = 'documents';

/** Writes the report and returns the path of its index page. */
export function writeReport(batch: Batch, dir: string): string {
  mkdirSync(join(dir, DOCUMENTS), { recursive: true });
  const used = new Set<string>();
  const entries = batch.graphs.map(({ graph }) => {
    const name = pageName(graph.document.id, used);
    const model = auditModel(graph);
    writeFileSync(join(dir, DOCUMENTS, name), documentPage(model, '../index.html'));
    return { model, href: `${DOCUMENTS}/${encodeURIComponent(name)}` };
  });
  const index = join(dir, 'index.html');
  writeFileSync(index, indexPage(entries, batch.errors));
  return index;
}

/**
 * A file name for a document's page: the id itself when it is a plain name, else (or when two ids
 * would collide, as on a case-insensitive disk) a readable stem plus a hash of the id.
 */
export function pageName(id: string, used: Set<string>): string {
  const plain = /^[A-Za-z0-9][A-Za-z0-9._-]{0,150}$/.test(id) && !used.has(id.toLowerCase());
  const stem = plain ? id : `${id.replace(/[^A-Za-z0-9-]+/g, '_').slice(0, 80)}-${createHash('sha256').update(id).digest('hex').slice(0, 10)}`;
  used.add(stem.toLowerCase());
  return `${stem}.html`;
}
