/**
 * The whole fit, from signal features to rubric weights, with its cross-validated figures. Pure
 * given the data: main.ts prints it, rubric-file.ts writes it, fit.spec.ts checks the committed
 * rubric against it. apps/fit/FITTING.md gives the protocol and the reason for each constant.
 */
import { defaultRubric, Rubric } from '@auditor/scoring';
import { chooseLambda, fitFolds, LambdaChoice, logGrid } from '@auditor/scoring/fit/cv';
import { fitLogistic, LogisticModel, LogisticRow } from '@auditor/scoring/fit/logistic';
import { SignalSpec } from '@auditor/scoring/fit/signals';
import { auc, spearman } from '../../eval/src/metrics';
import { fnv1a } from '../../eval/src/external/splits';
import { alarmismScores, FitData, withAlarmism } from './data';

export const FOLDS = 5;
/** Folds hash the document id with a prefix: the bare id's hash parity already chose the SemEval half. */
export const foldOf = (doc: string) => fnv1a(`fold:${doc}`) % FOLDS;
/** Candidate L2 strengths on standardised coefficients. */
export const LAMBDAS = logGrid(1e-4, 1, 13);
/** Each source carries half the total sample weight, so ~270 in-domain sentences count as much as ~3,500 SemEval ones. */
export const SOURCE_SHARE = { inDomain: 0.5, semeval: 0.5 } as const;
/** 100 points = 6 logits above a sentence with no signal: from p ≈ 5% (the in-domain base rate) to p ≈ 96%. */
export const POINTS_PER_LOGIT = 100 / 6;
/** A signal seen in fewer training sentences is not fitted (its weight would rest on a handful of cases). */
export const MIN_SUPPORT = 10;
/** Intercept groups: each source keeps its own base rate; the slopes are shared. */
export const GROUP = { inDomain: 0, semeval: 1 } as const;

export interface FitConfig {
  specs: SignalSpec[];
  /** +1 raises alarmism, −1 lowers it: the fitted weight keeps this sign or becomes 0. */
  directions: number[];
  /** Caps in units (cap ÷ unit weight), for capped signals. */
  capUnits: Record<string, number>;
  /** The rubric's alarmism weights now: unfitted signals and keys outside the fit keep theirs. */
  weights: Record<string, number>;
}

export interface Weights {
  base: number;
  /** Points per unit, in spec order. */
  units: number[];
  /** The whole alarmism.weights object these give. */
  weights: Record<string, number>;
}

export interface Figures {
  /** Spearman of the alarmism score against the 0/1/2 in-domain labels. */
  inDomainSpearman: number;
  /** AUC of a line's highest alarmism score, SemEval fit half (a line no assertion covers scores 0). */
  semevalAuc: number;
}

export interface FitResult {
  config: FitConfig;
  /** Training sentences each signal fires in; below MIN_SUPPORT it is left out of the fit. */
  support: number[];
  fitted: boolean[];
  rows: {
    inDomain: number;
    inDomainPositive: number;
    semeval: number;
    semevalPositive: number;
    documents: number;
    articles: number;
    critiqueLeftOut: number;
  };
  choice: LambdaChoice;
  /** Coefficients over the fitted signals only, in the order of `fitted`. */
  model: LogisticModel;
  /** Per-signal coefficient in logits per unit (0 for unfitted signals). */
  coefficients: number[];
  weights: Weights;
  crossValidated: Figures;
  inSample: Figures;
  /** The rubric's current weights on the same data (the engine's own scores). */
  current: Figures;
}

const rubricOf = (w: Weights) => withAlarmism(w.base, w.weights);

const trainable = (data: FitData) => ({
  inDomain: data.inDomain.filter((it) => !it.critique),
  semeval: data.semeval.filter((it) => !it.critique && it.label !== null),
});

/** Rows for the logistic fit over the chosen signals; critique sentences are left to their rule. */
export function fitRows(data: FitData, fitted: readonly boolean[]): { rows: LogisticRow[]; folds: number[] } {
  const { inDomain, semeval } = trainable(data);
  const pick = (x: readonly number[]) => x.filter((_, j) => fitted[j]);
  const rows: LogisticRow[] = [];
  const folds: number[] = [];
  for (const it of inDomain) {
    rows.push({
      x: pick(it.x),
      y: it.gold >= 1 ? 1 : 0,
      w: SOURCE_SHARE.inDomain / inDomain.length,
      group: GROUP.inDomain,
    });
    folds.push(foldOf(it.doc));
  }
  for (const it of semeval) {
    rows.push({ x: pick(it.x), y: it.label ?? 0, w: SOURCE_SHARE.semeval / semeval.length, group: GROUP.semeval });
    folds.push(foldOf(it.doc));
  }
  return { rows, folds };
}

/**
 * Logits per unit to integer points per unit (k · β), caps rescaled (unit × cap in units);
 * unfitted signals and keys outside the fit keep their current values. The base is 0: a sentence
 * with no signal sits at the in-domain intercept, so the score counts points above it, and what
 * lowers alarmism (hedges) cannot push a plain sentence below nothing.
 */
export function toWeights(model: LogisticModel, fitted: readonly boolean[], config: FitConfig): Weights {
  const weights = { ...config.weights };
  const units: number[] = [];
  let m = 0;
  config.specs.forEach((s, j) => {
    if (!fitted[j]) {
      units.push(weights[s.unitKey]);
      return;
    }
    const unit = Math.round(POINTS_PER_LOGIT * model.coefficients[m++]) + 0; // + 0 turns −0 into 0
    units.push(unit);
    weights[s.unitKey] = unit;
    if (s.capKey) weights[s.capKey] = unit * config.capUnits[s.id];
  });
  return { base: 0, units, weights };
}

export function coefficientsOf(model: LogisticModel, fitted: readonly boolean[]): number[] {
  let m = 0;
  return fitted.map((f) => (f ? model.coefficients[m++] : 0));
}

/** The figures of the engine itself when each document is scored under `rubricFor(doc)`. */
export function figures(data: FitData, rubricFor: (doc: string) => Rubric): Figures {
  const scores = alarmismScores(data.docs, rubricFor);
  const of = (doc: string, index: number) => scores.get(doc)![index];
  return {
    inDomainSpearman: spearman(
      data.inDomain.map((it) => of(it.doc, it.index)),
      data.inDomain.map((it) => it.gold),
    ),
    semevalAuc: auc(
      data.lines.map((l) => l.assertions.reduce((m, i) => Math.max(m, of(l.doc, i)), 0)),
      data.lines.map((l) => l.positive),
    ),
  };
}

export function runFit(data: FitData, config: FitConfig): FitResult {
  const { inDomain, semeval } = trainable(data);
  const support = config.specs.map((_, j) => [...inDomain, ...semeval].filter((it) => it.x[j] !== 0).length);
  const fitted = support.map((n) => n >= MIN_SUPPORT);
  const { rows, folds } = fitRows(data, fitted);
  const options = { signs: config.directions.filter((_, j) => fitted[j]), groups: 2 };
  const choice = chooseLambda(rows, folds, FOLDS, LAMBDAS, options);
  const foldRubrics = fitFolds(rows, folds, FOLDS, { ...options, lambda: choice.lambda }).map((m) =>
    rubricOf(toWeights(m, fitted, config)),
  );
  const model = fitLogistic(rows, { ...options, lambda: choice.lambda });
  const weights = toWeights(model, fitted, config);
  const fittedRubric = rubricOf(weights);
  const currentRubric = defaultRubric();
  const inDomainRows = rows.filter((r) => r.group === GROUP.inDomain);
  const semevalRows = rows.filter((r) => r.group === GROUP.semeval);
  return {
    config,
    support,
    fitted,
    rows: {
      inDomain: inDomainRows.length,
      inDomainPositive: inDomainRows.filter((r) => r.y === 1).length,
      semeval: semevalRows.length,
      semevalPositive: semevalRows.filter((r) => r.y === 1).length,
      documents: new Set(data.inDomain.map((it) => it.doc)).size,
      articles: new Set(data.semeval.map((it) => it.doc)).size,
      critiqueLeftOut:
        data.inDomain.length - inDomain.length + data.semeval.filter((it) => it.critique && it.label !== null).length,
    },
    choice,
    model,
    coefficients: coefficientsOf(model, fitted),
    weights,
    crossValidated: figures(data, (doc) => foldRubrics[foldOf(doc)]),
    inSample: figures(data, () => fittedRubric),
    current: figures(data, () => currentRubric),
  };
}
