// Decades and centuries: "the 1990s", "the late 1970s", "the '80s", "the nineties", "the 20th
// century". TIMEX3 writes them by their leading digits: 199, 19.
import { marked, newsParser } from '../parser.js';

const DECADE_WORDS: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };
const PATTERN =
  /(?<![\w-])(?:the\s+)?(?:(?:early|mid|late|last\s+half\s+of\s+the)[\s-]+)?(?:((?:1[5-9]|20)\d)0'?s|['’](\d)0s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|(\d{1,2})(?:st|nd|rd|th)[\s-]+century)(?![\w-])/i;

export const decade = newsParser(PATTERN, (match, ref, context) => {
  const rule = 'times/decade';
  if (match[4]) return marked(context, match, { year: (Number(match[4]) - 1) * 100 }, { rule, grain: 'century' });
  if (match[1]) return marked(context, match, { year: Number(match[1]) * 10 }, { rule, grain: 'decade' });
  const digit = match[2] ? Number(match[2]) : DECADE_WORDS[match[3]!.toLowerCase()]!;
  // A decade named without its century is the latest one not after the reference.
  const century = 1900 + 10 * digit <= ref.year ? 1900 : 1800;
  if (!/^the\b/i.test(match[0]) && match[3]) return null;
  return marked(context, match, { year: century + 10 * digit }, { rule, grain: 'decade' });
});
