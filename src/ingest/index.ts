// Inputs → a stream of records and errors, in a stable order (directories sorted), never altering
// text. Supported: .txt, .jsonl, .jsonl.gz, .html/.htm, directories (recursively), and "-" for JSONL on stdin.
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createGunzip } from 'node:zlib';
import { decodeUtf8, notUtf8 } from './decode.js';
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
      yield { kind: 'error', file: input, reason: cannotRead(e) };
      continue;
    }
    if (info.isDirectory()) yield* readDir(input, seenIds);
    else yield* readFileInput(input, seenIds, true);
  }
}

/** A directory's inputs, recursively, in name order; a folder that cannot be listed is one error. */
async function* readDir(dir: string, seenIds: Set<string>): AsyncGenerator<InputItem> {
  let entries;
  try {
    entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (e) {
    yield { kind: 'error', file: dir, reason: cannotRead(e) };
    return;
  }
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* readDir(path, seenIds);
    else if (kindOf(e.name)) yield* readFileInput(path, seenIds, false);
  }
}

async function* readFileInput(file: string, seenIds: Set<string>, named: boolean): AsyncGenerator<InputItem> {
  const kind = kindOf(file);
  if (!kind) {
    if (named) yield { kind: 'error', file, reason: 'unsupported input type (expected .txt, .jsonl, .jsonl.gz, .html or a directory)' };
    return;
  }
  if (kind === 'jsonl' || kind === 'jsonl.gz') {
    // Opened first, so that a file that cannot be opened is reported as such, not as a cut-short read.
    let handle;
    try {
      handle = await open(file);
    } catch (e) {
      yield { kind: 'error', file, reason: cannotRead(e) };
      return;
    }
    const raw = handle.createReadStream();
    const stream = kind === 'jsonl.gz' ? raw.pipe(createGunzip()) : raw;
    raw.on('error', (e) => stream.destroy(e));
    try {
      yield* readJsonl(stream, file, seenIds);
    } finally {
      stream.destroy();
      raw.destroy();
    }
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    yield { kind: 'error', file, reason: cannotRead(e) };
    return;
  }
  const id = basename(file).replace(/\.(txt|html?)$/i, '');
  const decoded = decodeUtf8(bytes);
  if (decoded === null) return yield { kind: 'error', file, id, reason: notUtf8('file', bytes) };
  if (seenIds.has(id)) return yield { kind: 'error', file, id, reason: `duplicate id ${JSON.stringify(id)}: an earlier record has it` };
  seenIds.add(id);
  yield recordFromText(id, kind === 'html' ? htmlToText(decoded) : decoded, file);
}

const cannotRead = (e: unknown): string => `cannot read input: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`;
