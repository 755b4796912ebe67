// Quotations from opening to closing mark, across sentences and paragraphs.
import { describe, expect, test } from 'vitest';
import { findQuotations } from '../../src/segment/quotations.js';

const quotesOf = (text: string) => findQuotations(text).map((q) => ({ text: text.slice(q.start, q.end), closed: q.closed }));

describe('segment/quotations', () => {
  test('curly quotation spanning two sentences', () => {
    const text = 'She said: “The attack was planned. It will recur.” Nobody answered.';
    const q = findQuotations(text);
    expect(q).toHaveLength(1);
    expect(q[0]!.start).toBe(text.indexOf('“'));
    expect(text.slice(q[0]!.start, q[0]!.end)).toBe('“The attack was planned. It will recur.”');
  });

  test('straight quotes pair within the paragraph', () => {
    expect(quotesOf('He has "full support for and his absolute confidence" in the mission and wants to "ensure the safety".')).toEqual([
      { text: '"full support for and his absolute confidence"', closed: true },
      { text: '"ensure the safety"', closed: true },
    ]);
  });

  test('a quotation running over paragraphs reopens each paragraph and closes in the last', () => {
    const text = 'He added: “First paragraph of the quote.\n\n“Second paragraph, still quoted.”\n\nNarration.';
    expect(quotesOf(text)).toEqual([{ text: '“First paragraph of the quote.\n\n“Second paragraph, still quoted.”', closed: true }]);
  });

  test.each([
    ['a curly opening closed by a straight mark before the next quotation', '“At this point, I don’t think there is bad publicity," he said. “We made mistakes.”', ['“At this point, I don’t think there is bad publicity,"', '“We made mistakes.”']],
    ['a straight opening closed by a curly mark', '"I was hoping to see more of what Ivanka sees in her father,” she said.', ['"I was hoping to see more of what Ivanka sees in her father,”']],
    ['straight quotes nested in a curly quotation stay inside it', '“He called it "fake news" today,” she said.', ['“He called it "fake news" today,”']],
    ['a curly opening closed by a straight mark before a straight reopening', '“We’re going to build a wall," he said. "It’s going to be built. Believe it or not, it’s not even a difficult thing to do.”', ['“We’re going to build a wall,"', '"It’s going to be built. Believe it or not, it’s not even a difficult thing to do.”']],
    ['a curly opening mark misprinted for a closing one', '“Apparently not,“ he said. “A leopard doesn’t change its spots.”', ['“Apparently not,“', '“A leopard doesn’t change its spots.”']],
    ['a straight opening closed by a curly mark before the next paragraph reopens', '"Just wantonly increasing bombing is not going to have a bearing on individuals in the United States.”\n\n"It is completely apples and oranges," Bednarek added.', ['"Just wantonly increasing bombing is not going to have a bearing on individuals in the United States.”', '"It is completely apples and oranges,"']],
  ])('mixed styles: %s', (_, text, quotes) => {
    expect(quotesOf(text).map((q) => q.text)).toEqual(quotes);
  });

  test('a quotation never closed ends with its paragraph', () => {
    const text = 'He wrote: “the only way to secure the refugees\nNext paragraph.';
    expect(quotesOf(text)).toEqual([{ text: '“the only way to secure the refugees', closed: false }]);
  });
});
