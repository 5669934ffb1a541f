import { Rule, signal, wholeSpan } from '../rule';

/** A footnote or reference marker lets the reader follow the claim to its origin. */
export const referenceMarker: Rule = {
  id: 'reference-marker',
  score: 'sourcingQuality',
  apply(f, rubric) {
    if (f.references.length === 0) return [];
    return [signal('reference-marker', 'sourcingQuality', rubric.sourcingQuality.weights['reference-marker'], wholeSpan(f), `linked to reference ${f.references.map((r) => `[${r}]`).join(', ')}`)];
  },
};
