// `claimgraph audit` and `claimgraph explain`, run as a user would, on graphs extract wrote.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { explain, useColour } from '../../src/audit/explain.js';
import { auditModel, sourceLabel } from '../../src/audit/model.js';
import { GraphSchema, type Graph } from '../../src/graph/schema.js';
import { SEED, fixtureRecords } from '../helpers/fixtures.js';
import { runCli, tempDir } from '../helpers/cli.js';

const work = tempDir('claimgraph-audit-');
const graphs = join(work, 'graphs');
const readGraph = (id: string): Graph => GraphSchema.parse(JSON.parse(readFileSync(join(graphs, `${id}.json`), 'utf8')));
const ESC = '\u001b[';

beforeAll(() => {
  // Two real statements and one broken line, so the batch has an error record too.
  const records = fixtureRecords().filter((r) => r.id === SEED || r.id.startsWith('unami-'));
  const input = join(work, 'dump.jsonl');
  writeFileSync(input, `${records.map((r) => JSON.stringify(r)).join('\n')}\n{"id": "broken", "text": \n`);
  const r = runCli(['extract', input, '--out', graphs]);
  expect(r.code, r.stderr).toBe(1);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('claimgraph audit', () => {
  test('writes an index with every document, its counts and the errors, and one page per document', () => {
    const out = join(work, 'report');
    const r = runCli(['audit', graphs, '--html', out]);
    expect(r.code, r.stderr).toBe(0);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    const ids = fixtureRecords()
      .filter((rec) => rec.id === SEED || rec.id.startsWith('unami-'))
      .map((rec) => rec.id);
    for (const id of ids) {
      const model = auditModel(readGraph(id));
      expect(existsSync(join(out, 'documents', `${id}.html`))).toBe(true);
      const row = new RegExp(`<a href="documents/${id}\\.html">${id}</a>[\\s\\S]*?data-count="entities">${model.entities.length}<[\\s\\S]*?data-count="times">${model.times.length}<[\\s\\S]*?data-count="claims">${model.claims.length}<`);
      expect(index).toMatch(row);
    }
    expect(index).toContain(`<b data-total="documents">${ids.length}</b>`);
    expect(index).toContain('<b data-total="errors">1</b>');
    expect(index).toMatch(/dump\.jsonl:\d+<\/td>/);
    // Self-contained: no stylesheet, script or image is fetched from anywhere.
    expect(index).not.toMatch(/<link|<script src|<img|https?:\/\//);
  });

  test('the same graphs give a byte-identical report', () => {
    const [a, b] = [join(work, 'same-a'), join(work, 'same-b')];
    for (const out of [a, b]) expect(runCli(['audit', graphs, '--html', out]).code).toBe(0);
    const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
    expect(files(b)).toEqual(files(a));
    for (const f of files(a).filter((name) => name.endsWith('.html'))) expect(readFileSync(join(b, f), 'utf8'), f).toBe(readFileSync(join(a, f), 'utf8'));
  });

  test('a file that is not a graph is listed as an error and the rest of the batch still renders; exit 1', () => {
    const bad = join(work, 'not-a-graph.json');
    writeFileSync(bad, JSON.stringify({ schemaVersion: 1, document: { id: 'x' } }));
    const out = join(work, 'report-bad');
    const r = runCli(['audit', join(graphs, `${SEED}.json`), bad, '--html', out]);
    expect(r.code).toBe(1);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain('not a claimgraph graph');
    expect(index).toContain(`documents/${SEED}.html`);
  });

  test('a missing input is a usage error (exit 2)', () => {
    const r = runCli(['audit', join(work, 'nowhere'), '--html', join(work, 'r')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no such file or directory');
  });
});

describe('claimgraph explain', () => {
  test('every claim with its parts, resolved source, chain and evidence sentence; no colour when not on a terminal', () => {
    const graph = readGraph(SEED);
    const model = auditModel(graph);
    const r = runCli(['explain', join(graphs, `${SEED}.json`)]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain(ESC);
    expect(r.stdout).toContain(`${model.claims.length} claims`);
    const blocks = r.stdout.split('\n\n').slice(1);
    expect(blocks).toHaveLength(model.claims.length);
    model.claims.forEach((c, i) => {
      const block = blocks[i] ?? '';
      expect(block.startsWith(`#${i + 1} ${c.claim.id} `)).toBe(true);
      if (c.claim.source) expect(block).toContain(`source    “${c.claim.source.text.replace(/\s+/g, ' ')}” @${c.claim.source.start}-${c.claim.source.end}`);
      if (c.claim.cue) expect(block).toContain(`cue       “${c.claim.cue.text}” @${c.claim.cue.start}-${c.claim.cue.end}`);
      expect(block).toContain(c.sourceEntity ? `→ ${c.sourceEntity.name} (` : '→ unresolved');
      const evidence = graph.document.text.slice(c.evidence.start, c.evidence.end).replace(/\s+/g, ' ');
      expect(block).toContain(`evidence  ${evidence}`);
      const chain = c.chain.map((k) => `#${k + 1} ${sourceLabel(model.claims[k] ?? c).replace(/\s+/g, ' ')}`).join(' › ');
      expect(block).toContain(`chain     ${chain}\n`);
    });
  });

  test('--claim shows one claim, by id or by number; an unknown claim is a usage error naming the known ones', () => {
    const model = auditModel(readGraph(SEED));
    const last = model.claims.at(-1);
    expect(last).toBeDefined();
    const byId = runCli(['explain', join(graphs, `${SEED}.json`), '--claim', last?.claim.id ?? '']);
    expect(byId.code).toBe(0);
    expect(byId.stdout.split('\n\n')).toHaveLength(2);
    expect(byId.stdout).toContain(`#${model.claims.length} ${last?.claim.id} `);
    const byNumber = runCli(['explain', join(graphs, `${SEED}.json`), '--claim', String(model.claims.length)]);
    expect(byNumber.stdout).toBe(byId.stdout);
    const unknown = runCli(['explain', join(graphs, `${SEED}.json`), '--claim', 'c:0-1']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(`no claim "c:0-1" in ${SEED}`);
    expect(unknown.stderr).toContain(last?.claim.id);
  });

  test('a file that is not a graph is a usage error', () => {
    const r = runCli(['explain', join(work, 'dump.jsonl')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not JSON');
  });

  test('colours only on a terminal, and never with NO_COLOR set', () => {
    expect(useColour({ isTTY: true }, {})).toBe(true);
    expect(useColour({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(useColour({ isTTY: true }, { NO_COLOR: '' })).toBe(true);
    expect(useColour({ isTTY: false }, {})).toBe(false);
    expect(useColour({}, {})).toBe(false);
    const graph = readGraph(SEED);
    const source = auditModel(graph).claims.find((c) => c.claim.source)?.claim.source;
    const coloured = explain(graph, { colour: true });
    expect(coloured).toContain(ESC);
    expect(coloured).toContain(`${ESC}34m“${source?.text.replace(/\s+/g, ' ')}”`);
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(explain(graph, { colour: false }));
  });
});
