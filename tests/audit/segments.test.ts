// Overlapping and nested highlights become non-overlapping segments that tile the text.
import { describe, expect, test } from 'vitest';
import { segment } from '../../src/audit/segments.js';
import { SEED, fixtureText, spanOf } from '../helpers/fixtures.js';

const text = fixtureText(SEED);

describe('audit/segments', () => {
  test('a nested claim inside its parent’s content, with an entity inside both, on the seed’s quotation', () => {
    const outer = spanOf(text, '“Moslehi (Minister of Intelligence) in a report');
    const quote = { start: outer.start, end: text.indexOf('prohibited.”') + 'prohibited.”'.length };
    const source = spanOf(text, 'Khamenei’s Office');
    const cue = spanOf(text, 'reiterated', source.end);
    const entity = spanOf(text, 'Khamenei’s Office');
    const segments = segment(text.length, [
      { ...quote, value: 'content:outer' },
      { ...source, value: 'source:inner' },
      { ...cue, value: 'cue:inner' },
      { ...entity, value: 'entity' },
    ]);
    // The segments tile the text exactly, in order.
    expect(segments[0]?.start).toBe(0);
    expect(segments.at(-1)?.end).toBe(text.length);
    for (let i = 1; i < segments.length; i++) expect(segments[i]?.start).toBe(segments[i - 1]?.end);
    expect(segments.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
    const at = (span: { start: number; end: number }) => segments.find((s) => s.start === span.start && s.end === span.end);
    expect(text.slice(source.start, source.end)).toBe('Khamenei’s Office');
    expect(at(source)?.marks).toEqual(['content:outer', 'source:inner', 'entity']);
    expect(text.slice(cue.start, cue.end)).toBe('reiterated');
    expect(at(cue)?.marks).toEqual(['content:outer', 'cue:inner']);
    // Inside the quotation but outside the inner claim's parts, only the outer content covers.
    const between = segments.find((s) => s.start === quote.start);
    expect(between?.end).toBe(source.start);
    expect(between?.marks).toEqual(['content:outer']);
    expect(segments.filter((s) => s.marks.length === 0 && s.start >= quote.start && s.end <= quote.end)).toEqual([]);
  });

  test('partly overlapping spans are cut at each boundary', () => {
    const s = segment(10, [
      { start: 2, end: 6, value: 'a' },
      { start: 4, end: 8, value: 'b' },
    ]);
    expect(s).toEqual([
      { start: 0, end: 2, marks: [] },
      { start: 2, end: 4, marks: ['a'] },
      { start: 4, end: 6, marks: ['a', 'b'] },
      { start: 6, end: 8, marks: ['b'] },
      { start: 8, end: 10, marks: [] },
    ]);
  });

  test('empty marks are dropped and marks past the text are clipped', () => {
    expect(
      segment(5, [
        { start: 3, end: 3, value: 'empty' },
        { start: 4, end: 9, value: 'long' },
      ]),
    ).toEqual([
      { start: 0, end: 4, marks: [] },
      { start: 4, end: 5, marks: ['long'] },
    ]);
    expect(segment(0, [])).toEqual([]);
  });
});
