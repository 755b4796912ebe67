// Generators of the dirty text crawlers produce: random Unicode, control characters, lone
// surrogates, unbalanced quotes and brackets, HTML fragments, emoji, right-to-left text, text with
// no sentences, 1-character documents, and mutations of the real statements in fixtures/.
import fc from 'fast-check';
import { fixtureRecords } from '../helpers/fixtures.js';

const FIXTURE_TEXTS = fixtureRecords().map((r) => r.text);
const FIXTURE_WORDS = [...new Set(FIXTURE_TEXTS.flatMap((t) => t.split(/\s+/)).filter(Boolean))].sort();

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const controlChar = fc.constantFrom(
  ...Array.from({ length: 32 }, (_, c) => String.fromCharCode(c)),
  '\u007f', '\u0085', '\u00a0', '\u00ad', '\u200b', '\u200d', '\u2028', '\u2029', '\ufeff', '\ufffd',
);
const quote = fc.constantFrom('"', "'", '“', '”', '‘', '’', '«', '»', '„', '‹', '›', '``', "''");
const bracket = fc.constantFrom('(', ')', '[', ']', '{', '}', '<', '>', '((', ']]');
const html = fc.constantFrom(
  '<p>', '</p>', '<div class="x">', '</div>', '<br/>', '<script>var q = "“a";</script>', '&amp;', '&#x27;', '&nbsp;',
  '<!-- comment -->', '<a href="https://example.org/?a=1&b=2">', '</a>', '<b>', '<i', '/>', '<![CDATA[', ']]>',
);
const emoji = fc.constantFrom('😀', '🇮🇷', '👨‍👩‍👧', '❤️', '👍🏽', '🕊', '\u{1F600}\u{1F600}', '🏳️‍🌈');
const rightToLeft = fc.constantFrom(
  'مرحبا', 'قال المتحدث', 'בית המשפט', '\u200f', '\u202e', '\u202c', '\u2066', '\u2069', 'العراق 2013', 'ـ',
);
const whitespace = fc.constantFrom(' ', ' ', ' ', '\n', '\r\n', '\t', '\n\n', '\r', '\u3000', '\u2003');
const punctuation = fc.constantFrom('.', '.', ',', '!', '?', '...', '…', ':', ';', '—', '-', '–', '/', '\\', '*', '#', '@', '§');
const dateLike = fc.constantFrom(
  'July 26, 2013', '2013-07-27', '27 July 2013', '12:30 p.m.', 'Monday', 'last week', 'yesterday', 'on Sept. 1',
  '1990', 'Q3', 'two years ago', 'since 2003', '31/02/2013', 'the 1990s', 'tomorrow night', '00:00',
);
const cue = fc.constantFrom('said', 'told reporters', 'according to', 'stated:', 'warned that', 'added', 'he said.', ', she said,', 'Mr.', 'U.N.');
const word = fc.constantFrom(...FIXTURE_WORDS);
const capitalised = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: 1, maxLength: 12 }).map((w) => w[0]!.toUpperCase() + w.slice(1));
const number = fc.integer({ min: -1, max: 1e7 }).map(String);

const piece = fc.oneof(
  { arbitrary: word, weight: 12 },
  { arbitrary: whitespace, weight: 8 },
  { arbitrary: punctuation, weight: 4 },
  { arbitrary: capitalised, weight: 3 },
  { arbitrary: quote, weight: 3 },
  { arbitrary: bracket, weight: 2 },
  { arbitrary: dateLike, weight: 2 },
  { arbitrary: cue, weight: 2 },
  { arbitrary: number, weight: 1 },
  { arbitrary: html, weight: 1 },
  { arbitrary: emoji, weight: 1 },
  { arbitrary: rightToLeft, weight: 1 },
  { arbitrary: controlChar, weight: 1 },
  { arbitrary: loneSurrogate, weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 4 }), weight: 1 },
);

/** Any code units at all: every code point, plus lone surrogates and control characters. */
export const randomUnicode = fc.string({
  unit: fc.oneof({ arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 6 }, loneSurrogate, controlChar, whitespace),
  minLength: 1,
  maxLength: 300,
  size: 'max',
});

/** Real words mixed with quotes, brackets, markup, emoji, RTL runs, control characters and dates. */
export const dirtyText = fc.array(piece, { minLength: 1, maxLength: 120, size: 'max' }).map((parts) => parts.join(''));

/** A window of a real statement with a few insertions, deletions and duplications. */
export const mutatedFixture = fc
  .record({
    text: fc.constantFrom(...FIXTURE_TEXTS),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 700 }),
    edits: fc.array(fc.record({ at: fc.nat(), cut: fc.nat({ max: 20 }), insert: fc.oneof(piece, fc.constant('')) }), { maxLength: 8, size: 'max' }),
  })
  .map(({ text, at, length, edits }) => {
    const from = at % text.length;
    let window = text.slice(from, from + length);
    for (const e of edits) {
      const i = e.at % (window.length + 1);
      window = window.slice(0, i) + e.insert + window.slice(i + e.cut);
    }
    return window;
  });

/** 1-character documents, and text with no sentence at all (no end punctuation, or nothing but it). */
export const tinyOrSentenceless = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }),
  fc.array(fc.oneof(word, capitalised, number, whitespace), { minLength: 1, maxLength: 60, size: 'max' }).map((p) => p.join(' ').replace(/[.!?…]/g, '')),
  fc.array(fc.oneof(punctuation, quote, bracket, whitespace, emoji), { minLength: 1, maxLength: 40 }).map((p) => p.join('')),
);

/** One line of 5,000 to 20,000 characters with no line break: real words, or one unit repeated. */
export const enormousLine = fc.oneof(
  fc.array(fc.oneof(word, punctuation, quote, capitalised), { minLength: 1000, maxLength: 2500 }).map((p) => p.join(' ')),
  fc
    .record({ unit: fc.constantFrom('a', 'A', '.', '"', '(', '<p>', 'said ', 'Mr. ', '😀', 'مرحبا '), chars: fc.integer({ min: 5000, max: 20000 }) })
    .map(({ unit, chars }) => unit.repeat(Math.ceil(chars / unit.length))),
);

/** A publication date on the record, or none (then the pipeline looks for one in the text). */
export const publishedAt = fc.option(
  fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  { nil: undefined },
);
