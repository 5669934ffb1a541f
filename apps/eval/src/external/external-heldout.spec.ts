import { baselineChecks, externalReport, externalTargets } from './report';

// The external evaluation end to end on the held-out halves (reads ../shared/external at run time).
// Only structure is asserted: the figures themselves are what the engine work is trying to move.
describe('external evaluation on the held-out halves', () => {
  jest.setTimeout(120_000);
  const report = externalReport({ heldOutOnly: true });

  it('measures every set on its held-out half only', () => {
    expect(report.rows.map((r) => `${r.set} ${r.half}`).sort()).toEqual([
      'PolNeAR dev',
      'PolNeAR dev',
      'SemEval PTC heldout',
      'weasel heldout',
    ]);
    expect(report.rows.every((r) => r.role === 'held-out')).toBe(true);
  });

  it('counts sentences and positives on each set', () => {
    expect(report.polnear.dev!.sentences).toBeGreaterThan(0);
    expect(report.polnear.dev!.goldAttributed).toBeGreaterThan(0);
    expect(report.semeval.heldout!.positives).toBeGreaterThan(0);
    expect(report.semeval.heldout!.lines).toBeGreaterThan(report.semeval.heldout!.positives);
    expect(report.weasel.heldout!.positives).toBeGreaterThan(0);
    expect(report.weasel.heldout!.sentences).toBeGreaterThan(report.weasel.heldout!.positives);
  });

  it('gives every engine and baseline figure in [0, 1], and a baseline beside every figure but source agreement', () => {
    for (const r of report.rows) {
      expect(r.n).toBeGreaterThan(0);
      for (const v of [r.engine, ...r.baselines.map((b) => b.value)]) {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
      }
      expect(r.baselines.length > 0).toBe(r.metric !== 'source agreement');
    }
  });

  it('brackets every engine figure and every margin over a baseline by its bootstrap interval', () => {
    for (const r of report.rows) {
      expect(r.ci.lo).toBeLessThanOrEqual(r.engine);
      expect(r.ci.hi).toBeGreaterThanOrEqual(r.engine);
      expect(r.ci.hi).toBeGreaterThan(r.ci.lo);
      for (const b of r.baselines) {
        expect(b.margin.lo).toBeLessThanOrEqual(r.engine - b.value);
        expect(b.margin.hi).toBeGreaterThanOrEqual(r.engine - b.value);
      }
    }
  });

  it('states a target for each set and a check against each baseline', () => {
    expect(externalTargets(report)).toHaveLength(4);
    expect(baselineChecks(report)).toHaveLength(4);
  });
});
