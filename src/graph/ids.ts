// Content-derived ids: the same input always yields the same ids, whatever the run or worker.
import type { Span } from '../pipeline/document.js';

export const documentNodeId = (docId: string): string => `d:${docId}`;
export const entityNodeId = (key: string): string => `e:${key}`;
export const timeNodeId = (type: string, value: string): string => `t:${type}:${value}`;
export const claimNodeId = (content: readonly Span[]): string => `c:${content.map((s) => `${s.start}-${s.end}`).join(',')}`;
