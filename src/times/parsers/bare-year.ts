// Years standing alone ("in 1990", "since 2003", "fiscal 1990", "1996's"): chrono has no parser for
// them. A four-digit number is a year only where a year reads naturally: after a preposition or
// "fiscal", or before punctuation or a function word, never before a unit or a counted noun
// ("2000 people", "1500 troops"), after a currency sign or "No.", or inside a longer number.
import { marked, newsParser } from '../parser.js';

const PATTERN = /(?<![\w$£€#.,/:-])((?:fiscal(?:\s+year)?|FY)\s*)?((?:1[7-9]|20)\d\d)(?![\w%]|[.,/:-]\d)/i;
const BEFORE = /\b(?:in|since|by|of|until|till|from|to|during|before|after|through|throughout|around|circa|between|and|or|early|late|mid|year|the|than|for|on|at|as|until|into|mid-)\s*$|^\s*$|[(,;:–—"“\n.!?]\s*$/i;
const QUANTITY_BEFORE = /\b(?:about|some|nearly|almost|approximately|over|only|just|least|total|more|less|fewer|no|number|No\.)\s*$/i;
const AFTER_OK = /^(?:\s*$|[.,;:)'’"”!?–—]|\s+(?:and|or|to|through|when|while|as|after|before|in|at|on|for|with|but|was|were|had|has|is|that|which|the|until|election|elections|budget|levels?|census|season|campaign)\b|\s+[A-Z])/;

export const bareYear = newsParser(PATTERN, (match, ref, context) => {
  const before = context.text.slice(Math.max(0, match.index! - 20), match.index!);
  const after = context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 20);
  const year = Number(match[2]);
  if (year > ref.year + 30) return null;
  if (!match[1] && (!BEFORE.test(before) || QUANTITY_BEFORE.test(before))) return null;
  if (!AFTER_OK.test(after) && !/^'s\b/.test(after)) return null;
  return marked(context, match, { year }, { rule: 'times/bare-year', grain: 'year' });
});
