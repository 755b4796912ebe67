// Cue verbs with their source and content, on real sentences from fixtures/statements and news.
import { describe, expect, test } from 'vitest';
import type { Span } from '../../src/pipeline/document.js';
import { claimCandidates } from '../../src/claims/index.js';
import { runRecord } from '../../src/pipeline/run.js';
import { inputRecord, layersOf, spanOf } from '../helpers/fixtures.js';

const STORK =
  '“The government seems to think that if people blame militias for killings it can wash its hands of the matter,” said Joe Stork, deputy Middle East and North Africa director. “In fact, the government needs to rein in these militias and call a halt to killing people just because of their sect.”';
const SPOKESPERSON =
  '"The Secretary-General deplores the tragic events in Camp Ashraf today that have reportedly left 47 killed," his spokesperson said in a statement. "He expresses his sorrow and extends his deepest condolences to the families of the victims."';

// [file prefix, text, cue, source, content ranges, mode]
const CASES: [string, string, string, string | null, string[], string][] = [
  [
    'hrw: source first, that-clause',
    'Witnesses and medical and government sources said that militias were responsible in each case.',
    'said',
    'Witnesses and medical and government sources',
    ['that militias were responsible in each case'],
    'indirect',
  ],
  [
    'hrw: inverted source with apposition, split quotation',
    STORK,
    'said',
    'Joe Stork, deputy Middle East and North Africa director',
    [
      '“The government seems to think that if people blame militias for killings it can wash its hands of the matter,”',
      '“In fact, the government needs to rein in these militias and call a halt to killing people just because of their sect.”',
    ],
    'direct',
  ],
  [
    'unnews: straight quotes split by "said in a statement"',
    SPOKESPERSON,
    'said',
    'his spokesperson',
    [
      '"The Secretary-General deplores the tragic events in Camp Ashraf today that have reportedly left 47 killed,"',
      '"He expresses his sorrow and extends his deepest condolences to the families of the victims."',
    ],
    'direct',
  ],
  [
    'afps: content first across a wrapped line',
    'Coalition forces apprehended 11 suspected terrorists in and around Baghdad today and yesterday,\nmilitary officials reported.',
    'reported',
    'military officials',
    ['Coalition forces apprehended 11 suspected terrorists in and around Baghdad today and yesterday'],
    'indirect',
  ],
  [
    'unnews: phrasal cue keeps its object after "for"',
    'He also called for the Government of Iraq to promptly investigate the incident and disclose the findings.',
    'also called for',
    'He',
    ['the Government of Iraq to promptly investigate the incident and disclose the findings'],
    'indirect',
  ],
  [
    'news: content first, plain source',
    'Secret Service protocol called for the nominee to be taken to a trauma center, sources said.',
    'said',
    'sources',
    ['Secret Service protocol called for the nominee to be taken to a trauma center'],
    'indirect',
  ],
  [
    'news: participle cue takes the source of the clause it hangs on',
    'Mr. Trump, the Republican nominee, has said that he will build the wall, adding that Mexico would pay for it.',
    'adding',
    'Mr. Trump, the Republican nominee',
    ['that Mexico would pay for it'],
    'indirect',
  ],
  [
    "news: a split quotation in doubled apostrophes (''…'') keeps the inverted source's apposition",
    "''Some courses are adapting, others are just not,'' said Paul H. Chipok, a lawyer in Orlando who specializes in land-use and environmental issues. ''It costs $100,000 a month to operate an 18-hole golf course.''",
    'said',
    'Paul H. Chipok, a lawyer in Orlando who specializes in land-use and environmental issues',
    ["''Some courses are adapting, others are just not,''", "''It costs $100,000 a month to operate an 18-hole golf course.''"],
    'direct',
  ],
  [
    'news: "went on to say" is one cue',
    'He went on to say that some Democrats, such as Joe Manchin and others, are mad at Sanders for agreeing to the debate.',
    'went on to say',
    'He',
    ['that some Democrats, such as Joe Manchin and others, are mad at Sanders for agreeing to the debate'],
    'indirect',
  ],
  [
    'news: an infinitive cue is spoken by the subject of the verb it completes, across a passive and a contracted auxiliary',
    'Judge doesn’t have the name recognition of Grassley, but she’s expected to argue that the longtime senator has fallen out of touch with voters.',
    'to argue',
    'she',
    ['that the longtime senator has fallen out of touch with voters'],
    'indirect',
  ],
  [
    'un: a dateline opening the sentence is not the source; the title keeps its "for" phrase',
    'Geneva, 12 May 2016 - The Special Rapporteur of the Human Rights Council (HRC) for Eritrea, Ms. Sheila Keetharuth, warned that thousands of conscripts remain unaccounted for.',
    'warned',
    'The Special Rapporteur of the Human Rights Council (HRC) for Eritrea, Ms. Sheila Keetharuth',
    ['that thousands of conscripts remain unaccounted for'],
    'indirect',
  ],
];

const cueIs = (text: string, cue: Span | null, want: string | RegExp): boolean =>
  cue !== null && (typeof want === 'string' ? text.slice(cue.start, cue.end) === want : want.test(text.slice(cue.start, cue.end)));
/** The candidate before the plausibility filter whose cue reads `cue`, if any. */
const findCandidate = (text: string, cue: string | RegExp) => claimCandidates(layersOf(text).withTimes).find((c) => cueIs(text, c.cue, cue));
/** The claim, or the candidate, whose cue reads `cue`; the test fails when there is none. */
function claimWithCue(text: string, cue: string | RegExp) {
  const claim = layersOf(text).full.claims.find((c) => cueIs(text, c.cue, cue));
  expect(claim, `no claim with cue "${String(cue)}"`).toBeDefined();
  return claim!;
}
function candidateWithCue(text: string, cue: string | RegExp) {
  const candidate = findCandidate(text, cue);
  expect(candidate, `no candidate with cue "${String(cue)}"`).toBeDefined();
  return candidate!;
}

const expectSpan = (text: string, got: Span | null | undefined, want: string | null, from = 0) => {
  if (want === null) return expect(got ?? null).toBeNull();
  const s = spanOf(text, want, from);
  expect(got && { start: got.start, end: got.end, text: text.slice(got.start, got.end) }).toEqual({ ...s, text: want });
};

describe('claims/reported-speech', () => {
  test.each(CASES)('%s', (_, text, cue, source, contents, mode) => {
    const { claims } = layersOf(text).full;
    const claim = claims.find((c) => c.cue && text.slice(c.cue.start, c.cue.end) === cue && c.rule === 'claims/reported-speech')!;
    expect(claim, `no claim with cue "${cue}"`).toBeDefined();
    expectSpan(text, claim.cue, cue);
    expectSpan(text, claim.source, source);
    expect(claim.content).toHaveLength(contents.length);
    contents.forEach((c, k) => expectSpan(text, claim.content[k], c));
    expect(claim.mode).toBe(mode);
  });

  test('apposition source, nested under "according to", resolved to its entity', () => {
    const text =
      'NCRI – According to reports received from inside Iran, Danaifar, clerical regime’s ambassador to Baghdad, has ordered Iraqi groups affiliated with the terrorist Qods Force to once again attack Camp Liberty with missiles before the end of Ramadan (August 8).';
    const { full } = layersOf(text);
    const outer = full.claims.findIndex((c) => c.rule === 'claims/according-to');
    const inner = full.claims.find((c) => c.cue && text.slice(c.cue.start, c.cue.end) === 'has ordered')!;
    expectSpan(text, full.claims[outer]!.source, 'reports received from inside Iran');
    expectSpan(text, inner.source, 'Danaifar, clerical regime’s ambassador to Baghdad');
    expect(inner.parent).toBe(outer);
    expect(full.entities[inner.sourceEntity!]!.name).toBe('Danaifar');
  });

  test('the time the claim was made: "warned on July 26: “…”"', () => {
    const text =
      'U.S. Embassy warned on July 26: “Terror attacks have claimed lives of several hundred people since February 2013, and such terror attacks may occur at any time.”';
    const { full } = layersOf(text, { publishedAt: '2013-07-27' });
    const claim = full.claims.find((c) => c.cue && text.slice(c.cue.start, c.cue.end) === 'warned')!;
    expectSpan(text, claim.source, 'U.S. Embassy');
    expectSpan(text, claim.content[0], '“Terror attacks have claimed lives of several hundred people since February 2013, and such terror attacks may occur at any time.”');
    expect(claim.mode).toBe('direct');
    expect(full.times.expressions[claim.madeAt!]!.text).toBe('July 26');
  });
});

describe('claims/reported-speech: passives and distant subjects', () => {
  test('afps: a passive cue names no source and keeps its subject in the content', () => {
    const text = 'The man is believed to be a courier and of having ties with foreign terrorists, officials said.';
    const claim = claimWithCue(text, 'is believed');
    expect(claim.source).toBeNull();
    expect(claim.content).toEqual([spanOf(text, 'The man is believed to be a courier and of having ties with foreign terrorists')]);
  });

  test('news: a passive cue after a relative pronoun: the pronoun and the infinitive are the content, the cue is not', () => {
    const text = 'The results of the caucus are the first step in determining delegates who are expected to support candidates at the national convention.';
    const candidate = candidateWithCue(text, 'are expected');
    expect(candidate.source).toBeNull();
    expect(candidate.content.map((s) => text.slice(s.start, s.end))).toEqual(['who', 'to support candidates at the national convention']);
  });

  test.each([
    ['coordination', 'The Arizona Republican survived five years in a Vietnamese prison and says such techniques are inhumane.', 'says', 'The Arizona Republican'],
    ['time adjunct', 'In a statement, the Kentucky Republican on Tuesday dismissed the new rules on gun sales.', 'dismissed', 'the Kentucky Republican'],
    ['relative clause', 'Chris Cox, who runs the lobbying arm of the association, says the bill is a mistake.', 'says', 'Chris Cox, who runs the lobbying arm of the association'],
    ['coordination after an opening adjunct', 'In a letter to the council, Mr. Guterres welcomed the truce and stressed that aid must reach Aleppo.', 'stressed', 'Mr. Guterres'],
    ['coordination after a dateline and a time adverb', 'Geneva, 4 May 2016 - High Commissioner Zeid today condemned the shelling of a hospital, and urged all parties to protect civilians.', 'urged', 'High Commissioner Zeid'],
  ])('%s', (_, text, cue, source) => {
    const claim = claimWithCue(text, cue);
    expect(claim.source).toEqual(spanOf(text, source));
    expect(text.slice(claim.source!.start, claim.source!.end)).toBe(source);
  });
});

describe('claims/reported-speech: a cue verb the tagger misread', () => {
  test('news: "said" read as an adjective after an apposition is still a cue', () => {
    const text = 'Scott Goodstein, its chief executive officer, said candidates are becoming more aware of how much money there is to be raised online.';
    const claim = candidateWithCue(text, 'said');
    expectSpan(text, claim.source, 'Scott Goodstein, its chief executive officer');
    expectSpan(text, claim.content[0], 'candidates are becoming more aware of how much money there is to be raised online');
  });
});

describe('claims/reported-speech: a rarer cue verb before a that-clause', () => {
  test('news: "noticed that" is a cue, "noticed the candidate" is not', () => {
    const text = 'Several reporters noticed that the candidate had skipped the last debate.';
    const claim = claimWithCue(text, 'noticed');
    expectSpan(text, claim.source, 'Several reporters');
    expectSpan(text, claim.content[0], 'that the candidate had skipped the last debate');
    expect(layersOf('Several reporters noticed the candidate at the back of the room.').full.claims).toEqual([]);
  });
});

describe('claims/reported-speech: a quotation after a colon', () => {
  test.each([
    ['a hand-listed speech verb in any inflection', 'At the town hall meeting for in Hudson, New Hampshire Monday, the Christie supporter retorted: “There is a special place in hell for women who vote for women just because they’re women.”', 'retorted', 'the Christie supporter', '“There is a special place in hell for women who vote for women just because they’re women.”'],
    ['past the cue’s adverbs and adjunct, which are the writer’s', 'Kelly responded pointedly, with a smile: “Can happen when you’re 45.” She is 45.', 'responded', 'Kelly', '“Can happen when you’re 45.”'],
  ])('news: %s', (_, text, cue, source, content) => {
    const claim = claimWithCue(text, cue);
    expectSpan(text, claim.source, source);
    expectSpan(text, claim.content[0], content);
  });
});

describe('claims/reported-speech: a verb that is a cue with its preposition', () => {
  test.each([
    ['Cruz has railed against what he calls the Washington cartel.', 'has railed against', 'Cruz', 'what he calls the Washington cartel'],
    ['Sanders spoke about income inequality at the union hall.', 'spoke about', 'Sanders', 'income inequality at the union hall'],
  ])('news: %s', (text, cue, source, content) => {
    const claim = candidateWithCue(text, cue);
    expectSpan(text, claim.source, source);
    expectSpan(text, claim.content[0], content);
  });

  test('news: the same verb with a preposition that rarely makes a cue is none', () => {
    expect(findCandidate('Sanders spoke at the union hall for an hour.', /spoke/)).toBeUndefined();
  });
});

describe('claims/reported-speech: sources around commas and relative pronouns', () => {
  // [file prefix, text, cue, source as written]
  test.each([
    ['news: a noun compromise tags as a verb before the cue', 'The Clinton campaign said the controversy around the emails was overblown.', 'said', 'The Clinton campaign'],
    ['news: a relative pronoun is the source as written', 'The award went to former Maryland Gov. Martin O’Malley, who noted that he had raised taxes twice.', 'noted', 'who'],
    ['news: an apposition after a lead conjunction', 'But Matt Morrison, the group’s deputy director, said the union would not back the plan.', 'said', 'Matt Morrison, the group’s deputy director'],
    ['news: an adjunct set off by commas stays out of the source', 'Mr. Trump, in a brief interview on Saturday, said his plane was a better ride.', 'said', 'Mr. Trump'],
    ['news: a noun compromise tags as a verb inside a compound', 'Sanders campaign spokesman Michael Briggs said the senator would stay in the race.', 'said', 'Sanders campaign spokesman Michael Briggs'],
    ['news: "on" inside an organisation name', 'The Council on American-Islamic Relations says the proposal is unconstitutional.', 'says', 'The Council on American-Islamic Relations'],
    ['statement: a dash after a dateline closes the source', 'IRAQ- In a letter to the UN envoy, the families of the detainees said the prisoners had been beaten.', 'said', 'the families of the detainees'],
    ['statement: a demonstrative determiner', 'This video clearly shows that the attack had been planned in advance.', 'clearly shows', 'This video'],
    ['news: a quantifier before a share of voters', 'About 4 in 10 say they want the next president to continue Obama’s policies.', 'say', 'About 4 in 10'],
    ['news: "more than" before a share', 'In Vermont, more than half of Democratic primary voters said they want a change.', 'said', 'more than half of Democratic primary voters'],
    ['news: a title the tagger reads as a verb at the sentence start', 'House Speaker Paul Ryan says no matter what the president does, the law stands.', 'says', 'House Speaker Paul Ryan'],
    ['news: a participle modifying the title at the sentence start', 'Retired neurosurgeon Ben Carson told a crowded banquet hall that he would stay in the race.', 'told', 'Retired neurosurgeon Ben Carson'],
    ['news: an "including" apposition inside the subject', 'Other Republican candidates, including Carly Fiorina and Ben Carson, have said the deal is bad for the country.', 'have said', 'Other Republican candidates, including Carly Fiorina and Ben Carson'],
    ['news: "and" after a governed object opens a new clause', 'Neither Kasich nor Rubio has won a state and Cruz strongly suggested they should drop out.', 'strongly suggested', 'Cruz'],
    ['news: a subject coordinated at the sentence start stays whole', 'Obama and Clinton said the deal was good for American workers.', 'said', 'Obama and Clinton'],
    ['news: names coordinated across a parenthesis', 'Former Maryland Gov. Martin O’Malley (D) and former Arkansas Gov. Mike Huckabee (R) announced they would quit.', 'announced', 'Former Maryland Gov. Martin O’Malley (D) and former Arkansas Gov. Mike Huckabee (R)'],
    ['news: "state" before a title’s abbreviation is part of the name', 'But state Rep. Gilda Cobb-Hunter, a member of the Democratic National Committee, recalled what happened in 2008 to point out that Clinton’s double-digit lead in South Carolina could erode.', 'recalled', 'state Rep. Gilda Cobb-Hunter, a member of the Democratic National Committee'],
    ['news: a list of names after an opening adverb', 'Instead, Matthews, MSNBC’s Alex Seitz-Wald and Reuters’ Luciana Lopez argued that Sanders’ plan and its appeal to voters grow out of a kind of childish naivete that fails to acknowledge tough realities.', 'argued', 'Matthews, MSNBC’s Alex Seitz-Wald and Reuters’ Luciana Lopez'],
    ['news: a list of names', 'Hillary Clinton, Bernie Sanders and Martin O’Malley said they had plans.', 'said', 'Hillary Clinton, Bernie Sanders and Martin O’Malley'],
    ['news: "neither … nor"', 'Neither Cruz nor Christie acknowledged the report.', 'acknowledged', 'Neither Cruz nor Christie'],
    ['news: a participial adjunct with a cue of its own between subject and verb', 'The Journal, citing internal documents, reported that the campaign is spending more than it takes in.', 'reported', 'The Journal'],
    ['news: a relative clause describing the subject stays in it', 'Lindsey Graham, who has endorsed Cruz despite their history, said the senator would win.', 'said', 'Lindsey Graham, who has endorsed Cruz despite their history'],
    ['news: a name set off by commas after an opening adjunct', 'Among the backers of Gov. Jeb Bush for president, Mike Murphy, praised the efforts of a donor.', 'praised', 'Mike Murphy'],
    ['news: a joined name set off by commas after an opening participle', 'Making her way around the diner, Clinton and husband Bill, thanked another customer for waiting.', 'thanked', 'Clinton and husband Bill'],
    ['news: a name set off by commas after the description it restates', 'The head of the major Super PAC backing former Florida Gov. Jeb Bush for president, Mike Murphy, praised the efforts of a donor to Sen. Marco Rubio (R-FL) to attack billionaire 2016 GOP frontrunner Donald Trump.', 'praised', 'Mike Murphy'],
    ['news: a name set off by commas after adjuncts naming a date and a place', 'Tuesday at Baldwin Wallace University in Berea, OH, after winning Ohio in the Republican presidential primary, Gov. John Kasich (R-OH), said, “I’m getting ready to rent a covered wagon.”', 'said', 'Gov. John Kasich (R-OH)'],
    ['news: a name closed by a parenthesis before the comma', 'Speaking after the Republican presidential primary, Gov. John Kasich (R-OH), said, “I’m getting ready to go.”', 'said', 'Gov. John Kasich (R-OH)'],
    ['news: an occasion between the subject and the cue', 'Trump in an interview with CNN said the wall would be built.', 'said', 'Trump'],
    ['ncri: the subject before an occasion whose object precedes the cue', 'Moslehi (Minister of Intelligence) in a report (about his trip to Iraq) to Khamenei’s Office reiterated: Maliki has given assurances.', 'reiterated', 'Moslehi (Minister of Intelligence)'],
    ['news: the subject before an occasion with an addressee', 'The mayor in a letter to the governor said the plan was dead.', 'said', 'The mayor'],
    ['news: a time between the subject and the cue', 'Trump at the time said he had asked his people to stop the protesters.', 'said', 'Trump'],
    ['news: a place in the report is part of the subject', 'A footnote in the report says the figures were revised in March.', 'says', 'A footnote in the report'],
    ['news: a participle after a comma takes the subject of the nearest clause', 'However, he held his fire on Ben Carson, calling him a “nice guy” and he didn’t provide any descriptions for John Kasich.', 'calling', 'he'],
    ['news: a participle after a that-clause takes the subject of the clause it hangs on', 'WASHINGTON — Presumptive Democratic nominee Hillary Clinton made it clear to House Democrats on Wednesday that she has their backs, touting a message of unity and coordination.', 'touting', 'Presumptive Democratic nominee Hillary Clinton'],
    ['news: an inverted source keeps its apposition before a participle', '“The folks who understand the game…they’re engaged, they’re part of the team,” said Don Ytterberg, the GOP chairman for Colorado’s Jefferson County, explaining that dissatisfaction for Trump had largely fallen away since the Republican National Convention once it became clear Cruz wasn’t going to snare the nomination.', 'said', 'Don Ytterberg, the GOP chairman for Colorado’s Jefferson County'],
    ['news: a date after an article belongs to the subject', 'In Florida, a June poll found Trump receiving 20 percent support from Latino voters compared to 68 percent for presumptive Democratic nominee Hillary Clinton.', 'found', 'a June poll'],
    ['news: a date before a possessive belongs to the subject', 'But Monday night’s results showed just how weak that establishment is: With 99 percent of the results in, Cruz, Trump and Carson, the candidates most often described as anti-establishment, took a combined 61 percent of the vote.', 'showed', 'Monday night’s results'],
    ['news: an adverb after the article belongs to the subject', 'The nearly 90-second ad slams Kasich for voting in favor of an assault-weapons ban in 1994, his efforts to reign in defense spending and his decision to expand Medicaid in Ohio under President Barack Obama’s Affordable Care Act.', 'slams', 'The nearly 90-second ad'],
    ['statement: a participle hanging on a cue clause takes its source', '“The election is a sham,” said Mrs. Rajavi, adding “Therefore, the regime intends to hide the crisis.”', 'adding', 'Mrs. Rajavi'],
    ['news: verbs inside an apposition’s relative clause describe, they are no cue clause', "Senator Bob Corker, a Tennessee Republican who has met privately with Mr. Trump and been mentioned as a vice-presidential choice, said ''there could be'' a line that the presumptive nominee crosses that would make him withdraw his support.", 'said', 'Senator Bob Corker, a Tennessee Republican who has met privately with Mr. Trump and been mentioned as a vice-presidential choice'],
    ['news: a participle the tagger reads as an adjective takes the subject of its clause', 'Carson said he saw no need to change anything about his campaign, telling Stephanopolous that “we tell the truth, we deal with the issues” and that he’d seen continued support from voters over the past week.', 'telling', 'Carson'],
    ['news: a participial phrase modifying the subject belongs to it', 'A majority of voters looking for an outsider candidate supported Trump, providing a boost to the first-time candidate for office.', 'supported', 'A majority of voters looking for an outsider candidate'],
    ['news: a relative clause modifying the subject belongs to it', 'And although former Maryland governor Martin O\'Malley lamented her tendency to commit gaffes - "does she have to keep giving them so much ammunition?" - Democrats in Iowa who watched the Saturday debate said they were unfazed by the 9/11 flap.', 'said', 'Democrats in Iowa who watched the Saturday debate'],
    ['news: a verb coordinated with the first one shares its subject across an adverb', 'Sanders often questions Clinton’s ties to super PACs and has called for the former secretary of state to release the transcripts of her paid speeches to employees of Wall Street banks.', 'has called for', 'Sanders'],
    ['news: a verb coordinated with the first one shares its subject across a date', 'Scott has freed up $26 million in state funds to address the problem and on Monday announced $5 million more was being sent to Miami-Dade County for Zika preparedness and mosquito control.', 'announced', 'Scott'],
    ['news: an infinitive after a coordinated verb takes the first verb’s subject', 'Ali famously converted to the Islamic faith and refused to fight in the Vietnam War, though it cost him years of his boxing career.', 'refused', 'Ali'],
    ['news: a name the tagger reads as a verb at the sentence start, before its apposition', 'Patch, a former Iowa Republican Party communications director, said the problem for Cruz is that other campaigns are reaching more caucus-goers in the closing days.', 'said', 'Patch, a former Iowa Republican Party communications director'],
    ['news: a cue verb opening a compound noun leaves the apposition whole', "Matt Bennett, a founder of the center-left think tank Third Way, said Mrs. Clinton had so far avoided tacking too far left to compete effectively in a general election.", 'said', 'Matt Bennett, a founder of the center-left think tank Third Way'],
    ['news: a participle after a verb’s object hangs on the clause and takes its subject', 'Texas Sen. Ted Cruz is making a pitch to New York voters saying a state law banning fracking is hurting the economy and diverting jobs to neighboring states.', 'saying', 'Texas Sen. Ted Cruz'],
    ['news: a dash sets a participle off as a comma does', 'Marco Rubio flipped his choice on the spot – saying he was rooting for Peyton Manning but would now root for North Carolina since Jeb chose Denver.', 'saying', 'Marco Rubio'],
    ['news: a subject pronoun after "as" opens a clause of its own', 'In her opening statement at Thursday night’s Democratic debate in her home state, Clinton beamed as she noted how happy she was to be in New York.', 'noted', 'she'],
  ])('%s', (_, text, cue, source) => {
    const claim = claimWithCue(text, cue);
    expectSpan(text, claim.source, source);
  });

  test.each([
    ['rajavi: "in addition to" after a comma', 'Families of martyrs and injured, in addition to the Iranian and resistance communities demand that Martin Kobler be held accountable legally.', 'demand', 'Families of martyrs and injured, in addition to the Iranian and resistance communities'],
    ['news: "as well as"', 'Trump as well as Cruz said the deal was a disaster for American workers.', 'said', 'Trump as well as Cruz'],
  ])('%s joins a second noun phrase into one source', (_, text, cue, source) => {
    expectSpan(text, candidateWithCue(text, cue).source, source);
  });

  test.each([
    ['a place set off by commas after an opening adjunct', 'In Salem, New Hampshire, Trump went after Bush, calling him a low-energy candidate.', 'calling', 'Trump'],
    ['an opening prepositional adjunct', 'In a speech in Iowa on Tuesday, Sanders went after Clinton, calling her a friend of Wall Street.', 'calling', 'Sanders'],
    ['an opening participial clause', 'Speaking at the Republican Jewish Coalition in Washington, Trump wavered in answering a question about Israel.', 'answering', 'Trump'],
  ])('news: a participle’s source is the sentence subject past %s', (_, text, cue, source) => {
    expectSpan(text, candidateWithCue(text, cue).source, source);
  });
});

describe('claims/reported-speech: content boundaries', () => {
  // [file prefix, text, cue, source, content ranges]
  test.each([
    [
      'news: a subordinate clause right after "that" does not end the content',
      'They and their supporters argue that, while the tax may result in lower insurance premiums, workers won’t end up seeing the savings in their paychecks.',
      'argue',
      'They and their supporters',
      ['that, while the tax may result in lower insurance premiums, workers won’t end up seeing the savings in their paychecks'],
    ],
    [
      'news: quotation first, source with a relative clause before the cue',
      '“The agents involved are under a lot of pressure,” an intelligence source, who was not authorized to speak on the record, told Fox News.',
      'told',
      'an intelligence source, who was not authorized to speak on the record',
      ['“The agents involved are under a lot of pressure,”'],
    ],
    [
      'news: inverted source with a relative clause',
      '“It’s going to be challenging to do it in a quick turnaround,” said a longtime GOP data expert who has worked for one of Trump’s 2016 rivals.',
      'said',
      'a longtime GOP data expert who has worked for one of Trump’s 2016 rivals',
      ['“It’s going to be challenging to do it in a quick turnaround,”'],
    ],
    [
      'news: a cue clause interrupting the content',
      'A new campaign manager, he said, could set a new tone for the campaign.',
      'said',
      'he',
      ['A new campaign manager', 'could set a new tone for the campaign'],
    ],
    [
      'news: after a quotation the cue clause runs on',
      '“The last thing we need now are leaders who incite more fear,” Clinton told a crowd in Seattle that had waited for hours.',
      'told',
      'Clinton',
      ['“The last thing we need now are leaders who incite more fear,”'],
    ],
    [
      'news: a time adjunct after the addressee',
      'Graham told The Associated Press on Monday that the FBI investigation is independent.',
      'told',
      'Graham',
      ['that the FBI investigation is independent'],
    ],
    [
      'news: the main clause after an opening subordinate clause',
      'When Trump said the wall would be paid for by Mexico, the crowd cheered.',
      'said',
      'Trump',
      ['the wall would be paid for by Mexico'],
    ],
    [
      'amnesty: only a bare verb inverts its source; a participial adjunct stays out of the subject',
      'Video footage, seen by Amnesty International, clearly shows Iraqi forces beating people with batons.',
      'clearly shows',
      'Video footage',
      ['Iraqi forces beating people with batons'],
    ],
    [
      'news: a quotation ending with a question mark before its cue clause',
      'The crowd booed.\n\n“Why is he attacking me?” Trump said.',
      'said',
      'Trump',
      ['“Why is he attacking me?”'],
    ],
    [
      'news: after an exclamation mark a time the tagger misreads closes the cue clause',
      '“There’s a special place in Hell for people like her and I hope she enjoys it there!” Smith said last week.',
      'said',
      'Smith',
      ['“There’s a special place in Hell for people like her and I hope she enjoys it there!”'],
    ],
    [
      'news: after an exclamation mark the cue clause runs on into an adjunct clause',
      '“36 votes for the next president of the United States, Donald J. Trump!” US Senator Jeff Sessions said as he launched the process.',
      'said',
      'US Senator Jeff Sessions',
      ['“36 votes for the next president of the United States, Donald J. Trump!”'],
    ],
    [
      'news: an infinitive inside a prepositional tail',
      'His allegiance has shifted from Fiorina to Rubio to Cruz, Wilkin said during his campaign speech to be a national delegate.',
      'said',
      'Wilkin',
      ['His allegiance has shifted from Fiorina to Rubio to Cruz'],
    ],
    [
      'statement: a particle the cue takes opens its object, not a tail',
      'Emphasizing the responsibility of the United Nations, and given that the residents were moved with guarantees, the Iranian Resistance calls for immediate action to prevent a new massacre.',
      'calls for',
      'the Iranian Resistance',
      ['immediate action to prevent a new massacre'],
    ],
    [
      'news: a dash after the cue clause opens the writer’s aside',
      'Such a move could alienate his backers, Clinton allies believe — backers she will need come November.',
      'believe',
      'Clinton allies',
      ['Such a move could alienate his backers'],
    ],
    [
      'news: a semicolon after the cue clause opens a clause of the writer’s',
      'Clinton did receive some emails with classified markings, Comey said; his agents found them during their investigation.',
      'said',
      'Comey',
      ['Clinton did receive some emails with classified markings'],
    ],
    [
      'news: between a pair of dashes the aside before the cue clause is the content',
      'The question is not whether he leaves the race before the convention — that won’t happen, they believe — but how he campaigns.',
      'believe',
      'they',
      ['that won’t happen'],
    ],
    [
      'news: a prepositional tail with a noun the tagger reads as a verb',
      'Democrats had “put the biggest crack” yet in the glass ceiling for women, she said in a video message to the convention.',
      'said',
      'she',
      ['Democrats had “put the biggest crack” yet in the glass ceiling for women'],
    ],
    [
      'statement: a split quotation does not continue past a cue of its own',
      '“The election is a sham,” said Mrs. Rajavi, adding “Therefore, the regime intends to hide the crisis.”',
      'said',
      'Mrs. Rajavi',
      ['“The election is a sham,”'],
    ],
    [
      'nyt: doubled apostrophes quote',
      "''We don't believe U.S. troops are the answer to the problem,'' Mr. Reid said on Sunday.",
      'said',
      'Mr. Reid',
      ["''We don't believe U.S. troops are the answer to the problem,''"],
    ],
    [
      'news: a long addressee with a place and a time before "that"',
      'Mr. Rubio told The Post and Courier newspaper of Charleston on Saturday that he cast his ballot early.',
      'told',
      'Mr. Rubio',
      ['that he cast his ballot early'],
    ],
    [
      'news: a part of the day after the weekday that follows the addressee',
      'A spokesman told The New York Times Tuesday morning that Trump abruptly canceled a scheduled interview with Katie Couric.',
      'told',
      'A spokesman',
      ['that Trump abruptly canceled a scheduled interview with Katie Couric'],
    ],
    [
      'news: a subject pronoun after the addressee and a time',
      'She told The Star-Ledger of Newark last week she would rather vote for Hillary Clinton than Trump.',
      'told',
      'She',
      ['she would rather vote for Hillary Clinton than Trump'],
    ],
    [
      'news: a subject pronoun after the addressee and a comma',
      'Kasich tells the crowd, he’s been known to be “brusk” and “tough” in his home state of Ohio.',
      'tells',
      'Kasich',
      ['he’s been known to be “brusk” and “tough” in his home state of Ohio'],
    ],
    [
      'news: an addressee after "to" before a that-clause',
      'The Secret Service wrote to Sanders’ Senate office that it did not have permission to use the emblem in his campaign fliers.',
      'wrote',
      'The Secret Service',
      ['that it did not have permission to use the emblem in his campaign fliers'],
    ],
    [
      'news: a content clause without "that" after the addressee',
      'The senator assured him it was done without his knowledge.',
      'assured',
      'The senator',
      ['it was done without his knowledge'],
    ],
    [
      'nyt: a new quoted sentence the segmenter left in the same sentence ends the content',
      "In response, Twitter said it actively investigated potential terrorist threats. ''Violent threats have no place on Twitter,'' the company said.",
      'said',
      'Twitter',
      ['it actively investigated potential terrorist threats'],
    ],
    [
      'news: a content first that opens with a preposition but is a clause of its own',
      'About 270 people have now been resettled into the U.S. under the program, officials said.',
      'said',
      'officials',
      ['About 270 people have now been resettled into the U.S. under the program'],
    ],
    [
      'news: the sentence’s subject is the source of a cue after another verb',
      'Yellen is likely to stress that the economy is on solid footing.',
      'stress',
      'Yellen',
      ['that the economy is on solid footing'],
    ],
    [
      'unnews: a second cue verb of the same source ends the content',
      'Mr. Ban urged the Government of Iraq to restore security in the camp and stressed that it is responsible for the safety of the residents.',
      'urged',
      'Mr. Ban',
      ['the Government of Iraq to restore security in the camp'],
    ],
    [
      'news: a party-and-state parenthesis belongs to the source before the cue',
      'Rep. Gregory Meeks (D-N.Y.) said Clinton reassured the caucus on trade.',
      'said',
      'Rep. Gregory Meeks (D-N.Y.)',
      ['Clinton reassured the caucus on trade'],
    ],
    [
      'news: a party-and-state parenthesis belongs to an inverted source',
      '“We have to stop this spending,” said Sen. Rand Paul (R-Ky.).',
      'said',
      'Sen. Rand Paul (R-Ky.)',
      ['“We have to stop this spending,”'],
    ],
    [
      'news: a content that opens with its verb takes its subject from before the source',
      'Republicans blocked the measure, which the White House had said was essential to the recovery.',
      'had said',
      'the White House',
      ['which', 'was essential to the recovery'],
    ],
    [
      'news: a naming verb keeps its object in the content',
      'The senator called it a “starting point for our deliberations” on the budget.',
      'called',
      'The senator',
      ['it a “starting point for our deliberations” on the budget'],
    ],
    [
      'news: an infinitive content keeps the addressee, its subject',
      'Mr. Obama urged Democrats to vote for the Republican deal instead.',
      'urged',
      'Mr. Obama',
      ['Democrats to vote for the Republican deal instead'],
    ],
  ])('%s', (_, text, cue, source, contents) => {
    const claim = claimWithCue(text, cue);
    expectSpan(text, claim.source, source);
    expect(claim.content).toHaveLength(contents.length);
    contents.forEach((c, k) => expectSpan(text, claim.content[k], c));
  });

  test('hrw: a raising verb joins the cue, and its subject is the source', () => {
    const text = '“The government seems to think that people will forget the killings,” said Joe Stork.';
    const claim = candidateWithCue(text, 'seems to think');
    expectSpan(text, claim.source, 'The government');
    expectSpan(text, claim.content[0], 'that people will forget the killings');
  });

  test('news: a passive cue’s subject is the content and its agent the source', () => {
    const text = 'O’Malley’s surprise exit was first reported by MSNBC.';
    const claim = candidateWithCue(text, 'was first reported');
    expectSpan(text, claim.source, 'MSNBC');
    expectSpan(text, claim.content[0], 'O’Malley’s surprise exit');
  });
});

describe('claims/reported-speech: the words around a nested cue', () => {
  test('news: in "X said he thinks …" the inner cue’s source is the pronoun, not "X said he"', () => {
    const text = 'Sexton said he thinks many voters back the candidate more as a protest than as a choice.';
    const inner = candidateWithCue(text, 'thinks');
    expectSpan(text, inner.source, 'he');
    expectSpan(text, inner.content[0], 'many voters back the candidate more as a protest than as a choice');
  });

  test.each([
    ['a pronoun', 'She’s said the wall will be built.', 'She', '’s said', 'the wall will be built'],
    ['a name before a participle', 'Trump’s repeatedly said that the wall will be built.', 'Trump', '’s repeatedly said', 'that the wall will be built'],
  ])('news: an auxiliary contracted onto %s belongs to the cue', (_, text, source, cue, content) => {
    const claim = candidateWithCue(text, cue);
    expectSpan(text, claim.source, source);
    expectSpan(text, claim.content[0], content);
  });

  test('news: a possessive before a present-tense verb is not split', () => {
    const text = "The senator's claims were dismissed by the committee.";
    expect(layersOf(text).full.claims.some((c) => c.source && text.slice(c.source.start, c.source.end) === 'The senator')).toBe(false);
  });

  test.each([
    ['a preposition opening the whole content joins the cue', 'Trump boasted about a plan to spend a million dollars on research.', 'boasted about', 'a plan to spend a million dollars on research'],
    ['…but not one opening an adjunct before a that-clause', 'The governor declared on national television that he was holding a fundraiser.', 'declared', 'on national television that he was holding a fundraiser'],
    ['…nor one before a number', 'Officials said about 40 people were killed in the attack.', 'said', 'about 40 people were killed in the attack'],
  ])('news: %s', (_, text, cue, content) => {
    const claim = candidateWithCue(text, cue);
    expectSpan(text, claim.content[0], content);
  });
});

describe('claims/reported-speech: split quotations', () => {
  test.each([
    [
      'a source ending in a quoted title',
      '"It\'s too early to tell," said Cuban, who is also a host on the TV show "Shark Tank." "I mean, depending on what happens with the economy, there\'s so much uncertainty."',
      ['"It\'s too early to tell,"', '"I mean, depending on what happens with the economy, there\'s so much uncertainty."'],
    ],
    [
      'a "when asked about" adjunct after the cue',
      '"You know, it\'s possible for anybody to change," he said when asked about Trump\'s temperament. "But, you know, I just don\'t see evidence that he wants to change."',
      ['"You know, it\'s possible for anybody to change,"', '"But, you know, I just don\'t see evidence that he wants to change."'],
    ],
    [
      'the title of the programme the source spoke on',
      '“Of course we’re going to release our medical records,” Sanders said on CNN’s “State of the Union.” “Thank God, I am very healthy.”',
      ['“Of course we’re going to release our medical records,”', '“Thank God, I am very healthy.”'],
    ],
    [
      'a cue sentence that runs on with a content of its own',
      '“I think that speaks volumes,” she said, adding that Trump’s campaign will work hard to win over those Latino voters in November. “I think they’re waiting to be courted.”',
      ['“I think that speaks volumes,”', '“I think they’re waiting to be courted.”'],
    ],
    [
      'a participle with an object after the source',
      '“It’s been seven-and-a-half years,” McCain said, asked about the vagueness in an interview. “Why should I be surprised?”',
      ['“It’s been seven-and-a-half years,”', '“Why should I be surprised?”'],
    ],
  ])('news: the second quotation joins the first across %s', (_, text, contents) => {
    const claim = claimWithCue(text, 'said');
    expect(claim.content.map((s) => text.slice(s.start, s.end))).toEqual(contents);
  });

  test('news: a quoted title before a noun is no content said before its cue', () => {
    const text =
      'After the news went viral, the “Avatar” star posted a lengthy message on her Facebook about why no one should be surprised over what her husband did: “Men, you will not cease to exist by taking your partner’s surname,” she wrote. “On the contrary — you’ll be remembered as a man who stood by change.”';
    const wrote = claimWithCue(text, 'wrote');
    expectSpan(text, wrote.source, 'she');
    expect(wrote.content.map((s) => text.slice(s.start, s.end))).toEqual(['“Men, you will not cease to exist by taking your partner’s surname,”', '“On the contrary — you’ll be remembered as a man who stood by change.”']);
    expect(candidateWithCue(text, 'posted').content.map((s) => text.slice(s.start, s.end)).join(' … ')).not.toContain('“Avatar”');
  });
});

describe('claims/reported-speech: subjects the tagger misreads', () => {
  test.each([
    ['a lead "Even" before the name', 'Even Rendell, a stalwart Clinton supporter, said it would be easier to achieve her infrastructure goals by raising the gas tax.', 'Rendell, a stalwart Clinton supporter'],
    ['"however" between subject and verb', 'Carter however said he would welcome China’s participation in a “principled security network” for Asia.', 'Carter'],
    ['a name compromise does not know, read as a verb by its ending', 'Weingarten, a longtime Clinton supporter, said that the unions “have too often been in a reactive position” by waiting to endorse a Democrat.', 'Weingarten, a longtime Clinton supporter'],
    ['a time adverb read as an adjective belongs to the cue', 'Carter later said he would welcome China’s participation in a “principled security network” for Asia.', 'Carter'],
    ['a noun read as a verb closing the head', 'Another delegate on the Cruz slate, Jim Poolman, said he was only “leaning Cruz.”', 'Another delegate on the Cruz slate, Jim Poolman'],
  ])('news: %s', (_, text, source) => {
    const claim = claimWithCue(text, /said$/);
    expectSpan(text, claim.source, source);
  });
});

describe('claims/reported-speech: adverbs in the verb group', () => {
  test.each([
    ['"later"', 'Trump later said the wall would be built.', 'later said', 'Trump'],
    ['"have long"', 'Democrats have long argued that the tax cuts favor the rich.', 'have long argued', 'Democrats'],
    ['the particle of "call out"', 'Sanders called out Clinton for her ties to Wall Street.', 'called out', 'Sanders'],
  ])('news: %s belongs to the cue, not the source', (_, text, cue, source) => {
    const claim = claimWithCue(text, cue);
    expectSpan(text, claim.source, source);
  });
});

describe('claims/reported-speech: determiners, particles and clauses beside the cue', () => {
  test.each([
    ['a quotation ending in "that"', '“Everyone in the country ought to be worried about that,” said Harold Varmus.', 'said', 'Harold Varmus', ['“Everyone in the country ought to be worried about that,”']],
    ['a determiner as the subject', 'Several said they would rather federal officials dole out funding for public schools.', 'said', 'Several', ['they would rather federal officials dole out funding for public schools']],
    ['a relative "that" before a quotation', 'They passed out water bottles that said, “The Cuyahoga Republican party welcomes you to the Gay Games.”', 'said', 'that', ['“The Cuyahoga Republican party welcomes you to the Gay Games.”']],
    ['a medium after the inverted cue', "''I could see his love and compassion as he spoke last year,'' Mrs. Abedini wrote on her Facebook page on Sunday.", 'wrote', 'Mrs. Abedini', ["''I could see his love and compassion as he spoke last year,''"]],
    ['a question in doubled apostrophes before its cue', "''Was I going to remain an academic, sitting in an ivory tower criticizing things?'' he told me. ''Or was I going to do something as an engaged citizen?''", 'told', 'he', ["''Was I going to remain an academic, sitting in an ivory tower criticizing things?''", "''Or was I going to do something as an engaged citizen?''"]],
    ['a clause with "had" before the source', 'The derogatory comments had two goals, the admiral said.', 'said', 'the admiral', ['The derogatory comments had two goals']],
    ['a lost full stop before "This"', 'The film was taken by the Iraqi Police after the attack This video clearly shows that this attack had been conducted with complete cooperation of the Quds Force.', 'clearly shows', 'This video', ['that this attack had been conducted with complete cooperation of the Quds Force']],
  ])('news: %s', (_, text, cue, source, contents) => {
    const claim = claimWithCue(text, cue);
    expectSpan(text, claim.source, source);
    expect(claim.content.map((s) => text.slice(s.start, s.end))).toEqual(contents);
  });

  test('news: a study "by" its author is one source, and the clause before it the content', () => {
    const text = 'Students in urban districts typically take 112 standardized tests by the time they graduate from high school, a study by the Council of the Great City Schools found.';
    const candidate = candidateWithCue(text, 'found');
    expectSpan(text, candidate.source, 'a study by the Council of the Great City Schools');
    expectSpan(text, candidate.content[0], 'Students in urban districts typically take 112 standardized tests by the time they graduate from high school');
  });

  test.each([
    ['an idiom conceding a point', 'That said, a loss to Mr. Sanders in this state would provide a sour and deflating end to her primary campaign.', 'said'],
    ['a participle after a determiner and before a noun', 'Coalition forces detained another wanted man and three additional suspects.', 'wanted'],
    ['a name given after an indefinite noun', 'A new group called Black Votes Matter is trying to raise $25 million for a new effort.', 'called'],
    ['"easier said than done"', 'Reform is easier said than done in New York City.', 'said'],
    ['a reporter’s credit line', 'Philip Rucker in Des Moines and Robert Costa reported from Washington.', 'reported from'],
    ['appearing on a programme', 'Sanders’s campaign manager, Jeff Weaver, appeared on MSNBC in front of a map of remaining states.', 'appeared on'],
  ])('news: %s is not a cue', (_, text, cue) => {
    expect(findCandidate(text, cue)).toBeUndefined();
  });
});

describe('claims/reported-speech: a description of an inverted source runs to the sentence end', () => {
  test.each([
    ['a coordinated description', '“It is a problem for her here,” said Jim Clyburn, a Democratic congressman and civil rights leader from South Carolina.', 'Jim Clyburn, a Democratic congressman and civil rights leader from South Carolina'],
    ['a participle and a second apposition', '“The issue is the economy,” said Geoff Garin, a Democratic pollster working for Priorities USA, a super PAC supporting Hillary Rodham Clinton.', 'Geoff Garin, a Democratic pollster working for Priorities USA, a super PAC supporting Hillary Rodham Clinton'],
    ['a parenthesis before the description', '“It is a problem for the party,” said Rep. Jim Clyburn (D-S.C.), a member of House Democratic leadership.', 'Rep. Jim Clyburn (D-S.C.), a member of House Democratic leadership'],
  ])('news: %s', (_, text, source) => {
    const claim = claimWithCue(text, 'said');
    expectSpan(text, claim.source, source);
    expect(claim.content).toHaveLength(1);
  });

  test('news: a participial clause after the name is not part of it', () => {
    const text = '“We are going to win this state,” said Ted Cruz, adding that the polls were wrong.';
    expectSpan(text, claimWithCue(text, 'said').source, 'Ted Cruz');
  });

  test.each([
    ['“Donald Trump is a dictator in the making,” said Beck, who said there were “too many disturbing things for me to dismiss on Donald Trump.”', 'Beck', 'there were “too many disturbing things for me to dismiss on Donald Trump.”'],
    ['"It\'s supposed to be fun," said Nicky Driscoll, 24, from Manchester, who said Sanders is best suited to get corporate money out of government.', 'Nicky Driscoll, 24, from Manchester', 'Sanders is best suited to get corporate money out of government'],
    ["''He does not think of himself as Hispanic, even though he is,'' said Lionel Sosa, a Texas media consultant and an influential Hispanic Republican who said he would not vote for Trump.", 'Lionel Sosa, a Texas media consultant and an influential Hispanic Republican', 'he would not vote for Trump'],
  ])('news: a relative clause with a cue of its own ends the description and is a claim of its own: %s', (text, source, inner) => {
    const claims = layersOf(text).full.claims.filter((c) => cueIs(text, c.cue, 'said'));
    expect(claims).toHaveLength(2);
    expectSpan(text, claims[0]!.source, source);
    expectSpan(text, claims[1]!.source, 'who');
    expectSpan(text, claims[1]!.content[0], inner);
  });
});

describe('claims/reported-speech: a raising verb alone is the writer’s judgement', () => {
  test.each([
    ['news: its subject is part of the content', 'Trump seemed to appreciate that contrast with his rivals.', 'seemed', ['Trump', 'to appreciate that contrast with his rivals']],
    ['whitehouse: an expletive "it" names nobody', 'After the war it appears that a number of terrorists from the Ansar al-Islam group have reentered Iraq.', 'appears', ['that a number of terrorists from the Ansar al-Islam group have reentered Iraq']],
  ])('%s', (_, text, cue, contents) => {
    const candidate = candidateWithCue(text, cue);
    expect(candidate.source).toBeNull();
    expect(candidate.content.map((s) => text.slice(s.start, s.end))).toEqual(contents);
  });

  test('hrw: followed by a cue verb it joins that cue, whose subject is the source', () => {
    const text = 'The government seems to think that people will forget the killings.';
    const claim = candidateWithCue(text, 'seems to think');
    expectSpan(text, claim.source, 'The government');
  });
});

describe('claims/reported-speech: a description after "as"', () => {
  test.each([
    ['a relative pronoun is what is described', 'He had access to Clinton’s email server, which he described as “like an open orchid.”', 'he', ['which', 'as “like an open orchid.”']],
    ['an object before "as"', 'Bush described his leadership skills as a “work in progress.”', 'Bush', ['his leadership skills as a “work in progress.”']],
  ])('news: %s', (_, text, source, contents) => {
    const candidate = candidateWithCue(text, 'described');
    expectSpan(text, candidate.source, source);
    expect(candidate.content.map((s) => text.slice(s.start, s.end))).toEqual(contents);
  });
});

describe('claims/reported-speech: passives completed by a participle, and what is never a content', () => {
  test.each([
    ['amnesty: a headline’s reduced passive', 'Eight reported killed as Iraqi forces attack Iranian residents of Camp Ashraf', 'reported', 'Eight reported killed'],
    ['ncri: a perfect passive', 'As of 9 am local time, 23 have been reported slain.', 'have been reported', '23 have been reported slain'],
    ['ncri: a participle closing its sentence before one that opens with a noun', 'As of 9 am local time, 23 have been reported slain. Details of 19 martyrs of the attack follow.', 'have been reported', '23 have been reported slain'],
  ])('%s names no source and keeps its subject and participle', (_, text, cue, content) => {
    const candidate = candidateWithCue(text, cue);
    expect(candidate.source).toBeNull();
    expect(candidate.content.map((s) => text.slice(s.start, s.end))).toEqual([content]);
  });

  test('news: a participle modifying the noun after the cue opens the content', () => {
    const text = 'Police said armed men stormed the camp.';
    expectSpan(text, candidateWithCue(text, 'said').content[0], 'armed men stormed the camp');
  });

  test('ncri: a lone adverb before the cue clause is not a content', () => {
    const text = 'Reciprocally, he promised them 107mm missiles and advanced machineguns.';
    expectSpan(text, candidateWithCue(text, 'promised').content[0], 'them 107mm missiles and advanced machineguns');
  });

  test('unnews: what follows "as" names a place, nobody says it', () => {
    expect(findCandidate('They were relocated to a transit facility know as Camp Liberty.', 'know')).toBeUndefined();
  });
});

describe('claims/reported-speech: a question put to the source is the occasion, the answer the content', () => {
  test.each([
    ['Asked if he was ever bullied, the Republican presidential candidate said no.', 'said', 'no'],
    ['Asked if her email practices were illegal, 46 percent of voters said yes, compared with 23 percent last month.', 'said', 'yes'],
    ['Asked whether he should quit the race, 55 percent said so in December.', 'said', 'so'],
    ['Asked if Trump’s comments had rattled them as well, Ryan said, “Sure. I get that, too. Everybody pays attention to our politics.”', 'said', '“Sure. I get that, too. Everybody pays attention to our politics.”'],
  ])('news: %s', (text, cue, content) => {
    expect(candidateWithCue(text, cue).content.map((s) => text.slice(s.start, s.end))).toEqual([content]);
  });

  test.each([
    ['Conservative radio host Hugh Hewitt asked Trump about statements he had made the previous night, when he claimed Obama was “the founder” of the terrorist organization.', 'asked', 'about statements he had made the previous night'],
    ['When asked by a reporter whether this differed from Nazi Germany requiring Jews to register, Trump reportedly said, "You tell me," repeatedly, before he stopped responding to the reporter.', 'asked', 'whether this differed from Nazi Germany requiring Jews to register'],
    ['We asked our followers who their favorite speaker was during the opening night of the Democratic convention.', 'asked', 'who their favorite speaker was during the opening night of the Democratic convention'],
  ])('news: the question itself, past whoever was asked: %s', (text, cue, content) => {
    expect(candidateWithCue(text, cue).content.map((s) => text.slice(s.start, s.end))).toEqual([content]);
  });

  test('news: a date and a place opening the sentence are no content of a quotation’s cue', () => {
    const text = 'Tuesday at Baldwin Wallace University in Berea, OH, after winning Ohio in the Republican presidential primary, Gov. John Kasich (R-OH), said, “I’m getting ready to rent a covered wagon.”';
    expect(candidateWithCue(text, 'said').content.map((s) => text.slice(s.start, s.end))).toEqual(['“I’m getting ready to rent a covered wagon.”']);
  });

  test('news: a verb closing a hyphenated compound is an adjective, no cue, and no clause inside an apposition', () => {
    const text = 'Sanders, a senator from the state of Vermont and self-described democratic socialist, said economic stagnation is the source of much of the public disaffection in the United States with the status quo.';
    expect(findCandidate(text, 'described')).toBeUndefined();
    expectSpan(text, claimWithCue(text, 'said').source, 'Sanders, a senator from the state of Vermont and self-described democratic socialist');
  });

  test('news: a verb after a prefix stays a cue', () => {
    const text = 'Clinton, meanwhile, co-sponsored legislation in 2001 and 2002 in the Senate that would have expanded stem cell research.';
    expect(findCandidate(text, 'co-sponsored')).toBeDefined();
  });

  test('news: a short word other than an answer is no content', () => {
    expect(findCandidate('He said it.', 'said')).toBeUndefined();
  });
});

describe('claims/reported-speech: an object content ends before the writer’s clause', () => {
  test.each([
    ['a verb coordinated with the cue', 'Christie endorsed Trump last week and has appeared at the billionaire businessman’s side at campaign appearances over the past few days.', 'endorsed', 'Trump last week'],
    ['"even though" and its clause', 'Ramos, who lives in Miami, considers himself an immigrant even though he has acquired US citizenship.', 'considers', 'himself an immigrant'],
    ['a time, and a clause with a subject of its own', 'Jeb Bush is highlighting his Iowa win over Donald Trump on Feb. 1 as he urges conservatives to unite behind him.', 'is highlighting', 'his Iowa win over Donald Trump'],
    ['an infinitive, before a clause with a subject of its own', 'The residents of Camp Liberty called on the U.S. to immediately return them to Camp Ashraf as sources inside Iran have revealed that another attack is planned.', 'called on', 'the U.S. to immediately return them to Camp Ashraf'],
    ['a clause after a quotation inside the object', 'He praised Cruz, calling him a “nice guy” and he didn’t provide any descriptions for John Kasich.', 'calling', 'him a “nice guy”'],
    ['", saying …" the tagger reads as a noun', '76-year-old Morton Blackwell endorsed Cruz last week, saying he “has consistently demonstrated his deep commitment to conservative principles.”', 'endorsed', 'Cruz last week'],
    ['an occasion after the object', 'Clinton criticized the analogy during a campaign speech to more than 3,000 people.', 'criticized', 'the analogy'],
    ['the verb after a participle inside the sentence’s subject', 'Obama and Vice President Joe Biden arrived in Orlando, Florida, four days after a U.S.-born gunman claiming allegiance to various Islamist militant groups carried out the deadliest mass shooting in modern U.S. history.', 'claiming', 'allegiance to various Islamist militant groups'],
    ['an occasion the noun phrase read into the object', 'Bernie Sanders is thanking supporters at a victory rally in his home state of Vermont.', 'is thanking', 'supporters'],
    ['an occasion after the object’s own prepositional phrase', "The shift started becoming publicly apparent in 2014, when Germany's president and foreign and defense ministers all urged an increased global security role for the country at the annual Munich Security Conference.", 'all urged', 'an increased global security role for the country'],
    ['the main clause after an opening clause led by a preposition and a gerund', 'But in describing the plan as a short-term buzz that voters would reject if they only understood it, the journalists are missing the sound reasons people are supporting a plan like Sanders’.', 'describing', 'the plan as a short-term buzz that voters would reject if they only understood it'],
    ['an opening subordinate clause after a lead word is no content of the main clause’s cue', 'And while Clinton lagged behind many Democrats in calling for the legalization of same-sex marriage, she has repeatedly called for ending discrimination against members of the LGBT community during her presidential campaign.', 'has repeatedly called for', 'ending discrimination against members of the LGBT community during her presidential campaign'],
    ['an apposition with a relative clause closing the content', 'Podliska further alleges that he was fired for taking time off to fulfill his military duties, a claim that Gowdy’s office strongly disputes.', 'further alleges', 'that he was fired for taking time off to fulfill his military duties'],
    ['an apposition after a quotation keeps the closing marks', 'She also referenced the “Charleston loophole,” a flaw in the FBI’s system that allowed Roof to legally purchase a firearm before his background check had been completed.', 'also referenced', 'the “Charleston loophole,”'],
    ['a gerund predicate coordinated with a gerund cue after a clause content', 'For months, Cruz had effusively praised Trump, stating there was a benefit to having the New Yorker in the race and chiding the media for "the little game" of pitting Republicans against one another.', 'stating', 'there was a benefit to having the New Yorker in the race'],
    ['a gerund predicate coordinated with a gerund cue after a quotation', 'The Vermont senator emailed supporters saying: “The struggle continues” and vowing to compete in the season’s final primary contest next week in the District of Columbia.', 'saying', '“The struggle continues”'],
    ['a gerund coordinated with a gerund cue', 'Trump launched his campaign calling them rapists and vowing to make Mexico pay for a massive border wall.', 'calling', 'them rapists'],
    ['a gerund with an object coordinated with a gerund cue', "It’s a big if, but Sanders was in San Diego on Tuesday night, more than two months before the state votes, emphasizing the state's importance and making his pitch.", 'emphasizing', "the state's importance"],
    ['a medium after the object', 'Tashfeen Malik, one of two terrorists involved in the San Bernardino attacks, posted her public allegiance to ISIS on Facebook just minutes before the shootings occurred on Wednesday.', 'posted', 'her public allegiance to ISIS'],
    ['a date after the object', 'When Trump announced his candidacy in June 2015, he infamously referred to Mexican immigrants as “criminals” and “rapists“ while calling to erect a border wall.', 'announced', 'his candidacy'],
    // …and where the content is a clause of its own, or a quotation runs on, it stays whole.
    ['"and" inside a quotation', 'She called it “a sad day and a shame” for the country.', 'called', 'it “a sad day and a shame” for the country'],
    ['a that-clause comes first', 'The fact-checker knows for sure that they won’t be because Obama is awesome.', 'knows', 'for sure that they won’t be because Obama is awesome'],
    ['a clause content coordinates on', 'Trump said the wall would be built and Mexico would pay for it.', 'said', 'the wall would be built and Mexico would pay for it'],
    ['a pronoun subject opens a clause', 'Anti-TPP activists said they fear Obama as he pushes the deal through Congress.', 'said', 'they fear Obama as he pushes the deal through Congress'],
    ['"if" states the condition of an instruction', 'She told them to go home if they felt sick.', 'told', 'them to go home if they felt sick'],
    ['a relative clause inside the subject of a that-clause', 'Playing Field Promotions, a sports and celebrity talent agency, says that Walker, who charges somewhere between $20,000 and $30,000 for speaking fees, has lost close to $100,000 simply for being a Trump fan.', 'says', 'that Walker, who charges somewhere between $20,000 and $30,000 for speaking fees, has lost close to $100,000 simply for being a Trump fan'],
    ['a relative clause inside the subject of a content clause without "that"', "Kerry said the annual talks, which started in a smaller form a decade ago, remained ''one of the best opportunities that we have to discuss our differences and to seek creative ways to narrow them or to eliminate them altogether.''", 'said', "the annual talks, which started in a smaller form a decade ago, remained ''one of the best opportunities that we have to discuss our differences and to seek creative ways to narrow them or to eliminate them altogether.''"],
    ['an apposition inside the subject of a subordinate clause of the content', 'Presumptive Democratic presidential nominee Hillary Clinton told a Planned Parenthood gathering in Washington she will protect reproductive rights while her opponent, Donald Trump, wants to “take America backward.”', 'told', 'she will protect reproductive rights while her opponent, Donald Trump, wants to “take America backward.”'],
    ['an adverbial clause inside the subject of a that-clause', 'From agreed that economic inequality, though it existed, was not the flashpoint during the early Clinton years that it has become today.', 'agreed', 'that economic inequality, though it existed, was not the flashpoint during the early Clinton years that it has become today'],
    ['an adverbial clause opening the content runs on to its main clause', 'One Republican presidential hopeful, Carly Fiorina, says despite being a Stanford alumna, she plans to root for Iowa.', 'says', 'despite being a Stanford alumna, she plans to root for Iowa'],
    ['a relative clause after a that-clause’s object ends it', 'The Trump campaign announced last week that it hired former Cruz spokeswoman Katrina Pierson, who has been outspoken in espousing Tea Party ideals, according to Politico.', 'announced', 'that it hired former Cruz spokeswoman Katrina Pierson'],
    ['a gerund modifying the last noun of a list', '“It’s a reflection of frustration and anger that people feel,” McCain said, citing low economic growth, unemployment and growing economic inequality.', 'citing', 'low economic growth, unemployment and growing economic inequality'],
    ['a coordinated gerund with a bare noun object', 'Sanders is pushing back, questioning Clinton’s judgment in supporting the war in Iraq and accepting support from super PACs.', 'questioning', 'Clinton’s judgment in supporting the war in Iraq and accepting support from super PACs'],
    ['a date inside a clause without "that"', "Clinton said the gathering in September in New York would be the foundation's last.", 'said', "the gathering in September in New York would be the foundation's last"],
    ['a time between the object and what the cue names it', 'Stuart Stevens, who served as Mitt Romney\'s chief strategist during the 2012 campaign, called Trump\'s statements and actions on Sunday "childish."', 'called', 'Trump\'s statements and actions on Sunday "childish."'],
  ])('news: %s', (_, text, cue, content) => {
    expectSpan(text, candidateWithCue(text, cue).content[0], content);
  });
});

describe('claims/reported-speech: coordinated objects', () => {
  test('hrw: ", and the …" with no verb of its own coordinates a second object into the content', () => {
    const text = 'Human Rights Watch documented the killings of 61 Sunni men between June 1 and July 9, 2014, and the killing of at least 48 Sunni men in March and April in villages and towns.';
    expectSpan(text, candidateWithCue(text, 'documented').content[0], 'the killings of 61 Sunni men between June 1 and July 9, 2014, and the killing of at least 48 Sunni men in March and April in villages and towns');
  });

  test('news: ", and the …" with a verb of its own is the writer’s clause', () => {
    const text = 'He said the plan would fail, and the party would lose.';
    expectSpan(text, candidateWithCue(text, 'said').content[0], 'the plan would fail');
  });
});

describe('claims/reported-speech: a subordinate clause before the source', () => {
  test('news: alone it is an adjunct, and the cue’s object is the content', () => {
    const text = 'As caucusing got under way for Democrats in Nevada, the candidates weighed in on their picks.';
    expectSpan(text, candidateWithCue(text, /weighed/).content[0], 'their picks');
  });

  test('hrw: followed by a main clause it opens the content', () => {
    const text = 'As the government has lost control over large portions of the country, militias have stepped in, Human Rights Watch found.';
    expectSpan(text, candidateWithCue(text, 'found').content[0], 'As the government has lost control over large portions of the country, militias have stepped in');
  });
});

describe('claims/reported-speech: a quotation opened inside the content', () => {
  test('news: runs on past the sentence end, and the content with it', () => {
    const text = 'He argues that “only Ted Cruz can beat Donald Trump. John Kasich can’t do it. The math won’t work.” Then he left the stage.';
    expectSpan(text, claimWithCue(text, 'argues').content[0], 'that “only Ted Cruz can beat Donald Trump. John Kasich can’t do it. The math won’t work.”');
  });
});

describe('claims/reported-speech: a determiner the cue takes along', () => {
  test('whitehouse: brings its noun ("issued a statement"), and the relative clause after it is a claim of its own', () => {
    const text = 'The governing counsel here in Iraq issued a statement which said that they are determined to go ahead.';
    candidateWithCue(text, 'issued a statement');
    expectSpan(text, candidateWithCue(text, 'said').content[0], 'that they are determined to go ahead');
  });
});

describe('claims/reported-speech: a claim quoting another with the same content', () => {
  const text = 'The man is believed to be a courier and of having ties with foreign terrorists, officials said.';
  const content = 'The man is believed to be a courier and of having ties with foreign terrorists';

  test('afps: both claims are kept, the passive nested in the officials’ claim', () => {
    const { claims } = layersOf(text).full;
    const said = claims.findIndex((c) => cueIs(text, c.cue, 'said'));
    const believed = claims.findIndex((c) => cueIs(text, c.cue, 'is believed'));
    expect(said).toBeGreaterThanOrEqual(0);
    expect(believed).toBeGreaterThanOrEqual(0);
    expectSpan(text, claims[said]!.content[0], content);
    expectSpan(text, claims[believed]!.content[0], content);
    expect(claims[believed]!.parent).toBe(said);
  });

  test('afps: their graph nodes get distinct ids and a nested-in edge', () => {
    const graph = runRecord(inputRecord(text));
    const claimNodes = graph.nodes.filter((n) => n.kind === 'claim');
    expect(new Set(claimNodes.map((n) => n.id)).size).toBe(claimNodes.length);
    const inner = claimNodes.find((n) => n.kind === 'claim' && n.cue?.text === 'is believed')!;
    expect(graph.edges).toContainEqual({ from: inner.id, to: claimNodes.find((n) => n.kind === 'claim' && n.cue?.text === 'said')!.id, type: 'nested-in' });
  });
});

describe('claims/reported-speech: a cue clause opening its sentence before a quotation', () => {
  test('news: the quotation after it is its content, not the one before', () => {
    const text = 'Trump slammed the German leader’s plan. “I think this is going to destroy Germany.” He added, “Taking these people is absolute insanity.”';
    expect(claimWithCue(text, 'added').content.map((s) => text.slice(s.start, s.end))).toEqual(['“Taking these people is absolute insanity.”']);
  });
});

describe('claims/reported-speech: a quotation with a cue of its own is another claim', () => {
  test.each([
    ['a question mark before an inverted cue clause', '“It’s over,” McCain said. “Why should I be surprised?” Trump asked.', 'asked', 'Trump'],
    ['a comma before the cue clause', '“We feel good about the areas we’re going to,” she said. “We have the time,” Cruz added.', 'added', 'Cruz'],
  ])('news: %s', (_, text, cue, source) => {
    const first = claimWithCue(text, 'said');
    const second = claimWithCue(text, cue);
    expect(first.content).toHaveLength(1);
    expectSpan(text, second.source, source);
    expect(second.content.every((s) => !first.content.some((f) => f.start === s.start))).toBe(true);
  });
});

describe('claims/reported-speech: split quotations across a participial adjunct', () => {
  const text = '“Donald Trump says he’s qualified for president because of his business record,” Clinton said, standing in front of a faded sign for the shuttered Trump Plaza. “What he did for his business and workers is nothing to brag about. In fact, it’s shameful.”';

  test('news: the second quotation joins the first', () => {
    expect(claimWithCue(text, 'said').content.map((s) => text.slice(s.start, s.end))).toEqual([
      '“Donald Trump says he’s qualified for president because of his business record,”',
      '“What he did for his business and workers is nothing to brag about. In fact, it’s shameful.”',
    ]);
  });

  test('news: a content starting inside the first quotation ends with it', () => {
    expectSpan(text, candidateWithCue(text, 'says').content[0], 'he’s qualified for president because of his business record');
  });
});

describe('claims/reported-speech: cognition verbs', () => {
  test('state: "understand" reports what the source believes', () => {
    const text = 'We understand the Government of Iraq has undertaken to promptly investigate the attack.';
    const candidate = candidateWithCue(text, 'understand');
    expectSpan(text, candidate.source, 'We');
    expectSpan(text, candidate.content[0], 'the Government of Iraq has undertaken to promptly investigate the attack');
  });
});

describe('claims/reported-speech: sources across dates, "with", controlling verbs and gerunds', () => {
  test.each([
    ['an infinitive controlled across a predicative adjective', 'Democratic voters are slightly more likely to say that Clinton represents change.', 'to say', 'Democratic voters'],
    ['an infinitive with an object between', 'Trump told them to say that the wall works.', 'to say', 'them'],
    ['a participle dated by a weekday', 'A court document filed Thursday says that Donald Trump’s campaign owes money.', 'says', 'A court document filed Thursday'],
    ['an -ing noun after a possessive date', 'A person familiar with the planning for Thursday’s meeting says the discussion will focus on a third-party candidate.', 'says', 'A person familiar with the planning for Thursday’s meeting'],
    ['"with" inside the description', 'Trump, who clashed with Cruz, said it was over.', 'said', 'Trump, who clashed with Cruz'],
    ['", saying" the tagger reads as a noun takes the sentence’s subject', 'The Sanders campaign responded Friday, saying industry money was not welcome.', 'saying', 'The Sanders campaign'],
    ['"by saying" after an object takes the sentence’s subject', 'Obama punctuated his list by saying “Too many.”', 'by saying', 'Obama'],
    ['a purpose infinitive after an object takes the subject of its verb', 'Ramos used his acceptance speech to call for the resignation of the president.', 'to call for', 'Ramos'],
    ['a verb that hands the infinitive to its object', 'The senator allowed his aides to say the bill was dead.', 'to say', 'his aides'],
    ['after a copula the infinitive’s noun is no object', 'But perhaps the greatest hole in their plan is the inability to agree on who should lead the party.', 'agree', null],
  ])('news: %s', (_, text, cue, source) => {
    const candidate = candidateWithCue(text, cue);
    expectSpan(text, candidate.source, source);
  });

  test('news: "by saying" takes the named subject of the verb before it', () => {
    const text = 'When he returned he began by saying, “I don’t think that it’s nec- essary for Mr. D’Souza to go to jail.”';
    expectSpan(text, claimWithCue(text, 'by saying').source, 'he', text.indexOf('he began'));
  });
});

describe('claims/reported-speech: adjuncts between the cue and its content', () => {
  test.each([
    ['an interview named by its outlet', 'Trump said in a CBS interview that he would win.', 'said', 'that he would win'],
    ['an occasion after a determiner', 'She conceded in a recent debate that the plan was flawed.', 'conceded', 'that the plan was flawed'],
    ['"at the time"', 'He also said at the time that he would run.', 'also said', 'that he would run'],
    ['a time before a subject pronoun', 'She said on Tuesday she would run for office.', 'said', 'she would run for office'],
    ['no adjunct: a medium without a preposition is the content’s subject', 'He said the statement was false.', 'said', 'the statement was false'],
  ])('news: %s', (_, text, cue, content) => {
    const candidate = candidateWithCue(text, cue);
    expectSpan(text, candidate.content[0], content);
  });
});

describe('claims/reported-speech: the main clause after an opening "as" clause with the cue', () => {
  test.each([
    ['past an adjunct after the comma', 'As Breitbart News reported, even on Friday morning, the Obama White House was refusing to call the attack terrorism.', 'reported', 'Breitbart News', 'even on Friday morning, the Obama White House was refusing to call the attack terrorism'],
    ['after a lead word', 'But as the Washington Post observed, Republicans now control both legislative chambers in 30 states.', 'observed', 'the Washington Post', 'Republicans now control both legislative chambers in 30 states'],
  ])('news: %s', (_, text, cue, source, content) => {
    const candidate = candidateWithCue(text, cue);
    expectSpan(text, candidate.source, source);
    expectSpan(text, candidate.content[0], content);
  });
});

describe('claims/reported-speech: a cue with an object of its own is no content-first', () => {
  test.each([
    ['an opening adjunct is not what was announced', 'Shortly after my sentence, Eric Holder announced his resignation.', 'announced', 'Eric Holder', 'his resignation'],
    ['a time after the cue is no object', 'Growth is weak, she said Tuesday.', 'said', 'she', 'Growth is weak'],
    ['an addressee after a cue that names one first', 'The plan will fail, the senator told reporters.', 'told', 'the senator', 'The plan will fail'],
    ['a gerund clause is an object too', 'Two days after the attack, with the country still in shock, Trump proposed banning all Muslims from entering the country.', 'proposed', 'Trump', 'banning all Muslims from entering the country'],
  ])('news: %s', (_, text, cue, source, content) => {
    const candidate = candidateWithCue(text, cue);
    expectSpan(text, candidate.source, source);
    expectSpan(text, candidate.content[0], content);
  });

  test('news: a colon before a quotation opens the content whatever the addressee', () => {
    const text = "It seems unfair to simply tell the communities that worked on this shift: ''We're sorry, but it didn't work out.''";
    expect(candidateWithCue(text, /tell$/).content.map((s) => text.slice(s.start, s.end))).toEqual(["''We're sorry, but it didn't work out.''"]);
  });

  test('news: after a quotation closing the sentence before, a cue with its own object and quotation is no content-first', () => {
    const text = 'Donald Trump said Hillary Clinton "caused death." Bernie Sanders called Trump a "pathological liar." Carly Fiorina said Ted Cruz "says whatever he needs to."';
    expectSpan(text, candidateWithCue(text, 'called').content[0], 'Trump a "pathological liar."', text.indexOf('called'));
  });

  test('news: a programme’s title in quotation marks before the source is where it was said, not what', () => {
    const text = 'Wednesday on Fox New Channel’s “Hannity,” Newt Gingrich said if presumptive Republican presidential nominee Donald Trump picked him it as a vice presidential running mate it would be a “two-pirate ticket.”';
    const candidate = candidateWithCue(text, 'said');
    expectSpan(text, candidate.source, 'Newt Gingrich');
    expect(candidate.content.map((s) => text.slice(s.start, s.end))).toEqual(['if presumptive Republican presidential nominee Donald Trump picked him it as a vice presidential running mate it would be a “two-pirate ticket.”']);
  });

  test('news: a gerund the tagger reads as a preposition is an object too', () => {
    const text = 'A week after Trump spoke to the gathering of Jewish leaders, and in the wake of a shooting by two Muslim radicals in California that killed 14, Trump proposed barring all foreign Muslims from entering the United States.';
    const candidate = candidateWithCue(text, 'proposed');
    expectSpan(text, candidate.source, 'Trump', text.indexOf('Trump proposed'));
    expectSpan(text, candidate.content[0], 'barring all foreign Muslims from entering the United States');
  });

  test('statement: a content-first sentence ends at the source set off by commas, with its named apposition', () => {
    const text = 'The fund is there to help in times of crisis, a spokeswoman, Anna Richardson White, said on Saturday.';
    const candidate = candidateWithCue(text, 'said');
    expectSpan(text, candidate.source, 'a spokeswoman, Anna Richardson White');
    expectSpan(text, candidate.content[0], 'The fund is there to help in times of crisis');
  });
});

describe('claims/reported-speech: the writer’s words around a content', () => {
  test.each([
    ['the main clause after an opening participial clause', 'Asked about taking a more forceful approach, the Florida Republican would only say that he was worried.', 'Asked about', 'taking a more forceful approach'],
    ['an apposition describing the object for the reader', 'He has railed against the Trans-Pacific Partnership, the 12-country trade deal the administration finished negotiating last year.', 'has railed against', 'the Trans-Pacific Partnership'],
    ['an apposition with a participle after its noun', 'Cruz announced his candidacy at Liberty University, the evangelical institution founded by Jerry Falwell.', 'announced', 'his candidacy at Liberty University'],
    ['a list is no apposition', 'She criticized Trump, the party and the press.', 'criticized', 'Trump, the party and the press'],
    ['a clause after the comma is no apposition', 'The company said that it had suspended 125,000 accounts, the first time it has publicized the number.', 'said', 'that it had suspended 125,000 accounts, the first time it has publicized the number'],
  ])('news: %s', (_, text, cue, content) => {
    expectSpan(text, candidateWithCue(text, cue).content[0], content);
  });
});

describe('claims/reported-speech: a cue clause set off by commas inside the content', () => {
  test.each([
    ['an opening adjunct is the first range', 'In his state, Christie said, nonviolent first-time drug offenders are sent to mandatory drug treatment.', 'said', 'Christie', ['In his state', 'nonviolent first-time drug offenders are sent to mandatory drug treatment']],
    ['an opening subject alone, its predicate after', 'Trump, Sexton said, has created a “strange, reality-bending political correctness-free zone.”', 'said', 'Sexton', ['Trump', 'has created a “strange, reality-bending political correctness-free zone.”']],
    ['a short name as the subject, a participle opening the predicate', 'CNN, Cruz said, called the announcement “highly significant.”', 'said', 'Cruz', ['CNN', 'called the announcement “highly significant.”']],
    ['a gerund phrase as the subject', 'Pivoting to deficit reduction too soon, a wide array of economists say, limited the economic recovery.', 'say', 'a wide array of economists', ['Pivoting to deficit reduction too soon', 'limited the economic recovery']],
    ['"including" resumes a list', 'The emails were on a variety of work-related topics, the Times said, including speeches, meetings and news media appearances.', 'said', 'the Times', ['The emails were on a variety of work-related topics', 'including speeches, meetings and news media appearances']],
    ['a question as occasion is not joined to the quotation answering it', 'Asked what he wanted, the senator said, “They have got to be able to win.”', 'said', 'the senator', ['“They have got to be able to win.”']],
  ])('news: %s', (_, text, cue, source, contents) => {
    const candidate = candidateWithCue(text, cue);
    expectSpan(text, candidate.source, source);
    expect(candidate.content.map((s) => text.slice(s.start, s.end))).toEqual(contents);
  });

  test('news: the segment with the cue clause is no apposition of the subject before it', () => {
    const text = 'CNN, Cruz said, called the announcement “highly significant.”';
    expect(candidateWithCue(text, 'called').source).toBeNull();
  });

  test('news: a comma inside closing quote marks ends the quotation, and the source follows the cue', () => {
    const text = "''They have a fraught relationship, and they try to corner them, ambush them,'' said Martin Indyk, the president's former special envoy.";
    const candidate = candidateWithCue(text, 'said');
    expectSpan(text, candidate.source, "Martin Indyk, the president's former special envoy");
    expectSpan(text, candidate.content[0], "''They have a fraught relationship, and they try to corner them, ambush them,''");
  });
});

describe('claims/reported-speech: coordination and opening clauses at the content’s end', () => {
  test.each([
    ['a list of objects coordinated by ", and"', 'Sen. Graham has attacked GOP voters, lawmakers, and thinkers for opposing mass migration policies.', 'has attacked', 'GOP voters, lawmakers, and thinkers for opposing mass migration policies'],
    ['", and" before an adverb and a verb opens the writer’s clause', 'He declined at first to criticize former KKK leader David Duke, and most recently defended the use of an image.', 'criticize', 'former KKK leader David Duke'],
    ['an opening participial clause closes at its first comma only', 'Addressing attendees of the gala Thursday, Trump described families playing in Central Park, restaurants packed with patrons and workers, and a city of “honesty and straight talk.”', 'described', 'families playing in Central Park, restaurants packed with patrons and workers, and a city of “honesty and straight talk.”'],
  ])('news: %s', (_, text, cue, content) => {
    expectSpan(text, candidateWithCue(text, new RegExp(`${cue}$`)).content[0], content);
  });
});

describe('claims/reported-speech: clauses of their own inside a subject or a content', () => {
  test('news: a relative clause with its own cue ends the subject before it, and its content before the main verb', () => {
    const text = 'Barkley, who said he typically votes Democratic, said one candidate he likes is Ohio Governor John Kasich.';
    const relative = candidateWithCue(text, /^said$/);
    expectSpan(text, relative.source, 'who');
    expectSpan(text, relative.content[0], 'he typically votes Democratic');
    const main = claimCandidates(layersOf(text).withTimes).find((c) => c.cue && c.cue.start > text.indexOf('Democratic'))!;
    expectSpan(text, main.source, 'Barkley');
    expectSpan(text, main.content[0], 'one candidate he likes is Ohio Governor John Kasich');
  });

  test.each([
    ['a list of gerunds stays whole', 'Clinton proposed a plan for cutting taxes for the middle class, raising the minimum wage, and expanding health care to millions.', 'proposed', 'a plan for cutting taxes for the middle class, raising the minimum wage, and expanding health care to millions'],
    ['", adding" the tagger reads as a noun opens the writer’s participle', 'He said the economy was growing, adding that wages would rise.', 'said', 'the economy was growing'],
  ])('news: %s', (_, text, cue, content) => {
    expectSpan(text, candidateWithCue(text, cue).content[0], content);
  });
});

describe('claims/reported-speech: what follows an interrupting cue clause', () => {
  test('news: a subordinate clause after it is the writer’s, not the rest of the content', () => {
    const text = '“His legend will live on,” the trainer said, as a few young fighters worked out inside the gym.';
    expect(claimWithCue(text, 'said').content.map((s) => text.slice(s.start, s.end))).toEqual(['“His legend will live on,”']);
  });
});
