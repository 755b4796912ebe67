// Every input-level fault in fixtures/faults/: each bad record is one error naming its file and line
// (and id when it has one), and every other record still comes through, text untouched.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readInputs, type InputItem } from '../../src/ingest/index.js';
import { FIXTURES } from '../helpers/fixtures.js';

const FAULTS = join(FIXTURES, 'faults');
const fault = (name: string) => join(FAULTS, name);

async function read(...inputs: string[]): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs(inputs)) items.push(item);
  return items;
}
const summary = (items: InputItem[]) => items.map((i) => (i.kind === 'record' ? ['record', i.id] : ['error', i.line ?? null, i.id ?? null]));
const reasons = (items: InputItem[]) => items.flatMap((i) => (i.kind === 'error' ? [i.reason] : []));

describe('ingest faults', () => {
  test('a UTF-8 byte-order mark is not part of the first record or of a .txt text', async () => {
    const jsonl = await read(fault('bom.jsonl'));
    expect(summary(jsonl)).toEqual([['record', 'bom-1'], ['record', 'bom-2']]);
    const [txt] = await read(fault('bom.txt'));
    const file = readFileSync(fault('bom.txt'), 'utf8');
    expect(file.charCodeAt(0)).toBe(0xfeff);
    expect(txt).toMatchObject({ kind: 'record', id: 'bom', text: file.slice(1) });
  });

  test('CRLF line ends: JSONL records parse, and a .txt keeps its \\r\\n so offsets index the file as it is', async () => {
    expect(summary(await read(fault('crlf.jsonl')))).toEqual([['record', 'crlf-1'], ['record', 'crlf-2']]);
    const [txt] = await read(fault('crlf.txt'));
    expect(txt?.kind).toBe('record');
    if (txt?.kind === 'record') expect(txt.text.split('\r\n').length).toBeGreaterThan(5);
  });

  test('invalid UTF-8 bytes lose only their own line', async () => {
    const items = await read(fault('invalid-utf8.jsonl'));
    expect(summary(items)).toEqual([['record', 'utf8-good-1'], ['error', 2, null], ['record', 'utf8-good-2']]);
    expect(reasons(items)).toEqual(['line is not valid UTF-8']);
  });

  test('malformed lines: each is an error naming its line; the good records around them come through', async () => {
    const items = await read(fault('malformed-lines.jsonl'));
    expect(summary(items)).toEqual([['record', 'malformed-good-1'], ['error', 2, null], ['error', 3, null], ['error', 4, null], ['error', 5, null], ['record', 'malformed-good-2']]);
    for (const reason of reasons(items)) expect(reason).toMatch(/^malformed JSON: /);
  });

  test('a repeated id: the second record is reported, never overwrites the first', async () => {
    const items = await read(fault('duplicate-ids.jsonl'));
    expect(summary(items)).toEqual([['record', 'dup'], ['record', 'unique'], ['error', 3, 'dup']]);
    expect(reasons(items)).toEqual(['duplicate id "dup": an earlier record has it']);
  });

  test('a repeated id across two inputs is reported too', async () => {
    const items = await read(fault('duplicate-ids.jsonl'), fault('duplicate-ids.jsonl'));
    expect(items.filter((i) => i.kind === 'record')).toHaveLength(2);
    expect(summary(items).slice(3)).toEqual([['error', 1, 'dup'], ['error', 2, 'unique'], ['error', 3, 'dup']]);
  });

  test('records without text, or with blank text', async () => {
    const items = await read(fault('missing-text.jsonl'));
    expect(summary(items)).toEqual([['record', 'has-text'], ['error', 2, 'no-text'], ['error', 3, 'blank-text']]);
    expect(reasons(items)).toEqual(['record has no "text" field', '"text" is empty']);
  });

  test('text that is not a string, and an id that is neither string nor number', async () => {
    const items = await read(fault('text-not-string.jsonl'));
    expect(summary(items)).toEqual([
      ['error', 1, 'text-number'],
      ['error', 2, 'text-array'],
      ['error', 3, 'text-object'],
      ['error', 4, 'text-null'],
      ['error', 5, null],
      ['record', 'text-ok'],
    ]);
    expect(reasons(items)).toEqual([
      '"text" must be a string, found number 42',
      '"text" must be a string, found an array',
      expect.stringMatching(/^"text" must be a string, found object \{"en":/),
      '"text" must be a string, found null',
      '"id" must be a string or a number, found object {"x":1}',
    ]);
  });

  test('ids that cannot name an output file: path parts, over-long, lone surrogates', async () => {
    const items = await read(fault('unsafe-ids.jsonl'));
    expect(summary(items).map(([kind, line]) => [kind, line])).toEqual([['error', 1], ['error', 2], ['error', 3], ['error', 4], ['record', 'safe-id']]);
    for (const reason of reasons(items)) expect(reason).toMatch(/cannot name an output file$/);
  });

  test('a publishedAt that is not a calendar date is kept as metadata, not used as the reference', async () => {
    const items = await read(fault('bad-dates.jsonl'));
    const meta = items.map((i) => (i.kind === 'record' ? [i.meta.publishedAt ?? null, i.meta.extra.publishedAtUnparsed ?? null] : null));
    expect(meta).toEqual([[null, '2013-02-31'], [null, 'last Sunday'], ['2013-09-01', null]]);
  });

  test('a truncated .jsonl.gz: every complete line comes through, the cut line is one error', async () => {
    const items = await read(fault('truncated.jsonl.gz'));
    const records = items.filter((i) => i.kind === 'record');
    expect(records.length).toBeGreaterThan(5);
    expect(records.map((r) => r.id)).toEqual(records.map((_, n) => `gz-${n + 1}`));
    expect(summary(items.slice(records.length))).toEqual([['error', records.length + 1, null]]);
    expect(reasons(items)).toEqual(['the line is cut short: the input ends early (unexpected end of file)']);
  });

  test('a UTF-16 file is one error for the file, naming the encoding', async () => {
    const items = await read(fault('utf16.jsonl'));
    expect(items).toEqual([{ kind: 'error', file: fault('utf16.jsonl'), reason: 'file is UTF-16LE (it starts with a byte-order mark); expected UTF-8' }]);
  });

  test('the fault fixtures read as a directory give the same records and errors as each file read alone', async () => {
    const names = readdirSync(FAULTS).sort();
    const one = (items: InputItem[]) => items.map((i) => (i.kind === 'record' ? i.id : `${i.file}:${i.line}`));
    const each: InputItem[] = [];
    for (const name of names) each.push(...(await read(fault(name))));
    expect(one(await read(FAULTS))).toEqual(one(each));
  });
});
