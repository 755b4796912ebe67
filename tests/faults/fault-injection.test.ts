// Fault injection through the real command line: a JSONL dump of 1,000 records (BOM, CRLF line
// ends) with 100 bad ones of ten kinds gives exactly 900 graphs and 100 error records, each naming
// its line and saying what is wrong.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { FIXTURES, fixtureRecords } from '../helpers/fixtures.js';

const PARAGRAPHS = fixtureRecords()
  .flatMap((r) => r.text.split(/\n\s*\n/))
  .map((p) => p.trim())
  .filter((p) => p.length > 100);
const TRANSLATED = readFileSync(join(FIXTURES, 'faults', 'non-english.jsonl'), 'utf8').split('\n').filter(Boolean);

/** Each bad kind: the line it writes (given the previous good record's id), and the reason expected. */
const BAD_KINDS: readonly [string, (line: number, previousId: string) => string | Buffer, RegExp][] = [
  ['malformed JSON', (n) => `{"id": "bad-${n}", "text": "The United Nations said`, /^malformed JSON: /],
  ['invalid UTF-8', (n) => Buffer.concat([Buffer.from(`{"id": "bad-${n}", "text": "Camp `), Buffer.from([0xc3, 0x28]), Buffer.from(' Ashraf"}')]), /^line is not valid UTF-8$/],
  ['no text', (n) => JSON.stringify({ id: `bad-${n}`, body: PARAGRAPHS[0] }), /^record has no "text" field$/],
  ['text not a string', (n) => JSON.stringify({ id: `bad-${n}`, text: 42 }), /^"text" must be a string, found number 42$/],
  ['blank text', (n) => JSON.stringify({ id: `bad-${n}`, text: ' \t ' }), /^"text" is empty$/],
  ['duplicate id', (_, previousId) => JSON.stringify({ id: previousId, text: PARAGRAPHS[1] }), /^duplicate id "rec-\d+": an earlier record has it$/],
  ['unsafe id', (n) => JSON.stringify({ id: `../bad-${n}`, text: PARAGRAPHS[2] }), /cannot name an output file$/],
  ['not an object', () => JSON.stringify([PARAGRAPHS[3]]), /^expected a JSON object with "text", found an array$/],
  ['id not a string', () => JSON.stringify({ id: { value: 1 }, text: PARAGRAPHS[4] }), /^"id" must be a string or a number, found object/],
  ['a bare string', () => JSON.stringify(PARAGRAPHS[5]), /^expected a JSON object with "text", found string/],
];

test('1,000 records with 100 bad ones: 900 graphs, 100 error records naming their lines; exit 1', () => {
  const dir = tempDir();
  const input = join(dir, 'dump.jsonl');
  const lines: Buffer[] = [];
  const expected = new Map<number, RegExp>();
  let previousId = '';
  for (let line = 1; line <= 1000; line++) {
    if (line % 10 === 5) {
      const [, make, reason] = BAD_KINDS[Math.floor(line / 10) % BAD_KINDS.length]!;
      lines.push(Buffer.from(make(line, previousId)));
      expected.set(line, reason);
      continue;
    }
    previousId = `rec-${line}`;
    // Every 97th good record is a translated statement: it must still become a graph.
    const text = line % 97 === 0 ? (JSON.parse(TRANSLATED[line % TRANSLATED.length]!) as { text: string }).text : PARAGRAPHS[line % PARAGRAPHS.length]!;
    lines.push(Buffer.from(JSON.stringify({ id: previousId, text, publishedAt: '2013-09-01' })));
  }
  // A byte-order mark and CRLF line ends, as a Windows tool would write the dump.
  writeFileSync(input, Buffer.concat([Buffer.from('\ufeff'), ...lines.flatMap((l) => [l, Buffer.from('\r\n')])]));
  const out = join(dir, 'out');

  const r = runCli(['extract', input, '--out', out]);

  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/900 documents, 100 errors/);
  const graphs = readdirSync(out).filter((f) => f.endsWith('.json'));
  expect(graphs).toHaveLength(900);
  const errors = readFileSync(join(out, 'errors.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { file: string; line: number; reason: string });
  expect(errors).toHaveLength(100);
  expect(errors.map((e) => e.line)).toEqual([...expected.keys()]);
  for (const e of errors) {
    expect(e.file).toBe(input);
    expect(e.reason, `line ${e.line}`).toMatch(expected.get(e.line)!);
  }
  // Line 55 repeats the id of line 54, which keeps its own graph.
  expect(JSON.parse(readFileSync(join(out, 'rec-54.json'), 'utf8')).document.text).toBe(PARAGRAPHS[54 % PARAGRAPHS.length]);
}, 180_000);
