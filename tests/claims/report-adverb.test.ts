// A report adverb attributes its clause to unnamed reports; real sentences from news and the statements.
import { describe, expect, test } from 'vitest';
import { claimCandidates } from '../../src/claims/index.js';
import { layersOf } from '../helpers/fixtures.js';

const adverbClaim = (text: string) => claimCandidates(layersOf(text).withTimes).find((c) => c.rule === 'claims/report-adverb');

describe('claims/report-adverb', () => {
  test.each([
    [
      'The FBI is reportedly making arrangements to interview Hillary Clinton as it nears the end of its investigation into her use of a private, unsecured server to conduct government business.',
      ['The FBI is', 'making arrangements to interview Hillary Clinton as it nears the end of its investigation into her use of a private, unsecured server to conduct government business'],
    ],
    ['Both Google and Facebook have reportedly looked at Twitter and passed.', ['Both Google and Facebook have', 'looked at Twitter and passed']],
    ['The Secretary-General deplores the tragic events in Camp Ashraf today that have reportedly left 47 killed.', ['that have', 'left 47 killed']],
  ])('news: %s', (text, contents) => {
    const claim = adverbClaim(text);
    expect(claim?.cue && text.slice(claim.cue.start, claim.cue.end)).toBe('reportedly');
    expect(claim!.source).toBeNull();
    expect(claim!.content.map((s) => text.slice(s.start, s.end))).toEqual(contents);
  });

  test('news: before a cue verb the adverb belongs to that verb’s claim', () => {
    expect(adverbClaim('When asked by a reporter whether this differed from Nazi Germany requiring Jews to register, Trump reportedly said, "You tell me," repeatedly.')).toBeUndefined();
  });
});
