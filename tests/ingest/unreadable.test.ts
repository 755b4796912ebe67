// Inputs that cannot be read: each is one error naming the file and the system's reason, and the
// inputs after it are still read.
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readInputs, type InputItem } from '../../src/ingest/index.js';
import { tempDir } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/fixtures.js';

async function read(...inputs: string[]): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs(inputs)) items.push(item);
  return items;
}
const GOOD = join(FIXTURES, 'faults', 'crlf.jsonl');
const ids = (items: InputItem[]) => items.flatMap((i) => (i.kind === 'record' ? [i.id] : []));
// root reads any file whatever its mode, so a permission test only means something for other users.
const isRoot = process.getuid?.() === 0;

describe('unreadable inputs', () => {
  test('a missing file', async () => {
    const items = await read('/no/such/dump.jsonl', GOOD);
    expect(items[0]).toEqual({ kind: 'error', file: '/no/such/dump.jsonl', reason: 'cannot read input: ENOENT' });
    expect(ids(items)).toEqual(['crlf-1', 'crlf-2']);
  });

  test('a .jsonl, a .jsonl.gz and a .txt that cannot be opened (a symbolic-link loop), inside a directory', async () => {
    const dir = tempDir();
    for (const name of ['a.jsonl', 'b.jsonl.gz', 'c.txt']) symlinkSync(join(dir, name), join(dir, name));
    writeFileSync(join(dir, 'd.txt'), 'The United Nations said on Wednesday that the bombing was a crime.');
    const items = await read(dir);
    expect(items).toEqual([
      { kind: 'error', file: join(dir, 'a.jsonl'), reason: 'cannot read input: ELOOP' },
      { kind: 'error', file: join(dir, 'b.jsonl.gz'), reason: 'cannot read input: ELOOP' },
      { kind: 'error', file: join(dir, 'c.txt'), reason: 'cannot read input: ELOOP' },
      expect.objectContaining({ kind: 'record', id: 'd' }),
    ]);
  });

  test('a .jsonl.gz that is not gzip at all', async () => {
    const file = join(tempDir(), 'plain.jsonl.gz');
    writeFileSync(file, '{"id": "x", "text": "not compressed"}\n');
    expect(await read(file, GOOD)).toEqual([
      { kind: 'error', file, reason: 'the input could not be read: incorrect header check' },
      expect.objectContaining({ id: 'crlf-1' }),
      expect.objectContaining({ id: 'crlf-2' }),
    ]);
  });

  test.skipIf(isRoot)('a file and a folder without read permission', async () => {
    const dir = tempDir();
    const file = join(dir, 'secret.jsonl');
    writeFileSync(file, '{"id": "s", "text": "The U.N. said on Monday that talks resume."}\n');
    chmodSync(file, 0o000);
    const folder = join(dir, 'locked');
    mkdirSync(folder);
    chmodSync(folder, 0o000);
    expect(await read(file, folder, GOOD)).toEqual([
      { kind: 'error', file, reason: 'cannot read input: EACCES' },
      { kind: 'error', file: folder, reason: 'cannot read input: EACCES' },
      expect.objectContaining({ id: 'crlf-1' }),
      expect.objectContaining({ id: 'crlf-2' }),
    ]);
  });
});
