import { engineReport, reviewPairs, type ReviewFact } from './engine-report';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute));
const fact = (over: Partial<ReviewFact> & Pick<ReviewFact, 'assertionId' | 'rater' | 'decision'>): ReviewFact => ({
  overrides: null,
  at: at(0),
  rubricVersion: '2.1.0',
  provenance: 'military',
  signals: [],
  ...over,
});

describe('engineReport', () => {
  const facts: ReviewFact[] = [
    // a1: both confirm. a2: A confirms, B overrides provenance. a3: both dismiss. a4: only A, override of alarmism.
    fact({
      assertionId: 'a1',
      rater: 'A',
      decision: 'confirm',
      at: at(1),
      signals: ['named-source', 'admiralty-reliability'],
    }),
    fact({ assertionId: 'a1', rater: 'B', decision: 'confirm', at: at(2), signals: ['named-source'] }),
    fact({
      assertionId: 'a2',
      rater: 'A',
      decision: 'confirm',
      at: at(3),
      provenance: 'anonymous',
      signals: ['anonymous-source'],
    }),
    fact({
      assertionId: 'a2',
      rater: 'B',
      decision: 'override',
      overrides: { provenance: 'official' },
      at: at(4),
      provenance: 'anonymous',
      signals: ['anonymous-source'],
    }),
    fact({ assertionId: 'a3', rater: 'A', decision: 'dismiss', at: at(5), rubricVersion: '2.0.0' }),
    fact({ assertionId: 'a3', rater: 'B', decision: 'dismiss', at: at(6), rubricVersion: '2.0.0' }),
    fact({ assertionId: 'a4', rater: 'A', decision: 'override', overrides: { alarmism: 10 }, at: at(7) }),
  ];
  const r = engineReport(facts, '2.1.0', at(9));

  it('counts each review with its share and a Wilson interval', () => {
    expect(r.totals.reviews).toBe(7);
    expect(r.totals.assertions).toBe(4);
    expect(r.totals.reviewers).toBe(2);
    expect(r.totals.confirm.count).toBe(3);
    expect(r.totals.confirm.share).toBeCloseTo(3 / 7, 10);
    const [lo, hi] = r.totals.confirm.ci95!;
    expect(lo).toBeLessThan(3 / 7);
    expect(hi).toBeGreaterThan(3 / 7);
    expect(r.totals.override.count).toBe(2);
    expect(r.totals.dismiss.count).toBe(2);
  });

  it('splits by the automatic provenance, in vocabulary order, and by signal, leaving out the Admiralty halves', () => {
    expect(r.byProvenance.map((p) => [p.provenance, p.reviews])).toEqual([
      ['military', 5],
      ['anonymous', 2],
    ]);
    const anonymous = r.byProvenance.find((p) => p.provenance === 'anonymous')!;
    expect(anonymous.override.share).toBe(0.5);
    expect(r.bySignal.map((s) => s.signal)).toEqual(['anonymous-source', 'named-source']);
  });

  it("pairs the first two reviewers of each assertion and computes Cohen's kappa on decision and provenance", () => {
    expect(reviewPairs(facts)).toHaveLength(3);
    // decision: (c,c) (c,o) (d,d): po 2/3; A: c2 d1, B: c1 o1 d1 → pe 2/9 + 1/9 = 1/3; kappa 0.5.
    expect(r.agreement.decision.pairs).toBe(3);
    expect(r.agreement.decision.kappa).toBeCloseTo(0.5, 10);
    // provenance: (mil,mil) (anon,official) (dismissed,dismissed): the same 0.5 here.
    expect(r.agreement.provenance.observed).toBeCloseTo(2 / 3, 10);
  });

  it('reports which fields the overrides changed', () => {
    const f = Object.fromEntries(r.overriddenFields.map((x) => [x.field, x.count]));
    expect(f).toMatchObject({ provenance: 1, alarmism: 1, attribution: 0 });
  });

  it('splits by rubric version, oldest first, with kappa only over pairs that saw the same version', () => {
    expect(r.byRubric.map((v) => [v.rubricVersion, v.rates.reviews, v.agreement.decision.pairs])).toEqual([
      ['2.0.0', 2, 1],
      ['2.1.0', 5, 2],
    ]);
    // Both 2.0.0 reviewers dismissed: one category only, so kappa is undefined rather than 1.
    expect(r.byRubric[0]!.agreement.decision.kappa).toBeNull();
  });

  it('is empty but well-formed without reviews', () => {
    const e = engineReport([], '2.1.0', at(0));
    expect(e.totals.reviews).toBe(0);
    expect(e.totals.confirm).toEqual({ count: 0, share: null, ci95: null });
    expect(e.agreement.decision.kappa).toBeNull();
    expect(e.byRubric).toEqual([]);
  });
});
