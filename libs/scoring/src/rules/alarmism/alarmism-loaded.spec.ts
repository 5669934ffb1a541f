import { factsFor, rubric } from '../testing/facts';
import { Rule } from '../rule';
import { deEscalation } from './de-escalation';
import { emotiveWords } from './emotive-words';
import { loadedWords } from './loaded-words';
import { negativity } from './negativity';
import { superlative } from './superlatives';
import { threatenedHarm } from './threatened-harm';
import { scoreDocument } from '../../index';

const signals = (rule: Rule, ...args: Parameters<typeof factsFor>) => rule.apply(factsFor(...args), rubric());
const ids = (rule: Rule, ...args: Parameters<typeof factsFor>) => signals(rule, ...args).map((s) => s.id);

describe('loaded words neither AFINN nor VADER rates (ML-SentiCon, graded)', () => {
  it.each([
    ['The mayor called the levy a despicable betrayal of the valley.', 'despicable'],
    ['Critics dismissed the scurrilous pamphlet as gossip.', 'scurrilous'],
    ['Gangs of thugs roamed the bazaar after dark.', 'thugs'],
    ['The audit found the tender was bogus from the start.', 'bogus'],
  ])('%s → "%s"', (text, word) => {
    const s = signals(loadedWords, text);
    expect(s.map((x) => x.id)).toEqual(['loaded-word']);
    expect(s[0].reason).toContain(`"${word}"`);
    expect(s[0].weight).toBeGreaterThan(0);
  });

  it('leaves out plural-only senses: "insurgent elements" and "the names on the list" are not loaded', () => {
    expect(ids(loadedWords, 'Insurgent elements fired on the checkpoint from the orchard.')).toEqual([]);
    expect(ids(loadedWords, 'The names on the list were read out at the shura.')).toEqual([]);
  });

  it('weighs a word by its polarity: a -1 word counts twice a -0.5 word', () => {
    const strong = signals(loadedWords, 'The ruling was despicable.')[0];
    const mild = signals(loadedWords, 'The rhetoric was demonic.')[0];
    expect(strong.weight).toBeCloseTo(2 * mild.weight, 5);
    expect(strong.reason).toContain('SentiCon -1');
  });

  it.each([
    // rare senses of common words are out: the tagger's lexicon says 'despite' is a preposition, 'fell' a verb
    'Despite the rain the market opened and prices fell.',
    'The committee found the repairs necessary and essential.',
    // AFINN and VADER words belong to negativity and emotive-word, not counted twice
    'The horrible weather caused agony for the farmers.',
    // a negated word does not count
    'The charges were not bogus.',
    'The delegation signed a water-sharing agreement in the capital.',
  ])('no loaded word in: %s', (text) => expect(ids(loadedWords, text)).toEqual([]));

  it('lists words past the cap at weight 0, so the count stays visible', () => {
    const s = signals(loadedWords, 'A despicable, scurrilous, bogus and treacherous carnage of thugs.');
    expect(s.length).toBeGreaterThan(3);
    expect(s.reduce((t, x) => t + x.weight, 0)).toBeCloseTo(rubric().alarmism.weights['loaded-word-max'], 5);
    expect(s.some((x) => x.weight === 0 && /over the cap/.test(x.reason))).toBe(true);
  });

  it('quotes the text as written', () => {
    expect(signals(loadedWords, 'A DESPICABLE ruling.')[0].reason).toContain('"DESPICABLE"');
  });
});

describe('superlatives (closed class, Brill lexicon JJS/RBS)', () => {
  it.each([
    ['It was the deadliest week the province has known.', 'deadliest'],
    ['Officials called it the strongest storm of the century.', 'strongest'],
    ['This is the biggest scandal of the decade.', 'biggest'],
  ])('%s → "%s"', (text, word) => {
    const s = signals(superlative, text);
    expect(s.map((x) => x.id)).toEqual(['superlative']);
    expect(s[0].reason).toContain(`"${word}"`);
    expect(s[0].weight).toBeGreaterThan(0);
  });

  it.each([
    // superlatives of time, age and position order things, they do not exaggerate
    'The latest report reached the nearest village on Monday.',
    'Her eldest son runs the oldest shop in town.',
    // quantifiers, not superlatives
    'Most of the fighters left; at least ten stayed.',
    // a negated superlative is no claim of the most
    'It was not the biggest convoy of the year.',
    // an evaluative adjective gives its reason there, not twice
    'Officials called it the greatest danger to the republic.',
    // "at" with a bare superlative caps a claim
    "The estimate of the militia's size is at best a rough guess.",
  ])('no superlative in: %s', (text) => expect(ids(superlative, text)).toEqual([]));

  it.each([
    ['The smuggling ring is bolder than ever.', 'bolder than ever'],
    ['The valley road is more perilous than ever before.', 'more perilous than ever'],
    ['The cell is larger than any other faction in the district.', 'larger than any other'],
  ])('reads a comparative against a universal standard as a superlative (rubric 2.3.24): %s', (text, quoted) => {
    const s = signals(superlative, text);
    expect(s.map((x) => x.id)).toEqual(['superlative']);
    expect(s[0].reason).toContain(`"${quoted}"`);
  });

  it.each([
    'Now more than ever the villages need clinics.',
    'A deal looks less likely than ever.',
    'They chose talks rather than ever fighting again.',
    'Did any of the envoys ever visit?',
    'The new bridge is wider than any we have.',
  ])('no universal comparison in: %s', (text) => expect(ids(superlative, text)).toEqual([]));

  it.each(['The cell is the most violent faction in the valley.', 'It is the ministry’s most alarming report yet.'])(
    'reads the periphrastic superlative "the most" + adjective (rubric 2.3.23): %s',
    (text) => expect(ids(superlative, text)).toEqual(['superlative']),
  );

  it.each(['Most analysts doubt the figure.', 'The most recent raid was in May.', 'Of the three, it did the most.'])(
    'leaves "most" as a quantifier or a date alone: %s',
    (text) => expect(ids(superlative, text)).toEqual([]),
  );

  it('still ranks with a determiner after "at"', () => {
    expect(ids(superlative, 'The order came from the ministry at the highest level.')).toEqual(['superlative']);
  });

  it('caps the points and lists the rest at weight 0', () => {
    const s = signals(superlative, 'The biggest, deadliest and greatest threat of the boldest kind.');
    expect(s.reduce((t, x) => t + x.weight, 0)).toBe(rubric().alarmism.weights['superlative-max']);
    expect(s.some((x) => x.weight === 0)).toBe(true);
  });
});

describe('negation reaches three words back within the clause for negative wording', () => {
  it.each([
    { rule: negativity, text: 'The courier had never cheated his partners.' },
    { rule: negativity, text: 'The guards did not see anything suspicious.' },
    { rule: emotiveWords, text: 'The crowd was not at all agitated.' },
    { rule: loadedWords, text: 'The tender was not really bogus.' },
  ])('$rule.id: no signal in "$text"', ({ rule, text }) => expect(ids(rule, text)).toEqual([]));

  it.each([
    // the negation stays in its clause: a comma closes it
    { rule: negativity, text: 'He was never accused, but the trader cheated his partners.', id: 'negativity' },
    { rule: negativity, text: 'The courier cheated his partners.', id: 'negativity' },
    { rule: loadedWords, text: 'It was no surprise: the tender was bogus.', id: 'loaded-word' },
  ])('$rule.id: a signal in "$text"', ({ rule, text, id }) => expect(ids(rule, text)).toContain(id));
});

describe('harm threatened, not reported (Levin harm verbs after a modal or "to")', () => {
  it.each([
    ['The militia could destroy the dam within a week.', 'could destroy'],
    ['The gang seeks to kill anyone who talks to the press.', 'to kill'],
    ['Every shopkeeper will be attacked unless the levy is paid.', 'will be attacked'],
  ])('%s → "%s"', (text, words) => {
    const s = signals(threatenedHarm, text);
    expect(s.map((x) => x.id)).toEqual(['threatened-harm']);
    expect(s[0].reason).toContain(`"${words}"`);
    expect(s[0].weight).toBeGreaterThan(0);
  });

  it.each([
    // a report of what happened is the operations class, calm by itself
    'Two guards were killed when the convoy was attacked.',
    // procedural operation verbs are no harm verbs
    'Forces will continue to target the smuggling routes.',
    // 'to' before a gerund is a preposition
    'The raids led to killing and capture of couriers.',
    // a denied threat
    'The council said the militia will not attack the town.',
  ])('no threatened harm in: %s', (text) => expect(ids(threatenedHarm, text)).toEqual([]));

  it.each([
    ['The gunmen could soon overrun the valley.', 'could soon overrun'],
    ['The raiders will eventually destroy the crossing.', 'will eventually destroy'],
    ['The outpost may soon be attacked from the ridge.', 'may soon be attacked'],
  ])('passes over adverbs inside the verb group: %s → "%s"', (text, words) => {
    const s = signals(threatenedHarm, text);
    expect(s.map((x) => x.id)).toEqual(['threatened-harm']);
    expect(s[0].reason).toContain(`"${words}"`);
  });

  it('still finds no threat where a negator stands among the adverbs', () => {
    expect(ids(threatenedHarm, 'The gunmen will surely never attack the valley.')).toEqual([]);
  });

  it.each([
    'The recovered mortar rounds will be destroyed by army engineers.',
    'The patrol called in helicopters to attack the gunmen on the ridge.',
    'Coalition troops used a controlled charge to destroy the bomb.',
  ])('no threatened harm in a force’s own operation: %s', (text) => expect(ids(threatenedHarm, text)).toEqual([]));

  it.each([
    'Police arrested a courier whose cell was planning to attack the depot.',
    'The militants moved to attack the outpost as the soldiers withdrew.',
  ])('still finds the threat of a nearer actor: %s', (text) =>
    expect(ids(threatenedHarm, text)).toEqual(['threatened-harm']),
  );

  it('reads the speaker of a reported threat as no agent of it', () => {
    const [a] = scoreDocument('A police officer said the gang would kill anyone who testified.').assertions;
    expect(a.attribution?.cue).toBe('said');
    expect(a.signals.map((x) => x.id)).toContain('threatened-harm');
  });

  it('gives one signal per sentence however many threats it stacks', () => {
    expect(signals(threatenedHarm, 'They could kill, could burn and could destroy the village.')).toHaveLength(1);
  });
});

describe('a hedge softens loaded words and superlatives as it softens the other inflating signals', () => {
  it.each(['The tender was reportedly bogus.', 'It was allegedly the deadliest week of the year.'])('%s', (text) => {
    const s = signals(deEscalation, text);
    expect(s.map((x) => x.id)).toEqual(['hedge-distance']);
    expect(s[0].weight).toBeLessThan(0);
  });

  it('takes nothing from a hedged sentence with nothing inflated', () => {
    expect(signals(deEscalation, 'The tender was reportedly signed on Monday.')).toEqual([]);
  });
});
