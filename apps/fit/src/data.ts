/**
 * The two data sets the alarmism weights are fitted on, as raw signal strengths per assertion:
 * the in-domain labels (`../shared/eval`) and the SemEval PTC given half's `fit` articles only.
 * Each document is scored under the probe rubric (signals in units, for the features) and kept, so
 * any candidate weights can be measured by running the engine itself over it (`alarmismScores`).
 */
import { defaultRubric, DocumentOptions, Rubric, scoreDocument } from '@auditor/scoring';
import { featuresOf, probeWeights, SignalFeatures, SignalSpec } from '@auditor/scoring/fit/signals';
import { labelledDocuments } from '../../eval/src/datasets';
import { FOUND_IOU } from '../../eval/src/evaluate';
import { bestMatch, NormalisedText } from '../../eval/src/matching';
import { ALARM_TECHNIQUES, labelLines, ptcArticles } from '../../eval/src/external/semeval';
import { Half } from '../../eval/src/external/splits';

export interface Doc {
  id: string;
  text: string;
  options: DocumentOptions;
}

export interface Item extends SignalFeatures {
  /** The document (article) the assertion belongs to: folds never split one. */
  doc: string;
  /** The assertion's index in its document's scored output. */
  index: number;
}

export interface InDomainItem extends Item {
  /** Gold alarmism 0/1/2. */
  gold: number;
}

export interface SemevalItem extends Item {
  /** 1 when an alarm technique overlaps the sentence, 0 when no technique does, null otherwise. */
  label: number | null;
}

export interface SemevalLine {
  doc: string;
  positive: boolean;
  /** Indices (in the document's assertions) of the assertions overlapping the line. */
  assertions: number[];
}

export interface FitData {
  docs: Doc[];
  inDomain: InDomainItem[];
  semeval: SemevalItem[];
  lines: SemevalLine[];
}

/** The rubric with its alarmism base and weights replaced. */
export function withAlarmism(base: number, weights: Record<string, number>, rubric: Rubric = defaultRubric()): Rubric {
  return { ...rubric, alarmism: { ...rubric.alarmism, base, weights } };
}

/** The rubric under which each emitted signal's weight ÷ PROBE_UNIT is its raw strength. */
export function probeRubric(specs: readonly SignalSpec[], capUnits: Readonly<Record<string, number>>): Rubric {
  const r = defaultRubric();
  return withAlarmism(r.alarmism.base, probeWeights(r.alarmism.weights, specs, capUnits), r);
}

/** Every document's assertion alarmism scores under a rubric, by document id. */
export function alarmismScores(docs: readonly Doc[], rubricFor: (doc: string) => Rubric): Map<string, number[]> {
  return new Map(
    docs.map((d) => [d.id, scoreDocument(d.text, d.options, rubricFor(d.id)).assertions.map((a) => a.scores.alarmism)]),
  );
}

/** Labelled assertions matched to emitted ones exactly as apps/eval/src/evaluate.ts does. */
export function inDomainData(specs: readonly SignalSpec[], probe: Rubric): { docs: Doc[]; items: InDomainItem[] } {
  const docs: Doc[] = [];
  const items: InDomainItem[] = [];
  for (const doc of labelledDocuments()) {
    const options = { outletType: doc.outletType, publishedAt: doc.publishedAt, author: doc.author };
    docs.push({ id: doc.id, text: doc.text, options });
    const probed = scoreDocument(doc.text, options, probe).assertions;
    const text = new NormalisedText(doc.text);
    let cursor = 0;
    for (const label of doc.labels) {
      const located = text.find(label.text, cursor);
      if (!located) continue;
      cursor = located.next;
      if (label.kind !== 'assertion') continue;
      const match = bestMatch(located.span, probed);
      if (!match || match.iou < FOUND_IOU) continue;
      items.push({
        doc: doc.id,
        index: match.item.index,
        gold: label.alarmism,
        ...featuresOf(match.item.signals, specs),
      });
    }
  }
  return { docs, items };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** Every assertion of one half's articles (the `fit` half unless told), with sentence labels, and the labelled lines. */
export function semevalData(
  specs: readonly SignalSpec[],
  probe: Rubric,
  half: Half = 'fit',
): { docs: Doc[]; items: SemevalItem[]; lines: SemevalLine[] } {
  const docs: Doc[] = [];
  const items: SemevalItem[] = [];
  const lines: SemevalLine[] = [];
  for (const article of ptcArticles()) {
    if (article.half !== half) continue;
    // The same options as the evaluation in apps/eval/src/external/semeval.ts.
    const options: DocumentOptions = { outletType: 'media' };
    docs.push({ id: article.id, text: article.text, options });
    const probed = scoreDocument(article.text, options, probe).assertions;
    for (const a of probed) {
      const touching = article.spans.filter((s) => overlaps(s, a));
      const label = touching.length === 0 ? 0 : touching.some((s) => ALARM_TECHNIQUES.has(s.technique)) ? 1 : null;
      items.push({ doc: article.id, index: a.index, label, ...featuresOf(a.signals, specs) });
    }
    for (const line of labelLines(article.text, article.spans)) {
      lines.push({
        doc: article.id,
        positive: line.positive,
        assertions: probed.filter((a) => overlaps(a, line)).map((a) => a.index),
      });
    }
  }
  return { docs, items, lines };
}

export function loadFitData(specs: readonly SignalSpec[], capUnits: Readonly<Record<string, number>>): FitData {
  const probe = probeRubric(specs, capUnits);
  const inDomain = inDomainData(specs, probe);
  const semeval = semevalData(specs, probe);
  return {
    docs: [...inDomain.docs, ...semeval.docs],
    inDomain: inDomain.items,
    semeval: semeval.items,
    lines: semeval.lines,
  };
}
