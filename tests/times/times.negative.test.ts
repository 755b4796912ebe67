// False friends: words and numbers that look like dates and are not.
import { describe, expect, test } from 'vitest';
import { timesOf } from './expressions.js';

describe('times: false friends', () => {
  test.each([
    ['Theresa May said the talks would go on.', 'May'],
    ['Protesters march on the ministry every day.', 'march'],
    ['The Sunday Times reported the attack.', 'Sunday'],
    ['Residents of Camp 7 were moved.', '7'],
    ['The militia fired 107mm rockets at the camp.', '107'],
    ['Some 2000 people fled the town.', '2000'],
    ['Shares rose 3 to 20 after the announcement.', '3 to 20'],
    ['The stock closed at 12 3/4 on heavy volume.', '3/4'],
    ['Sales were little changed at 2.46 billion guilders.', '2.46'],
    ['Sun Microsystems posted a loss.', 'Sun'],
    ['It was the first such attack in several years.', 'several years'],
    ['He cited Resolution 2254 of the Security Council.', '2254'],
  ])('%s', (text, word) => {
    const hits = timesOf(text, '2013-07-27').filter((t) => (t.type === 'date' || t.type === 'time') && t.text.includes(word));
    expect(hits).toEqual([]);
  });
});
