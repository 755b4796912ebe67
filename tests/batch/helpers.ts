// Batch test inputs: fixture statements repeated under new ids, written as JSONL.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureRecords } from '../helpers/fixtures.js';

/** `count` records cycling through the fixtures (each optionally cut to its first lines), ids `<prefix>-<i>`. */
export function writeRecords(dir: string, count: number, options: { prefix?: string; maxChars?: number; extraLines?: readonly string[] } = {}): string {
  const fixtures = fixtureRecords();
  const lines = Array.from({ length: count }, (_, i) => {
    const f = fixtures[i % fixtures.length]!;
    const text = options.maxChars ? f.text.slice(0, Math.max(f.text.lastIndexOf('\n', options.maxChars), 1)) : f.text;
    return JSON.stringify({ ...f, id: `${options.prefix ?? 'r'}-${i}`, text });
  });
  const path = join(dir, 'records.jsonl');
  writeFileSync(path, [...lines, ...(options.extraLines ?? [])].map((l) => `${l}\n`).join(''));
  return path;
}
