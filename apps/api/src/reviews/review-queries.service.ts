import { Injectable, NotFoundException } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service';
import { parseSourceId } from '../sources/source-id';
import { loadStates, REVIEW_SELECT, reviewView, sourceNames } from './assertion-state';
import { ReviewQueueQuery } from './dto/review-queue.query';
import { SourceStatsService } from '../sources/source-stats.service';
import { priorityReasons } from './queue-priority';
import { QueueFilter, queueCount, queuePage, QueueRow } from './queue.sql';
import { disagreements, overrideSourceIds } from './review-values';
import type { Provenance, ReviewDecision } from '@auditor/vocabulary';
import type { AssertionDetail, Page, QueueItem, Signal, StoredOverrides } from '@auditor/contracts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function queueItem(r: QueueRow): QueueItem {
  return {
    assertionId: r.assertion_id,
    articleId: r.article_id,
    articleTitle: r.article_title,
    outlet: r.outlet_id ? { id: r.outlet_id, name: r.outlet_name } : null,
    text: r.text,
    provenance: r.provenance as Provenance,
    attribution: r.att_cited ? { source: r.att_source, canonicalName: r.att_canonical, citedSourceId: r.att_cited } : null,
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

/** Reads of the review workflow: the queue and one assertion with its history. */
@Injectable()
export class ReviewQueries {
  constructor(private readonly prisma: PrismaService, private readonly stats: SourceStatsService) {}

  async queue(q: ReviewQueueQuery): Promise<Page<QueueItem>> {
    const filter: QueueFilter = { articleId: q.articleId, signal: q.signal, includeReviewed: q.includeReviewed === true };
    if (q.source) {
      const ref = parseSourceId(q.source);
      if (ref.kind === 'outlet') filter.outletId = ref.uuid;
      else filter.citedSourceId = ref.uuid;
    }
    // The queue rows are refreshed with the report-card summaries: catch up first, as cards do.
    await this.stats.catchUp();
    const rows = await this.prisma.$queryRaw<QueueRow[]>(queuePage(filter, q.pageSize, (q.page - 1) * q.pageSize));
    let total = rows[0] ? Number(rows[0].total) : 0;
    if (!rows.length && q.page > 1) total = Number((await this.prisma.$queryRaw<Array<{ total: bigint }>>(queueCount(filter)))[0]?.total ?? 0);
    return { items: rows.map(queueItem), page: q.page, pageSize: q.pageSize, total };
  }

  /**
   * One assertion: its article, automatic values under the current rubric, effective values, every
   * review newest first (with the rubric version each was made under, from its audit entry), and
   * where the current automatic values disagree with the newest review.
   */
  async assertion(id: string): Promise<AssertionDetail> {
    const state = (await loadStates(this.prisma, [id])).get(id);
    if (!state) throw new NotFoundException(`Assertion ${id} not found`);
    const [reviews, entries] = await Promise.all([
      this.prisma.review.findMany({ where: { assertionId: id }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: REVIEW_SELECT }),
      this.prisma.auditLog.findMany({ where: { entityType: 'assertion', entityId: id, action: { startsWith: 'review.' } }, select: { after: true } }),
    ]);
    const decidedById = new Map<string, Record<string, unknown>>();
    for (const e of entries) if (isObject(e.after) && typeof e.after.reviewId === 'string') decidedById.set(e.after.reviewId, e.after);
    const names = await sourceNames(this.prisma, overrideSourceIds(reviews.map((r) => ({ decision: r.decision as ReviewDecision, overrides: r.overrides }))));

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
            attribution: at
              ? { source: at.sourceText, canonicalName: at.citedSource.canonicalName, citedSourceId: at.citedSourceId, sourceType: at.citedSource.type, named: at.named, cue: at.cue, via: at.via, span: [at.spanStart, at.spanEnd] }
              : null,
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
        { rubricVersion: typeof decided?.rubricVersion === 'string' ? decided.rubricVersion : null, values: decided ?? null },
        current,
        names,
      ),
    };
  }
}
