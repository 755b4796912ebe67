// The extract command over every input kind, errors.jsonl and the exit codes.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FIXTURES, SEED, fixtureIds, fixtureText } from '../helpers/fixtures.js';
import { runCli, tempDir } from '../helpers/cli.js';

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const errorsOf = (dir: string) => readFileSync(join(dir, 'errors.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

describe('claimgraph extract', () => {
  test('a .txt file: id from the file name, seed publication date from the signature, not the scrape header', () => {
    const out = tempDir();
    const r = runCli(['extract', join(FIXTURES, 'statements', `${SEED}.txt`), '--out', out]);
    expect(r.code).toBe(0);
    const graph = readJson(join(out, `${SEED}.json`));
    expect(graph.document.id).toBe(SEED);
    expect(graph.document.publishedAt).toBe('2013-07-27');
    expect(graph.document.publishedAtSource).not.toBe('input');
    expect(graph.document.text).toBe(fixtureText(SEED));
    expect(r.stderr).toMatch(/1 documents, 0 errors, [\d.]+ s/);
  });

  test('a directory of .txt files gives one graph per file and an empty errors.jsonl', () => {
    const out = tempDir();
    const r = runCli(['extract', join(FIXTURES, 'statements'), '--out', out]);
    expect(r.code).toBe(0);
    expect(readdirSync(out).filter((f) => f.endsWith('.json')).sort()).toEqual(fixtureIds().map((id) => `${id}.json`));
    expect(errorsOf(out)).toEqual([]);
  });

  test('JSONL with bad lines: every good record becomes a graph, every bad one an error naming its line; exit 1', () => {
    const dir = tempDir();
    const input = join(dir, 'dump.jsonl');
    const good = JSON.stringify({ id: 'seed', text: fixtureText(SEED), source: 'ncri.org' });
    writeFileSync(
      input,
      [good, '{"id": "broken", "text": ', JSON.stringify({ id: 'notext' }), JSON.stringify({ id: 'empty', text: '  ' }), JSON.stringify({ id: 'seed', text: 'again' })].join('\n') + '\n',
    );
    const out = join(dir, 'out');
    const r = runCli(['extract', input, '--out', out]);
    expect(r.code).toBe(1);
    expect(readJson(join(out, 'seed.json')).document.meta).toEqual({ source: 'ncri.org' });
    const errors = errorsOf(out);
    expect(errors.map((e) => [e.line, e.file])).toEqual([2, 3, 4, 5].map((line) => [line, input]));
    expect(errors[0].reason).toMatch(/malformed JSON/);
    expect(errors[1].reason).toMatch(/no "text"/);
    expect(errors[2].reason).toMatch(/empty/);
    expect(errors[3].reason).toMatch(/duplicate id "seed"/);
  });

  test('invalid UTF-8 in one line loses only that line', () => {
    const dir = tempDir();
    const input = join(dir, 'bytes.jsonl');
    writeFileSync(input, Buffer.concat([Buffer.from('{"id":"a","text":"caf'), Buffer.from([0xc3, 0x28]), Buffer.from('"}\n{"id":"b","text":"The U.N. said on Monday that talks resume."}\n')]));
    const out = join(dir, 'out');
    expect(runCli(['extract', input, '--out', out]).code).toBe(1);
    expect(errorsOf(out)).toEqual([{ file: input, line: 1, reason: 'line is not valid UTF-8' }]);
    expect(readdirSync(out)).toContain('b.json');
  });

  test('- reads JSONL from stdin and --out - writes one graph per line to stdout', () => {
    const r = runCli(['extract', '-', '--out', '-'], { input: `${JSON.stringify({ id: 'x', text: 'Ban Ki-moon said the attack was deplorable.', publishedAt: '2013-09-01' })}\n` });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!).document).toMatchObject({ id: 'x', publishedAt: '2013-09-01', publishedAtSource: 'input' });
  });

  test('an .html input: the readable text becomes the document text and offsets index it', () => {
    const dir = tempDir();
    const html = '<html><head><title>UN condemns attack</title><script>var x = "<b>";</script></head><body><nav>Home | News | About</nav><p>Baghdad, 30 March 2017 - The United Nations said on Wednesday that the bombing was a crime.</p></body></html>';
    writeFileSync(join(dir, 'page.html'), html);
    const out = join(dir, 'out');
    expect(runCli(['extract', join(dir, 'page.html'), '--out', out]).code).toBe(0);
    const graph = readJson(join(out, 'page.json'));
    expect(graph.document.text).not.toMatch(/<|var x|Home \|/);
    expect(graph.document.text).toContain('The United Nations said on Wednesday');
    for (const node of graph.nodes.filter((n: { kind: string }) => n.kind === 'entity')) {
      for (const m of node.mentions) expect(graph.document.text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  test('the bundled .html statement: readable text without markup, dated from the page', () => {
    const out = tempDir();
    expect(runCli(['extract', join(FIXTURES, 'html'), '--out', out]).code).toBe(0);
    const graph = readJson(join(out, 'unami-yousufiyah-bombing-page.json'));
    expect(graph.document.text.startsWith('Press Release\n')).toBe(true);
    expect(graph.document.text).not.toMatch(/gtag|<|&rsquo;|Home \|/);
    expect(graph.document.text).toContain('Mr. Ján Kubiš, strongly condemns');
    expect(graph.document.publishedAt).toBe('2017-03-30');
  });

  test('bad usage and an unwritable output directory exit 2', () => {
    expect(runCli(['extract', join(FIXTURES, 'statements')]).code).toBe(2);
    expect(runCli(['frobnicate']).code).toBe(2);
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, '');
    const r = runCli(['extract', join(FIXTURES, 'statements'), '--out', join(file, 'sub')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write to output directory/);
  });

  test('a missing input is an error record, and the other inputs are still processed', () => {
    const out = tempDir();
    const r = runCli(['extract', '/no/such/file.jsonl', join(FIXTURES, 'statements', `${SEED}.txt`), '--out', out]);
    expect(r.code).toBe(1);
    expect(errorsOf(out)).toEqual([{ file: '/no/such/file.jsonl', reason: 'cannot read input: ENOENT' }]);
    expect(readdirSync(out)).toContain(`${SEED}.json`);
  });
});
