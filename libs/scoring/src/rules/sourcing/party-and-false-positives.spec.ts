import { factsFor, FactsOptions, rubric } from '../testing/facts';
import { Rule } from '../rule';
import { ownVoice } from './own-voice';
import { insurgentMaterial } from './insurgent-material';
import { ethnicLabels } from './ethnic-labels';
import { evidenceCited } from './evidence-cited';
import { catchAllLabels } from './catch-all-labels';
import { appropriateHedging } from './appropriate-hedging';
import { figureOrigin } from './figure-origin';

// Invented sentences: each pair shows the case a rule must catch beside the near miss it must not.
const run = (rule: Rule, text: string, opts?: FactsOptions) => rule.apply(factsFor(text, opts), rubric());
const ids = (rule: Rule, text: string, opts?: FactsOptions) => run(rule, text, opts).map((s) => s.id);
const reason = (rule: Rule, text: string, opts?: FactsOptions) => run(rule, text, opts)[0]?.reason;

describe('own voice: party or not', () => {
  const claim = 'The brigade cleared three villages near Baghlan on Tuesday.';
  it('treats a party outlet speaking for itself as its own account, and any other outlet as an undisclosed origin', () => {
    for (const outletType of ['military', 'official', 'insurgent'] as const)
      expect(ids(ownVoice, claim, { outletType })).toEqual(['party-own-account']);
    for (const outletType of ['media', 'independent', undefined] as const)
      expect(ids(ownVoice, claim, { outletType })).toEqual(['own-voice-claim']);
  });
  it('penalises the undisclosed origin more than the party speaking for itself', () => {
    const w = rubric().sourcingQuality.weights;
    expect(w['own-voice-claim']).toBeLessThan(w['party-own-account']);
    expect(w['party-own-account']).toBeLessThan(0);
  });
  it('says which case applied', () => {
    expect(reason(ownVoice, claim, { outletType: 'military' })).toMatch(/military outlet's own account: a party/);
    expect(reason(ownVoice, claim, { outletType: 'media' })).toMatch(/media outlet, not a party/);
  });
});

describe('insurgent material taken at face value', () => {
  it('still fires on insurgent publications relayed without distance', () => {
    expect(
      ids(insurgentMaterial, 'The IMU posted a video of the ambush on a jihadi forum.', { outletType: 'media' }),
    ).toEqual(['insurgent-material-face-value']);
    expect(
      ids(insurgentMaterial, 'A statement released by the Taliban on Telegram named the bombers.', {
        outletType: 'independent',
      }),
    ).toEqual(['insurgent-material-face-value']);
    expect(
      ids(insurgentMaterial, 'A spokesman said in a video that the convoy was destroyed.', {
        outletType: 'media',
        source: { name: 'A Taliban spokesman', type: 'insurgent', named: false },
      }),
    ).toEqual(['insurgent-material-face-value']);
  });
  it('does not fire on a state announcing something about the insurgents', () => {
    expect(
      ids(insurgentMaterial, 'In March, Turkmenistan announced new talks with the Taliban on a gas pipeline.', {
        outletType: 'independent',
      }),
    ).toEqual([]);
    expect(
      ids(insurgentMaterial, 'The Taliban takeover of the district was announced by the provincial governor.', {
        outletType: 'media',
      }),
    ).toEqual([]);
  });
  it('does not fire on material a party other than the insurgents reports', () => {
    expect(
      ids(insurgentMaterial, 'The IMU posted a video of the ambush on a jihadi forum.', { outletType: 'military' }),
    ).toEqual([]);
    expect(
      ids(insurgentMaterial, 'The IMU posted a video of the ambush.', {
        outletType: 'media',
        source: { name: 'the defence ministry', type: 'official', named: true },
      }),
    ).toEqual([]);
  });
  it('does not fire on seized, found or recovered material', () => {
    expect(
      ids(insurgentMaterial, 'Police found a Taliban night letter pinned to the mosque door.', { outletType: 'media' }),
    ).toEqual([]);
    expect(
      ids(insurgentMaterial, 'Taliban propaganda videos were seized at the house.', { outletType: 'media' }),
    ).toEqual([]);
  });
  it('does not fire on a scare-quoted word', () => {
    expect(
      ids(insurgentMaterial, 'The IMU published a list of 40 ‘martyrs’ last winter.', { outletType: 'independent' }),
    ).toEqual([]);
  });
  it('quotes the words that fired, not the lexicon entry', () => {
    expect(
      reason(insurgentMaterial, 'The Taliban Claimed Responsibility in a message.', { outletType: 'media' }),
    ).toMatch(/"Claimed Responsibility"/);
  });
});

describe('ethnic labels as identification', () => {
  it('still fires on a label identifying the dead or detained', () => {
    expect(ids(ethnicLabels, 'Three Tajiks were among the men detained at the crossing.')).toEqual([
      'ethnic-label-identification',
    ]);
    // A hedge about something else does not lift it.
    expect(ids(ethnicLabels, 'The detained Uzbeks could face trial next month.')).toEqual([
      'ethnic-label-identification',
    ]);
  });
  it('does not fire on a sentence that questions such labels', () => {
    expect(ids(ethnicLabels, 'Labels such as Uzbek or Chechen for the killed men are misleading.')).toEqual([]);
    expect(ids(ethnicLabels, 'Whether the dead can be tied to any ethnic group is questionable.')).toEqual([]);
    expect(ids(ethnicLabels, 'Police identified the bodies as “two Kazakhs” without any papers.')).toEqual([]);
    // rubric 2.3.23: the British spelling of the verb of labelling
    expect(ids(ethnicLabels, 'Officials categorised the dead men as Uzbeks without checking.')).toEqual([]);
  });
  it('does not read a national adjective on a state body as the identity of the detained', () => {
    expect(ids(ethnicLabels, 'Kyrgyz border guards detained five smugglers near Batken.')).toEqual([]);
    expect(ids(ethnicLabels, 'Uzbek authorities arrested a cell of twelve men.')).toEqual([]);
    expect(ids(ethnicLabels, 'The Kazakh Border Service detained five men at the crossing.')).toEqual([]);
  });
  it('does not read a label inside the attribution’s source as the identity of the dead', () => {
    const source = { name: 'The Tajik Interior Ministry', type: 'official' as const, named: true };
    const text = 'The Tajik Interior Ministry said two men were killed at the crossing.';
    expect(ids(ethnicLabels, text, { source })).toEqual([]);
    expect(ids(ethnicLabels, 'Two Tajiks were killed at the crossing, the ministry said.')).toEqual([
      'ethnic-label-identification',
    ]);
  });
  it('reads "foreign" as a label only in "foreigners" and "foreign fighters"', () => {
    expect(ids(ethnicLabels, 'Two foreign aid workers were killed when the convoy was hit.')).toEqual([]);
    expect(ids(ethnicLabels, 'The bodies of two foreigners were found near the pass.')).toEqual([
      'ethnic-label-identification',
    ]);
  });
  it('reads "Arab" as a label, not the language "Arabic"', () => {
    expect(ids(ethnicLabels, 'Two Arabs were among the men detained at the crossing.')).toEqual([
      'ethnic-label-identification',
    ]);
    expect(ids(ethnicLabels, 'The men detained at the crossing spoke Arabic.')).toEqual([]);
  });
  it('does not take "categorically" for a word questioning the label', () => {
    expect(ids(ethnicLabels, 'Police categorically identified the dead as Uzbeks.')).toEqual([
      'ethnic-label-identification',
    ]);
  });
  it('quotes the words that fired', () => {
    expect(reason(ethnicLabels, 'Three Tajiks were among the men detained.')).toBe(
      'ethnic/national label ("Tajiks") used to identify the detained',
    );
  });
});

describe('catch-all labels', () => {
  it('counts a catch-all label applied as identification', () => {
    expect(ids(catchAllLabels, 'Security forces killed five extremists near the border.')).toEqual(['catch-all-label']);
  });
  it('does not count one a sentence mentions to question labelling', () => {
    expect(ids(catchAllLabels, 'The authorities routinely label government critics as extremists.')).toEqual([]);
    expect(ids(catchAllLabels, 'The term “extremists” is applied to anyone who prays at home.')).toEqual([]);
  });
  it('is not put off by "in terms of" or "a new brand of"', () => {
    expect(ids(catchAllLabels, 'In terms of numbers, the extremists were few.')).toEqual(['catch-all-label']);
    expect(ids(catchAllLabels, 'A new brand of extremists has emerged in the valley.')).toEqual(['catch-all-label']);
  });
});

describe('evidence means evidence', () => {
  it('does not take the verb "witness" or a vague "report" for evidence', () => {
    expect(ids(evidenceCited, 'We are witnessing a surge of recruitment in the valley.')).toEqual([]);
    expect(ids(evidenceCited, 'Intelligence reports led the patrol to the compound.')).toEqual([]);
    expect(ids(evidenceCited, 'The district saw a record number of attacks.')).toEqual([]);
  });
  it('does not take the one interview a source gave for testimony gathered as evidence', () => {
    expect(
      ids(evidenceCited, 'In an interview with Radio Ozodi, the former commander said the valley was quiet.'),
    ).toEqual([]);
    expect(ids(evidenceCited, 'Interviews with forty residents describe the raid in detail.')).toEqual([
      'evidence-cited',
    ]);
    expect(ids(evidenceCited, 'The patrol detained the man after interviewing residents.')).toEqual(['evidence-cited']);
  });
  it('still credits testimony, records and footage', () => {
    expect(reason(evidenceCited, 'Three witnesses described the raid to the court.')).toBe(
      'cites evidence ("witnesses")',
    );
    expect(ids(evidenceCited, 'Court Records show the men were tried in 2012.')).toEqual(['evidence-cited']);
  });
});

describe('reasons quote the text', () => {
  it('shows the sentence’s own words and case', () => {
    expect(reason(evidenceCited, 'Court Records show the men were tried in 2012.')).toBe(
      'cites evidence ("Court Records")',
    );
    expect(reason(catchAllLabels, 'Terror Networks are spreading across the north.')).toBe(
      'catch-all label ("Terror Networks") instead of an identified group',
    );
    expect(
      reason(appropriateHedging, 'The commander was Reportedly killed.', {
        source: { name: 'ISAF', type: 'military', named: true },
      }),
    ).toBe('unverified claim is hedged ("Reportedly")');
    expect(reason(figureOrigin, 'There are 3,000 Uzbeks in Waziristan.')).toBe(
      'figure "3,000 Uzbeks" given without its origin',
    );
  });
});
