import { credibilityDigit, reliabilityGrade } from './admiralty';
import { applyCorroboration } from './corroboration';
import { scoreDocument } from './index';
import { defaultRubric } from './rubric';
import { Attribution, Signal, SignalId, SourceType } from './types';

const source = (sourceType: SourceType, named: boolean): Attribution => ({
  source: 'x',
  canonical: 'x',
  span: [0, 1],
  sourceType,
  named,
  cue: 'said',
  cueSpan: null,
  via: 'explicit',
});
const sig = (id: SignalId): Signal => ({ id, score: 'sourcingQuality', weight: 0, span: [0, 1], reason: '' });
const r = defaultRubric();

describe('Admiralty grade', () => {
  it('grades parties to the conflict alike: official, military and insurgent statements are weighed the same', () => {
    const grades = (['official', 'military', 'insurgent'] as const).map(
      (t) => reliabilityGrade(source(t, true), undefined, r).grade,
    );
    expect(new Set(grades).size).toBe(1);
  });

  it('ranks a named independent source above an unnamed one, and cannot judge anonymous sources', () => {
    expect(reliabilityGrade(source('independent', true), undefined, r).grade).toBe('B');
    expect(reliabilityGrade(source('independent', false), undefined, r).grade).toBe('C');
    expect(reliabilityGrade(source('anonymous', false), undefined, r).grade).toBe('F');
  });

  it("judges the author's own voice by the outlet, or not at all", () => {
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

  it('cannot judge an unattributed claim of an outlet that is not a party, whatever details it carries', () => {
    const ownVoice = sig('own-voice-claim');
    expect(credibilityDigit([ownVoice], false, 6, r)).toMatchObject({
      digit: 6,
      reason: expect.stringMatching(/not a party/),
    });
    expect(credibilityDigit([ownVoice], true, 6, r).digit).toBe(6);
    // Evidence cited or a contradiction still decide.
    expect(credibilityDigit([ownVoice, sig('evidence-cited')], false, 0, r).digit).toBe(2);
    expect(credibilityDigit([ownVoice, sig('contradicting-estimate')], false, 3, r).digit).toBe(5);
  });

  it("grades a party's own account on its details, and on the party row of the reliability table", () => {
    expect(credibilityDigit([sig('party-own-account')], false, 3, r).digit).toBe(3);
    expect(credibilityDigit([sig('party-own-account')], false, 0, r).digit).toBe(6);
    const grades = (['official', 'military', 'insurgent'] as const).map((t) => reliabilityGrade(null, t, r));
    expect(new Set(grades.map((g) => g.grade)).size).toBe(1);
    expect(grades[1].reason).toMatch(/own account of a party/);
    expect(reliabilityGrade(null, 'media', r).reason).not.toMatch(/party/);
  });

  it('applies both through the scorer, and corroboration still lifts the op-ed claim to 1', () => {
    const text = 'Fighters loyal to the IMU built two training camps near Kunduz and Imam Sahib in 2011.';
    const oped = scoreDocument(text, { outletType: 'media' }).assertions[0];
    const release = scoreDocument(text, { outletType: 'military' }).assertions[0];
    expect(oped.admiralty).toBe('C6');
    expect(release.admiralty).toBe('C3');
    expect(oped.scores.sourcingQuality).toBeLessThan(release.scores.sourcingQuality);
    expect(
      applyCorroboration(
        { sourcingQuality: oped.scores.sourcingQuality, admiralty: oped.admiralty },
        { independentOrigins: 2, contradicted: false },
        r,
      ).admiralty,
    ).toBe('C1');
  });
});
