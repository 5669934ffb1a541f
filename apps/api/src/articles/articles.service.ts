import {
  Injectable,
  Logger,
  NotFoundException,
  ServiceUnavailableException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { OutletType } from '@auditor/scoring';
import { Prisma } from '../generated/prisma/client';
import type { RescoreAccepted, UploadAccepted } from '@auditor/contracts';
import { PrismaService } from '../database/prisma.service';
import { Actor } from '../audit/actor';
import { AuditService } from '../audit/audit.service';
import { JobQueue } from '../jobs/job-queue.service';
import { ScoringPool, TooManyAssertionsError } from '../scoring-threads/scoring-pool';
import {
  REANALYSE_CLAIM_GROUPS,
  ReanalyseClaimGroupsData,
  RESCORE_ALL,
  RescoreAllData,
  SCORE_ARTICLE,
  ScoreArticleData,
} from '../jobs/job-names';
import { Extracted } from '../extraction/extract';
import { deriveMetadata } from './derive-metadata';
import { answerKnownText, SyndicationDeps } from './syndication';

export interface ArticleMetadata {
  title?: string;
  url?: string;
  outlet?: string;
  outletType?: OutletType;
  publishedAt?: string;
  author?: string;
}

export type UploadResult = UploadAccepted;

export const statusUrl = (id: string) => `/api/articles/${id}`;

const isUniqueViolation = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002';

/** Writes: uploads, deletes and scoring requests. Reads live in ArticleQueries. */
@Injectable()
export class ArticlesService {
  private readonly logger = new Logger(ArticlesService.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly queue: JobQueue,
    private readonly scoring: ScoringPool,
  ) {}

  /**
   * Stores an extracted article, or returns the existing one with the same content. The article,
   * its original bytes, its outlet and the audit entry commit together; the scoring job is sent
   * only after commit, so a worker never looks for an article that is not there yet.
   */
  async upload(extracted: Extracted, meta: ArticleMetadata, actor: Actor): Promise<UploadResult> {
    // Hash and sentence count come from a scoring thread, so a huge upload does not hold the event loop.
    const { hash, assertions: sentences } = await this.scoring.inspect(extracted.text);
    const existing = await this.findByHash(hash);
    if (existing) {
      // Uploading a stuck article again queues it again (its first job may have died with its
      // process); the queue is stately per article, so a job already waiting absorbs this one.
      if (existing.status === 'queued') {
        await this.send(() =>
          this.queue.send<ScoreArticleData>(
            SCORE_ARTICLE,
            { articleId: existing.id, requestedBy: actor.userId },
            existing.id,
          ),
        );
      }
      return answerKnownText(this.syndication, existing, meta, actor);
    }
    // Refused before anything is stored: a document the scorer would refuse is not worth keeping.
    if (sentences > this.scoring.maxAssertions) {
      throw new UnprocessableEntityException(new TooManyAssertionsError(sentences, this.scoring.maxAssertions).message);
    }

    let id: string;
    try {
      id = await this.prisma.$transaction(async (tx) => {
        const outletId = meta.outlet ? await this.outletId(tx, meta.outlet.trim(), meta.outletType) : null;
        const article = await tx.article.create({
          data: {
            outletId,
            ...deriveMetadata(extracted, meta),
            url: meta.url ?? null,
            author: meta.author?.trim() || null,
            contentHash: hash,
            text: extracted.text,
            format: extracted.format,
            createdById: actor.userId,
          },
          select: {
            id: true,
            title: true,
            url: true,
            author: true,
            publishedAt: true,
            publishedAtSource: true,
            format: true,
            outletId: true,
          },
        });
        const { bytes, mediaType, filename } = extracted.original;
        await tx.articleOriginal.create({
          data: { articleId: article.id, mediaType, filename, bytes: Uint8Array.from(bytes) },
        });
        await this.audit.record(
          {
            actorId: actor.userId,
            requestId: actor.requestId,
            action: 'article.uploaded',
            entityType: 'article',
            entityId: article.id,
            after: { ...article, contentHash: hash, bytes: bytes.length, filename, mediaType },
          },
          tx,
        );
        return article.id;
      });
    } catch (e) {
      // Two identical uploads at once: the unique contentHash lets one insert win; the other
      // rolled back whole and answers with the winner.
      if (isUniqueViolation(e)) {
        const winner = await this.findByHash(hash);
        if (winner) return answerKnownText(this.syndication, winner, meta, actor);
      }
      throw e;
    }

    try {
      await this.queue.send<ScoreArticleData>(SCORE_ARTICLE, { articleId: id, requestedBy: actor.userId }, id);
    } catch (e) {
      // The article is stored and stays "queued"; POST /api/articles/:id/rescore (or rescore-all)
      // queues it again. Failing the upload now would hide an article that exists.
      this.logger.error(`article ${id} stored but its scoring job could not be queued: ${(e as Error).message}`);
    }
    return { id, status: 'queued', statusUrl: statusUrl(id), duplicate: false };
  }

  /** Deletes an article and (by cascade) its original, assertions, scores and reviews. */
  async remove(id: string, actor: Actor): Promise<void> {
    const groupIds = await this.prisma.$transaction(async (tx) => {
      const before = await tx.article.findUnique({
        where: { id },
        select: {
          id: true,
          title: true,
          url: true,
          author: true,
          publishedAt: true,
          format: true,
          status: true,
          contentHash: true,
          rubricVersion: true,
          createdById: true,
          createdAt: true,
          outlet: { select: { id: true, name: true } },
          _count: { select: { assertions: true } },
        },
      });
      if (!before) throw new NotFoundException(`Article ${id} not found`);
      // Claim groups that lose members with it must be analysed again (or dissolved).
      const groups = await tx.claimMembership.findMany({
        where: { articleId: id, role: { not: null } },
        select: { groupId: true },
        distinct: ['groupId'],
      });
      await tx.article.delete({ where: { id } });
      await this.audit.record(
        {
          actorId: actor.userId,
          requestId: actor.requestId,
          action: 'article.deleted',
          entityType: 'article',
          entityId: id,
          before,
        },
        tx,
      );
      return groups.map((g) => g.groupId);
    });
    // After commit; if queueing fails the groups stay as they were until their next change.
    if (groupIds.length) {
      await this.queue
        .send<ReanalyseClaimGroupsData>(REANALYSE_CLAIM_GROUPS, { groupIds })
        .catch((e: Error) => this.logger.error(`claim groups of deleted article ${id} not requeued: ${e.message}`));
    }
  }

  /**
   * Queues one article for (re)scoring. The status is set to "queued" before the job is sent, so
   * a fast worker's "scoring"/"scored" can never be overwritten by this request; a job already
   * waiting for the article absorbs the request (jobId null).
   */
  async rescore(id: string, actor: Actor): Promise<RescoreAccepted> {
    const found = await this.prisma.article.updateMany({
      where: { id, status: { not: 'scoring' } },
      data: { status: 'queued', error: null },
    });
    if (found.count === 0 && !(await this.prisma.article.findUnique({ where: { id }, select: { id: true } })))
      throw new NotFoundException(`Article ${id} not found`);
    const jobId = await this.send(() =>
      this.queue.send<ScoreArticleData>(SCORE_ARTICLE, { articleId: id, requestedBy: actor.userId }, id),
    );
    await this.audit.record({
      actorId: actor.userId,
      requestId: actor.requestId,
      action: 'article.rescore-requested',
      entityType: 'article',
      entityId: id,
      after: { jobId },
    });
    return { jobId, statusUrl: statusUrl(id) };
  }

  /** Asks the worker to queue every article not scored under the current rubric (one such job at a time). */
  async rescoreAll(actor: Actor): Promise<RescoreAccepted> {
    const jobId = await this.send(() => this.queue.send<RescoreAllData>(RESCORE_ALL, { requestedBy: actor.userId }));
    await this.audit.record({
      actorId: actor.userId,
      requestId: actor.requestId,
      action: 'rubric.rescore-all-requested',
      entityType: 'rubric',
      after: { jobId },
    });
    return { jobId };
  }

  private get syndication(): SyndicationDeps {
    return {
      prisma: this.prisma,
      audit: this.audit,
      queue: this.queue,
      outletId: (tx, name, type) => this.outletId(tx, name, type),
    };
  }

  private async send(fn: () => Promise<string | null>): Promise<string | null> {
    try {
      return await fn();
    } catch (e) {
      this.logger.error(`could not queue a job: ${(e as Error).message}`);
      throw new ServiceUnavailableException('The job queue is unavailable; try again in a moment');
    }
  }

  private async findByHash(hash: string): Promise<UploadResult | null> {
    const a = await this.prisma.article.findUnique({
      where: { contentHash: hash },
      select: { id: true, status: true },
    });
    return a && { id: a.id, status: a.status, statusUrl: statusUrl(a.id), duplicate: true };
  }

  /**
   * Find-or-create by unique name without a race: INSERT … ON CONFLICT DO NOTHING, then read.
   * A type given with the upload fills in an outlet that has none; it never overwrites one.
   */
  private async outletId(tx: Prisma.TransactionClient, name: string, type: OutletType | undefined): Promise<string> {
    await tx.outlet.createMany({ data: [{ name, type: type ?? null }], skipDuplicates: true });
    const outlet = await tx.outlet.findUniqueOrThrow({ where: { name }, select: { id: true, type: true } });
    if (type && !outlet.type) await tx.outlet.updateMany({ where: { id: outlet.id, type: null }, data: { type } });
    return outlet.id;
  }
}
