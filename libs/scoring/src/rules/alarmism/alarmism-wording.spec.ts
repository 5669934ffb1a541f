import { factsFor, rubric } from '../testing/facts';
import { Rule } from '../rule';
import { emotiveWords } from './emotive-words';
import { emphasis } from './emphasis';
import { absoluteClaims } from './absolutes';
import { negativity } from './negativity';
import { deEscalation } from './de-escalation';
import { threatVocabulary } from './threat-vocabulary';
import { unsupportedThreatClaim } from './unsupported-threat-claim';

const signals = (rule: Rule, ...args: Parameters<typeof factsFor>) => rule.apply(factsFor(...args), rubric());
const ids = (rule: Rule, ...args: Parameters<typeof factsFor>) => signals(rule, ...args).map((s) => s.id);

describe('emotive words AFINN does not rate (VADER)', () => {
  it.each([
    ['The council meeting descended into savagery over the new levy.', 'savagery'],
    ['The mood in the market was dreadfully tense.', 'dreadfully'],
    ['Villagers spoke of the agony of waiting for news.', 'agony'],
  ])('%s → "%s"', (text, word) => {
    const s = signals(emotiveWords, text);
    expect(s.map((x) => x.id)).toEqual(['emotive-word']);
    expect(s[0].reason).toContain(`"${word}"`);
    expect(s[0].weight).toBeGreaterThan(0);
  });

  it.each([
    'The delegation signed a water-sharing agreement in the capital.',
    'The governor was not agitated by the questions.',
    // incident verbs are operations, not emotion; AFINN words are negativity's, not counted twice
    'Two guards were killed when the convoy was attacked.',
    'The horrible weather delayed the harvest.',
    // a crime named as the topic of a border report, as "criminals" is
    'Border guards caught two smugglers at the crossing.',
    // dimension adjectives measure (Dixon 1982), whatever their figurative valence
    'Turnout in the southern districts was low, and lower still in the hills.',
    // the arrest formula states the ground of an arrest, as "suspected" does
    'A driver was detained on suspicion of carrying forged permits.',
  ])('no emotive word in: %s', (text) => expect(ids(emotiveWords, text)).toEqual([]));

  it('lists words past the cap at weight 0, so the count stays visible', () => {
    const s = signals(emotiveWords, 'Agitated crowds, savagery, agony and dreadfully tense smugglers.');
    expect(s.length).toBeGreaterThan(3);
    expect(s.reduce((t, x) => t + x.weight, 0)).toBe(rubric().alarmism.weights['emotive-word-max']);
    expect(s.some((x) => x.weight === 0 && /over the cap/.test(x.reason))).toBe(true);
  });

  it('leaves the reporting cue of the sentence alone', () => {
    expect(ids(emotiveWords, 'The minister argued that the tariff would help farmers.')).toEqual([]);
  });
});

describe('exclamation', () => {
  it('fires once per sentence and quotes what is exclaimed', () => {
    const s = signals(emphasis, 'And still nobody in the ministry resigned!!');
    expect(s.map((x) => x.id)).toEqual(['exclamation']);
    expect(s[0].reason).toBe('exclamation "the ministry resigned!!"');
  });
  it('does not fire without an exclamation mark', () =>
    expect(ids(emphasis, 'Nobody in the ministry resigned.')).toEqual([]));
});

describe('absolute claims', () => {
  it.each([
    ['The militias will never give up the valley.', 'never'],
    ['Everyone in the district knows the smugglers.', 'Everyone'],
    ['The border will stay closed forever.', 'forever'],
  ])('%s → "%s"', (text, word) => {
    const s = signals(absoluteClaims, text);
    expect(s.map((x) => x.id)).toEqual(['absolute']);
    expect(s[0].reason).toBe(`absolute claim "${word}"`);
  });
  it.each([
    'The convoy does not always take the northern road.',
    'All three suspects were released on Tuesday.',
    'Every year the river floods the lower fields.',
    'The arrest figures have never been corroborated by the courts.',
    'Nobody has verified the governor’s account of the raid.',
  ])('no absolute claim in: %s', (text) => expect(ids(absoluteClaims, text)).toEqual([]));
});

describe('outcomes of operations are not negative wording', () => {
  it.each([
    'The operation disrupted the network and caused no collateral damage.',
    'The border service denied entry to forty lorries on Monday.',
    'The battalion withdrew after the defeat of the raiding party.',
    // rubric 2.3.23: the verbs of averting report what a security service says it did
    'The committee said it had prevented nine attacks and thwarted two plots this year.',
    'Border guards averted a shootout at the crossing.',
  ])('%s', (text) => expect(ids(negativity, text)).toEqual([]));
  it('keeps "prevent" exact: its stem would reach "preventable"', () => {
    expect(ids(negativity, 'The report called the deaths a preventable tragedy.')).toContain('negativity');
  });
});

describe('a measure going down is no negative wording, and scales the threat down (rubric 2.3.22)', () => {
  it.each([
    'Cross-border raids have fallen by half since the spring.',
    'Kidnappings in the valley dropped sharply after the amnesty.',
    'Reported incidents dropped to 12 last year.',
  ])('counts no negative word for the verb of decrease: %s', (text) => {
    expect(signals(negativity, text).map((s) => s.reason)).not.toContainEqual(expect.stringMatching(/fallen|dropped/));
  });
  it.each(['The provincial capital is falling to the insurgents.', 'Morale dropped after the ambush.'])(
    'keeps the negative word in another sense: %s',
    (text) => expect(ids(negativity, text)).toContain('negativity'),
  );
  it('reads the decrease with its extent as a de-escalating qualifier', () => {
    const s = signals(deEscalation, 'The number of violent raids has fallen since 2021.');
    expect(s.map((x) => x.id)).toContain('de-escalation');
    expect(signals(deEscalation, 'The border town fell to the militants in May.')).toEqual([]);
  });
});

describe('a denied threat is no threat claim and no emphasis', () => {
  it.each([
    'Investigators said they do not have any nexus between the two cells.',
    'The valley is not a hotbed of militancy.',
    'There is no dangerous network behind the thefts.',
  ])('%s', (text) => {
    expect(ids(threatVocabulary, text)).toEqual([]);
    expect(ids(unsupportedThreatClaim, text)).toEqual([]);
  });

  it.each([
    ['The militants have built a nexus of camps along the river.', 'unsupported-threat-claim'],
    ['The valley is, without doubt, a hotbed of militancy.', 'threat-metaphor'],
  ])('still fires when the claim is asserted: %s', (text, id) => {
    expect([...ids(threatVocabulary, text), ...ids(unsupportedThreatClaim, text)]).toContain(id);
  });
});
