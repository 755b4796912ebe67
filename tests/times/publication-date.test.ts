// The reference date: the input's publishedAt, else the statement's own date line, dateline or
// signature, never the scrape-date header on the first line.
import { describe, expect, test } from 'vitest';
import { fixtureText, SEED } from '../helpers/fixtures.js';
import { timeLayerOf } from './expressions.js';

describe('publication date', () => {
  test.each([
    [SEED, '2013-07-27', 'signature', 3172, 'July 27, 2013'],
    ['afps-2008-10-20-baghdad-detentions-weapons', '2008-10-20', 'dateline', 110, 'Oct. 20, 2008'],
    ['amnesty-2009-07-29-camp-ashraf-raid', '2009-07-29', 'date-line', 58, '29 July 2009'],
    ['ncri-2013-09-01-ashraf-massacre-reports', '2013-09-01', 'dateline', 102, 'Sep 01, 2013, 08:30 ET'],
    ['whitehouse-2003-08-21-un-headquarters-attack', '2003-08-21', 'date-line', 110, 'August 21, 2003'],
  ])('%s → %s from its %s', (id, value, source, start, slice) => {
    const text = fixtureText(id);
    const { publication } = timeLayerOf(text);
    expect(text.slice(start, start + slice.length)).toBe(slice);
    expect(publication).toEqual({ value, source, span: { start, end: start + slice.length, text: slice } });
  });

  test('the seed statement is dated by its signature, not by the 2024 scrape header above it', () => {
    const text = fixtureText(SEED);
    expect(text.slice(0, 24)).toBe('Wednesday, July 17, 2024');
    expect(timeLayerOf(text).publication.value).toBe('2013-07-27');
  });

  test('the input\'s publishedAt wins and is recorded as such', () => {
    expect(timeLayerOf(fixtureText(SEED), '2013-07-28').publication).toEqual({ value: '2013-07-28', source: 'input', span: null });
  });

  test('"issued on" a date', () => {
    const text = 'Statement on the attack\n\nThe following statement was issued on March 3, 2014 by the spokesman.\n\nThe attack killed five people.';
    const { publication } = timeLayerOf(text);
    expect(publication).toEqual({ value: '2014-03-03', source: 'issued-on', span: { start: 63, end: 76, text: 'March 3, 2014' } });
  });

  test('a text that states no date has none, and keeps only absolute expressions', () => {
    const id = 'hrw-2014-07-31-militias-trail-of-death';
    const layer = timeLayerOf(fixtureText(id));
    expect(layer.publication).toEqual({ value: null, source: 'none', span: null });
    expect(layer.expressions.filter((e) => e.type === 'date' && /^\d/.test(e.value)).map((e) => e.value)).toEqual(['2014-07-09']);
  });
});
