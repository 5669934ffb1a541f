import { scoreDocument, ScoredAssertion } from '@auditor/scoring';
import { EvalDocument, Label } from './datasets';
import { bestMatch, NormalisedText } from './matching';
import { binaryPrf, macroF1, spearman } from './metrics';

/** A labelled sentence counts as found when one emitted assertion covers it this well (IoU). */
export const FOUND_IOU = 0.8;
/** A labelled non-assertion counts as wrongly emitted when an assertion overlaps it this much. */
export const LEAK_IOU = 0.5;

export interface Pair {
  doc: string;
  label: Label;
  predicted: ScoredAssertion;
}

export interface EvalReport {
  documents: number;
  labelledAssertions: number;
  labelledNonAssertions: number;
  notLocated: string[];
  segmentationRecall: number;
  nonAssertionsEmitted: number;
  attribution: { precision: number; recall: number; f1: number };
  sourceType: { macroF1: number; perType: Record<string, number> };
  namedAccuracy: number;
  hedge: { precision: number; recall: number; f1: number };
  alarmismSpearman: number;
  pairs: Pair[];
}

export function evaluate(docs: readonly EvalDocument[]): EvalReport {
  const pairs: Pair[] = [];
  const notLocated: string[] = [];
  let assertions = 0,
    nonAssertions = 0,
    leaked = 0;

  for (const doc of docs) {
    const scored = scoreDocument(doc.text, {
      outletType: doc.outletType,
      publishedAt: doc.publishedAt,
      author: doc.author,
    });
    const text = new NormalisedText(doc.text);
    let cursor = 0;
    for (const label of doc.labels) {
      const located = text.find(label.text, cursor);
      if (!located) {
        notLocated.push(`${doc.id}#${label.i}`);
        continue;
      }
      cursor = located.next;
      const match = bestMatch(located.span, scored.assertions);
      if (label.kind === 'assertion') {
        assertions++;
        if (match && match.iou >= FOUND_IOU) pairs.push({ doc: doc.id, label, predicted: match.item });
      } else {
        nonAssertions++;
        if (match && match.iou >= LEAK_IOU) leaked++;
      }
    }
  }

  const attributed = pairs.filter((p) => p.label.attributed);
  const bothAttributed = attributed.filter((p) => p.predicted.attribution);
  const types = macroF1(
    attributed.map((p) => ({
      gold: p.label.sourceType ?? 'none',
      predicted: p.predicted.attribution?.sourceType ?? 'none',
    })),
  );
  return {
    documents: docs.length,
    labelledAssertions: assertions,
    labelledNonAssertions: nonAssertions,
    notLocated,
    segmentationRecall: assertions ? pairs.length / assertions : 0,
    nonAssertionsEmitted: nonAssertions ? leaked / nonAssertions : 0,
    attribution: binaryPrf(
      pairs.map((p) => ({ gold: p.label.attributed, predicted: p.predicted.attribution !== null })),
    ),
    sourceType: { macroF1: types.macro, perType: types.perClass },
    namedAccuracy: bothAttributed.length
      ? bothAttributed.filter((p) => p.predicted.attribution!.named === p.label.named).length / bothAttributed.length
      : 0,
    hedge: binaryPrf(pairs.map((p) => ({ gold: p.label.hedged, predicted: p.predicted.hedged }))),
    alarmismSpearman: spearman(
      pairs.map((p) => p.predicted.scores.alarmism),
      pairs.map((p) => p.label.alarmism),
    ),
    pairs,
  };
}

export interface Target {
  name: string;
  value: number;
  target: number;
  higherIsBetter: boolean;
}

export function targets(r: EvalReport): Target[] {
  return [
    { name: 'segmentation recall', value: r.segmentationRecall, target: 0.95, higherIsBetter: true },
    { name: 'non-assertions emitted', value: r.nonAssertionsEmitted, target: 0.05, higherIsBetter: false },
    { name: 'attribution F1', value: r.attribution.f1, target: 0.9, higherIsBetter: true },
    { name: 'source-type macro-F1', value: r.sourceType.macroF1, target: 0.8, higherIsBetter: true },
    { name: 'hedge F1', value: r.hedge.f1, target: 0.8, higherIsBetter: true },
    { name: 'alarmism Spearman', value: r.alarmismSpearman, target: 0.6, higherIsBetter: true },
  ];
}

export const meets = (t: Target) => (t.higherIsBetter ? t.value >= t.target : t.value <= t.target);
