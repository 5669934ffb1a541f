import { Prisma } from '../generated/prisma/client';
import { SCORE_SELECT } from './assertion-view';
import type { AutomaticValues, EffectiveValues, ReviewRecord, StoredOverrides } from '@auditor/contracts';
import { applyReview, automaticValues, overrideSourceIds } from './effective-values';
import { type ReviewDecision } from '@auditor/vocabulary';

export type Db = Prisma.TransactionClient;

export const REVIEW_SELECT = {
  id: true,
  assertionId: true,
  decision: true,
  overrides: true,
  reason: true,
  createdAt: true,
  reviewer: { select: { id: true, email: true } },
} satisfies Prisma.ReviewSelect;

export type ReviewRow = Prisma.ReviewGetPayload<{ select: typeof REVIEW_SELECT }>;

/** A review on the wire; overrides as stored (always written through normaliseOverrides). */
export const reviewView = (r: ReviewRow): ReviewRecord => ({
  id: r.id,
  assertionId: r.assertionId,
  decision: r.decision,
  overrides: (r.overrides ?? null) as StoredOverrides | null,
  reason: r.reason,
  reviewer: r.reviewer ? { id: r.reviewer.id, email: r.reviewer.email } : null,
  createdAt: r.createdAt.toISOString(),
});

const STATE_SELECT = {
  id: true,
  articleId: true,
  position: true,
  start: true,
  end: true,
  text: true,
  article: {
    select: { id: true, title: true, rubricVersion: true, outlet: { select: { id: true, name: true, type: true } } },
  },
  // Every version's score (one per rubric version, a handful at most); the current one is picked below.
  scores: { select: SCORE_SELECT },
  reviews: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 1, select: REVIEW_SELECT },
  claim: { select: { groupId: true, role: true, contradicted: true } },
} satisfies Prisma.AssertionSelect;

type StateRow = Prisma.AssertionGetPayload<{ select: typeof STATE_SELECT }>;
export type ScoreRow = StateRow['scores'][number];

export interface AssertionState {
  row: StateRow;
  /** The score under the article's current rubric; null when the assertion was not scored under it. */
  score: ScoreRow | null;
  automatic: AutomaticValues | null;
  latest: ReviewRow | null;
  effective: EffectiveValues | null;
  /** Canonical names of cited sources the latest review points at. */
  names: Map<string, string>;
}

export async function sourceNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.citedSource.findMany({ where: { id: { in: ids } }, select: { id: true, canonicalName: true } });
  return new Map(rows.map((r) => [r.id, r.canonicalName]));
}

/** The assertions' current automatic values, newest review and effective values: two queries whatever the number. */
export async function loadStates(db: Db, ids: string[]): Promise<Map<string, AssertionState>> {
  const rows = await db.assertion.findMany({ where: { id: { in: ids } }, select: STATE_SELECT });
  const names = await sourceNames(db, overrideSourceIds(rows.map((r) => r.reviews[0])));
  const out = new Map<string, AssertionState>();
  for (const row of rows) {
    const score = row.article.rubricVersion
      ? (row.scores.find((s) => s.rubricVersion === row.article.rubricVersion) ?? null)
      : null;
    const automatic = score ? automaticValues(score) : null;
    const latest = row.reviews[0] ?? null;
    out.set(row.id, {
      row,
      score,
      automatic,
      latest,
      effective:
        automatic &&
        applyReview(
          automatic,
          latest && { decision: latest.decision as ReviewDecision, overrides: latest.overrides },
          names,
        ),
      names,
    });
  }
  return out;
}
