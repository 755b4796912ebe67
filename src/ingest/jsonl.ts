// JSONL: split on bytes, decode each line on its own (so one bad line loses only itself), number
// lines from 1, and report a repeated id instead of letting it overwrite the first graph.
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { decodeUtf8 } from './decode.js';
import { recordFromJson, type InputItem } from './record.js';

const NEWLINE = 0x0a;

export async function* readJsonl(stream: Readable, file: string, seenIds: Set<string>): AsyncGenerator<InputItem> {
  let pending: Buffer[] = [];
  let lineNo = 0;
  const stem = basename(file).replace(/\.jsonl(\.gz)?$/, '');
  function* emit(bytes: Buffer): Generator<InputItem> {
    lineNo++;
    const line = decodeUtf8(lineNo === 1 ? stripBom(bytes) : bytes);
    if (line === null) return yield { kind: 'error', file, line: lineNo, reason: 'line is not valid UTF-8' };
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
    if (pending.length) yield* emit(Buffer.concat(pending));
    yield { kind: 'error', file, line: lineNo + 1, reason: `input could not be read to its end: ${(e as Error).message}` };
    return;
  }
  if (pending.length) yield* emit(Buffer.concat(pending));
}

const stripBom = (b: Buffer): Buffer => (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? b.subarray(3) : b);
