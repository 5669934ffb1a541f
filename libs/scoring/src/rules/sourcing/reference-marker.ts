import { defineRule, signal, wholeSpan } from '../rule';

/** A footnote or reference marker lets the reader follow the claim to its origin. */
export const referenceMarker = defineRule({
  id: 'reference-marker',
  score: 'sourcingQuality',
  weights: ['reference-marker'],
  signals: ['reference-marker'],
  apply(f, w) {
    if (f.references.length === 0) return [];
    return [
      signal(
        'reference-marker',
        'sourcingQuality',
        w['reference-marker'],
        wholeSpan(f),
        `linked to reference ${f.references.map((r) => `[${r}]`).join(', ')}`,
      ),
    ];
  },
});
