import { defineRule, matchSpan, quote, signal } from '../rule';

/** Evidence cited (documents, footage, independent confirmation) rather than bare assertion. */
export const evidenceCited = defineRule({
  id: 'evidence-cited',
  score: 'sourcingQuality',
  weights: ['evidence-cited'],
  signals: ['evidence-cited'],
  apply(f, w) {
    const m = f.matches.evidence[0];
    if (!m) return [];
    const span = matchSpan(m);
    return [
      signal('evidence-cited', 'sourcingQuality', w['evidence-cited'], span, `cites evidence ("${quote(f, span)}")`),
    ];
  },
});
