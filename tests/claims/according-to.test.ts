// "According to X, Y" and "Y, according to X".
import { describe, expect, test } from 'vitest';
import { layersOf, spanOf } from '../helpers/fixtures.js';

describe('claims/according-to', () => {
  test.each([
    [
      'ncri: sentence-initial after a dateline tag',
      'NCRI – According to reports received from inside Iran, Danaifar, clerical regime’s ambassador to Baghdad, has ordered Iraqi groups to attack Camp Liberty.',
      'reports received from inside Iran',
      'Danaifar, clerical regime’s ambassador to Baghdad, has ordered Iraqi groups to attack Camp Liberty.',
    ],
    [
      'news: a trailing source ends before the writer’s own clause',
      'Turnout among young voters fell sharply, according to exit polls, compared with four years earlier.',
      'exit polls',
      'Turnout among young voters fell sharply',
    ],
    [
      'unnews: trailing',
      'Iraqi authorities have confirmed that medical support is being delivered to the Camp, according to the UN Assistance Mission for Iraq (UNAMI).',
      'the UN Assistance Mission for Iraq (UNAMI).',
      'Iraqi authorities have confirmed that medical support is being delivered to the Camp',
    ],
  ])('%s', (_, text, source, content) => {
    const claim = layersOf(text).full.claims.find((c) => c.rule === 'claims/according-to')!;
    const cue = text.search(/[Aa]ccording to/);
    expect(claim.cue).toEqual({ start: cue, end: cue + 'according to'.length });
    const s = spanOf(text, source.replace(/\.$/, ''));
    expect(claim.source).toEqual(s);
    expect(text.slice(claim.source!.start, claim.source!.end)).toBe(source.replace(/\.$/, ''));
    const c = spanOf(text, content.replace(/\.$/, ''));
    expect(claim.content).toEqual([c]);
    expect(text.slice(c.start, c.end)).toBe(content.replace(/\.$/, ''));
  });
});
