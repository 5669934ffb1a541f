import {
  AssertionRef,
  DocumentSummary,
  PROVENANCES,
  Provenance,
  ScoreDistribution,
  ScoredAssertion,
  Segment,
} from './types';

const TOP = 3;

/** Every provenance at zero, in vocabulary order; copied per document, which costs far less than Object.fromEntries. */
const NO_PROVENANCES = Object.freeze(Object.fromEntries(PROVENANCES.map((p) => [p, 0])) as Record<Provenance, number>);

function distribution(values: number[]): ScoreDistribution {
  const buckets = [0, 0, 0, 0, 0];
  for (const v of values) buckets[Math.min(4, Math.floor(v / 20))]++;
  if (values.length === 0) return { mean: 0, median: 0, buckets };
  // A typed array sorts numerically without calling back into a comparator for each pair.
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  return { mean: Math.round(mean * 10) / 10, median, buckets };
}

/**
 * The TOP assertions by `key`, highest first, ties by position: one pass keeping the best few in
 * order, rather than sorting a copy of every assertion (twice per document) to keep three.
 */
function top(assertions: readonly ScoredAssertion[], key: (a: ScoredAssertion) => number): AssertionRef[] {
  const best: { a: ScoredAssertion; k: number }[] = [];
  for (const a of assertions) {
    const k = key(a);
    let p = best.length;
    // Indices are distinct, so "before" is a strict order and the kept list is what sorting would give.
    while (p > 0 && (k > best[p - 1].k || (k === best[p - 1].k && a.index < best[p - 1].a.index))) p--;
    if (p >= TOP) continue;
    best.splice(p, 0, { a, k });
    if (best.length > TOP) best.pop();
  }
  return best.map(({ a, k }) => ({ index: a.index, text: a.text, score: k }));
}

export function summarise(assertions: readonly ScoredAssertion[], segments: readonly Segment[]): DocumentSummary {
  const byProvenance = { ...NO_PROVENANCES };
  for (const a of assertions) byProvenance[a.provenance]++;
  const skipped = { heading: 0, caption: 0, question: 0, reference: 0 };
  for (const s of segments) if (s.kind !== 'assertion') skipped[s.kind]++;
  const n = assertions.length || 1;
  const share = (count: number) => Math.round((count / n) * 1000) / 1000;
  return {
    assertions: assertions.length,
    skipped,
    byProvenance,
    attributedShare: share(assertions.filter((a) => a.attribution).length),
    anonymousShare: share(assertions.filter((a) => a.attribution?.sourceType === 'anonymous').length),
    hedgedShare: share(assertions.filter((a) => a.hedged).length),
    sourcingQuality: distribution(assertions.map((a) => a.scores.sourcingQuality)),
    alarmism: distribution(assertions.map((a) => a.scores.alarmism)),
    mostAlarmist: top(assertions, (a) => a.scores.alarmism),
    worstSourced: top(assertions, (a) => 100 - a.scores.sourcingQuality).map((r) => ({ ...r, score: 100 - r.score })),
  };
}
