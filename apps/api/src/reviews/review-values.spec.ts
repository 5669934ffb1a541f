import type { AutomaticValues } from '@auditor/contracts';
import { applyReview, parseStoredOverrides } from '../assertion-view/effective-values';
import { canonicalJson, decisionProblem, disagreements, normaliseOverrides, sameReview } from './review-values';

const ISAF = '11111111-1111-4111-8111-111111111111';
const TALIBAN = '22222222-2222-4222-8222-222222222222';
const auto: AutomaticValues = {
  provenance: 'military',
  sourcingQuality: 60,
  alarmism: 10,
  hedged: false,
  admiralty: 'C3',
  attribution: { citedSourceId: ISAF, canonicalName: 'ISAF' },
};

describe('decisionProblem', () => {
  it('accepts consistent requests', () => {
    expect(decisionProblem('confirm', undefined, undefined)).toBeNull();
    expect(decisionProblem('dismiss', null, 'a heading')).toBeNull();
    expect(decisionProblem('override', { alarmism: 20 }, 'overstated')).toBeNull();
    expect(decisionProblem('override', { attribution: null }, 'no source')).toBeNull();
    expect(decisionProblem('override', { attribution: { name: 'ISAF', type: 'military' } }, 'x')).toBeNull();
  });

  it('explains what is missing or contradictory', () => {
    expect(decisionProblem('override', { alarmism: 20 }, '  ')).toMatch(/needs a reason/);
    expect(decisionProblem('override', {}, 'why')).toMatch(/at least one field/);
    expect(decisionProblem('override', undefined, 'why')).toMatch(/at least one field/);
    expect(decisionProblem('confirm', { alarmism: 1 }, undefined)).toMatch(/confirm carries no overrides/);
    expect(decisionProblem('override', { attribution: { citedSourceId: ISAF, name: 'ISAF' } }, 'x')).toMatch(
      /not both/,
    );
    expect(decisionProblem('override', { attribution: { name: 'ISAF' } }, 'x')).toMatch(/type is required/);
    expect(decisionProblem('override', { attribution: { type: 'media' } }, 'x')).toMatch(/name is required/);
    expect(decisionProblem('override', { attribution: {} }, 'x')).toMatch(/must be null/);
  });
});

describe('override normalisation', () => {
  it('stores the fixed shape, in field order, with the attribution resolved', () => {
    const stored = normaliseOverrides(
      { hedged: true, attribution: { name: 'ISAF', type: 'military' }, provenance: 'official' },
      { citedSourceId: ISAF },
    );
    expect(JSON.stringify(stored)).toBe(
      `{"provenance":"official","hedged":true,"attribution":{"citedSourceId":"${ISAF}"}}`,
    );
    expect(normaliseOverrides({ attribution: null })).toEqual({ attribution: null });
    expect(normaliseOverrides({ alarmism: 0 })).toEqual({ alarmism: 0 });
  });

  it('reads stored overrides defensively, like the report-card SQL', () => {
    expect(
      parseStoredOverrides({
        provenance: 'alien',
        alarmism: 101,
        sourcingQuality: 'x',
        hedged: 'yes',
        admiralty: 'G9',
        attribution: { citedSourceId: 'nope' },
      }),
    ).toEqual({});
    expect(parseStoredOverrides({ scores: { alarmism: 30 }, attribution: null })).toEqual({
      alarmism: 30,
      attribution: null,
    });
    expect(parseStoredOverrides(null)).toEqual({});
  });

  it('applies only the newest review; a confirm keeps the automatic values; a dismiss marks it', () => {
    const names = new Map([[TALIBAN, 'Taliban']]);
    expect(
      applyReview(
        auto,
        { decision: 'override', overrides: { alarmism: 80, attribution: { citedSourceId: TALIBAN } } },
        names,
      ),
    ).toEqual({
      ...auto,
      alarmism: 80,
      attribution: { citedSourceId: TALIBAN, canonicalName: 'Taliban' },
      decision: 'override',
      dismissed: false,
    });
    expect(applyReview(auto, { decision: 'override', overrides: { attribution: null } }).attribution).toBeNull();
    expect(applyReview(auto, { decision: 'confirm', overrides: null })).toEqual({
      ...auto,
      decision: 'confirm',
      dismissed: false,
    });
    expect(applyReview(auto, { decision: 'dismiss', overrides: null })).toMatchObject({
      decision: 'dismiss',
      dismissed: true,
    });
    expect(applyReview(auto, null)).toEqual({ ...auto, decision: null, dismissed: false });
  });

  it('recognises an identical retry whatever the key order, and trims reasons', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: [1, { f: 1, e: 2 }] } })).toBe(
      '{"a":{"c":[1,{"e":2,"f":1}],"d":2},"b":1}',
    );
    expect(
      sameReview(
        { decision: 'override', overrides: { alarmism: 1, hedged: true }, reason: 'x ' },
        { decision: 'override', overrides: { hedged: true, alarmism: 1 }, reason: 'x' },
      ),
    ).toBe(true);
    expect(
      sameReview(
        { decision: 'override', overrides: { alarmism: 1 }, reason: 'x' },
        { decision: 'override', overrides: { alarmism: 2 }, reason: 'x' },
      ),
    ).toBe(false);
    expect(
      sameReview(
        { decision: 'confirm', overrides: null, reason: null },
        { decision: 'confirm', overrides: null, reason: 'now with a reason' },
      ),
    ).toBe(false);
    expect(
      sameReview(
        { decision: 'confirm', overrides: null, reason: null },
        { decision: 'dismiss', overrides: null, reason: null },
      ),
    ).toBe(false);
  });
});

describe('disagreements', () => {
  const decided = { rubricVersion: '1.0.0', values: null };

  it('lists overridden fields whose automatic value differs, with the rubric of the decision', () => {
    const d = disagreements(
      { ...auto, alarmism: 55 },
      { id: 'r1', decision: 'override', overrides: { alarmism: 20, hedged: false, provenance: 'official' } },
      decided,
      '9.9.9',
    );
    expect(d.map((x) => [x.field, x.automatic, x.reviewed])).toEqual([
      ['provenance', 'military', 'official'],
      ['alarmism', 55, 20],
    ]);
    expect(d[0]).toMatchObject({
      decision: 'override',
      reviewId: 'r1',
      decidedUnder: '1.0.0',
      currentRubricVersion: '9.9.9',
      rescoredSince: true,
    });
  });

  it('compares attributions by cited source', () => {
    const names = new Map([[TALIBAN, 'Taliban']]);
    expect(
      disagreements(
        auto,
        { id: 'r', decision: 'override', overrides: { attribution: { citedSourceId: ISAF } } },
        decided,
        '1.0.0',
      ),
    ).toEqual([]);
    const d = disagreements(
      auto,
      { id: 'r', decision: 'override', overrides: { attribution: { citedSourceId: TALIBAN } } },
      decided,
      '1.0.0',
      names,
    );
    expect(d[0]).toMatchObject({
      field: 'attribution',
      automatic: auto.attribution,
      reviewed: { citedSourceId: TALIBAN, canonicalName: 'Taliban' },
      rescoredSince: false,
    });
    expect(
      disagreements(
        { ...auto, attribution: null },
        { id: 'r', decision: 'override', overrides: { attribution: null } },
        decided,
        '1.0.0',
      ),
    ).toEqual([]);
  });

  it('compares a confirm with the values confirmed, and has nothing to say about a dismiss', () => {
    const confirmed = {
      rubricVersion: '1.0.0',
      values: { ...auto, decision: 'confirm', dismissed: false, reviewId: 'r' },
    };
    expect(disagreements(auto, { id: 'r', decision: 'confirm', overrides: null }, confirmed, '1.0.0')).toEqual([]);
    const d = disagreements(
      { ...auto, sourcingQuality: 30, admiralty: 'C6' },
      { id: 'r', decision: 'confirm', overrides: null },
      confirmed,
      '1.1.0',
    );
    expect(d.map((x) => [x.field, x.automatic, x.reviewed])).toEqual([
      ['sourcingQuality', 30, 60],
      ['admiralty', 'C6', 'C3'],
    ]);
    expect(
      disagreements(
        auto,
        { id: 'r', decision: 'confirm', overrides: null },
        { rubricVersion: null, values: null },
        '1.0.0',
      ),
    ).toEqual([]);
    expect(
      disagreements({ ...auto, alarmism: 99 }, { id: 'r', decision: 'dismiss', overrides: null }, confirmed, '1.0.0'),
    ).toEqual([]);
    expect(disagreements(null, { id: 'r', decision: 'override', overrides: { alarmism: 1 } }, decided, null)).toEqual(
      [],
    );
  });
});
