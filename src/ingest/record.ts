// An input record as the pipeline sees it, and the permissive schema that reads one from JSON:
// unknown fields are kept as document metadata; what cannot be used becomes a clear reason.
import { z } from 'zod';
import type { DocMeta } from '../pipeline/document.js';

export interface InputRecord {
  readonly kind: 'record';
  readonly id: string;
  readonly text: string;
  readonly meta: DocMeta;
}

export interface InputError {
  readonly kind: 'error';
  readonly file: string;
  readonly line?: number;
  readonly id?: string;
  readonly reason: string;
}

export type InputItem = InputRecord | InputError;

const RawRecordSchema = z
  .object({
    id: z.union([z.string(), z.number()]).optional(),
    text: z.unknown().optional(),
    publishedAt: z.unknown().optional(),
  })
  .passthrough();

const UNSAFE_ID = /[/\\\u0000-\u001f]|^\.\.?$/;
const DATE_PREFIX = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/;

/** Turns one parsed JSON value into a record or an error naming the file, line and id. */
export function recordFromJson(value: unknown, file: string, line: number, fallbackId: string): InputItem {
  const where = { kind: 'error' as const, file, line };
  const raw = RawRecordSchema.safeParse(value);
  if (!raw.success) return { ...where, reason: `expected a JSON object with "text", found ${describe(value)}` };
  const { id: rawId, text, publishedAt, ...extra } = raw.data;
  const id = rawId === undefined ? fallbackId : String(rawId);
  if (id === '' || UNSAFE_ID.test(id)) return { ...where, id, reason: `id ${JSON.stringify(id)} cannot name an output file` };
  if (text === undefined) return { ...where, id, reason: 'record has no "text" field' };
  if (typeof text !== 'string') return { ...where, id, reason: `"text" must be a string, found ${describe(text)}` };
  if (text.trim() === '') return { ...where, id, reason: '"text" is empty' };
  const date = typeof publishedAt === 'string' ? DATE_PREFIX.exec(publishedAt)?.[1] : undefined;
  const kept = { ...extra, ...(publishedAt !== undefined && date === undefined ? { publishedAtUnparsed: publishedAt } : {}) };
  return { kind: 'record', id, text, meta: { ...(date ? { publishedAt: date } : {}), origin: { file, line }, extra: kept } };
}

export function recordFromText(id: string, text: string, file: string): InputItem {
  if (text.trim() === '') return { kind: 'error', file, id, reason: 'the file has no text' };
  return { kind: 'record', id, text, meta: { origin: { file }, extra: {} } };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const json = JSON.stringify(value);
  return `${typeof value} ${json && json.length > 60 ? `${json.slice(0, 60)}…` : json}`;
}
