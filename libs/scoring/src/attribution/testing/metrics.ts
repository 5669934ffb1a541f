/**
 * Test support: the attribution targets measured against labelled documents — detection
 * precision/recall/F1, macro-F1 of source types on labelled-attributed sentences, named accuracy.
 */
import { SOURCE_TYPES, type Attribution, type SourceType } from '../../types';
import type { LabelledDoc } from './labelled-doc';

export interface AttributionScores {
  precision: number;
  recall: number;
  f1: number;
  typeF1: Record<SourceType, number>;
  typeMacroF1: number;
  namedAccuracy: number;
  assertions: number;
}

const f1Of = (p: number, r: number): number => (p + r > 0 ? (2 * p * r) / (p + r) : 0);

export function scoreAttribution(
  docs: LabelledDoc[],
  run: (d: LabelledDoc) => (Attribution | null)[],
): AttributionScores {
  let tp = 0,
    fp = 0,
    fn = 0,
    namedOk = 0,
    both = 0,
    assertions = 0;
  const gold: Record<string, number> = {},
    pred: Record<string, number> = {},
    hit: Record<string, number> = {};
  for (const d of docs) {
    const res = run(d);
    d.labels.forEach((l, k) => {
      if (l.kind !== 'assertion') return;
      assertions++;
      const a = res[k];
      if (l.attributed && a) tp++;
      else if (!l.attributed && a) fp++;
      else if (l.attributed && !a) fn++;
      if (!l.attributed || !l.sourceType) return;
      gold[l.sourceType] = (gold[l.sourceType] ?? 0) + 1;
      if (!a) return;
      both++;
      if (a.named === l.named) namedOk++;
      pred[a.sourceType] = (pred[a.sourceType] ?? 0) + 1;
      if (a.sourceType === l.sourceType) hit[a.sourceType] = (hit[a.sourceType] ?? 0) + 1;
    });
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const typeF1 = {} as Record<SourceType, number>;
  for (const t of SOURCE_TYPES)
    typeF1[t] = f1Of((hit[t] ?? 0) / Math.max(1, pred[t] ?? 0), (hit[t] ?? 0) / Math.max(1, gold[t] ?? 0));
  const present = SOURCE_TYPES.filter((t) => (gold[t] ?? 0) > 0);
  const typeMacroF1 = present.reduce((s, t) => s + typeF1[t], 0) / Math.max(1, present.length);
  return {
    precision,
    recall,
    f1: f1Of(precision, recall),
    typeF1,
    typeMacroF1,
    namedAccuracy: namedOk / Math.max(1, both),
    assertions,
  };
}
