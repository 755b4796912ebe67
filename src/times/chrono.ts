// The configured chrono instance (built once): casual English, past-biased as news is.
import * as chrono from 'chrono-node';

export const newsChrono = chrono.casual.clone();
export type { ParsedResult } from 'chrono-node';
