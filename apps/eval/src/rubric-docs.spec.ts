import { alarmismTable, withTables } from './rubric-docs';

const rubric = {
  version: '9.9.9',
  alarmism: {
    base: 0,
    weights: { 'made-up-metaphor': 12, 'made-up-count-per-word': 3, 'made-up-count-max': 9, 'alarmism-critique': -40, 'rare-one': 5 },
    fit: {
      lambda: 0.01, pointsPerLogit: 16.6667, date: '2030-01-01',
      coefficients: { 'made-up-metaphor': 0.72, 'made-up-count': 0.18, 'rare-one': 0 },
      support: { 'made-up-metaphor': 40, 'made-up-count': 900, 'rare-one': 1 },
      unfitted: ['rare-one'], capUnits: { 'made-up-count': 3 },
      crossValidated: { inDomainSpearman: 0.5, semevalFitHalfAuc: 0.7 },
    },
  },
};

describe('README rubric tables', () => {
  it('prints each signal once with its points, cap and fit, caps folded into their signal', () => {
    const t = alarmismTable(rubric);
    expect(t).toContain('| `made-up-metaphor` | +12 each | 0.720 logit per unit, fires in 40 sentences |');
    expect(t).toContain('| `made-up-count` | +3 per word, max +9 | 0.180 logit per unit, fires in 900 sentences |');
    expect(t).toContain('| `rare-one` | +5 each | not fitted (fires in 1 sentence, below the minimum); hand weight kept |');
    expect(t).toContain('rule outside the fit');
    expect(t).not.toContain('made-up-count-max');
    expect(t).toContain('Rubric 9.9.9');
  });

  it('replaces only the generated block and refuses a README without one', () => {
    const start = '<!-- generated:alarmism-weights by `npm run docs:rubric`; do not edit by hand -->';
    const readme = `intro\n${start}\nstale table\n<!-- /generated:alarmism-weights -->\noutro\n`;
    const out = withTables(readme, rubric);
    expect(out.startsWith(`intro\n${start}\nBase 0.`)).toBe(true);
    expect(out).not.toContain('stale table');
    expect(out.endsWith('<!-- /generated:alarmism-weights -->\noutro\n')).toBe(true);
    expect(withTables(out, rubric)).toBe(out);
    expect(() => withTables('no markers here', rubric)).toThrow(/no <!-- generated/);
  });
});
