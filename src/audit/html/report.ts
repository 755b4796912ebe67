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

export interface Report {
  readonly index: string;
  readonly pages: ReadonlyMap<string, string>;
}

export function writeReport(batch: Batch, dir: string): Report {
  mkdirSync(join(dir, DOCUMENTS), { recursive: true });
  const pages = new Map<string, string>();
  const used = new Set<string>();
  const entries = batch.graphs.map(({ graph }) => {
    const name = pageName(graph.document.id, used);
    const path = join(dir, DOCUMENTS, name);
    const model = auditModel(graph);
    writeFileSync(path, documentPage(model, '../index.html'));
    pages.set(graph.document.id, path);
    return { model, href: `${DOCUMENTS}/${encodeURIComponent(name)}` };
  });
  const index = join(dir, 'index.html');
  writeFileSync(index, indexPage(entries, batch.errors));
  return { index, pages };
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
