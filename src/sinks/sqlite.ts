// SQLite sink (`--sqlite out.db`): the tables of sqlite.sql, one transaction per document, foreign
// keys on. A document written again replaces its rows (upsert of the document, its child rows
// deleted and inserted anew), so re-runs and retried jobs never duplicate anything. WAL mode and a
// busy timeout let several worker processes share one database file.
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import type { ErrorRecord, Graph } from '../graph/schema.js';
import { errorKey, itemKey, type GraphOutput, type Sink } from './sink.js';

// tsc copies no .sql into dist/: both src/sinks/ and dist/sinks/ reach the file through src/.
const SCHEMA = readFileSync(new URL('../../src/sinks/sqlite.sql', import.meta.url), 'utf8');
const CHILD_TABLES = ['edges', 'claims', 'mentions', 'times', 'entities'] as const;

export function sqliteSink(path: string): Sink {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 30000');
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);
  const upsertDocument = db.prepare(
    `INSERT INTO documents (id, published_at, published_at_source, language, title, origin_file, origin_line, text, meta, graph)
     VALUES (@id, @publishedAt, @publishedAtSource, @language, @title, @originFile, @originLine, @text, @meta, @graph)
     ON CONFLICT (id) DO UPDATE SET published_at = excluded.published_at, published_at_source = excluded.published_at_source,
       language = excluded.language, title = excluded.title, origin_file = excluded.origin_file, origin_line = excluded.origin_line,
       text = excluded.text, meta = excluded.meta, graph = excluded.graph`,
  );
  const deleteChildren = CHILD_TABLES.map((table) => db.prepare(`DELETE FROM ${table} WHERE document_id = ?`));
  const insertEntity = db.prepare('INSERT INTO entities (document_id, id, type, name, key, aliases) VALUES (?, ?, ?, ?, ?, ?)');
  const insertTime = db.prepare('INSERT INTO times (document_id, id, type, value) VALUES (?, ?, ?, ?)');
  const insertMention = db.prepare('INSERT INTO mentions (document_id, node_kind, node_id, start, end, text, rule) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const insertClaim = db.prepare(
    `INSERT INTO claims (document_id, id, mode, content_start, content_end, content, content_ranges, cue, source, source_entity, parent, made_at, rule)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertEdge = db.prepare('INSERT INTO edges (document_id, from_id, to_id, type) VALUES (?, ?, ?, ?)');
  const upsertError = db.prepare(
    `INSERT INTO errors (key, file, line, record_id, reason) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET reason = excluded.reason`,
  );
  const hasDocument = db.prepare('SELECT 1 FROM documents WHERE id = ?').pluck();
  const hasError = db.prepare('SELECT 1 FROM errors WHERE key = ?').pluck();

  const writeGraph = db.transaction(({ json }: GraphOutput) => {
    const graph = JSON.parse(json) as Graph;
    const doc = graph.document;
    const docNode = graph.nodes.find((n) => n.kind === 'document');
    upsertDocument.run({
      id: doc.id,
      publishedAt: doc.publishedAt,
      publishedAtSource: doc.publishedAtSource,
      language: doc.language,
      title: docNode?.kind === 'document' ? docNode.title : null,
      originFile: doc.origin.file,
      originLine: doc.origin.line ?? null,
      text: doc.text,
      meta: JSON.stringify(doc.meta),
      graph: json,
    });
    for (const statement of deleteChildren) statement.run(doc.id);
    for (const node of graph.nodes) {
      if (node.kind === 'entity') {
        insertEntity.run(doc.id, node.id, node.type, node.name, node.key, JSON.stringify(node.aliases));
      } else if (node.kind === 'time') {
        insertTime.run(doc.id, node.id, node.type, node.value);
      } else if (node.kind === 'claim') {
        const c = node.content;
        insertClaim.run(doc.id, node.id, node.mode, c.start, c.end, c.text, c.ranges ? JSON.stringify(c.ranges) : null, node.cue?.text ?? null, node.source?.text ?? null, node.sourceEntity, node.parent, node.madeAt, node.rule);
      }
      if (node.kind === 'entity' || node.kind === 'time') {
        for (const m of node.mentions) insertMention.run(doc.id, node.kind, node.id, m.start, m.end, m.text, m.rule);
      }
    }
    for (const e of graph.edges) insertEdge.run(doc.id, e.from, e.to, e.type);
  });

  return {
    writeGraph,
    writeError(error: ErrorRecord) {
      upsertError.run(errorKey(error), error.file, error.line ?? null, error.id ?? null, error.reason);
    },
    isDone(item) {
      if (hasError.get(itemKey(item)) !== undefined) return true;
      return item.kind === 'record' && hasDocument.get(item.id) !== undefined;
    },
    close() {
      db.close();
    },
  };
}
