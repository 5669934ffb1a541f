import { readFileSync } from 'node:fs';
import { FitResult } from './fit';
import { applyFit, fitConfig, formatJson, RUBRIC_PATH, RubricJson, rubricText, topLevelValueSpan } from './rubric-file';

const text = `{
  "version": "9.9.9",
  "other": { "kept":   [1,2], "alarmism": 5 },
  "alarmism": {
    "base": 0,
    "weights": {
      "metaphor": 30,
      "emphasis": 9,
      "emphasis-max": 27,
      "rare": 15,
      "hedge": -8,
      "alarmism-critique": -40
    },
    "thresholds": {
      "largeNumber": 100
    }
  },
  "after": ["a", "b"]
}
`;

/** A fit result as runFit would return it for the rubric above (rare left unfitted). */
function fakeResult(json: RubricJson): FitResult {
  const config = fitConfig(json);
  const figures = { inDomainSpearman: 0.5, semevalAuc: 0.6 };
  return {
    config,
    support: [20, 50, 3, 80],
    fitted: [true, true, false, true],
    rows: {
      inDomain: 10,
      inDomainPositive: 2,
      semeval: 30,
      semevalPositive: 5,
      documents: 2,
      articles: 3,
      critiqueLeftOut: 1,
    },
    choice: { lambda: 0.01, path: [{ lambda: 0.01, logLoss: 0.3 }] },
    model: { intercepts: [-2.5, -1.5], coefficients: [2, 1, -0.3], iterations: 5 },
    coefficients: [2, 1, 0, -0.3],
    weights: {
      base: 0,
      units: [33, 17, 15, -5],
      weights: { ...config.weights, metaphor: 33, emphasis: 17, 'emphasis-max': 51, hedge: -5 },
    },
    crossValidated: figures,
    inSample: figures,
    current: figures,
  };
}

describe('rubric.json writing', () => {
  it('formats 2-space JSON with arrays of scalars on one line', () => {
    expect(formatJson({ a: [1, 'x'], b: { c: [] }, d: [{ e: null }] })).toBe(
      '{\n  "a": [1, "x"],\n  "b": {\n    "c": []\n  },\n  "d": [\n    {\n      "e": null\n    }\n  ]\n}',
    );
  });

  it('finds the top-level alarmism object, not a nested key of the same name', () => {
    const [start, end] = topLevelValueSpan(text, 'alarmism');
    expect(JSON.parse(text.slice(start, end)).weights.metaphor).toBe(30);
  });

  it('writes the committed rubric back byte for byte when nothing changes', () => {
    const committed = readFileSync(RUBRIC_PATH, 'utf8');
    expect(rubricText(committed, JSON.parse(committed))).toBe(committed);
  });

  it('writes fitted weights, rescaled caps and provenance, and leaves every other byte alone', () => {
    const json = JSON.parse(text) as RubricJson;
    const next = applyFit(json, fakeResult(json), '2030-01-02');
    const out = rubricText(text, next);
    expect(out.startsWith('{\n  "version": "9.9.9",\n  "other": { "kept":   [1,2], "alarmism": 5 },\n')).toBe(true);
    expect(out.endsWith('  },\n  "after": ["a", "b"]\n}\n')).toBe(true);
    const parsed = JSON.parse(out);
    expect(parsed.version).toBe('9.9.9');
    expect(parsed.alarmism.weights).toEqual({
      metaphor: 33,
      emphasis: 17,
      'emphasis-max': 51,
      rare: 15,
      hedge: -5,
      'alarmism-critique': -40,
    });
    expect(Object.keys(parsed.alarmism)).toEqual(['base', 'weights', 'thresholds', 'fit']);
    expect(parsed.alarmism.fit).toMatchObject({
      date: '2030-01-02',
      lambda: 0.01,
      unfitted: ['rare'],
      directions: { metaphor: 1, hedge: -1 },
      capUnits: { emphasis: 3 },
    });
  });

  it('keeps the date when a second run finds the same weights, so the file is byte-identical', () => {
    const json = JSON.parse(text) as RubricJson;
    const once = applyFit(json, fakeResult(json), '2030-01-02');
    const twice = applyFit(once, fakeResult(once), '2031-05-06');
    expect(rubricText(rubricText(text, once), twice)).toBe(rubricText(text, once));
  });

  it('takes directions and caps from the previous fit, so a weight fitted to 0 keeps both', () => {
    const json = JSON.parse(text) as RubricJson;
    const once = applyFit(json, fakeResult(json), '2030-01-02');
    once.alarmism.weights.emphasis = 0;
    once.alarmism.weights['emphasis-max'] = 0;
    const config = fitConfig(once);
    expect(config.directions).toEqual([1, 1, 1, -1]);
    expect(config.capUnits).toEqual({ emphasis: 3 });
  });
});
