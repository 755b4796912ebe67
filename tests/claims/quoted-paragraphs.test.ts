// A paragraph that is only a quotation goes on the claim closing the paragraph before it; real passages from news.
import { describe, expect, test } from 'vitest';
import { claimCandidates } from '../../src/claims/index.js';
import { layersOf } from '../helpers/fixtures.js';

const contentsOf = (text: string, cue: string) => {
  const claim = claimCandidates(layersOf(text).withTimes).find((c) => c.cue !== null && text.slice(c.cue.start, c.cue.end) === cue);
  expect(claim, `a claim with the cue "${cue}"`).toBeDefined();
  return claim!.content.map((s) => text.slice(s.start, s.end));
};

const CAPE_BRETON =
  'Calabrese told the National Post he’s already received hundreds of emails from Americans interested in moving to the island.\n\n“I’m in disbelief,” he said. “I wish everyone from Cape Breton could read them because they really make you proud of living here.”\n\n“Don’t wait until Donald Trump is elected president to find somewhere else to live! Start now, that way, on election day, you just hop on a bus to start your new life in Cape Breton.”\n\nCalabrese is also honest about some of the drawbacks.';

describe('claims/quoted-paragraphs', () => {
  test('news: a quoted paragraph with no cue goes on the split quotation before it', () => {
    expect(contentsOf(CAPE_BRETON, 'said')).toEqual([
      '“I’m in disbelief,”',
      '“I wish everyone from Cape Breton could read them because they really make you proud of living here.”',
      '“Don’t wait until Donald Trump is elected president to find somewhere else to live! Start now, that way, on election day, you just hop on a bus to start your new life in Cape Breton.”',
    ]);
  });

  test('news: a quoted paragraph goes on a paraphrase closing the paragraph before it', () => {
    const text =
      'Schoen elaborated in an editorial piece for The Wall Street Journal that superdelegates currently pledged to Clinton, even those who did so before the campaign began, may reconsider.\n\n“A Sanders win in California would powerfully underscore Mrs. Clinton’s weakness as a candidate in the general election.”\n\nThe pollster even hypothesized Clinton could easily be replaced.';
    expect(contentsOf(text, 'elaborated')).toEqual([
      'that superdelegates currently pledged to Clinton, even those who did so before the campaign began, may reconsider',
      '“A Sanders win in California would powerfully underscore Mrs. Clinton’s weakness as a candidate in the general election.”',
    ]);
  });

  test('news: a quoted paragraph with a cue clause of its own is another claim', () => {
    const text = '“I’m in disbelief,” he said.\n\n“Don’t wait until Donald Trump is elected president to find somewhere else to live,” she added.';
    expect(contentsOf(text, 'said')).toEqual(['“I’m in disbelief,”']);
    expect(contentsOf(text, 'added')).toEqual(['“Don’t wait until Donald Trump is elected president to find somewhere else to live,”']);
  });

  test('news: a heading in capitals is no speech', () => {
    const text = 'Obama said the Peace Corps would begin operating in Vietnam for the first time.\n\n“EVENTUALLY VOTERS MAKE GOOD DECISIONS”\n\nAcross Asia, policymakers have been startled.';
    expect(contentsOf(text, 'said')).toEqual(['the Peace Corps would begin operating in Vietnam for the first time']);
  });

  test('news: a claim that does not close its paragraph takes no quotation after it', () => {
    const text = 'Trump said the wall would be built. “It will be beautiful,” Cruz replied.\n\n“We are going to win and we are going to win big.”';
    expect(contentsOf(text, 'said')).toEqual(['the wall would be built']);
  });
});
