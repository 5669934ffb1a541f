import { quote, Rule, signal } from '../rule';

/** A head-count of fighters or members with no stated origin cannot be checked at all. */
export const figureOrigin: Rule = {
  id: 'figure-without-origin',
  score: 'sourcingQuality',
  apply(f, rubric) {
    if (f.attribution || f.references.length > 0) return [];
    const fig = f.figures.find((x) => !x.eventCount);
    if (!fig) return [];
    return [signal('figure-without-origin', 'sourcingQuality', rubric.sourcingQuality.weights['figure-without-origin'], fig.span, `figure "${quote(f, fig.span)}" given without its origin`)];
  },
};
