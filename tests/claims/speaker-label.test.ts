// Transcript turns: an upper-case speaker label and a colon open the paragraph; the paragraph is what
// that speaker said. On a real interview transcript from the news, and on labels that name nobody.
import { describe, expect, test } from 'vitest';
import { claimCandidates } from '../../src/claims/index.js';
import { layersOf } from '../helpers/fixtures.js';

const TRANSCRIPT =
  'Partial transcript as follows:\n\nJAKE TAPPER: Donald Trump released a video on Friday talking about racial healing. Take a listen.\n\n(BEGIN VIDEO CLIP.)\n\nTRUMP: The deaths of Alton Sterling in Louisiana and Philando Castile in Minnesota, also make clear how much more work we have to do to make every American feel that their safety is protected. Racial divisions have gotten worse, not better.\n\n(END VIDEO CLIP.)';

const labelled = (text: string) =>
  claimCandidates(layersOf(text).withTimes)
    .filter((c) => c.rule === 'claims/speaker-label')
    .map((c) => ({ source: text.slice(c.source!.start, c.source!.end), cue: text.slice(c.cue!.start, c.cue!.end), content: c.content.map((s) => text.slice(s.start, s.end)) }));

describe('claims/speaker-label', () => {
  test('news: each turn of an interview transcript, the whole paragraph as content', () => {
    expect(labelled(TRANSCRIPT)).toEqual([
      { source: 'JAKE TAPPER', cue: ':', content: ['Donald Trump released a video on Friday talking about racial healing. Take a listen.'] },
      {
        source: 'TRUMP',
        cue: ':',
        content: ['The deaths of Alton Sterling in Louisiana and Philando Castile in Minnesota, also make clear how much more work we have to do to make every American feel that their safety is protected. Racial divisions have gotten worse, not better.'],
      },
    ]);
  });

  test('news: a capitalised label is a turn when it names a person of the article, by surname too', () => {
    const text =
      'Chris Matthews asked Luciana Lopez about the tax.\n\nMatthews: Well, speculation is bad.\n\nLopez: Well, no one is like, ‘My 401(k) is speculation.’ In a way, it gets to be all things to all people.\n\nRelated: Clinton wins the Iowa caucuses.\n\nBaghdad: The bomb killed ten people.';
    expect(labelled(text)).toEqual([
      { source: 'Matthews', cue: ':', content: ['Well, speculation is bad.'] },
      { source: 'Lopez', cue: ':', content: ['Well, no one is like, ‘My 401(k) is speculation.’ In a way, it gets to be all things to all people.'] },
    ]);
  });

  test.each([
    ['a memo header', 'FROM: U.S. STATE DEPARTMENT\n\nThe United States strongly condemns the attack on Camp Hurriya.'],
    ['an editorial note', 'UPDATE: This story has been updated with comments from the embassy.'],
    ['a dateline', 'BAGHDAD: Iraqi forces raided Camp Ashraf on Tuesday, officials said.'],
    ['a label in the middle of a paragraph', 'The embassy then wrote to the ministry. KERRY: We expect the ministry to reply this week.'],
  ])('no speaker in %s', (_, text) => {
    expect(labelled(text)).toEqual([]);
  });
});
