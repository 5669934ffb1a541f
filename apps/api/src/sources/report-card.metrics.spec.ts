import { gradeFigures, indexFigures, withoutSource } from './report-card.metrics';
import { toCounts } from '../summaries/stats-columns';

describe('report card metrics', () => {
  it('computes mean, sample sd and a normal 95% interval from n, Σx and Σx²', () => {
    const xs = [10, 20, 30, 40];
    const c = toCounts({ n: 4, sq_sum: 100, sq_sq: xs.reduce((a, x) => a + x * x, 0) });
    const f = indexFigures(c, 'sq');
    expect(f.mean).toBe(25);
    expect(f.sd).toBeCloseTo(12.91, 2);
    expect(f.ci95).toEqual([12.35, 37.65]);
  });

  it('has no interval below two assertions', () => {
    expect(indexFigures(toCounts({ n: 1, al_sum: 40, al_sq: 1600 }), 'al')).toMatchObject({
      mean: 40,
      sd: null,
      ci95: null,
    });
    expect(indexFigures(toCounts({}), 'al')).toMatchObject({ mean: null, ci95: null });
  });

  it('grades by the mean reliability letter and breaks mode ties towards the worse grade', () => {
    const g = gradeFigures(toCounts({ rel_b: 2, rel_d: 2, cred_6: 4, claims: 3, corroborated: 1 }));
    expect(g).toMatchObject({
      grade: 'C',
      reliability: { mode: 'D', mean: 3 },
      credibility: { mode: '6', mean: 6 },
      evidence: { claims: 3, corroborated: 1, contradicted: 0 },
    });
    expect(g.basis).toContain('1 of 3 claims independently corroborated');
    expect(gradeFigures(toCounts({})).grade).toBeNull();
  });

  it('takes the source out of the corpus: the rest has the other assertions’ mean and spread', () => {
    // Corpus 10, 20, 30, 40; the source holds 30 and 40.
    const corpus = toCounts({ n: 4, sq_sum: 100, sq_sq: 3000 });
    const own = toCounts({ n: 2, sq_sum: 70, sq_sq: 2500 });
    const rest = withoutSource(corpus, own);
    expect(indexFigures(rest, 'sq')).toMatchObject({ n: 2, mean: 15, sd: 7.07 });
    expect(withoutSource(corpus, corpus).n).toBe(0);
  });
});
