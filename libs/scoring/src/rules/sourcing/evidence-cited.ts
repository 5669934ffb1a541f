import { matchSpan, quote, Rule, signal } from '../rule';

/** Evidence cited (documents, footage, independent confirmation) rather than bare assertion. */
export const evidenceCited: Rule = {
  id: 'evidence-cited',
  score: 'sourcingQuality',
  apply(f, rubric) {
    const m = f.matches.evidence[0];
    if (!m) return [];
    const span = matchSpan(m);
    return [signal('evidence-cited', 'sourcingQuality', rubric.sourcingQuality.weights['evidence-cited'], span, `cites evidence ("${quote(f, span)}")`)];
  },
};
