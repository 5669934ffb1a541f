import {
  admiraltyTable,
  alarmismTable,
  bandsTable,
  corroborationTable,
  sourcingTable,
  withBlock,
  withTables,
} from './rubric-docs';

const rubric = {
  version: '9.9.9',
  sourcingQuality: {
    base: 40,
    weights: {
      'named-source': 25,
      'anonymous-source': -30,
      'own-voice-claim': -15,
      'specific-detail': 4,
      'specific-detail-max': 12,
      'specific-detail-unsourced-max': 4,
    },
  },
  alarmism: {
    base: 0,
    weights: {
      'made-up-metaphor': 12,
      'made-up-count-per-word': 3,
      'made-up-count-max': 9,
      'alarmism-critique': -40,
      'rare-one': 5,
    },
    thresholds: { largeNumber: 250, softeningMaxShare: 0.25 },
    fit: {
      lambda: 0.01,
      pointsPerLogit: 16.6667,
      intercepts: { inDomain: -2.5 },
      date: '2030-01-01',
      coefficients: { 'made-up-metaphor': 0.72, 'made-up-count': 0.18, 'rare-one': 0 },
      support: { 'made-up-metaphor': 40, 'made-up-count': 900, 'rare-one': 1 },
      unfitted: ['rare-one'],
      capUnits: { 'made-up-count': 3 },
      crossValidated: { inDomainSpearman: 0.5, semevalFitHalfAuc: 0.7 },
    },
  },
  admiralty: {
    reliability: {
      official: { named: 'C', unnamed: 'D' },
      military: { named: 'C', unnamed: 'D' },
      insurgent: { named: 'C', unnamed: 'E' },
      independent: { named: 'A', unnamed: 'C' },
      media: { named: 'C', unnamed: 'D' },
      anonymous: { named: 'F', unnamed: 'F' },
    },
    credibility: { minDetailsForPossible: 3 },
    parties: ['official', 'insurgent'],
  },
  corroboration: { minIndependentOrigins: 3, sourcingQualityBonus: 10, corroboratedDigit: 1, contradictedDigit: 5 },
} as const satisfies Parameters<typeof withTables>[1];

const SOURCING_ROWS = [
  '| `named-source` | +20 | can be checked |',
  '| `anonymous-source` / `unspecific-source` | −20 / −10 | nothing to check |',
  '| `own-voice-claim` | −15 | no source |',
  '| `specific-detail` | +5 | details | with a pipe |',
  '| `vague-generalisation` | 0 | explains only |',
].join('\n');

const block = (name: string, body = 'stale') =>
  `<!-- generated:${name} by \`npm run docs:rubric\`; do not edit by hand -->\n${body}\n<!-- /generated:${name} -->`;
const README = [
  '## The rubric (version 1.0.0)',
  '### Sourcing quality (0–100, base 45)',
  block('sourcing-weights', SOURCING_ROWS),
  '### Alarmism (0–100, base 0)',
  block('alarmism-weights'),
  block('score-bands'),
  block('admiralty'),
  block('corroboration'),
  '',
].join('\n');

describe('README rubric tables', () => {
  it('prints each alarmism signal once with its points, cap and fit, caps folded into their signal, and the thresholds', () => {
    const t = alarmismTable(rubric);
    expect(t).toContain('| `made-up-metaphor` | +12 each | 0.720 logit per unit, fires in 40 sentences |');
    expect(t).toContain('| `made-up-count` | +3 per word, max +9 | 0.180 logit per unit, fires in 900 sentences |');
    expect(t).toContain(
      '| `rare-one` | +5 each | not fitted (fires in 1 sentence, below the minimum); hand weight kept |',
    );
    expect(t).toContain('| `alarmism-critique` | −40 each | rule outside the fit');
    expect(t).not.toContain('made-up-count-max');
    expect(t).toContain('Rubric 9.9.9');
    expect(t).toContain('at least 250 (`largeNumber`)');
    expect(t).toContain('at most 25% of');
  });

  it('rewrites the sourcing weights as the rules compute them and keeps the README\'s "why" column', () => {
    const t = sourcingTable(rubric, SOURCING_ROWS);
    expect(t.split('\n')[0]).toBe('Base 40. Rubric 9.9.9.');
    expect(t).toContain('| `named-source` | +25 | can be checked |');
    expect(t).toContain('| `anonymous-source` / `unspecific-source` | −30 / −15 | nothing to check |');
    expect(t).toContain(
      '| `specific-detail` | +4 each, max +12 (max +4 on an `own-voice-claim`) | details | with a pipe |',
    );
    expect(t).toContain('| `vague-generalisation` | 0 | explains only |');
  });

  it('refuses a sourcing weight the README gives no row, and a row naming no weight', () => {
    const extra = {
      ...rubric,
      sourcingQuality: { ...rubric.sourcingQuality, weights: { ...rubric.sourcingQuality.weights, 'new-signal': 3 } },
    };
    expect(() => sourcingTable(extra, SOURCING_ROWS)).toThrow(/no row for sourcingQuality weight\(s\) new-signal/);
    expect(() => sourcingTable(rubric, `${SOURCING_ROWS}\n| \`made-up\` | 1 | x |`)).toThrow(/`made-up` is neither/);
  });

  it("tabulates reliability by source type, the parties and the rubric's corroboration figures", () => {
    const a = admiraltyTable(rubric);
    expect(a).toContain('| `insurgent` | C | E |');
    expect(a).toContain('| `independent` | A | C |');
    expect(a).toContain('(`admiralty.parties`): official, insurgent.');
    expect(a).toContain('at least 3 checkable details');
    const c = corroborationTable(rubric);
    expect(c).toContain('| `minIndependentOrigins` | 3 |');
    expect(c).toContain('| `sourcingQualityBonus` | +10 |');
  });

  it('tabulates the score bands from the base, the weights and the fitted model', () => {
    const t = bandsTable(rubric);
    // Base 40, anonymous −30: a vague source scores 10, the top of "poor".
    expect(t).toContain('| poor | 0–10 | high |');
    expect(t).toContain('| named source | 65–76 | low |');
    // P(alarmist) = 0.5 where logit 0 = −2.5 + s / 16.6667: s = 41.7, so the band starts at 42.
    expect(t).toContain('| alarmist | 42–');
    expect(t).toContain('16.6667 × (logit − (-2.5))');
  });

  it('rewrites every block and heading, and nothing else; a second run changes nothing', () => {
    const out = withTables(README, rubric);
    expect(out).toContain('## The rubric (version 9.9.9)');
    expect(out).toContain('### Sourcing quality (0–100, base 40)');
    expect(out).not.toContain('stale');
    expect(out).toContain('| `named-source` | +25 | can be checked |');
    expect(out.endsWith('<!-- /generated:corroboration -->\n')).toBe(true);
    expect(withTables(out, rubric)).toBe(out);
    // What --check compares: a README edited by hand no longer equals its regeneration.
    expect(withTables(out.replace('| +25 |', '| +20 |'), rubric)).toBe(out);
  });

  it('refuses a README without a block or a heading it must rewrite', () => {
    expect(() => withBlock('no markers here', 'admiralty', () => '')).toThrow(/no <!-- generated:admiralty/);
    expect(() => withTables(README.replace(block('corroboration'), ''), rubric)).toThrow(/generated:corroboration/);
    expect(() => withTables(README.replace('## The rubric (version 1.0.0)', '## Rubric'), rubric)).toThrow(
      /no heading/,
    );
  });
});
