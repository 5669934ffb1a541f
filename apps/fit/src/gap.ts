/**
 * node -r @swc-node/register apps/fit/src/gap.ts — why the SemEval fit half's cross-validated AUC sits above the held-out half's.
 * Three explanations are measured, none by reading held-out lines:
 *  1. article variance: per-article AUC spread and a bootstrap over articles in each half, and a
 *     permutation test that re-deals all articles into two halves of the same sizes under the same
 *     weights — how large a gap chance alone makes;
 *  2. a signal that overfits the fit half: drop each signal (weight 0, refit the rest) and print
 *     fit-half CV AUC, in-domain CV Spearman and the held-out headline AUC;
 *  3. a systematic difference: aggregate line statistics per half (positive rate, length, ties at 0).
 * Only aggregates of the held-out half are printed (headline figures), never a line or an article.
 */
import { defaultRubric } from '@auditor/scoring';
import { auc } from '../../eval/src/metrics';
import { bootstrapInterval, groupedAuc, groupIndices, quantile } from '../../eval/src/external/interval';
import { alarmismScores, FitData, loadFitData, probeRubric, semevalData, SemevalLine, withAlarmism } from './data';
import { figures, FitConfig, runFit } from './fit';
import { fitConfig, readRubric } from './rubric-file';
import { seededRandom } from '@auditor/scoring/fit/seeded-random';

const f3 = (v: number) => v.toFixed(3);

interface ScoredLine {
  doc: string;
  positive: boolean;
  score: number;
}

function scoreLines(data: Pick<FitData, 'docs' | 'lines'>, weights = defaultRubric()): ScoredLine[] {
  const scores = alarmismScores(data.docs, () => weights);
  return data.lines.map((l: SemevalLine) => ({
    doc: l.doc,
    positive: l.positive,
    score: l.assertions.reduce((m, i) => Math.max(m, scores.get(l.doc)![i]), 0),
  }));
}

const lineAuc = (lines: readonly ScoredLine[]) =>
  auc(
    lines.map((l) => l.score),
    lines.map((l) => l.positive),
  );

function byDoc(lines: readonly ScoredLine[]): Map<string, ScoredLine[]> {
  const out = new Map<string, ScoredLine[]>();
  for (const l of lines) out.set(l.doc, [...(out.get(l.doc) ?? []), l]);
  return out;
}

function quantiles(values: readonly number[], qs: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  return qs.map((q) => quantile(sorted, q));
}

function describeHalf(name: string, lines: readonly ScoredLine[], perArticle: boolean): string[] {
  const groups = [...byDoc(lines).values()];
  const pos = lines.filter((l) => l.positive);
  const neg = lines.filter((l) => !l.positive);
  const { group, count } = groupIndices(lines.map((l) => l.doc));
  const statistic = groupedAuc(
    lines.map((l) => l.score),
    lines.map((l) => l.positive),
    group,
  );
  const { lo, hi } = bootstrapInterval(count, statistic, { seed: 9 });
  const out = [
    `  ${name.padEnd(8)} articles ${groups.length}, lines ${lines.length}, positive ${pos.length} (${f3(pos.length / lines.length)}); AUC ${f3(lineAuc(lines))}, bootstrap over articles 95% [${f3(lo)}, ${f3(hi)}]`,
    `           score 0 (tied at base): positives ${f3(pos.filter((l) => l.score === 0).length / pos.length)}, negatives ${f3(neg.filter((l) => l.score === 0).length / neg.length)}; score 100 (clamped): positives ${f3(pos.filter((l) => l.score >= 100).length / pos.length)}, negatives ${f3(neg.filter((l) => l.score >= 100).length / neg.length)}`,
    `           AUC among lines with a non-zero score: ${f3(lineAuc(lines.filter((l) => l.score > 0)))}`,
  ];
  if (perArticle) {
    const per = groups
      .filter((g) => g.some((l) => l.positive) && g.some((l) => !l.positive) && g.length >= 10)
      .map(lineAuc);
    const q = quantiles(per, [0.1, 0.25, 0.5, 0.75, 0.9]);
    out.push(
      `           per-article AUC (${per.length} articles with >= 10 lines, both classes): p10 ${f3(q[0])}, p25 ${f3(q[1])}, median ${f3(q[2])}, p75 ${f3(q[3])}, p90 ${f3(q[4])}`,
    );
  }
  return out;
}

/** Re-deal all articles into halves of the fit/held-out sizes; how often is the gap at least the observed one? */
function permutation(fit: readonly ScoredLine[], heldout: readonly ScoredLine[], reps: number): string {
  const groups = [...byDoc(fit).values(), ...byDoc(heldout).values()];
  const nFit = byDoc(fit).size;
  const observed = lineAuc(fit) - lineAuc(heldout);
  const next = seededRandom(17);
  const gaps: number[] = [];
  for (let r = 0; r < reps; r++) {
    const order = groups
      .map((g) => ({ g, k: next() }))
      .sort((a, b) => a.k - b.k)
      .map((x) => x.g);
    gaps.push(lineAuc(order.slice(0, nFit).flat()) - lineAuc(order.slice(nFit).flat()));
  }
  const atLeast = gaps.filter((g) => Math.abs(g) >= Math.abs(observed)).length;
  const [lo, hi] = quantiles(gaps, [0.025, 0.975]);
  return `  permutation of articles between halves (${reps} re-deals, same weights): observed gap ${f3(observed)}; chance gap 95% [${f3(lo)}, ${f3(hi)}]; |gap| >= observed in ${f3(atLeast / reps)} of re-deals`;
}

function ablation(data: FitData, config: FitConfig, heldout: Pick<FitData, 'docs' | 'lines'>): string[] {
  const out = ['  dropped signal                 fit-half CV AUC   in-domain CV Spearman   held-out AUC (headline)'];
  const row = (name: string, cfg: FitConfig, d: FitData) => {
    const r = runFit(d, cfg);
    const h = figures({ ...heldout, inDomain: [], semeval: [] }, () =>
      withAlarmism(r.weights.base, r.weights.weights),
    ).semevalAuc;
    out.push(
      `  ${name.padEnd(30)} ${f3(r.crossValidated.semevalAuc).padStart(15)}   ${f3(r.crossValidated.inDomainSpearman).padStart(21)}   ${f3(h).padStart(23)}`,
    );
  };
  row('(none)', config, data);
  config.specs.forEach((s, j) => {
    const zero = <T extends { x: number[] }>(it: T): T => ({ ...it, x: it.x.map((v, k) => (k === j ? 0 : v)) });
    const weights = { ...config.weights, [s.unitKey]: 0 };
    row(s.id, { ...config, weights }, { ...data, inDomain: data.inDomain.map(zero), semeval: data.semeval.map(zero) });
  });
  return out;
}

function main(): void {
  const config = fitConfig(readRubric().json);
  const data = loadFitData(config.specs, config.capUnits);
  const held = semevalData(config.specs, probeRubric(config.specs, config.capUnits), 'heldout');
  const heldout = { docs: held.docs, lines: held.lines };
  const fitLines = scoreLines(data);
  const heldLines = scoreLines(heldout);
  const lines = [
    'Article variance (rubric.json weights; per-article figures for the fit half only):',
    ...describeHalf('fit', fitLines, true),
    ...describeHalf('held-out', heldLines, false),
    permutation(fitLines, heldLines, 400),
    '',
    'Ablation (each signal at weight 0, the rest refitted):',
    ...ablation(data, config, heldout),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
