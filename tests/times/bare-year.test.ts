// Years standing alone, and the four-digit numbers that are not years.
import { describe, expect, test } from 'vitest';
import { fixtureText } from '../helpers/fixtures.js';
import { expectTimes, timesOf } from './expressions.js';

const RULE = 'times/bare-year';

describe('bare-year', () => {
  test('"Annual Report 2013" in a real page', () => {
    const id = 'amnesty-2009-07-29-camp-ashraf-raid';
    expectTimes(id, fixtureText(id), undefined, [['2013', 14, 18, '2013', RULE]]);
  });

  test('"in 1990", "that year" and an adjectival "1996"; "2000 people" is a count', () => {
    const text = 'Iraqi President Saddam Hussein invaded Kuwait in 1990, and the sanctions imposed that year are still in place. The 1996 campaign failed; some 2000 people marched in protest.';
    expectTimes('news', text, '1998-02-13', [
      ['1990', 49, 53, '1990', RULE],
      ['that year', 81, 90, '1990', 'times/narrative'],
      ['1996', 115, 119, '1996', RULE],
    ]);
    expect(timesOf(text, '1998-02-13').some((t) => t.text.includes('2000'))).toBe(false);
  });
});
