/**
 * Below either threshold a card's figures are flagged as a small sample: with fewer than 30
 * assertions the 95% intervals are wide and the normal approximation is rough, and fewer than 3
 * articles may just be one writer's habits.
 */
export const SMALL_SAMPLE = { minAssertions: 30, minArticles: 3 } as const;

export const isSmallSample = (articles: number, assertions: number) =>
  assertions < SMALL_SAMPLE.minAssertions || articles < SMALL_SAMPLE.minArticles;

/** z for a two-sided 95% normal interval. */
export const Z95 = 1.959964;
