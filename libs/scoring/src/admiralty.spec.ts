import { credibilityDigit, reliabilityGrade } from './admiralty';
import { defaultRubric } from './rubric';
import { Attribution, Signal, SourceType } from './types';

const source = (sourceType: SourceType, named: boolean): Attribution => ({ source: 'x', canonical: 'x', span: [0, 1], sourceType, named, cue: 'said', cueSpan: null, via: 'explicit' });
const sig = (id: string): Signal => ({ id, score: 'sourcingQuality', weight: 0, span: [0, 1], reason: '' });
const r = defaultRubric();

describe('Admiralty grade', () => {
  it('grades parties to the conflict alike: official, military and insurgent statements are weighed the same', () => {
    const grades = (['official', 'military', 'insurgent'] as const).map((t) => reliabilityGrade(source(t, true), undefined, r).grade);
    expect(new Set(grades).size).toBe(1);
  });

  it('ranks a named independent source above an unnamed one, and cannot judge anonymous sources', () => {
    expect(reliabilityGrade(source('independent', true), undefined, r).grade).toBe('B');
    expect(reliabilityGrade(source('independent', false), undefined, r).grade).toBe('C');
    expect(reliabilityGrade(source('anonymous', false), undefined, r).grade).toBe('F');
  });

  it('judges the author\'s own voice by the outlet, or not at all', () => {
    expect(reliabilityGrade(null, 'media', r).grade).toBe('C');
    expect(reliabilityGrade(null, undefined, r).grade).toBe('F');
  });

  it('keeps credibility independent of the source: it depends only on what backs the claim', () => {
    expect(credibilityDigit([sig('contradicting-estimate'), sig('evidence-cited')], false, 3, r).digit).toBe(5);
    expect(credibilityDigit([sig('evidence-cited')], false, 0, r).digit).toBe(2);
    expect(credibilityDigit([], false, 3, r).digit).toBe(3);
    expect(credibilityDigit([], true, 3, r).digit).toBe(4);
    expect(credibilityDigit([], false, 0, r).digit).toBe(6);
  });
});
