/// <reference types="jest" />
import type { Signal } from '@auditor/contracts';
import { raisesConcern, scoreArithmetic } from './score-arithmetic';

const sig = (id: string, score: Signal['score'], weight: number): Signal => ({ id, score, weight, reason: id });

describe('score arithmetic', () => {
  it('starts at the base, adds each signal of its score in order with a running total', () => {
    const a = scoreArithmetic('sourcingQuality', 45, [
      sig('named-source', 'sourcingQuality', 20),
      sig('threat-metaphor', 'alarmism', 36),
      sig('specific-detail', 'sourcingQuality', 5),
      sig('hedge', 'hedged', 0),
    ]);
    expect(a.steps.map((s) => [s.id, s.weight, s.total])).toEqual([
      ['named-source', 20, 65],
      ['specific-detail', 5, 70],
    ]);
    expect(a).toMatchObject({ base: 45, sum: 70, result: 70, clamp: 'none' });
  });

  it('clamps like the scorer: below 0 is raised, above 100 capped, fractions rounded', () => {
    expect(
      scoreArithmetic('sourcingQuality', 45, [sig('a', 'sourcingQuality', -20), sig('b', 'sourcingQuality', -40)]),
    ).toMatchObject({
      sum: -15,
      result: 0,
      clamp: 'raised to 0',
    });
    expect(scoreArithmetic('alarmism', 0, [sig('a', 'alarmism', 66), sig('b', 'alarmism', 40)])).toMatchObject({
      sum: 106,
      result: 100,
      clamp: 'capped at 100',
    });
    expect(scoreArithmetic('alarmism', 0, [sig('a', 'alarmism', 2.6)])).toMatchObject({ result: 3, clamp: 'rounded' });
    expect(scoreArithmetic('alarmism', 0, [])).toMatchObject({ steps: [], sum: 0, result: 0, clamp: 'none' });
  });

  it('marks concern by meaning, not by sign', () => {
    expect(raisesConcern('alarmism', 36)).toBe(true);
    expect(raisesConcern('alarmism', -10)).toBe(false);
    expect(raisesConcern('sourcingQuality', -20)).toBe(true);
    expect(raisesConcern('sourcingQuality', 20)).toBe(false);
    const a = scoreArithmetic('alarmism', 0, [
      sig('threat-metaphor', 'alarmism', 36),
      sig('hedge-distance', 'alarmism', -10),
    ]);
    expect(a.steps.map((s) => s.concern)).toEqual([true, false]);
  });
});
