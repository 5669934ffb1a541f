import { attribute } from './attribution';
import { defaultRubric, Rubric } from './rubric';
import { scoreAssertions } from './scorer';
import { summarise } from './summary';
import { segment } from './text';
import { DocumentOptions, ScoredDocument } from './types';

export * from './types';
export { segment } from './text';
export { deriveTitle, htmlTitle } from './text/title';
export { dateFromHtml, dateFromText } from './text/published-date';
export { paragraphAround, CONTEXT_SIDE_MAX } from './text/context';
export type { ParagraphAround } from './text/context';
export { attribute, classifySource, canonicalSourceName, isUnresolvedPerson } from './attribution';
export { defaultRubric, RUBRIC_VERSION } from './rubric';
export type { Rubric } from './rubric';
export { bandOf, SCORE_BANDS, scoreBands } from './bands';
export type { BandedScore, ScoreBand } from './bands';

/**
 * Turns an article's text into scored assertions. Pure: same text, options and rubric give the
 * same output, so stored scores can be recomputed and compared across rubric versions.
 */
export function scoreDocument(
  text: string,
  options: DocumentOptions = {},
  rubric: Rubric = defaultRubric(),
): ScoredDocument {
  const doc = segment(text);
  const attributions = attribute(doc, {
    publishedAt: options.publishedAt,
    author: options.author,
    outletType: options.outletType,
  });
  const inputs = doc.segments
    .map((s, i) => ({ segment: s, attribution: attributions[i] ?? null }))
    .filter((x) => x.segment.kind === 'assertion');
  const assertions = scoreAssertions(inputs, options, rubric);
  return { rubricVersion: rubric.version, assertions, summary: summarise(assertions, doc.segments) };
}
export { applyCorroboration, isCorroborated } from './corroboration';
export type { ClaimStanding, CorroboratedScore, CorroborationAdjustment } from './corroboration';
