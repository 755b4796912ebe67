// Names listed with a person are people; roles in appositions and places in lists are not.
import { describe, expect, test } from 'vitest';
import { fixtureText } from '../helpers/fixtures.js';
import { expectMentions, mentionsOf } from './mentions.js';

describe('coordinated-names', () => {
  test('"Qais al-Khazali, Seyyed Rahim and Hamza": the list follows its first known member', () => {
    expectMentions('liberty-residents-2013-06-27-kerry-letter', [
      ['Qais al-Khazali', 939, 954, 'person', 'entities/person-names'],
      ['Seyyed Rahim', 956, 968, 'person', 'entities/coordinated-names'],
      ['Hamza', 973, 978, 'person', 'entities/person-names'],
    ]);
  });

  test('an appositive role after a comma is no name: "Paul Bremer, Presidential Envoy to Iraq"', () => {
    const text = fixtureText('whitehouse-2003-08-21-un-headquarters-attack');
    const at = text.indexOf('Presidential Envoy');
    expect(at).toBeGreaterThan(0);
    expect(mentionsOf(text).filter((m) => m.start < at + 18 && at < m.end)).toEqual([]);
  });
});
