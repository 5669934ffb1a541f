import rubricData from '../rubric/rubric.json';
import { alarmismEdges, bandOf, SCORE_BANDS, scoreBands, sourcingQualityAnchors } from './bands';

const logistic = (x: number) => 1 / (1 + Math.exp(-x));

describe('score bands', () => {
  it('cover 0..100 without gaps or overlaps for both scores', () => {
    for (const kind of ['sourcingQuality', 'alarmism'] as const) {
      const list = SCORE_BANDS[kind];
      expect(list[0]!.min).toBe(0);
      expect(list[list.length - 1]!.max).toBe(100);
      for (let i = 1; i < list.length; i++) expect(list[i]!.min).toBe(list[i - 1]!.max + 1);
      for (let s = 0; s <= 100; s++) expect(bandOf(kind, s)).toBeDefined();
    }
  });

  it('start each alarmism band where the fitted model first reaches its probability', () => {
    const fit = rubricData.alarmism.fit;
    const p = (score: number) => logistic(fit.intercepts.inDomain + score / fit.pointsPerLogit);
    const [p10, p25, p50, p75] = alarmismEdges(rubricData);
    for (const [edge, prob] of [
      [p10!, 0.1],
      [p25!, 0.25],
      [p50!, 0.5],
      [p75!, 0.75],
    ] as const) {
      expect(p(edge)).toBeGreaterThanOrEqual(prob);
      expect(p(edge - 1)).toBeLessThan(prob);
    }
    expect(bandOf('alarmism', p50!).label).toBe('alarmist');
    expect(bandOf('alarmism', p50! - 1).concern).not.toBe('high');
  });

  it('place the canonical sourcing configurations in the bands named after them', () => {
    const a = sourcingQualityAnchors(rubricData);
    expect(bandOf('sourcingQuality', a.vagueSource).label).toBe('poor');
    expect(bandOf('sourcingQuality', a.ownVoice).label).toBe('thin');
    expect(bandOf('sourcingQuality', a.noSignal).label).toBe('partly sourced');
    expect(bandOf('sourcingQuality', a.namedSource).label).toBe('named source');
    expect(bandOf('sourcingQuality', a.namedWithDetail).label).toBe('well sourced');
  });

  it('follow the rubric: a refit intercept moves the alarmism edges', () => {
    const shifted = scoreBands({
      ...rubricData,
      alarmism: { ...rubricData.alarmism, fit: { ...rubricData.alarmism.fit, intercepts: { inDomain: -4 } } },
    });
    expect(shifted.alarmism[1]!.min).toBeGreaterThan(SCORE_BANDS.alarmism[1]!.min);
    expect(() => scoreBands({ ...rubricData, alarmism: { base: 0 } })).toThrow(/pointsPerLogit/);
  });

  it('take the nearest band for out-of-range scores', () => {
    expect(bandOf('alarmism', -5).label).toBe('calm');
    expect(bandOf('sourcingQuality', 140).label).toBe('well sourced');
    // A mean between two whole scores stays with the lower one's band.
    expect(bandOf('sourcingQuality', 44.5).label).toBe('thin');
    expect(bandOf('sourcingQuality', 45).label).toBe('partly sourced');
  });
});
