import rubric from '../../../../libs/scoring/rubric/rubric.json';
import { ALARMISM_LABEL_FROM, alarmismLabel, labelledRow, type ReviewedAssertion } from './labelled-row';

const COLONEL = 'Colonel Ayesha Rahimi said 40 insurgents were killed in Kunduz.';
const base = (over: Partial<ReviewedAssertion> = {}): ReviewedAssertion => ({
  articleId: 'art',
  position: 4,
  start: 100,
  text: COLONEL,
  automatic: {
    provenance: 'official',
    alarmism: 20,
    hedged: false,
    signals: [
      { id: 'named-source', span: [100, 120] },
      { id: 'reference-marker', span: [100, 160] },
    ],
    attribution: {
      sourceText: 'Colonel Ayesha Rahimi',
      named: true,
      citedSourceId: '11111111-1111-4111-8111-111111111111',
    },
  },
  review: { decision: 'confirm', overrides: null },
  overrideSource: null,
  ...over,
});

describe('labelledRow', () => {
  it('writes exactly the fields of ../shared/eval rows, from the confirmed automatic values', () => {
    expect(labelledRow(base())).toEqual({
      doc: 'art',
      i: 5,
      text: COLONEL,
      kind: 'assertion',
      attributed: true,
      source: 'Colonel Ayesha Rahimi',
      sourceType: 'official',
      named: true,
      hedged: false,
      alarmism: 0,
      footnote: true,
    });
  });

  it('applies an override: provenance, hedged, alarmism and a move to another cited source', () => {
    const row = labelledRow(
      base({
        review: {
          decision: 'override',
          overrides: {
            provenance: 'military',
            hedged: true,
            alarmism: 80,
            attribution: { citedSourceId: '22222222-2222-4222-8222-222222222222' },
          },
        },
        overrideSource: { canonicalName: 'ISAF', named: true },
      }),
    )!;
    expect(row).toMatchObject({ sourceType: 'military', hedged: true, alarmism: 2, source: 'ISAF', named: true });
  });

  it('labels an override to unattributed with the null/false fields the guide asks for', () => {
    expect(
      labelledRow(base({ review: { decision: 'override', overrides: { provenance: 'unattributed' } } })),
    ).toMatchObject({
      attributed: false,
      source: null,
      sourceType: null,
      named: false,
    });
  });

  it('takes a vague source (no cited source) from its signal span, named false', () => {
    const text = 'Reports say hundreds of fighters gather.';
    const row = labelledRow(
      base({
        text,
        start: 0,
        automatic: {
          provenance: 'anonymous',
          alarmism: 50,
          hedged: false,
          signals: [{ id: 'anonymous-source', span: [0, 7] }],
          attribution: null,
        },
      }),
    )!;
    expect(row).toMatchObject({
      attributed: true,
      source: 'Reports',
      sourceType: 'anonymous',
      named: false,
      alarmism: 1,
      footnote: false,
    });
  });

  it('leaves dismissed assertions out: the label format has no "not an assertion" without its kind', () => {
    expect(labelledRow(base({ review: { decision: 'dismiss', overrides: null } }))).toBeNull();
  });

  it('labels alarmism 1 from even odds of "alarmist" in the fitted model and 2 from 75%, as the bands do', () => {
    const { base, fit } = rubric.alarmism;
    // score = pointsPerLogit × (logit − in-domain intercept); P = 0.5 at logit 0, P = 0.75 at logit ln 3
    const at = (logit: number) => base + fit.pointsPerLogit * (logit - fit.intercepts.inDomain);
    expect(ALARMISM_LABEL_FROM[1]).toBe(Math.ceil(at(0)));
    expect(ALARMISM_LABEL_FROM[2]).toBe(Math.ceil(at(Math.log(3))));
    const one = ALARMISM_LABEL_FROM[1],
      two = ALARMISM_LABEL_FROM[2];
    expect([0, one - 1, one, two - 1, two, 100].map(alarmismLabel)).toEqual([0, 0, 1, 1, 2, 2]);
  });
});
