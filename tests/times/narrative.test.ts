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
});
