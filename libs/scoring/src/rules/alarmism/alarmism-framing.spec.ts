import { scoreDocument } from '../../index';
import { factsFor, rubric } from '../testing/facts';
import { Rule } from '../rule';
import { findFigures } from '../figures';
import { tokenize } from '../../lexicon/tokens';
import { threatVocabulary } from './threat-vocabulary';
import { negativity } from './negativity';
import { deEscalation } from './de-escalation';
import { unsupportedThreatClaim } from './unsupported-threat-claim';
import { alarmismCritique } from './alarmism-critique';
import { largeNumbers } from './large-numbers';
import { futureCertainty } from './future-certainty';

const signals = (rule: Rule, text: string) => rule.apply(factsFor(text), rubric());
const ids = (rule: Rule, text: string) => signals(rule, text).map((s) => s.id);
const positive = (text: string) =>
  [threatVocabulary, negativity, unsupportedThreatClaim, largeNumbers, futureCertainty]
    .flatMap((r) => signals(r, text))
    .reduce((s, x) => s + Math.max(0, x.weight), 0);

describe('escalation and emotive framing are alarmist', () => {
  it.each([
    ['The threat from the northern cells is escalating.', 'escalation'],
    ['The camps draw ever more recruits each season.', 'escalation'],
    ['Attacks on the border posts are spiralling out of control.', 'escalation'],
    ['The footage of the raid is chilling.', 'threat-emphasis'],
    ['Security in the valley is precarious.', 'threat-emphasis'],
    ['The attacks tear at the very fabric of security in the province.', 'threat-emphasis'],
    ['The ministry called the plan utterly reckless.', 'intensifier'],
    ['Officials called the bombing a despicable and absurd act.', 'evaluative-adjective'],
    ['The cell has elaborate plans for the border posts.', 'evaluative-adjective'],
  ])('%s → %s', (text, id) => expect(ids(threatVocabulary, text)).toContain(id));

  it.each([
    'The delegation discussed trade and water rights.',
    'The security force used escalation of force measures before entering.',
    'Terrorist organisations are listed in the annex to the decree.',
    'Two terror groups were named in the ministry statement.',
    // rubric 2.3.23: a listed adjective used as a verb evaluates nothing
    'The governor did not elaborate.',
    'The envoy declined to elaborate on the talks.',
    'The spokesman didn’t elaborate.',
  ])('no escalation, emphasis or intensifier in: %s', (text) => expect(ids(threatVocabulary, text)).toEqual([]));

  it('quotes the words that fired, not the lexicon entry', () => {
    const reasons = signals(threatVocabulary, 'The valley is infested with fighters and the threat is escalating.').map(
      (s) => s.reason,
    );
    expect(reasons).toContain('threat-inflating metaphor "infested"');
    expect(reasons).toContain('escalation framing "escalating"');
  });
});

describe('negative wording counts per word, not operational or topic words', () => {
  it('lists each negative word with its AFINN points, within the cap', () => {
    const s = signals(negativity, 'The horrific, vicious and cowardly massacre left the town in despair.');
    expect(s.length).toBeGreaterThanOrEqual(3);
    expect(s.every((x) => x.id === 'negativity' && /^negative word "/.test(x.reason))).toBe(true);
    expect(s.reduce((t, x) => t + x.weight, 0)).toBeLessThanOrEqual(rubric().alarmism.weights['negativity-max']);
  });

  it.each([
    'The force detained three men and questioned them at the scene.',
    'Two insurgents were killed and one was wounded in the strike.',
    'The report covers terrorism, war crimes and the threat to civilians.',
    'There is no sign of the convoy.',
    // judicial outcomes of a detention are reported events too
    'The two couriers were charged, convicted and jailed for five years.',
    'The court in Khujand deported one suspect and prosecuted the other.',
    // smuggling is the crime border reporting is about, a topic as "crimes" is
    'A car smuggling heroin was seized at the bridge at Nizhny Panj.',
    // the legal status of an act and the name of a disease are topics too (rubric 2.3.19)
    'The patrol seized 40 kilograms of illegal narcotics near the river.',
    'An outbreak of fever was reported in the camp, and twelve people were infected.',
  ])('no negativity in: %s', (text) => expect(ids(negativity, text)).toEqual([]));

  it('does not count a negated negative word', () => {
    expect(ids(negativity, 'The harvest was not bad this year.')).toEqual([]);
  });

  it('does not count the words of the source that speaks: a name is no framing', () => {
    const text = 'The Crisis Monitoring Unit said the harvest was late.';
    expect(ids(negativity, text)).toEqual(['negativity']);
    const source = { name: 'The Crisis Monitoring Unit', type: 'independent' as const, named: true };
    expect(negativity.apply(factsFor(text, { source }), rubric())).toEqual([]);
  });
});

describe('negativity and the attribution cue', () => {
  const negative = (text: string) =>
    scoreDocument(text)
      .assertions[0].signals.filter((x) => x.id === 'negativity')
      .map((x) => x.span);
  it('does not count the reporting verb ("denied", "warned") but counts the same word as an event', () => {
    expect(negative('The customs agency denied that the trucks had left.')).toEqual([]);
    expect(negative('The refugees were denied food at the border.')).toHaveLength(1);
  });
});

describe('unsupported threat claims: not profiles, not incident reports', () => {
  it('still scores a bare claim of capability', () => {
    expect(ids(unsupportedThreatClaim, 'The militants are expanding their training camps in the hills.')).toEqual([
      'unsupported-threat-claim',
    ]);
    // an operation noun without its object names no act done to anyone
    expect(
      ids(unsupportedThreatClaim, 'Militants operating in the valley are planning the capture of the dam.'),
    ).toEqual(['unsupported-threat-claim']);
  });

  it('asks that the claim be about the threat actor: before it, or after it in the same clause', () => {
    expect(ids(unsupportedThreatClaim, 'There are expanding networks of militants in the hills.')).toEqual([
      'unsupported-threat-claim',
    ]);
    expect(
      ids(unsupportedThreatClaim, 'The airfield has been expanding since long before the militants arrived.'),
    ).toEqual([]);
  });

  it.each([
    'The group is a branch of the northern militant movement.',
    'The front is a Sunni militant organisation founded in 1998 by two clerics.',
    'The force detained several militants who were recruiting fighters in the village.',
    // an operation nominalised with its "of" object (rubric 2.3.17)
    'The patrol confirmed the arrest of a militant courier operating near the river crossing.',
    'The raid followed last week’s capture of two insurgent financiers operating in the valley.',
  ])('no threat claim in: %s', (text) => expect(ids(unsupportedThreatClaim, text)).toEqual([]));

  it.each([
    // A word of a name, an -ing verb modifying a noun, a state's force as the verb's subject.
    'Insurgents were seen near Forward Operating Base Shank overnight.',
    'Insurgents were seen near a forward operating base in the valley.',
    'A coalition forward operating base came under fire as the insurgents gathered nearby.',
    'Border troops operating in the area told the insurgents to leave.',
    // Presence of someone no threat lexicon names; a claim under a verb of prevention.
    'Patrols held fire because of the presence of farmers in the field where the insurgents hid.',
    'The raids deny sanctuary to the militants along the river.',
    'The operation focused on disrupting insurgent recruitment in the valley.',
    // An event after a preposition of time dates the sentence; an intent or capability is its possessor's.
    'The two cells worked with the militants until the rise of the new front in the south.',
    'Trade with the militants fell sharply after the spread of the new tariffs.',
    'Attacks by the militants threaten the province’s aspirations for the new dam.',
    // A verb of limiting is an operation's aim, like one of preventing.
    "The strikes were meant to reduce the militants' training camps in the valley.",
  ])('no threat claim in: %s', (text) => expect(ids(unsupportedThreatClaim, text)).toEqual([]));

  it('keeps an activity verb after an auxiliary as the claim, even after a complementiser "that"', () => {
    expect(
      ids(unsupportedThreatClaim, 'The patrol was warned that the militants were preparing a new attack.'),
    ).toEqual(['unsupported-threat-claim']);
  });

  it('sees a possessive threat actor as the actor ("the group\'s")', () => {
    expect(ids(unsupportedThreatClaim, "The group's training camps are growing in the hills.")).toEqual([
      'unsupported-threat-claim',
    ]);
  });

  it('keeps a claim whose possessor is the threat actor, or that follows a time clause', () => {
    expect(ids(unsupportedThreatClaim, 'The militants’ recruitment of teenagers is spreading to the valley.')).toEqual([
      'unsupported-threat-claim',
    ]);
    expect(
      ids(unsupportedThreatClaim, 'Since the rise of the new front, the militants have expanded their camps.'),
    ).toEqual(['unsupported-threat-claim']);
  });

  it('keeps growth words before a noun, which are the claim', () => {
    expect(ids(unsupportedThreatClaim, 'The increasing appeal of the militants is drawing recruits.')).toEqual([
      'unsupported-threat-claim',
    ]);
    expect(ids(unsupportedThreatClaim, 'The militants operating in the valley now number in the hundreds.')).toEqual([
      'unsupported-threat-claim',
    ]);
  });
});

describe('a hedge softens an inflated claim but does not erase it', () => {
  it.each([
    'The valley may reportedly become a hotbed of militancy, though few incidents are known.',
    'The threat is allegedly escalating, although attacks remain rare and limited.',
    'The dangerous, growing menace is reportedly limited to a small area.',
  ])('%s keeps at least half its alarm', (text) => {
    const p = positive(text);
    const softening = signals(deEscalation, text).reduce((s, x) => s + x.weight, 0);
    expect(p).toBeGreaterThan(0);
    expect(softening).toBeLessThan(0);
    expect(p + softening).toBeGreaterThanOrEqual(p * rubric().alarmism.thresholds.softeningMaxShare - 0.01);
  });
});

describe('alarmism critique', () => {
  const critique = (text: string) => alarmismCritique(factsFor(text), rubric(), []).map((s) => s.id);
  it('counts criticism of alarmism', () => {
    expect(critique('The officials are alarmists who exaggerate every incident.')).toEqual(['alarmism-critique']);
  });
  it.each([
    'Several scholars think the danger from the cells has been overstated for a decade.',
    'The ministry’s talk of a coming invasion is pure hyperbole.',
  ])('counts a WordNet synonym of the critique words: %s', (text) =>
    expect(critique(text)).toEqual(['alarmism-critique']),
  );
  it.each([
    'Opposition deputies accused the security chiefs of scaremongering over the border.',
    'The danger of an invasion from the south served as a pretext for a new round of arrests.',
    'Analysts describe the annual warnings as a textbook case of threat inflation.',
  ])('counts a name for the practice or its motive: %s', (text) =>
    expect(critique(text)).toEqual(['alarmism-critique']),
  );
  it.each([
    'Fears that the fighting would spill across the Amu Darya have so far proved unfounded.',
    'The report’s figure of 5,000 recruits is uncorroborated.',
    'Talk of a militant wave rolling north is a fantasy of the security services.',
    'The figures were repeated uncritically by the wire services.',
  ])('counts a word that calls a claim unsupported or baseless: %s', (text) =>
    expect(critique(text)).toEqual(['alarmism-critique']),
  );
  it.each([
    'Talk of thousands of fighters massing on the border should be treated with caution.',
    'The ministry’s weekly tallies of foiled plots are viewed with scepticism by analysts.',
    'Each new estimate of the cell’s size is best taken with a grain of salt.',
    // the object between verb and manner phrase (rubric 2.3.24)
    'Readers should treat every claim of a coming militant wave with caution.',
    'Diplomats regard the ministry’s tallies of foiled attacks with scepticism.',
  ])('counts an idiom telling the reader to doubt a claim: %s', (text) =>
    expect(critique(text)).toEqual(['alarmism-critique']),
  );
  it.each([
    'The rise in attacks is alarming.',
    // advice about acting, not about believing
    'Drivers on the pass were told to proceed with caution after the landslide.',
    'Convoys should treat the mined road near the border with caution.',
    'The new camps raised alarms in the capital.',
    // A critique noun as the classifier of an artefact names a kind of thing the group makes.
    'Officers seized propaganda leaflets and two rifles from the flat.',
    'The cell ran a propaganda channel that recruited students.',
  ])('is not criticism: %s', (text) => expect(critique(text)).toEqual([]));
  it.each([
    'The ministry’s account of the raid is propaganda.',
    'Officials dismissed the videos as propaganda, not evidence.',
  ])('a critique noun heading its own phrase still criticises: %s', (text) =>
    expect(critique(text)).toEqual(['alarmism-critique']),
  );
});

describe('figures: years are not counts', () => {
  const figures = (text: string) => {
    const tokens = tokenize(text);
    return findFigures(tokens, rubric().lexiconSet.matchAll(tokens).quantityNouns).map((f) => f.value);
  };
  it.each([
    'In 2009 militants attacked a border post.',
    'Since 2014 fighters have crossed the river every spring.',
    'On March 15, 2010 insurgents blocked the road.',
  ])('no figure in: %s', (text) => expect(figures(text)).toEqual([]));

  it.each([
    ['Some 2000 fighters gathered near the pass.', 2000],
    ['About 1,500 militants remain in the north.', 1500],
  ])('%s counts %d', (text, value) => expect(figures(text)).toEqual([value]));
});

describe('"never" with a comparison of degree is a superlative, not a denial', () => {
  it('counts the threat word after "never been more"', () => {
    expect(ids(threatVocabulary, 'The road to the border has never been more dangerous.')).toContain('threat-emphasis');
    expect(ids(threatVocabulary, 'The road to the border has never been dangerous.')).toEqual([]);
  });
});

describe('the tide as a threat metaphor and mushrooming as escalation (rubric 2.3.24)', () => {
  it('counts a tide beside a threat actor, not one turned against it or at sea', () => {
    expect(ids(threatVocabulary, 'The extremist tide is lapping at the southern border.')).toContain('threat-metaphor');
    expect(ids(threatVocabulary, 'By autumn the tide had turned against the insurgents.')).toEqual([]);
    expect(ids(threatVocabulary, 'The ferry waited for the evening tide.')).toEqual([]);
  });
  it('counts growth like mushrooms, not the noun', () => {
    expect(ids(threatVocabulary, 'Militant cells have mushroomed across the valley.')).toContain('escalation');
    expect(ids(threatVocabulary, 'Villagers sell mushrooms at the market.')).toEqual([]);
  });
});

describe('threat metaphors of fire', () => {
  it.each(['A single incident could set off a regional conflagration.', 'The valley is a tinderbox.'])(
    'counts: %s',
    (text) => expect(ids(threatVocabulary, text)).toContain('threat-metaphor'),
  );
});

describe('water verbs of crossing as a threat metaphor (rubric 2.3.22)', () => {
  it.each([
    'Armed militants keep pouring across the mountain passes.',
    'Insurgents flooded into the district overnight.',
    // rubric 2.3.23: "flow" and "stream", and the leaking border
    'Jihadists are streaming across the frontier from the south.',
    'Militants flowed into the gorge after the thaw.',
    'The northern border is a sieve.',
  ])('counts with a threat actor: %s', (text) => expect(ids(threatVocabulary, text)).toContain('threat-metaphor'));
  it.each([
    'Meltwater poured into the lower villages in April.',
    'Donations flooded into the relief fund.',
    'Foreign investment is flowing into the textile sector.',
  ])('leaves the literal or harmless flow alone: %s', (text) =>
    expect(ids(threatVocabulary, text)).not.toContain('threat-metaphor'),
  );
});

describe('the precipice and the urgency formula (rubric 2.3.22)', () => {
  it.each(['The valley stands on the edge of an abyss.', 'Two rival clans are on the edge of war.'])(
    'counts the precipice as a threat metaphor: %s',
    (text) => expect(ids(threatVocabulary, text)).toContain('threat-metaphor'),
  );
  it('leaves a place at the edge of town alone', () =>
    expect(ids(threatVocabulary, 'The depot stands on the edge of town.')).toEqual([]));
  it('counts an urgency formula only in a sentence about a threat', () => {
    expect(ids(futureCertainty, 'The insurgents are regrouping, and time is running out.')).toEqual([
      'future-certainty',
    ]);
    expect(ids(futureCertainty, 'Register for the spring course before it is too late.')).toEqual([]);
  });
});

describe('future certainty is about a threat', () => {
  it.each([
    'Thousands of smugglers are poised to cross the river at any moment.',
    'Make no mistake: the unrest will spread to the valley.',
    'This will certainly have an adverse effect on the harvest.',
    // Rubric 2.3.14: the determiners that deny doubt, as 'no doubt' does.
    'There is little doubt that the militants will strike the border posts again.',
    'Beyond any doubt, the cells in the valley are preparing new attacks.',
    // Rubric 2.3.15: the negative subjects that deny doubt.
    'Few doubt that the cells in the valley will strike again.',
  ])('counts certainty about something bad: %s', (text) =>
    expect(ids(futureCertainty, text)).toEqual(['future-certainty']),
  );
  it.each([
    'The two ministries are on the verge of signing a water deal.',
    'The new road will lead to more trade.',
    'There is little doubt that the harvest will be a good one.',
    'There is no doubt that the new bridge will open in spring.',
    'Few doubt that the new bridge will open in spring.',
  ])('not a neutral forecast: %s', (text) => expect(ids(futureCertainty, text)).toEqual([]));
  it('takes no softening from the "doubt" its own formula denies', () => {
    expect(ids(deEscalation, 'There is little doubt that a ruthless and deadly menace is growing.')).toEqual([]);
    expect(ids(deEscalation, 'There is some doubt that a ruthless and deadly menace is growing.')).toContain(
      'de-escalation',
    );
  });
});
