// Clock times chrono misses: military four-digit times with a zone or "hours" ("0300 GMT", "1430
// local time", "0600 hrs"). The stated local time is the value; the zone does not shift it.
import { marked, newsParser, ymd } from '../parser.js';

const PATTERN = /(?<![\w.,:-])([01]\d|2[0-3])([0-5]\d)\s*(?:GMT|UTC|Z\b|local\s+time|hrs\b|hours\b|h\b)/i;

export const clockTime = newsParser(PATTERN, (match, ref, context) =>
  marked(context, match, { ...ymd(ref), hour: Number(match[1]), minute: Number(match[2]) }, { rule: 'times/clock-time', narrative: { unit: 'day', amount: 0 } }),
);
