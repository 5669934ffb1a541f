import { Injectable, NotFoundException } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service';
import { loadStates, REVIEW_SELECT, reviewView, sourceNames } from '../assertion-view/assertion-state';
import { isObject, overrideSourceIds } from '../assertion-view/effective-values';
import { attributionView } from '../assertion-view/assertion-view';
import { disagreements } from './review-values';
import type { ReviewDecision } from '@auditor/vocabulary';
import type { AssertionDetail, Signal } from '@auditor/contracts';

/** Reads of the review workflow: one assertion with its history (the queue: summaries/review-queue.query.ts). */
@Injectable()
export class ReviewQueries {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * One assertion: its article, automatic values under the current rubric, effective values, every
   * review newest first (with the rubric version each was made under, from its audit entry), and
   * where the current automatic values disagree with the newest review.
   */
  async assertion(id: string): Promise<AssertionDetail> {
    const state = (await loadStates(this.prisma, [id])).get(id);
    if (!state) throw new NotFoundException(`Assertion ${id} not found`);
    const [reviews, entries] = await Promise.all([
      this.prisma.review.findMany({
        where: { assertionId: id },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        select: REVIEW_SELECT,
      }),
      this.prisma.auditLog.findMany({
        where: { entityType: 'assertion', entityId: id, action: { startsWith: 'review.' } },
        select: { after: true },
      }),
    ]);
    const decidedById = new Map<string, Record<string, unknown>>();
    for (const e of entries)
      if (isObject(e.after) && typeof e.after.reviewId === 'string') decidedById.set(e.after.reviewId, e.after);
    const names = await sourceNames(
      this.prisma,
      overrideSourceIds(reviews.map((r) => ({ decision: r.decision as ReviewDecision, overrides: r.overrides }))),
    );

    const { row, score, automatic, effective, latest } = state;
    const current = row.article.rubricVersion;
    const decided = latest ? decidedById.get(latest.id) : undefined;
    const at = score?.attribution;
    return {
      id: row.id,
      articleId: row.articleId,
      position: row.position,
      start: row.start,
      end: row.end,
      text: row.text,
      article: { id: row.article.id, title: row.article.title, outlet: row.article.outlet },
      rubricVersion: current,
      automatic: score
        ? {
            provenance: score.provenance,
            scores: { sourcingQuality: score.sourcingQuality, alarmism: score.alarmism },
            hedged: score.hedged,
            admiralty: score.admiralty,
            signals: score.signals as unknown as Signal[],
            attribution: at ? attributionView(at) : null,
          }
        : null,
      effective,
      claim: row.claim,
      review: latest ? reviewView(latest) : null,
      history: reviews.map((r) => {
        const d = decidedById.get(r.id);
        return { ...reviewView(r), rubricVersion: typeof d?.rubricVersion === 'string' ? d.rubricVersion : null };
      }),
      disagreements: disagreements(
        automatic,
        latest && { id: latest.id, decision: latest.decision as ReviewDecision, overrides: latest.overrides },
        {
          rubricVersion: typeof decided?.rubricVersion === 'string' ? decided.rubricVersion : null,
          values: decided ?? null,
        },
        current,
        names,
      ),
    };
  }
}
