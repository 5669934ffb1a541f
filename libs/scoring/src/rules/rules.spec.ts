import { ALARMISM_SIGNAL_IDS, GRADE_SIGNAL_IDS, SIGNAL_IDS, SOURCING_SIGNAL_IDS } from '@auditor/vocabulary';
import rubricData from '../../rubric/rubric.json';
import { scoreDocument } from '../index';
import { ScoreName } from '../rubric';
import { alarmismCritique, CRITIQUE, RULES } from './index';
import { FactsOptions, factsFor, rubric } from './testing/facts';

const DECLARED = [...RULES, CRITIQUE];
const declared = (score: ScoreName, what: 'weights' | 'signals') =>
  new Set<string>(DECLARED.filter((r) => r.score === score).flatMap((r) => [...r[what]]));
const sorted = (xs: Iterable<string>) => [...xs].sort();

/** Sentences that between them fire every signal a rule declares. */
const BANK: Array<[string, FactsOptions?]> = [
  [
    'The ministry said 400 fighters crossed the border on 12 March 2011.',
    { source: { name: 'the ministry of defence', type: 'official', named: true } },
  ],
  ['Reports say the road is open.', { source: { name: 'Reports', type: 'anonymous', named: false } }],
  ['Officials said the road is open.', { source: { name: 'Officials', type: 'official', named: false } }],
  ['The group has thousands of members.'],
  ['The group has thousands of members.', { outletType: 'military' }],
  ['Court records show that the men were tried in 2012.'],
  ['The border is 2,387 km long.', { references: ['1'] }],
  [
    'The militants allegedly crossed the border, officials claim.',
    { source: { name: 'officials', type: 'official', named: false } },
  ],
  ['Many scholars regard the treaty as a turning point.'],
  ['The IMU posted a video of the ambush on a jihadi forum.', { outletType: 'media' }],
  ['Among the dead were two Uzbeks and one Kyrgyz.'],
  ['Terror networks are spreading across the region.'],
  ['An estimated 2,000 fighters are in the valley.', { others: ['Only 600 fighters are in the valley.'] }],
  ['The valley is a hotbed of militancy, a dangerous and growing menace that is escalating utterly out of control.'],
  ['The absurd and heroic claims are extremely grave.'],
  ['The IMU is planning attacks on Central Asia and is recruiting ever more fighters.'],
  ['It is a matter of certainty that they will strike throughout the region.'],
  ['Their savagery and hysteria were despicable, the deadliest ever, and nobody will ever forget it!'],
  ['The militants could kill thousands of people.'],
  ['The threat seems low and there is no evidence of a dangerous hotbed, though it may be growing.'],
  ['Such exaggerated alarmism about a dangerous hotbed is blown out of proportion.'],
];

describe('what rules declare', () => {
  it.each<ScoreName>(['sourcingQuality', 'alarmism'])(
    'every %s weight in rubric.json is declared by a rule, and every declared weight is in rubric.json',
    (score) => {
      expect(sorted(declared(score, 'weights'))).toEqual(sorted(Object.keys(rubricData[score].weights)));
      expect(sorted(declared(score, 'weights'))).toEqual(sorted(Object.keys(rubric()[score].weights)));
    },
  );

  it("declares exactly the vocabulary's signal ids, each under the score it feeds", () => {
    expect(sorted(declared('sourcingQuality', 'signals'))).toEqual(sorted(SOURCING_SIGNAL_IDS));
    expect(sorted(declared('alarmism', 'signals'))).toEqual(sorted(ALARMISM_SIGNAL_IDS));
    expect(new Set(SIGNAL_IDS).size).toBe(SIGNAL_IDS.length);
  });

  it('keeps rule ids unique', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  it('emits only the signal ids a rule declares, and every declared id fires on some sentence', () => {
    const seen = new Set<string>();
    for (const [text, opts] of BANK) {
      const f = factsFor(text, opts);
      const all = [];
      for (const r of RULES) {
        const out = r.apply(f, rubric());
        for (const s of out) {
          expect({ rule: r.id, id: s.id, declared: r.signals.includes(s.id) }).toEqual({
            rule: r.id,
            id: s.id,
            declared: true,
          });
          expect(s.score).toBe(r.score);
          seen.add(s.id);
        }
        all.push(...out);
      }
      for (const s of alarmismCritique(f, rubric(), all)) {
        expect(CRITIQUE.signals).toContain(s.id);
        seen.add(s.id);
      }
    }
    expect(sorted(seen)).toEqual(sorted(DECLARED.flatMap((r) => [...r.signals])));
  });

  it("the scorer adds only the grade signals on top of the rules'", () => {
    const ids = new Set(
      scoreDocument(BANK.map(([t]) => t).join(' ')).assertions.flatMap((a) => a.signals.map((s) => s.id)),
    );
    for (const id of GRADE_SIGNAL_IDS) expect(ids).toContain(id);
    for (const id of ids) expect(SIGNAL_IDS).toContain(id);
  });
});
