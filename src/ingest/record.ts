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
    id: z.unknown().optional(),
    text: z.unknown().optional(),
    publishedAt: z.unknown().optional(),
  })
  .passthrough();

const UNSAFE_ID = /[/\\\u0000-\u001f]|^\.\.?$/;
/** With the u flag this matches only unpaired surrogates, which no file name can hold. */
const LONE_SURROGATE = /[\ud800-\udfff]/u;
/** `<id>.json.tmp` must fit in a file name (255 bytes on common file systems). */
const MAX_ID_BYTES = 200;
const DATE_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;

/** Turns one parsed JSON value into a record or an error naming the file, line and id. */
export function recordFromJson(value: unknown, file: string, line: number, fallbackId: string): InputItem {
  const where = { kind: 'error' as const, file, line };
  const raw = RawRecordSchema.safeParse(value);
  if (!raw.success) return { ...where, reason: `expected a JSON object with "text", found ${describe(value)}` };
  const { id: rawId, text, publishedAt, ...extra } = raw.data;
  if (rawId !== undefined && typeof rawId !== 'string' && typeof rawId !== 'number') return { ...where, reason: `"id" must be a string or a number, found ${describe(rawId)}` };
  const id = rawId === undefined ? fallbackId : String(rawId);
  if (!usableId(id)) return { ...where, id, reason: `id ${JSON.stringify(id)} cannot name an output file` };
  if (text === undefined) return { ...where, id, reason: 'record has no "text" field' };
  if (typeof text !== 'string') return { ...where, id, reason: `"text" must be a string, found ${describe(text)}` };
  if (text.trim() === '') return { ...where, id, reason: '"text" is empty' };
  const date = typeof publishedAt === 'string' ? calendarDate(publishedAt) : undefined;
  const kept = { ...extra, ...(publishedAt !== undefined && date === undefined ? { publishedAtUnparsed: publishedAt } : {}) };
  return { kind: 'record', id, text, meta: { ...(date ? { publishedAt: date } : {}), origin: { file, line }, extra: kept } };
}

export function recordFromText(id: string, text: string, file: string): InputItem {
  if (!usableId(id)) return { kind: 'error', file, id, reason: `id ${JSON.stringify(id)} cannot name an output file` };
  if (text.trim() === '') return { kind: 'error', file, id, reason: 'the file has no text' };
  return { kind: 'record', id, text, meta: { origin: { file }, extra: {} } };
}

const usableId = (id: string): boolean =>
  id !== '' && !UNSAFE_ID.test(id) && !LONE_SURROGATE.test(id) && Buffer.byteLength(id) <= MAX_ID_BYTES;

/** The YYYY-MM-DD a publishedAt value starts with, when that is a real calendar date. */
function calendarDate(value: string): string | undefined {
  const m = DATE_PREFIX.exec(value);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const valid = year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
  return valid ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const json = JSON.stringify(value);
  return `${typeof value} ${json && json.length > 60 ? `${json.slice(0, 60)}…` : json}`;
}
