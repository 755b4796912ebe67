// PRESENT_REF / PAST_REF / FUTURE_REF words.
import { describe, test } from 'vitest';
import { fixtureText } from '../helpers/fixtures.js';
import { expectTimes } from './expressions.js';

const RULE = 'times/reference-words';

describe('reference-words', () => {
  test('"current", "the last few months", "now" in a real statement', () => {
    const id = 'amnesty-2009-07-29-camp-ashraf-raid';
    expectTimes(id, fixtureText(id), undefined, [
      ['current', 1082, 1089, 'PRESENT_REF', RULE],
      ['the last few months', 1119, 1138, 'PAST_REF', RULE],
      ['now', 1542, 1545, 'PRESENT_REF', RULE],
    ]);
  });

  test('"the coming days" in a real statement', () => {
    const id = 'whitehouse-2003-08-21-un-headquarters-attack';
    expectTimes(id, fixtureText(id), undefined, [['the coming days', 1471, 1486, 'FUTURE_REF', RULE]]);
  });

  test('"a few days ago", "recently" (a vague count is a reference, not a date)', () => {
    const id = 'liberty-residents-2013-06-27-kerry-letter';
    expectTimes(id, fixtureText(id), '2013-06-27', [
      ['a few days ago', 857, 871, 'PAST_REF', RULE],
      ['recently', 1317, 1325, 'PAST_REF', RULE],
    ]);
  });

  test.each([
    ['Now the residents live in fear; officials are currently investigating, and more attacks are expected in the coming days. The camp was recently attacked again.', [
      ['Now', 0, 3, 'PRESENT_REF', RULE],
      ['currently', 46, 55, 'PRESENT_REF', RULE],
      ['the coming days', 104, 119, 'FUTURE_REF', RULE],
      ['recently', 134, 142, 'PAST_REF', RULE],
    ]],
  ] as const)('news sentence %#', (text, rows) => expectTimes('news', text, '2013-07-27', rows));

  test('"past years" and "the then-current price" point at the past', () => {
    expectTimes('news', 'There were sell programs in past years, too. Holders may buy shares at 50% of the then-current market price.', '1989-10-30', [
      ['past years', 28, 38, 'PAST_REF', RULE],
      ['then-current', 82, 94, 'PAST_REF', RULE],
    ]);
  });
});
