// The SQLite sink: its tables hold exactly what the graphs hold, foreign keys are on and hold, and a
// second run over the same inputs changes nothing (upserts).
import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Graph } from '../../src/graph/schema.js';
import { FIXTURES } from '../helpers/fixtures.js';
import { runCli, tempDir } from '../helpers/cli.js';

const TABLES = ['documents', 'entities', 'mentions', 'times', 'claims', 'edges', 'errors'];

describe('--sqlite', () => {
  const dir = tempDir();
  const db = join(dir, 'out.db');
  const out = join(dir, 'out');
  let graphs: Graph[];
  const dump = () => {
    const conn = new Database(db, { readonly: true });
    const rows = Object.fromEntries(TABLES.map((t) => [t, conn.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()]));
    conn.close();
    return rows;
  };

  beforeAll(() => {
    expect(runCli(['extract', join(FIXTURES, 'statements.jsonl'), '/no/such.jsonl', '--sqlite', db, '--out', out, '--quiet']).code).toBe(1);
    graphs = readdirSync(out).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(out, f), 'utf8')) as Graph);
  });

  test('every table holds what the graphs hold', () => {
    const rows = dump();
    const nodes = graphs.flatMap((g) => g.nodes);
    expect(rows.documents).toHaveLength(graphs.length);
    expect(rows.entities).toHaveLength(nodes.filter((n) => n.kind === 'entity').length);
    expect(rows.times).toHaveLength(nodes.filter((n) => n.kind === 'time').length);
    expect(rows.claims).toHaveLength(nodes.filter((n) => n.kind === 'claim').length);
    expect(rows.mentions).toHaveLength(nodes.reduce((n, node) => n + (node.kind === 'entity' || node.kind === 'time' ? node.mentions.length : 0), 0));
    expect(rows.edges).toHaveLength(graphs.reduce((n, g) => n + g.edges.length, 0));
    expect(rows.errors).toEqual([{ key: '["/no/such.jsonl",null,null]', file: '/no/such.jsonl', line: null, record_id: null, reason: 'cannot read input: ENOENT' }]);
    const conn = new Database(db, { readonly: true });
    for (const g of graphs) {
      const doc = conn.prepare('SELECT published_at, text, graph FROM documents WHERE id = ?').get(g.document.id) as { published_at: string | null; text: string; graph: string };
      expect(doc.published_at).toBe(g.document.publishedAt);
      expect(doc.text).toBe(g.document.text);
      expect(JSON.parse(doc.graph)).toEqual(g);
      for (const m of conn.prepare('SELECT start, end, text FROM mentions WHERE document_id = ?').all(g.document.id) as { start: number; end: number; text: string }[]) {
        expect(g.document.text.slice(m.start, m.end)).toBe(m.text);
      }
    }
    conn.close();
  });

  test('foreign keys hold, and are enforced', () => {
    const conn = new Database(db);
    conn.pragma('foreign_keys = ON');
    expect(conn.pragma('foreign_key_check')).toEqual([]);
    expect(() => conn.prepare("INSERT INTO entities (document_id, id, type, name, key, aliases) VALUES ('no-such-document', 'e:x', 'person', 'X', 'person:x', '[]')").run()).toThrow(/FOREIGN KEY/);
    conn.close();
  });

  test('the cross-document key joins one entity across documents', () => {
    const conn = new Database(db, { readonly: true });
    const shared = conn.prepare('SELECT key, COUNT(DISTINCT document_id) AS docs FROM entities GROUP BY key HAVING docs > 1').all();
    const expected = new Map<string, Set<string>>();
    for (const g of graphs) for (const n of g.nodes) if (n.kind === 'entity') expected.set(n.key, (expected.get(n.key) ?? new Set()).add(g.document.id));
    expect(shared).toEqual([...expected].filter(([, docs]) => docs.size > 1).map(([key, docs]) => ({ key, docs: docs.size })).sort((a, b) => (a.key < b.key ? -1 : 1)));
    conn.close();
  });

  test('a second run over the same inputs leaves every table as it was', () => {
    const before = dump();
    expect(runCli(['extract', join(FIXTURES, 'statements.jsonl'), '/no/such.jsonl', '--sqlite', db, '--quiet']).code).toBe(1);
    expect(dump()).toEqual(before);
  });

  test('--resume skips the documents already stored', () => {
    const r = runCli(['extract', join(FIXTURES, 'statements.jsonl'), '--sqlite', db, '--resume', '--quiet']);
    expect(r.stderr).toMatch(new RegExp(`0 documents, 0 errors, ${graphs.length} skipped`));
  });
});

test("the README's example queries run on the fixtures' database and find rows", () => {
  const dir = tempDir();
  const db = join(dir, 'out.db');
  runCli(['extract', join(FIXTURES, 'statements.jsonl'), '--sqlite', db, '--quiet']);
  const readme = readFileSync(join(FIXTURES, '..', 'README.md'), 'utf8');
  const queries = [...readme.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => m[1]!);
  expect(queries).toHaveLength(3);
  const conn = new Database(db, { readonly: true });
  for (const q of queries) expect(conn.prepare(q).all().length, q).toBeGreaterThan(0);
  conn.close();
});
