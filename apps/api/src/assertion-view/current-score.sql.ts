import { Prisma } from '../generated/prisma/client';

/**
 * The two joins every summary of an assertion starts from (the SQL side of assertion-view.ts),
 * written once so the queue, the summaries and the cards cannot drift apart on what "current"
 * and "newest" mean. Both expect Assertion `x` and its Article `ar` in scope.
 */

/** The score under the article's current rubric, as `s`; LEFT keeps assertions not scored under it. */
export const currentScore = (join: 'JOIN' | 'LEFT JOIN' = 'JOIN') =>
  Prisma.raw(`${join} "Score" s ON s."assertionId" = x."id" AND s."rubricVersion" = ar."rubricVersion"`);

/** The newest review of the assertion, as `rv` (every column null when it has none); ties broken by id, as the API reads them. */
export const newestReview = Prisma.raw(`LEFT JOIN LATERAL (
      SELECT nr."id", nr."decision", nr."overrides", nr."reason", nr."createdAt", nr."reviewerId" FROM "Review" nr
      WHERE nr."assertionId" = x."id" ORDER BY nr."createdAt" DESC, nr."id" DESC LIMIT 1
    ) rv ON true`);
