import { factsFor, rubric } from '../testing/facts';
import { Rule } from '../rule';
import { threatVocabulary } from './threat-vocabulary';
import { futureCertainty } from './future-certainty';
import { largeNumbers } from './large-numbers';
import { sweepingGeneralisation } from './sweeping-generalisation';
import { negativity } from './negativity';
import { deEscalation } from './de-escalation';
import { unsupportedThreatClaim } from './unsupported-threat-claim';
import { alarmismCritique } from './alarmism-critique';

const apply = (rule: Rule, ...args: Parameters<typeof factsFor>) => rule.apply(factsFor(...args), rubric());
const ids = (rule: Rule, ...args: Parameters<typeof factsFor>) => apply(rule, ...args).map((s) => s.id);
const total = (rule: Rule, ...args: Parameters<typeof factsFor>) =>
  apply(rule, ...args).reduce((s, x) => s + x.weight, 0);

describe('alarmism rules', () => {
  it('scores the natural-disaster and fire images of a threat', () => {
    expect(ids(threatVocabulary, 'The valley is a volcano of militancy.')).toContain('threat-metaphor');
    expect(ids(threatVocabulary, 'A tsunami of extremism is coming.')).toContain('threat-metaphor');
    expect(ids(threatVocabulary, 'The flames of jihad are spreading north.')).toContain('threat-metaphor');
    expect(ids(threatVocabulary, 'Extremism is spreading like wildfire through the valley.')).toContain(
      'threat-metaphor',
    );
  });

  it('matches words whose Porter stem is shared by unrelated words only as themselves', () => {
    // "compared" is no "comparatively"; "stage", "integrity" and "extremely" claim and name nothing
    expect(ids(deEscalation, 'A ruthless and deadly menace is growing, compared with last year.')).toEqual([]);
    expect(ids(deEscalation, 'A ruthless and deadly menace is growing, though comparatively small.')).toContain(
      'de-escalation',
    );
    for (const calm of [
      'At this stage the militants control the valley.',
      'The integrity of the militants is in question.',
      'Extremely cold winters are expanding across the north.',
    ])
      expect(ids(unsupportedThreatClaim, calm)).toEqual([]);
    for (const claim of [
      'The militants are staging attacks from the valley.',
      'The militants have integrated into local society.',
      'Extremists are expanding across the north.',
    ])
      expect(ids(unsupportedThreatClaim, claim)).toEqual(['unsupported-threat-claim']);
  });

  it('reads "fertile" as a metaphor only as the word itself, not fertilizer or fertility', () => {
    expect(ids(threatVocabulary, 'The camps are fertile ground for recruiters.')).toContain('threat-metaphor');
    expect(ids(threatVocabulary, 'The patrol found 200 kilograms of fertilizer in the shed.')).not.toContain(
      'threat-metaphor',
    );
  });

  it('reads "disturbing" and "alarming" as emphasis, not "a disturbance" or the critique\'s "alarmism"', () => {
    expect(ids(threatVocabulary, 'The footage from the border post is deeply disturbing.')).toContain(
      'threat-emphasis',
    );
    expect(ids(threatVocabulary, 'The reports alarmed officials in the capital.')).toContain('threat-emphasis');
    expect(ids(threatVocabulary, 'Police broke up a disturbance outside the bazaar.')).not.toContain('threat-emphasis');
    expect(ids(threatVocabulary, 'Such alarmism serves the governments of the region.')).not.toContain(
      'threat-emphasis',
    );
  });

  it('reads a threat word denied through a noun of evidence as denied ("no sign of an imminent offensive")', () => {
    expect(ids(threatVocabulary, 'There is no sign of an imminent offensive.')).not.toContain('threat-emphasis');
    expect(ids(threatVocabulary, 'The army has not seen any sign of an imminent attack.')).not.toContain(
      'threat-emphasis',
    );
    expect(ids(threatVocabulary, 'There are signs of an imminent offensive.')).toContain('threat-emphasis');
  });

  it('reads a group’s stated aim as the writer’s threat claim, not the force’s own planning', () => {
    expect(ids(unsupportedThreatClaim, 'The IMU plans to launch attacks in Tajikistan.')).toEqual([
      'unsupported-threat-claim',
    ]);
    expect(
      ids(unsupportedThreatClaim, 'After careful planning to avoid harm to civilians, the insurgent was detained.'),
    ).toEqual([]);
  });

  it('reads readiness and the infinitive of striking beside a threat actor as a claim of intent', () => {
    expect(ids(unsupportedThreatClaim, 'Hundreds of jihadists are poised to cross into the valley.')).toEqual([
      'unsupported-threat-claim',
    ]);
    expect(ids(unsupportedThreatClaim, 'The militants are waiting for the right moment to strike.')).toEqual([
      'unsupported-threat-claim',
    ]);
    expect(ids(unsupportedThreatClaim, 'The ministry is poised to approve the new budget.')).toEqual([]);
    expect(ids(unsupportedThreatClaim, 'Thousands of jihadists are massing on the southern border.')).toEqual([
      'unsupported-threat-claim',
    ]);
    expect(ids(unsupportedThreatClaim, 'Militants dug mass graves near the village.')).toEqual([]);
    // presence in force beside "massing" (rubric 2.3.24)
    expect(ids(unsupportedThreatClaim, 'There is a steady build-up of insurgents along the river.')).toEqual([
      'unsupported-threat-claim',
    ]);
    expect(ids(unsupportedThreatClaim, 'The jihadists have amassed near the pass.')).toEqual([
      'unsupported-threat-claim',
    ]);
    expect(ids(unsupportedThreatClaim, 'A buildup of silt has closed the river port.')).toEqual([]);
  });

  it('does not take the verb "militate" for militants', () => {
    expect(ids(unsupportedThreatClaim, 'Militants are expanding across the north.')).toEqual([
      'unsupported-threat-claim',
    ]);
    expect(ids(unsupportedThreatClaim, 'Poverty militates against expanding trade across the north.')).toEqual([]);
  });

  it('scores threat metaphors strongly and caps stacked emphasis words', () => {
    expect(ids(threatVocabulary, 'The valley has become a hotbed of militancy.')).toContain('threat-metaphor');
    expect(ids(threatVocabulary, 'The province is infested with fighters.')).toContain('threat-metaphor');
    const w = rubric().alarmism.weights;
    const emphasis = apply(threatVocabulary, 'A dangerous, deadly, lethal, brutal and ruthless menace.').filter(
      (s) => s.id === 'threat-emphasis',
    );
    expect(emphasis.reduce((s, x) => s + x.weight, 0)).toBe(w['threat-emphasis-max']);
    // Past the cap the words are still listed, at weight 0, so their count stays visible.
    expect(emphasis.length).toBeGreaterThan(3);
    expect(ids(threatVocabulary, 'The delegation discussed trade and water.')).toEqual([]);
  });

  it('scores certainty about future threats', () => {
    expect(ids(futureCertainty, 'It is a matter of certainty that Europe will be attacked.')).toEqual([
      'future-certainty',
    ]);
    expect(ids(futureCertainty, 'The attackers will surely strike again.')).toEqual(['future-certainty']);
    expect(ids(futureCertainty, 'Whether this will ever happen cannot be predicted.')).toEqual([]);
    // a group named in full is a threat actor as its acronym is (rubric 2.3.24)
    expect(ids(futureCertainty, 'Make no mistake: the Islamic Movement of Uzbekistan will be back.')).toEqual([
      'future-certainty',
    ]);
    expect(ids(futureCertainty, 'Make no mistake: the trade union will be back.')).toEqual([]);
  });

  it('scores large unsourced head-counts, not sourced or hedged ones', () => {
    expect(ids(largeNumbers, 'There are 5,000 militants in the north.')).toEqual(['large-unsourced-number']);
    expect(ids(largeNumbers, 'There are reportedly 5,000 militants in the north.')).toEqual([]);
    expect(
      ids(largeNumbers, 'There are 5,000 militants in the north.', {
        source: { name: 'UN', type: 'official', named: true },
      }),
    ).toEqual([]);
    expect(ids(largeNumbers, 'There are 40 militants in the village.')).toEqual([]);
  });

  it('does not count a threat named only as the opponent ("against", "to fight") for growth words (rubric 2.3.24)', () => {
    const own = 'The border guards show growing skill in the campaign against militant cells.';
    expect(ids(threatVocabulary, own)).not.toContain('threat-emphasis');
    expect(ids(unsupportedThreatClaim, own)).toEqual([]);
    expect(ids(threatVocabulary, 'The border guards have a growing ability to fight the insurgents.')).not.toContain(
      'threat-emphasis',
    );
    // the actor's own growth still counts, whatever else the sentence opposes
    expect(ids(threatVocabulary, 'The militant cells show growing skill against the border guards.')).toContain(
      'threat-emphasis',
    );
  });

  it('reads growth words as threat emphasis only where the sentence names a threat', () => {
    expect(ids(threatVocabulary, 'The IMU is growing stronger in the north.')).toContain('threat-emphasis');
    expect(ids(threatVocabulary, 'The threat is increasingly felt in the valley.')).toContain('threat-emphasis');
    expect(ids(threatVocabulary, 'Trade across the bridge is growing every year.')).not.toContain('threat-emphasis');
    expect(ids(threatVocabulary, 'Voters increasingly favour the opposition candidate.')).not.toContain(
      'threat-emphasis',
    );
  });

  it('gives no threat a scale with a count of a state’s forces or of civilians', () => {
    expect(ids(largeNumbers, 'The base houses some 7,000 soldiers.')).toEqual([]);
    expect(ids(largeNumbers, 'More than 20,000 refugees crossed the river.')).toEqual([]);
    expect(ids(largeNumbers, 'The group has some 7,000 fighters.')).toEqual(['large-unsourced-number']);
  });

  it('scores sweeping generalisations', () => {
    expect(ids(sweepingGeneralisation, 'Extremism is spreading throughout the region.')).toEqual([
      'sweeping-generalisation',
    ]);
    expect(ids(sweepingGeneralisation, 'Two men were arrested in Osh.')).toEqual([]);
    // "the region's" is an exact entry: the possessive, not every mention of "the region".
    expect(ids(sweepingGeneralisation, "The region's young men are all radicalised.")).toEqual([
      'sweeping-generalisation',
    ]);
    expect(ids(sweepingGeneralisation, 'Two men were arrested in the region.')).toEqual([]);
  });

  it('uses AFINN negativity as a bounded signal', () => {
    const w = rubric().alarmism.weights;
    const t = total(negativity, 'Terrorists kill, destroy and terrorize; horrific, brutal, evil carnage.');
    expect(t).toBeGreaterThan(0);
    expect(t).toBeLessThanOrEqual(w['negativity-max']);
    expect(ids(negativity, 'The delegation signed a trade agreement.')).toEqual([]);
  });

  it('lowers alarmism for hedges and de-escalating qualifiers, but only where there is alarm to lower', () => {
    expect(total(deEscalation, 'The growing menace of cross-border attacks seems low.')).toBeLessThan(0);
    expect(ids(deEscalation, 'The dangerous IMU presence in the north is, in truth, minimal.')).toContain(
      'de-escalation',
    );
    // Denied outright, the danger raises no alarm for a qualifier to lower.
    expect(ids(deEscalation, 'There is no evidence of a dangerous IMU presence.')).toEqual([]);
    expect(ids(deEscalation, 'The likelihood of attacks seems low.')).toEqual([]);
    expect(ids(deEscalation, 'The IMU is present in the north.')).toEqual([]);
  });

  it('scores an unhedged threat claim without evidence, not a hedged or evidenced one', () => {
    expect(ids(unsupportedThreatClaim, 'The IMU runs training camps in Kunduz.')).toEqual(['unsupported-threat-claim']);
    expect(ids(unsupportedThreatClaim, 'The IMU allegedly runs training camps in Kunduz.')).toEqual([]);
    expect(ids(unsupportedThreatClaim, 'Video footage shows IMU training camps in Kunduz.')).toEqual([]);
  });

  it('reads "pose" with its object as a threat claim, but not a disguise, a denied threat or a relative clause', () => {
    expect(ids(unsupportedThreatClaim, 'The IJU poses a direct threat to Kyrgyzstan.')).toEqual([
      'unsupported-threat-claim',
    ]);
    expect(ids(unsupportedThreatClaim, 'Militants pose a risk to every border post.')).toEqual([
      'unsupported-threat-claim',
    ]);
    expect(ids(unsupportedThreatClaim, 'Three militants posing as border guards were held.')).toEqual([]);
    expect(ids(unsupportedThreatClaim, 'The IJU poses little danger to Kyrgyzstan.')).toEqual([]);
    expect(ids(unsupportedThreatClaim, 'The IJU does not pose a threat to Kyrgyzstan.')).toEqual([]);
    expect(ids(unsupportedThreatClaim, 'Scholars disagree on the danger the militants pose to Osh.')).toEqual([]);
  });

  it('reads a haven for the movement as a threat claim, and "jihad" as its actor', () => {
    expect(ids(unsupportedThreatClaim, 'The gorge is now a haven for jihad in the north.')).toEqual([
      'unsupported-threat-claim',
    ]);
    expect(ids(unsupportedThreatClaim, 'The lake is a haven for migrating birds.')).toEqual([]);
  });

  it('reads a role ascribed to one person as a profile, not a group’s threat claim', () => {
    expect(ids(unsupportedThreatClaim, 'He was responsible for recruiting fighters for the IJU.')).toEqual([]);
    expect(ids(unsupportedThreatClaim, 'The financier is in charge of training Taliban recruits.')).toEqual([]);
    expect(ids(unsupportedThreatClaim, 'The IJU is responsible for recruiting fighters in Osh.')).toEqual([
      'unsupported-threat-claim',
    ]);
    expect(ids(unsupportedThreatClaim, 'The network is responsible for training Taliban recruits.')).toEqual([
      'unsupported-threat-claim',
    ]);
  });

  it('reads a sentence about one person, opening with that person, as a profile', () => {
    expect(ids(unsupportedThreatClaim, 'Additionally, he trains fighters for the IJU.')).toEqual([]);
    expect(ids(unsupportedThreatClaim, 'The IJU financier recruits fighters in Osh.')).toEqual([]);
    expect(ids(unsupportedThreatClaim, 'The IJU recruits fighters in Osh.')).toEqual(['unsupported-threat-claim']);
    expect(ids(unsupportedThreatClaim, 'The IJU network recruits fighters in Osh.')).toEqual([
      'unsupported-threat-claim',
    ]);
    expect(ids(unsupportedThreatClaim, 'The militants recruit fighters in Osh.')).toEqual(['unsupported-threat-claim']);
  });

  it('reads the rules-of-engagement "hostile intent" and a search for activity as an operation, not a claim', () => {
    expect(ids(unsupportedThreatClaim, 'Two IJU fighters displayed hostile intent at the checkpoint.')).toEqual([]);
    expect(ids(unsupportedThreatClaim, 'The patrol searched the village for IJU activity in the area.')).toEqual([]);
    expect(ids(unsupportedThreatClaim, 'The IJU has a clear intent to strike Osh.')).toEqual([
      'unsupported-threat-claim',
    ]);
  });

  it('reads a state or coalition force as the subject of an activity verb, past an auxiliary', () => {
    expect(ids(unsupportedThreatClaim, 'A coalition patrol operating in the district observed IMU militants.')).toEqual(
      [],
    );
    expect(
      ids(
        unsupportedThreatClaim,
        'As the joint security force was preparing to depart, IMU militants approached the gate.',
      ),
    ).toEqual([]);
    expect(ids(unsupportedThreatClaim, 'IJU fighters are preparing to strike Osh.')).toEqual([
      'unsupported-threat-claim',
    ]);
  });

  it('reads a claim inside "reports of" as relayed, not asserted', () => {
    expect(ids(unsupportedThreatClaim, 'The patrol had reports of IJU recruiting in the valley.')).toEqual([]);
    expect(ids(unsupportedThreatClaim, 'The IJU is recruiting in the valley.')).toEqual(['unsupported-threat-claim']);
  });

  it.each([
    'Talk of IJU fighters massing on the border has never been backed by evidence.',
    'Every spring brings a new claim about jihadist infiltration from the south.',
    'Stories about militants training in the hills circulate every spring.',
    'Speculation of an IMU comeback filled the local papers.',
  ])('reads a claim after talk, a story or speculation "of" or "about" it as relayed: "%s"', (text) => {
    expect(ids(unsupportedThreatClaim, text)).toEqual([]);
  });

  it('still reads the claim as asserted where "talk" is not its noun of communication', () => {
    expect(ids(unsupportedThreatClaim, 'The talks failed and militants are training in the hills.')).toEqual([
      'unsupported-threat-claim',
    ]);
  });

  it('cancels the threat words of a sentence that criticises alarmism', () => {
    const f = factsFor('Officials exaggerate the dangerous, deadly menace of a hotbed of terror.');
    const others = threatVocabulary.apply(f, rubric());
    const added = others.reduce((s, x) => s + x.weight, 0);
    const critique = alarmismCritique(f, rubric(), others);
    expect(critique.map((s) => s.id)).toEqual(['alarmism-critique']);
    expect(added + critique[0].weight).toBeLessThanOrEqual(0);
    expect(alarmismCritique(factsFor('The valley is a hotbed of militancy.'), rubric(), others)).toEqual([]);
  });
});
