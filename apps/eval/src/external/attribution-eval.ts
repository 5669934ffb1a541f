/**
 * Sentence-level attribution on PolNeAR: the engine beside a reporting-verb regex, on the very
 * sentences the engine emits.
 */
import { scoreDocument } from '@auditor/scoring';
import { prf } from '../metrics';
import { bootstrapInterval, type Interval } from './interval';
import { contentWords, cuedIn, goldAttributed, polnearDocuments, sourceAgrees, type PolnearSplit } from './polnear';

/**
 * The plain peer: a sentence is attributed when it contains one of the commonest English reporting
 * verbs or "according to" (the verbs any style guide lists for attribution; no tuning).
 */
export const REPORTING_VERB_BASELINE =
  /\b(?:says?|said|tells?|told|according to|reports?|reported|stated?|states|claims?|claimed|announced?|adds?|added|notes?|noted|wrote|writes?|explained?|argued?|insisted?|warned?|asked)\b/i;

export interface AttributionFigures {
  sentences: number;
  goldAttributed: number;
  /** True positives with a gold cue inside the sentence: what source agreement is measured over. */
  sourceAgreementSentences: number;
  engine: { precision: number; recall: number; f1: number; sourceAgreement: number };
  /**
   * Diagnostic, printed beside the headline: a gold source that is only a pronoun ("he said") read as its gold
   * referent (the engine, like the project's labelling guide, names the referent). The headline
   * (`engine.sourceAgreement`) is issue 9's definition as written: such a pronoun has no content word and never
   * agrees, so the headline cannot pass by a change of reading.
   */
  sourceAgreementGoldReferent: number;
  /**
   * Diagnostic only: cued true positives whose gold sources are all pronouns ("he said"), and literal agreement over
   * the rest.
   */
  pronounOnlyGold: number;
  sourceAgreementExcludingPronounGold: number;
  baseline: { precision: number; recall: number; f1: number };
  /** 95% bootstrap intervals over articles (see interval.ts); the margin is engine F1 minus the baseline's. */
  intervals: { f1: Interval; sourceAgreement: Interval; marginOverBaseline: Interval };
}

/** One article's counts: the bootstrap's resampling unit. */
interface ArticleCounts {
  tp: number;
  fp: number;
  fn: number;
  cued: number;
  agree: number;
  baseline: { tp: number; fp: number; fn: number };
}

/** Bootstrap seed for PolNeAR (one per set, so its intervals are the same on every run). */
const SEED = 9;

/** The counts of the articles, each weighted by the times a resample drew it (once each without `draws`). */
function total(articles: readonly ArticleCounts[], draws?: Uint32Array): ArticleCounts {
  const t: ArticleCounts = { tp: 0, fp: 0, fn: 0, cued: 0, agree: 0, baseline: { tp: 0, fp: 0, fn: 0 } };
  for (let k = 0; k < articles.length; k++) {
    const a = articles[k];
    const w = draws ? draws[k] : 1;
    t.tp += w * a.tp;
    t.fp += w * a.fp;
    t.fn += w * a.fn;
    t.cued += w * a.cued;
    t.agree += w * a.agree;
    t.baseline.tp += w * a.baseline.tp;
    t.baseline.fp += w * a.baseline.fp;
    t.baseline.fn += w * a.baseline.fn;
  }
  return t;
}

const f1Of = (t: ArticleCounts) => prf(t.tp, t.fp, t.fn).f1;
const agreementOf = (t: ArticleCounts) => (t.cued ? t.agree / t.cued : 0);

function intervals(articles: readonly ArticleCounts[]): AttributionFigures['intervals'] {
  const n = articles.length;
  const options = { seed: SEED };
  return {
    f1: bootstrapInterval(n, (d) => f1Of(total(articles, d)), options),
    sourceAgreement: bootstrapInterval(n, (d) => agreementOf(total(articles, d)), options),
    marginOverBaseline: bootstrapInterval(
      n,
      (d) => {
        const t = total(articles, d);
        return f1Of(t) - prf(t.baseline.tp, t.baseline.fp, t.baseline.fn).f1;
      },
      options,
    ),
  };
}

export function evaluatePolnear(split: PolnearSplit): AttributionFigures {
  let sentences = 0,
    gold = 0,
    agreeGoldReferent = 0,
    pronounOnly = 0;
  const articles: ArticleCounts[] = [];
  for (const doc of polnearDocuments(split)) {
    const article: ArticleCounts = { tp: 0, fp: 0, fn: 0, cued: 0, agree: 0, baseline: { tp: 0, fp: 0, fn: 0 } };
    articles.push(article);
    const scored = scoreDocument(doc.text, { outletType: 'media' });
    for (const a of scored.assertions) {
      sentences++;
      const g = goldAttributed(doc, a.start, a.end);
      if (g) gold++;
      const p = a.attribution !== null;
      if (g && p) {
        article.tp++;
        // Agreement needs a gold source cued in the sentence; sentences gold-attributed only because a
        // content span covers them (a quotation's later sentences) have none to agree with.
        const cued = cuedIn(doc, a.start, a.end);
        if (cued.length > 0) {
          article.cued++;
          if (sourceAgrees(doc, a.start, a.end, a.attribution!.source)) agreeGoldReferent++;
          if (sourceAgrees(doc, a.start, a.end, a.attribution!.source, false)) article.agree++;
          const sources = cued.flatMap((g) => g.source);
          if (sources.length > 0 && sources.every((x) => contentWords(x.text).size === 0)) pronounOnly++;
        }
      } else if (p) article.fp++;
      else if (g) article.fn++;
      const bp = REPORTING_VERB_BASELINE.test(a.text);
      if (g && bp) article.baseline.tp++;
      else if (bp) article.baseline.fp++;
      else if (g) article.baseline.fn++;
    }
  }
  const t = total(articles);
  return {
    sentences,
    goldAttributed: gold,
    sourceAgreementSentences: t.cued,
    engine: { ...prf(t.tp, t.fp, t.fn), sourceAgreement: agreementOf(t) },
    sourceAgreementGoldReferent: t.cued ? agreeGoldReferent / t.cued : 0,
    pronounOnlyGold: pronounOnly,
    sourceAgreementExcludingPronounGold: t.cued > pronounOnly ? t.agree / (t.cued - pronounOnly) : 0,
    baseline: prf(t.baseline.tp, t.baseline.fp, t.baseline.fn),
    intervals: intervals(articles),
  };
}
