import { defineRule, quote, signal } from '../rule';

/** A head-count of fighters or members with no stated origin cannot be checked at all. */
export const figureOrigin = defineRule({
  id: 'figure-without-origin',
  score: 'sourcingQuality',
  weights: ['figure-without-origin'],
  signals: ['figure-without-origin'],
  apply(f, w) {
    if (f.attribution || f.references.length > 0) return [];
    const fig = f.figures.find((x) => !x.eventCount);
    if (!fig) return [];
    return [
      signal(
        'figure-without-origin',
        'sourcingQuality',
        w['figure-without-origin'],
        fig.span,
        `figure "${quote(f, fig.span)}" given without its origin`,
      ),
    ];
  },
});
