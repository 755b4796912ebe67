// JSONL: split on bytes, decode each line on its own (so one bad line loses only itself), number
// lines from 1, and report a repeated id instead of letting it overwrite the first graph.
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { decodeUtf8, isUtf16, notUtf8 } from './decode.js';
import { recordFromJson, type InputItem } from './record.js';

const NEWLINE = 0x0a;

export async function* readJsonl(stream: Readable, file: string, seenIds: Set<string>): AsyncGenerator<InputItem> {
  let pending: Buffer[] = [];
  let lineNo = 0;
  const stem = basename(file).replace(/\.jsonl(\.gz)?$/, '');
  function* emit(bytes: Buffer): Generator<InputItem> {
    lineNo++;
    // The decoder drops a byte-order mark at the start of any line (files joined with cat keep theirs).
    const line = decodeUtf8(bytes);
    if (line === null) return yield { kind: 'error', file, line: lineNo, reason: notUtf8('line', bytes) };
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      return yield { kind: 'error', file, line: lineNo, reason: `malformed JSON: ${(e as Error).message}` };
    }
    const item = recordFromJson(value, file, lineNo, `${stem}-${lineNo}`);
    if (item.kind === 'record') {
      if (seenIds.has(item.id)) return yield { kind: 'error', file, line: lineNo, id: item.id, reason: `duplicate id ${JSON.stringify(item.id)}: an earlier record has it` };
      seenIds.add(item.id);
    }
    yield item;
  }
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      // A UTF-16 file would give one confusing error per line; it is one error for the file.
      if (lineNo === 0 && pending.length === 0 && isUtf16(chunk)) return yield { kind: 'error', file, reason: notUtf8('file', chunk) };
      let from = 0;
      for (let i = chunk.indexOf(NEWLINE); i !== -1; i = chunk.indexOf(NEWLINE, from)) {
        pending.push(chunk.subarray(from, i));
        yield* emit(Buffer.concat(pending));
        pending = [];
        from = i + 1;
      }
      if (from < chunk.length) pending.push(chunk.subarray(from));
    }
  } catch (e) {
    // The last, unfinished line cannot be trusted (a truncated .gz can cut it anywhere): it is the error.
    const cause = (e as Error).message;
    if (pending.length) yield { kind: 'error', file, line: lineNo + 1, reason: `the line is cut short: the input ends early (${cause})` };
    else yield { kind: 'error', file, reason: lineNo ? `the input could not be read past line ${lineNo}: ${cause}` : `the input could not be read: ${cause}` };
    return;
  }
  if (pending.length) yield* emit(Buffer.concat(pending));
}
