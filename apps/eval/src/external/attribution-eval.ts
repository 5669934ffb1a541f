/**
 * Sentence-level attribution on PolNeAR: the engine beside a reporting-verb regex, on the very
 * sentences the engine emits.
 */
import { scoreDocument } from '@auditor/scoring';
import { prf } from '../metrics';
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
}

export function evaluatePolnear(split: PolnearSplit): AttributionFigures {
  let sentences = 0,
    gold = 0;
  const e = { tp: 0, fp: 0, fn: 0, cued: 0, agree: 0, agreeLiteral: 0, pronounOnly: 0 };
  const b = { tp: 0, fp: 0, fn: 0 };
  for (const doc of polnearDocuments(split)) {
    const scored = scoreDocument(doc.text, { outletType: 'media' });
    for (const a of scored.assertions) {
      sentences++;
      const g = goldAttributed(doc, a.start, a.end);
      if (g) gold++;
      const p = a.attribution !== null;
      if (g && p) {
        e.tp++;
        // Agreement needs a gold source cued in the sentence; sentences gold-attributed only because a
        // content span covers them (a quotation's later sentences) have none to agree with.
        const cued = cuedIn(doc, a.start, a.end);
        if (cued.length > 0) {
          e.cued++;
          if (sourceAgrees(doc, a.start, a.end, a.attribution!.source)) e.agree++;
          if (sourceAgrees(doc, a.start, a.end, a.attribution!.source, false)) e.agreeLiteral++;
          const sources = cued.flatMap((g) => g.source);
          if (sources.length > 0 && sources.every((x) => contentWords(x.text).size === 0)) e.pronounOnly++;
        }
      } else if (p) e.fp++;
      else if (g) e.fn++;
      const bp = REPORTING_VERB_BASELINE.test(a.text);
      if (g && bp) b.tp++;
      else if (bp) b.fp++;
      else if (g) b.fn++;
    }
  }
  return {
    sentences,
    goldAttributed: gold,
    sourceAgreementSentences: e.cued,
    engine: { ...prf(e.tp, e.fp, e.fn), sourceAgreement: e.cued ? e.agreeLiteral / e.cued : 0 },
    sourceAgreementGoldReferent: e.cued ? e.agree / e.cued : 0,
    pronounOnlyGold: e.pronounOnly,
    sourceAgreementExcludingPronounGold: e.cued > e.pronounOnly ? e.agreeLiteral / (e.cued - e.pronounOnly) : 0,
    baseline: prf(b.tp, b.fp, b.fn),
  };
}
