import { scoreDocument } from '../index';
import { defaultRubric, Rubric } from '../rubric';
import { Signal, SignalId } from '../types';
import { featuresOf, impliedCapUnits, probeWeights, PROBE_UNIT, signalSpecs } from './signals';

// Made-up ids on purpose: the fit reads signals by their weight keys' names alone.
const sig = (id: string, weight: number): Signal => ({
  id: id as SignalId,
  score: 'alarmism',
  weight,
  span: [0, 1],
  reason: '',
});

describe('signal features for the fit', () => {
  const weights = {
    'a-metaphor': 30,
    'b-emphasis': 9,
    'b-emphasis-max': 27,
    'c-tone-per-point': 4,
    'c-tone-max': 12,
    'd-hedge': -8,
    'alarmism-critique': -40,
  };
  const specs = signalSpecs(weights);

  it('reads units, per-unit weights and caps from the key names, leaving the critique out', () => {
    expect(specs).toEqual([
      { id: 'a-metaphor', unitKey: 'a-metaphor' },
      { id: 'b-emphasis', unitKey: 'b-emphasis', capKey: 'b-emphasis-max' },
      { id: 'c-tone', unitKey: 'c-tone-per-point', capKey: 'c-tone-max' },
      { id: 'd-hedge', unitKey: 'd-hedge' },
    ]);
    expect(() => signalSpecs({ 'x-max': 3 })).toThrow(/no unit weight/);
    expect(impliedCapUnits(weights, specs)).toEqual({ 'b-emphasis': 3, 'c-tone': 3 });
  });

  it('gives every signal the same positive probe unit and caps in units', () => {
    const probe = probeWeights(weights, specs, { 'b-emphasis': 3, 'c-tone': 3 });
    expect(probe['d-hedge']).toBe(PROBE_UNIT);
    expect(probe['b-emphasis-max']).toBe(3 * PROBE_UNIT);
    expect(probe['alarmism-critique']).toBe(-40);
  });

  it('turns probe signals into raw strengths and refuses a signal with no weight key', () => {
    const f = featuresOf(
      [
        sig('a-metaphor', PROBE_UNIT),
        sig('a-metaphor', PROBE_UNIT),
        sig('c-tone', PROBE_UNIT / 2),
        sig('alarmism-critique', -5),
      ],
      specs,
    );
    expect(f).toEqual({ x: [2, 0, 0.5, 0], critique: true });
    expect(() => featuresOf([sig('unknown-signal', 1)], specs)).toThrow(/no weight key/);
  });

  it('reads raw strengths off invented sentences whatever the weights in the file', () => {
    const rubric = defaultRubric();
    const live = signalSpecs(rubric.alarmism.weights);
    const caps = impliedCapUnits(rubric.alarmism.weights, live);
    const probe: Rubric = {
      ...rubric,
      alarmism: { ...rubric.alarmism, weights: probeWeights(rubric.alarmism.weights, live, caps) },
    };
    const text = [
      'The valley has become a hotbed of militancy and an infested haven for fighters.',
      'Critics call this exaggerated alarmism, a bogeyman blown out of proportion.',
      'The delegation discussed trade and water.',
    ].join(' ');
    const [metaphors, critique, calm] = scoreDocument(text, {}, probe).assertions.map((a) =>
      featuresOf(a.signals, live),
    );
    expect(metaphors.x[live.findIndex((s) => s.id === 'threat-metaphor')]).toBe(2);
    expect(metaphors.critique).toBe(false);
    expect(critique.critique).toBe(true);
    expect(calm.x.every((v) => v === 0)).toBe(true);
  });
});
