// A name right before a colon and a quotation in running text: the name is the source, the colon the
// cue. On sentences from political news; a phrase that names nobody, or a cue verb's own colon, gives none.
import { describe, expect, test } from 'vitest';
import { claimCandidates } from '../../src/claims/index.js';
import { layersOf } from '../helpers/fixtures.js';

const colonQuoted = (text: string) =>
  claimCandidates(layersOf(text).withTimes)
    .filter((c) => c.rule === 'claims/colon-quotation')
    .map((c) => ({ source: c.source && text.slice(c.source.start, c.source.end), content: c.content.map((s) => text.slice(s.start, s.end)) }));

describe('claims/colon-quotation', () => {
  test.each([
    [
      'an object of the sentence’s verb, with its description',
      'The timing of Sanders’ surge doesn’t surprise Republican pollster Daron Shaw: “Historically, lesser-known candidates beating establishment candidates have seen the biggest boost.”',
      'Republican pollster Daron Shaw',
      '“Historically, lesser-known candidates beating establishment candidates have seen the biggest boost.”',
    ],
    [
      'two authors after a dash',
      'IOWA POLLS NOT NECESSARILY WRONG, JUST TOO EARLY - Mark Blumenthal and Jon Cohen: “Although the polls failed to predict Ted Cruz’s Iowa win, it isn’t because they were dead wrong.”',
      'Mark Blumenthal and Jon Cohen',
      '“Although the polls failed to predict Ted Cruz’s Iowa win, it isn’t because they were dead wrong.”',
    ],
    ['"More from" before the name', 'What that means for this year - More from Jones: “The partisanship of the state population is a starting point.”', 'Jones', '“The partisanship of the state population is a starting point.”'],
    ['a date after the name', 'Here’s Clinton in December 1992: “Our new direction must rest on an understanding of the new realities of global competition.”', 'Clinton', '“Our new direction must rest on an understanding of the new realities of global competition.”'],
  ])('news: %s', (_, text, source, content) => {
    expect(colonQuoted(text)).toEqual([{ source, content: [content] }]);
  });

  test.each([
    ['a phrase naming nobody', 'Then, the laugh line: “I want to do this myself, but it is so unpresidential to call up Carrier.”'],
    ['a cue verb’s addressee', 'Trump told CNN: “We will build the wall and Mexico will pay for it.”'],
  ])('news: no claim from %s', (_, text) => {
    expect(colonQuoted(text)).toEqual([]);
  });
});
