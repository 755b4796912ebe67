// Counts the records the inputs hold, for the progress bar's percentage and ETA: JSONL lines with
// content (a fast byte scan, no parsing), or supported files in directories. Streams it cannot count
// without reading them twice (stdin, .gz) leave the total unknown.
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

const NEWLINE = 0x0a;
const WHITESPACE = new Set([0x20, 0x09, 0x0d, NEWLINE]);

export async function countRecords(inputs: readonly string[]): Promise<number | undefined> {
  let total = 0;
  for (const input of inputs) {
    const n = await countInput(input).catch(() => 0);
    if (n === undefined) return undefined;
    total += n;
  }
  return total;
}

async function countInput(path: string): Promise<number | undefined> {
  if (path === '-' || /\.gz$/i.test(path)) return undefined;
  const info = await stat(path);
  if (info.isDirectory()) {
    let n = 0;
    for (const e of await readdir(path)) {
      const sub = await countInput(join(path, e));
      if (sub === undefined) return undefined;
      n += sub;
    }
    return n;
  }
  if (/\.jsonl$/i.test(path)) return countLines(path);
  return /\.(txt|html?)$/i.test(path) ? 1 : 0;
}

/** Lines holding anything but whitespace: what the JSONL reader turns into a record or an error. */
async function countLines(path: string): Promise<number> {
  let lines = 0;
  let content = false;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (const byte of chunk) {
      if (byte === NEWLINE) {
        if (content) lines++;
        content = false;
      } else if (!WHITESPACE.has(byte)) {
        content = true;
      }
    }
  }
  return content ? lines + 1 : lines;
}
