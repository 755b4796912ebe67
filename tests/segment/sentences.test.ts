// Sentence boundaries: abbreviations do not end sentences, wrapped lines are joined, paragraphs are not.
import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../src/segment/sentences.js';

const sentencesOf = (text: string) => splitSentences(text).map((s) => ({ text: text.slice(s.start, s.end), paragraph: s.paragraph }));

describe('segment/sentences', () => {
  test.each([
    ['U.S. and U.N.', 'The U.S. Embassy and the U.N. mission met in Baghdad. Both condemned the attack.', ['The U.S. Embassy and the U.N. mission met in Baghdad.', 'Both condemned the attack.']],
    ['Mr. and Gen.', 'Mr. Ban spoke with Gen. Austin on Monday. They agreed.', ['Mr. Ban spoke with Gen. Austin on Monday.', 'They agreed.']],
    ['Lt. Col.', 'The find was large, said Lt. Col. Wayne Marotto. Officials agreed.', ['The find was large, said Lt. Col. Wayne Marotto.', 'Officials agreed.']],
    ['v. in a case name', 'Clinton to Planned Parenthood: Trump will reverse Roe v. Wade. She spoke on Friday.', ['Clinton to Planned Parenthood: Trump will reverse Roe v. Wade.', 'She spoke on Friday.']],
    ["doubled apostrophes opening the next sentence", "''We need Chapter 9,'' he said. ''Give us the tool.''", ["''We need Chapter 9,'' he said.", "''Give us the tool.''"]],
    ['No. before a number', 'Resolution No. 5 was adopted. It passed.', ['Resolution No. 5 was adopted.', 'It passed.']],
  ])('%s', (_, text, want) => {
    expect(sentencesOf(text).map((s) => s.text)).toEqual(want);
  });

  test('afps: a line wrapped mid-sentence is joined (ends without a stop, next starts lower-case)', () => {
    const text = 'Coalition forces apprehended 11 suspected terrorists in and around Baghdad today and yesterday,\nmilitary officials reported. Coalition forces captured a wanted man.';
    const got = splitSentences(text);
    expect(got).toHaveLength(2);
    expect(text.slice(got[0]!.start, got[0]!.end)).toBe('Coalition forces apprehended 11 suspected terrorists in and around Baghdad today and yesterday,\nmilitary officials reported.');
    expect(got[0]!.start).toBe(0);
  });

  test('a line that ends with a stop, or a next line starting upper-case, is a new paragraph', () => {
    const got = sentencesOf('Camp Liberty was attacked.\nthe residents fled\nThe UN condemned it');
    expect(got).toEqual([
      { text: 'Camp Liberty was attacked.', paragraph: 0 },
      { text: 'the residents fled', paragraph: 1 },
      { text: 'The UN condemned it', paragraph: 2 },
    ]);
  });
});
