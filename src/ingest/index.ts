// Inputs → a stream of records and errors, in a stable order (directories sorted), never altering
// text. Supported: .txt, .jsonl, .jsonl.gz, .html/.htm, directories (recursively), and "-" for JSONL on stdin.
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createGunzip } from 'node:zlib';
import { decodeUtf8 } from './decode.js';
import { htmlToText } from './html.js';
import { readJsonl } from './jsonl.js';
import { recordFromText, type InputItem } from './record.js';

export type { InputError, InputItem, InputRecord } from './record.js';

const KINDS: readonly [RegExp, 'txt' | 'jsonl' | 'jsonl.gz' | 'html'][] = [
  [/\.jsonl\.gz$/i, 'jsonl.gz'],
  [/\.jsonl$/i, 'jsonl'],
  [/\.txt$/i, 'txt'],
  [/\.html?$/i, 'html'],
];
const kindOf = (file: string) => KINDS.find(([re]) => re.test(file))?.[1];

export async function* readInputs(inputs: readonly string[], stdin: NodeJS.ReadableStream = process.stdin): AsyncGenerator<InputItem> {
  const seenIds = new Set<string>();
  for (const input of inputs) {
    if (input === '-') {
      yield* readJsonl(stdin as import('node:stream').Readable, '<stdin>', seenIds);
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (e) {
      yield { kind: 'error', file: input, reason: `cannot read input: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
      continue;
    }
    const files = info.isDirectory() ? await listDir(input) : [input];
    for (const file of files) yield* readFileInput(file, seenIds, !info.isDirectory());
  }
}

async function listDir(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listDir(path)));
    else if (kindOf(e.name)) out.push(path);
  }
  return out;
}

async function* readFileInput(file: string, seenIds: Set<string>, named: boolean): AsyncGenerator<InputItem> {
  const kind = kindOf(file);
  if (!kind) {
    if (named) yield { kind: 'error', file, reason: 'unsupported input type (expected .txt, .jsonl, .jsonl.gz, .html or a directory)' };
    return;
  }
  if (kind === 'jsonl' || kind === 'jsonl.gz') {
    const raw = createReadStream(file);
    const stream = kind === 'jsonl.gz' ? raw.pipe(createGunzip()) : raw;
    raw.on('error', (e) => stream.destroy(e));
    yield* readJsonl(stream, file, seenIds);
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    yield { kind: 'error', file, reason: `cannot read input: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
    return;
  }
  const id = basename(file).replace(/\.(txt|html?)$/i, '');
  const decoded = decodeUtf8(bytes);
  if (decoded === null) return yield { kind: 'error', file, id, reason: 'file is not valid UTF-8' };
  if (seenIds.has(id)) return yield { kind: 'error', file, id, reason: `duplicate id ${JSON.stringify(id)}: an earlier record has it` };
  seenIds.add(id);
  yield recordFromText(id, kind === 'html' ? htmlToText(decoded) : decoded, file);
}
