import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { RUBRIC_VERSION } from '@auditor/scoring';
import { AppConfig } from '../config/config.module';
import { PrismaService } from '../database/prisma.service';
import { AuditService } from '../audit/audit.service';
import { ArticleScoringService } from './article-scoring.service';
import { JobQueue } from './job-queue.service';
import {
  CORROBORATE_ARTICLE,
  CORROBORATE_ARTICLES,
  CorroborateArticleData,
  CorroborateArticlesData,
  REANALYSE_CLAIM_GROUPS,
  ReanalyseClaimGroupsData,
  RESCORE_ALL,
  RescoreAllData,
  SCORE_ARTICLE,
  ScoreArticleData,
} from './job-names';
import { CorroborationService } from '../corroboration/corroboration.service';
import { TooManyAssertionsError } from '../scoring-threads/scoring-pool';

const PAGE = 500;

/** Job handlers, registered in processes that run workers (the API by default, or `npm run worker`). */
@Injectable()
export class ScoringWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger(ScoringWorker.name);

  constructor(
    private readonly queue: JobQueue,
    private readonly scoring: ArticleScoringService,
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly corroboration: CorroborationService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const concurrency = this.config.get('WORKER_CONCURRENCY');
    await this.queue.work<ScoreArticleData>(SCORE_ARTICLE, concurrency, async (job) => {
      try {
        const outcome = await this.scoring.score(job.data.articleId, job.data.requestedBy);
        if (outcome)
          await this.queue.send<CorroborateArticleData>(
            CORROBORATE_ARTICLE,
            { articleId: outcome.articleId },
            outcome.articleId,
          );
      } catch (e) {
        // Too long is final: retrying would refuse it again.
        if (e instanceof TooManyAssertionsError) return this.scoring.markFailed(job.data.articleId, e);
        // Retried by pg-boss until the limit; only the last failure marks the article.
        if (job.retryCount >= job.retryLimit) await this.scoring.markFailed(job.data.articleId, e as Error);
        throw e;
      }
    });
    // One corroboration worker per process; the service's transaction lock orders them across processes.
    await this.queue.work<CorroborateArticleData>(CORROBORATE_ARTICLE, 1, async (job) => {
      await this.corroboration.corroborateArticle(job.data.articleId);
    });
    // A bulk import's batch: its articles one after another, each in its own locked transaction.
    await this.queue.work<CorroborateArticlesData>(CORROBORATE_ARTICLES, 1, async (job) => {
      for (const id of job.data.articleIds) await this.corroboration.corroborateArticle(id);
    });
    await this.queue.work<ReanalyseClaimGroupsData>(REANALYSE_CLAIM_GROUPS, 1, async (job) => {
      await this.corroboration.reanalyseGroups(job.data.groupIds);
    });
    await this.queue.work<RescoreAllData>(RESCORE_ALL, 1, async (job) => {
      await this.rescoreAll(job.data.requestedBy ?? null);
    });
    this.logger.log(`scoring workers running (concurrency ${concurrency}, rubric ${RUBRIC_VERSION})`);
  }

  /** Queues every article whose current scores are not under this build's rubric version. */
  async rescoreAll(requestedBy: string | null): Promise<number> {
    let queued = 0;
    let cursor: string | undefined;
    for (;;) {
      const page = await this.prisma.article.findMany({
        where: { OR: [{ rubricVersion: null }, { rubricVersion: { not: RUBRIC_VERSION } }] },
        select: { id: true },
        orderBy: { id: 'asc' },
        take: PAGE,
        ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      });
      for (const a of page)
        if (await this.queue.send<ScoreArticleData>(SCORE_ARTICLE, { articleId: a.id, requestedBy }, a.id)) queued++;
      if (page.length < PAGE) break;
      cursor = page[page.length - 1].id;
    }
    await this.audit.record({
      actorId: requestedBy,
      action: 'rubric.rescore-all',
      entityType: 'rubric',
      entityId: RUBRIC_VERSION,
      after: { queued },
    });
    return queued;
  }
}
