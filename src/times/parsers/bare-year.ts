// Years standing alone ("in 1990", "since 2003", "fiscal 1990", "1996's", "a 1971 convention"):
// chrono has no parser for them. A four-digit number is a year only where a year reads naturally:
// after a preposition, a determiner, a title word or "fiscal", or before punctuation or a function
// word; never before a unit or a counted noun ("2000 people", "1500 troops"), after a currency
// sign, a quantity word or "No.", or inside a longer number.
import { marked, newsParser } from '../parser.js';

const PATTERN = /(?<![\w$£€#.,/:-])((?:fiscal(?:\s+year)?|FY)\s*)?((?:1[7-9]|20)\d\d)(?![\w%]|[.,/:]\d|-\d)/i;
const BEFORE = /\b(?:in|since|by|of|until|till|from|to|during|before|after|through|throughout|around|circa|between|and|or|early|late|mid|year|the|than|for|on|at|as|until|into|mid-)\s*$|^\s*$|[(,;:–—"“\n.!?]\s*$/i;
// A title word names the year ("Annual Report 2013", "Vision 2020"), unless it numbers a document or a thing.
const TITLE_BEFORE = /\b(?!(?:Resolution|No|Number|Flight|Route|Highway|Room|Article|Law|Decree|Order|Bill|Model|Section)\s)[A-Z][a-z]+\s+$/;
const QUANTITY_BEFORE = /\b(?:about|some|nearly|almost|approximately|over|only|just|least|total|more|less|fewer|no|number|No\.)\s*$/i;
// "a 1971 convention", "his unsuccessful 1996 campaign", "the company's 1989 results": a year used as an adjective.
const DETERMINER_BEFORE = /(?:\b(?:a|an|that|this|his|her|its|their|our|both|each)|\w['’]s)\s+(?:[a-z]+\s+)?$/i;
/** Counted things: "2000 people", "1500 troops", "1800 rockets". */
const COUNTED_AFTER = /^\s*(?:people|persons|troops|soldiers|men|women|children|residents|refugees|families|members|workers|employees|dollars|euros|pounds|shares|barrels|tons|tonnes|km|kilometers|kilometres|miles|meters|metres|feet|mm|cm|kg|rockets|missiles|votes|cars|units|copies|cases|deaths|dead|killed|wounded|prisoners|hostages|points|words|pages|rounds|calories|acres|hectares|signatures|students|jobs|stores|homes|houses|vehicles)\b/i;
const AFTER_OK = /^(?:\s*$|[.,;:)'’"”!?–—]|\s+(?:and|or|to|through|when|while|as|after|before|in|at|on|for|with|but|was|were|had|has|is|that|which|the|until|election|elections|budget|levels?|census|season|campaign)\b|\s+[A-Z])/;

export const bareYear = newsParser(PATTERN, (match, ref, context) => {
  const before = context.text.slice(Math.max(0, match.index! - 20), match.index!);
  const after = context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 20);
  const year = Number(match[2]);
  if (year > ref.year + 30) return null;
  if (COUNTED_AFTER.test(after) || QUANTITY_BEFORE.test(before)) return null;
  const introduced = match[1] || BEFORE.test(before) || TITLE_BEFORE.test(before) || DETERMINER_BEFORE.test(before);
  if (!introduced && !AFTER_OK.test(after) && !/^'s\b/.test(after)) return null;
  return marked(context, match, { year }, { rule: 'times/bare-year', grain: 'year' });
});
