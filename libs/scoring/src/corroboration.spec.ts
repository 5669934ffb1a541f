import { applyCorroboration, isCorroborated } from './corroboration';

describe('applyCorroboration', () => {
  it('leaves a claim with one origin unchanged, however often it is repeated', () => {
    const r = applyCorroboration(
      { sourcingQuality: 40, admiralty: 'C6' },
      { independentOrigins: 1, contradicted: false },
    );
    expect(r).toEqual({ sourcingQuality: 40, admiralty: 'C6', corroborated: false, adjustments: [] });
  });

  it('raises sourcing quality and sets credibility 1 for an independent second origin', () => {
    const r = applyCorroboration(
      { sourcingQuality: 40, admiralty: 'C6' },
      { independentOrigins: 2, contradicted: false },
    );
    expect(r.corroborated).toBe(true);
    expect(r.sourcingQuality).toBe(55);
    expect(r.admiralty).toBe('C1');
    expect(r.adjustments.map((a) => a.id)).toEqual(['independently-corroborated', 'independently-corroborated']);
  });

  it('caps sourcing quality at 100', () => {
    expect(
      applyCorroboration({ sourcingQuality: 95, admiralty: 'B2' }, { independentOrigins: 3, contradicted: false })
        .sourcingQuality,
    ).toBe(100);
  });

  it('marks a contradicted claim improbable (5) even when corroborated, keeping the reliability letter', () => {
    const r = applyCorroboration(
      { sourcingQuality: 60, admiralty: 'B3' },
      { independentOrigins: 2, contradicted: true },
    );
    expect(r.admiralty).toBe('B5');
    expect(r.sourcingQuality).toBe(75);
  });

  it('needs the rubric minimum of independent origins', () => {
    expect(isCorroborated(1)).toBe(false);
    expect(isCorroborated(2)).toBe(true);
  });
});
