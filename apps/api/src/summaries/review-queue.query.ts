import { Injectable } from '@nestjs/common';
import { paragraphAround } from '@auditor/scoring';
import type { Provenance, ReviewDecision } from '@auditor/vocabulary';
import type { Page, QueueItem, Signal, StoredOverrides } from '@auditor/contracts';
import { PrismaService } from '../database/prisma.service';
import { priorityReasons } from './queue-priority';
import { ReviewQueueQuery } from './dto/review-queue.query';
import { QueueFilter, queueCount, queuePage, QueueRow } from './review-queue.sql';
import { parseSourceId } from './source-id';
import { followMerges } from './merged-sources';
import { SourceStatsService } from './source-stats.service';

function queueItem(r: QueueRow): QueueItem {
  return {
    assertionId: r.assertion_id,
    articleId: r.article_id,
    articleTitle: r.article_title,
    outlet: r.outlet_id ? { id: r.outlet_id, name: r.outlet_name } : null,
    text: r.text,
    provenance: r.provenance as Provenance,
    attribution: r.att_cited
      ? { source: r.att_source, canonicalName: r.att_canonical, citedSourceId: r.att_cited }
      : null,
    scores: { sourcingQuality: r.sq, alarmism: r.al },
    hedged: r.hedged,
    admiralty: r.admiralty,
    signals: r.signals as unknown as Signal[],
    contradicted: r.contradicted,
    priority: {
      score: r.priority,
      reasons: priorityReasons({
        admiralty: r.admiralty,
        hedged: r.hedged,
        ownVoice: r.f_own_voice,
        vague: r.f_vague,
        alarmism: r.al,
        contradictedElsewhere: r.contradicted,
        contradictedInText: r.f_estimate,
        outletReviewedShare: r.coverage === null ? null : Number(r.coverage),
      }),
    },
    context: paragraphAround(r.ctx_window, r.text, r.ctx_expected_at, {
      atTextStart: r.ctx_at_start,
      atTextEnd: r.ctx_at_end,
    }),
    assignment:
      r.assignee_id && r.assigned_at
        ? {
            assignee: { id: r.assignee_id, email: r.assignee_email! },
            assignedBy: r.assigner_id ? { id: r.assigner_id, email: r.assigner_email! } : null,
            assignedAt: r.assigned_at.toISOString(),
          }
        : null,
    comments: r.comments,
    review: r.review_id
      ? {
          id: r.review_id,
          assertionId: r.assertion_id,
          decision: r.review_decision as ReviewDecision,
          overrides: (r.review_overrides ?? null) as StoredOverrides | null,
          reason: r.review_reason,
          reviewer: r.reviewer_id ? { id: r.reviewer_id, email: r.reviewer_email! } : null,
          createdAt: r.review_created_at!.toISOString(),
        }
      : null,
  };
}

/** The review queue: pages of review_queue_items, which the summaries refresh keeps current. */
@Injectable()
export class ReviewQueue {
  constructor(
    private readonly prisma: PrismaService,
    private readonly stats: SourceStatsService,
  ) {}

  /** `callerId` resolves `assignee=me`. */
  async page(q: ReviewQueueQuery, callerId: string): Promise<Page<QueueItem>> {
    const filter: QueueFilter = {
      articleId: q.articleId,
      signal: q.signal,
      includeReviewed: q.includeReviewed === true,
    };
    if (q.assignee === 'none') filter.unassigned = true;
    else if (q.assignee) filter.assigneeId = q.assignee === 'me' ? callerId : q.assignee.toLowerCase();
    if (q.source) {
      const [ref] = await followMerges(this.prisma, [parseSourceId(q.source)]);
      if (ref.kind === 'outlet') filter.outletId = ref.uuid;
      else filter.citedSourceId = ref.uuid;
    }
    // The queue rows are refreshed with the report-card summaries: catch up first, as cards do.
    await this.stats.catchUp();
    const rows = await this.prisma.$queryRaw<QueueRow[]>(queuePage(filter, q.pageSize, (q.page - 1) * q.pageSize));
    let total = rows[0] ? Number(rows[0].total) : 0;
    if (!rows.length && q.page > 1)
      total = Number((await this.prisma.$queryRaw<Array<{ total: bigint }>>(queueCount(filter)))[0]?.total ?? 0);
    return { items: rows.map(queueItem), page: q.page, pageSize: q.pageSize, total };
  }
}
