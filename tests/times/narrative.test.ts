// Narrative anchoring: relative expressions count from the date the text last established.
import { describe, test } from 'vitest';
import { fixtureText } from '../helpers/fixtures.js';
import { expectTimes } from './expressions.js';

const RULE = 'times/narrative';

describe('narrative', () => {
  test('"Two days later", "The next day", "the following Monday" after "July 4"', () => {
    const text = 'The rebels seized the town on July 4. Two days later, they withdrew. The next day, the army moved in, and the following Monday it declared victory.';
    expectTimes('news', text, '2013-07-27', [
      ['July 4', 30, 36, '2013-07-04', 'times/chrono'],
      ['Two days later', 38, 52, '2013-07-06', RULE],
      ['The next day', 69, 81, '2013-07-07', RULE],
      ['the following Monday', 106, 126, '2013-07-08', RULE],
    ]);
  });

  test('a clock time told in the past is on the day the story is at ("3pm" after "Tuesday")', () => {
    const id = 'amnesty-2009-07-29-camp-ashraf-raid';
    expectTimes(id, fixtureText(id), undefined, [
      ['Tuesday', 388, 395, '2009-07-28', 'times/chrono'],
      ['3pm', 623, 626, '2009-07-28T15:00', 'times/chrono'],
    ]);
  });

  describe('year-on-year comparisons', () => {
    test('a forecast period is not what results are compared with', () => {
      const text = 'Bethlehem Steel posted a 54% drop in third-quarter profit. Analysts expect the trend to continue into the fourth quarter and through the third quarter of 1990. In the year-ago period, Bethlehem earned $101.4 million.';
      expectTimes('news', text, '1989-10-26', [['the year-ago period', 163, 182, '1988-Q3', RULE]]);
    });

    test('"the year-ago quarter" compares quarters, not the day a quarter ended', () => {
      const text = 'Coast Savings reported a loss for the quarter ended Sept. 30. Coast earned $10.2 million in the year-ago quarter. For the quarter a year ago, it reported earnings of $16.3 million.';
      expectTimes('news', text, '1989-11-01', [
        ['the year-ago quarter', 92, 112, '1988-Q3', RULE],
        ['the quarter a year ago', 118, 140, '1988-Q3', RULE],
      ]);
    });

    test('"the 1988 quarter" is the reported quarter in 1988', () => {
      const text = 'Kirschner reported a third-quarter loss. It earned $376,000 on revenue of $14.5 million in the 1988 quarter.';
      expectTimes('news', text, '1989-10-30', [['the 1988 quarter', 91, 107, '1988-Q3', RULE]]);
    });

    test('further back than the previous sentence, the quarter the lead reports on is compared, not one mentioned in passing', () => {
      const text = 'Kimberly-Clark posted a 20% gain in third-quarter net income. Sales rose 6.2%. After a flat second quarter tied to lower newsprint prices, the company recovered. Profit also gained from lower costs. In the 1989 period, interest expense was lower than a year ago.';
      expectTimes('news', text, '1989-11-01', [
        ['the 1989 period', 202, 217, '1989-Q3', RULE],
        ['a year ago', 251, 261, '1988-Q3', RULE],
      ]);
    });

    test('"the latest quarter" is a reported one, not a quarter forecast', () => {
      const text = "Travelers's third-quarter net income rose 11%. The earthquake will result in a fourth-quarter charge. Earnings fell 59% in the latest quarter.";
      expectTimes('news', text, '1989-11-02', [['the latest quarter', 123, 141, '1989-Q3', 'times/quarter']]);
    });
  });
});
