import { attribute } from './index';
import { docFrom } from './testing/synthetic-doc';
import type { Attribution } from '../types';

const one = (sentence: string, publishedAt?: Date): Attribution | null =>
  attribute(docFrom([[sentence]]), { publishedAt })[0];
const all = (paragraphs: string[][]): (Attribution | null)[] => attribute(docFrom(paragraphs), {});

describe('explicit reporting verbs', () => {
  it('credits the subject of a reporting verb', () => {
    const a = one('The Interior Ministry said that the group had been dismantled.');
    expect(a).toMatchObject({ source: 'The Interior Ministry', sourceType: 'official', cue: 'said', via: 'explicit' });
  });
  it('leaves an organisation doing things in the author’s voice unattributed', () => {
    expect(one('NATO launched operations against the network in the spring.')).toBeNull();
  });
  it('reads the speaker after the verb in “…,” said X', () => {
    const a = one('“We will stay until the job is done,” said Maj. Gen. Anna Lopez, the coalition spokesperson.');
    expect(a).toMatchObject({ source: 'Anna Lopez', sourceType: 'military', named: true });
  });
  it('reads the subject before an appositive description and types it from the description', () => {
    const a = one('Farid Karimov, a researcher at the Oxus Policy Institute, warns that the border is quiet.');
    expect(a).toMatchObject({ source: 'Farid Karimov', sourceType: 'independent', named: true, cue: 'warns' });
  });
  it('ignores infinitives: planning to confirm reports nothing', () => {
    expect(one('Police are gathering information in order to confirm the report.')).toBeNull();
  });
  it('ignores a negated subject', () => {
    expect(one('None of the residents mentioned the visit when talking about the raid.')).toBeNull();
  });
  it('does not treat plural nouns as verbs', () => {
    expect(one('These Central Asian states, unfortunately, continue to be vulnerable.')).toBeNull();
    expect(one('Few of these reports are substantiated by details.')).toBeNull();
  });
  it('reads "according to" with the source after it', () => {
    expect(one('According to Human Rights Watch, dozens were detained.')).toMatchObject({
      source: 'Human Rights Watch',
      sourceType: 'independent',
      named: true,
    });
  });
  it('credits the person named in an appositive after a role ("scholars, Jane Roe")', () => {
    expect(one('The movement began peacefully, according to regional scholars, Jane Roe and John Doe.')).toMatchObject({
      named: true,
      sourceType: 'independent',
    });
  });
  it('credits the agent of a passive report', () => {
    expect(one('The dead were identified as foreign fighters by the coalition.')).toMatchObject({
      sourceType: 'military',
      cue: 'identified',
    });
  });
  it('does not credit the agent of another verb', () => {
    expect(one('Both men identified themselves to the patrol and were arrested by Afghan forces.')).toBeNull();
  });
  it('labels the original speaker of a nested report', () => {
    const a = one('The report notes that Afghan officials believe that the militants came from Pakistan.');
    expect(a).toMatchObject({ source: 'Afghan officials', sourceType: 'official', named: false });
  });
  it('keeps the relaying source when the inner verb relays no content', () => {
    const a = one('A Jamestown report confirms that Dushanbe has regularly reported about arrests.');
    expect(a).toMatchObject({ canonical: 'Jamestown Foundation', sourceType: 'independent' });
  });
});

describe('vague attribution', () => {
  it('marks "it is believed" and "reports say" as anonymous', () => {
    expect(one('It is believed that the group still operates in the valley.')).toMatchObject({
      sourceType: 'anonymous',
      via: 'vague',
      named: false,
    });
    expect(one('Since 2010, many reports say that the groups have merged.')).toMatchObject({
      source: 'many reports',
      sourceType: 'anonymous',
    });
  });
  it('marks tips and unreported casualties as anonymous', () => {
    expect(one('Acting on intelligence tips, the force searched a compound.')).toMatchObject({
      source: 'intelligence tips',
      sourceType: 'anonymous',
    });
    expect(one('There were no civilian casualties reported during this operation.')).toMatchObject({
      sourceType: 'anonymous',
    });
  });
  it('does not treat a plain statement of fact as vague', () => {
    expect(one('The security force detained three suspects after initial questioning.')).toBeNull();
  });
  it('does not treat a footnote marker as attribution', () => {
    expect(one('The group lost its leader in a drone strike in 2009.(12)')).toBeNull();
  });
  it('types crowds of analysts as anonymous, and officials as official', () => {
    expect(one('However, many analysts doubt that they have real links.')).toMatchObject({
      sourceType: 'anonymous',
      named: false,
    });
    expect(one('Several provincial officials reported that the commander was killed.')).toMatchObject({
      sourceType: 'official',
      named: false,
    });
  });
});

describe('the one told as subject: passives of telling (rubric 2.3.18)', () => {
  it.each([
    ['The panel was informed that the cell recruits among seasonal workers.', 'was informed'],
    ['Journalists were told that the checkpoint had been moved north.', 'were told'],
    ['I was later told that the shipment never left the depot.', 'was later told'],
    ['We are told that the pass is closed until spring.', 'are told'],
  ])('with the teller unsaid it is vague: %s', (s, source) =>
    expect(one(s)).toMatchObject({ source, sourceType: 'anonymous', named: false, via: 'vague' }),
  );
  it('a by phrase before the content names the teller', () => {
    expect(one('The panel was informed by the Interior Ministry that the cell recruits among migrants.')).toMatchObject(
      {
        source: 'the Interior Ministry',
        sourceType: 'official',
        named: true,
      },
    );
    expect(one('Reporters were briefed by a border guard that the crossing had reopened.')).toMatchObject({
      source: 'a border guard',
      sourceType: 'official',
    });
  });
  it('the Russian agencies’ calque names the teller by the body where one was told', () => {
    expect(
      one('As the agency was told at the press service of the Interior Ministry, two men were held.'),
    ).toMatchObject({
      source: 'the press service of the Interior Ministry',
      sourceType: 'official',
    });
    expect(one('The paper was told in the regional police department that the men were released.')).toMatchObject({
      source: 'the regional police department',
      sourceType: 'official',
    });
    expect(one('He was told in Kabul that the road was closed.')).toBeNull();
    expect(one('As we were told at a briefing, the road was closed.')).toBeNull();
  });
  it.each([
    'You can be assured that the vote will be counted twice.',
    'Visitors are warned that the old bridge is unsafe.',
    'The family was warned of the risk before the trip.',
    'She is assured of a majority in the lower house.',
  ])('advice, certainty or no content is no report: %s', (s) => expect(one(s)).toBeNull());
  it('inside a quotation its speaker opens, the vague teller yields to the speaker who relays it', () => {
    const r = all([
      [
        '“The valley is calm,” the governor said.',
        '“We were told that the fighters left in May.”',
        '“It is believed that they crossed the river at night.”',
      ],
    ]);
    expect(r[1]).toMatchObject({ source: 'the governor', via: 'carried' });
    expect(r[2]).toMatchObject({ source: 'the governor', via: 'carried' });
  });
});

describe('speakers carried across sentences', () => {
  it('does not let a cue the quotation’s speaker keeps credit the earlier quoted sentences to someone else', () => {
    const r = all([
      [
        'Karimov said, “The road is closed again.',
        'The elders are angry about it.',
        'When you visit the valley, they tell you the truth.”',
      ],
    ]);
    expect(r.map((a) => a?.source)).toEqual(['Karimov', 'Karimov', 'Karimov']);
  });
  it('credits both halves of a quotation whose speaker is named at its end', () => {
    const r = all([
      ['The strike hit the target.', '“The attack was shameful.', 'It shows their intent,” said Col. Mark Stone.'],
    ]);
    expect(r[0]).toBeNull();
    expect(r[1]).toMatchObject({ source: 'Mark Stone', via: 'carried' });
    expect(r[2]).toMatchObject({ source: 'Mark Stone', via: 'explicit' });
  });
  it('credits a new quotation right after its speaker’s sentence, but not a scare quote', () => {
    const r = all([
      [
        '“We will not relent,” said Col. Mark Stone.',
        '“Their time here is up and they know it.”',
        'Such ‘successes’ are rarely checked.',
      ],
    ]);
    expect(r[1]).toMatchObject({ source: 'Mark Stone', via: 'carried' });
    expect(r[2]).toBeNull();
  });
  it('credits a short sentence that is all quotation to the speaker just before it, in the same paragraph (rubric 2.3.22)', () => {
    const r = all([
      ['“The pass reopens every spring,” the elder said.', '“Nothing changes.”', 'Such ‘talks’ are rare.'],
      ['“Nothing changes.”'],
    ]);
    expect(r[1]).toMatchObject({ source: 'the elder', via: 'carried' });
    expect(r[2]).toBeNull();
    // A new paragraph opens with no speaker carried into a short quotation.
    expect(r[3]).toBeNull();
  });
  it('resolves he/she to the person named just before', () => {
    const r = all([
      [
        'The ICG report cites a statement by the head of the national security service.',
        'He claimed that 400 citizens were training abroad.',
      ],
    ]);
    expect(r[1]).toMatchObject({
      source: 'the head of the national security service',
      sourceType: 'official',
      named: true,
      via: 'carried',
    });
  });
  it('resolves "it" to the organisation of the previous sentence and leaves "it" without one unattributed', () => {
    const r = all([
      [
        'Even the usually careful ICG became alarmist.',
        'In its 2011 report, it stated that infiltration has been taking place.',
      ],
    ]);
    expect(r[1]).toMatchObject({ canonical: 'International Crisis Group', sourceType: 'independent' });
    expect(all([['The valley was quiet.', 'It said nothing about the border.']])[1]).toBeNull();
  });
  it('resolves "the latter" to the second of two people', () => {
    const r = all([
      ['The claim comes from Amina Saidova and Rustam Aliev.', 'According to the latter, the group began in 1989.'],
    ]);
    expect(r[1]).toMatchObject({ source: 'Rustam Aliev', via: 'carried' });
  });
  it('credits a block quotation to the speaker introducing it', () => {
    const r = all([
      ['Stratfor even casts a doubt on whether the group exists:'],
      ['Governments use the name as a catchall.', 'It is claimed that the label hides real shifts.'],
      ['The author disagrees.'],
    ]);
    expect(r[1]).toMatchObject({ source: 'Stratfor', via: 'carried' });
    expect(r[2]).toMatchObject({ source: 'Stratfor', via: 'carried' });
    expect(r[3]).toBeNull();
  });
  it('credits a block quotation to the person the introduction quotes', () => {
    const r = all([
      ['Bleuer explains how it is done, quoting communication with a “former ISAF officer in the north”:'],
      ['The bodies are labelled foreign fighters.'],
    ]);
    expect(r[1]).toMatchObject({ source: 'former ISAF officer', sourceType: 'military', named: false });
  });
  it('reads a paragraph after a colon whose quotation names its own speaker as dialogue, not a block quotation', () => {
    const r = all([
      ['A spokesman for the provincial governor described the evening:'],
      [
        '“We will not leave the valley,” the village elder shouted at the crowd.',
        '“This land has fed our families for a hundred years and more.',
        'Nobody will move us from here.”',
      ],
    ]);
    expect(r[1]).toMatchObject({ source: 'the village elder', via: 'explicit' });
    expect(r[2]).toMatchObject({ source: 'the village elder', via: 'carried' });
    expect(r[3]).toMatchObject({ source: 'the village elder', via: 'carried' });
  });
  it('resolves a surname to the full name given earlier in the document', () => {
    const r = all([
      [
        'Noah Tucker writes that the group rarely mentions Uzbekistan.',
        'Tucker concludes that the threat is overstated.',
      ],
    ]);
    expect(r[1]).toMatchObject({ source: 'Tucker', canonical: 'Noah Tucker' });
  });
});

describe('date-aware typing of the Taliban', () => {
  it('types a Taliban statement as insurgent before 15 August 2021 and official after', () => {
    const s = 'A Taliban spokesman said that foreign fighters are not welcome.';
    expect(one(s, new Date('2013-10-01'))?.sourceType).toBe('insurgent');
    expect(one(s, new Date('2022-02-01'))?.sourceType).toBe('official');
  });
});

describe('sources as a reader sees them', () => {
  it('reads a line break inside a name as a space', () => {
    expect(one('President Farid \n\nSaidov warns that the pass will close.')).toMatchObject({ source: 'Farid Saidov' });
  });
  it('credits a participial adjunct of a passive clause to its agent', () => {
    const a = one(
      'Trade across the river was halted by the border guards, fearing that smugglers would use the ferry.',
    );
    expect(a).toMatchObject({ source: 'the border guards', cue: 'fearing' });
  });
});
