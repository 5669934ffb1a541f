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
import { foregroundRecently } from '../common/foreground-work';
import { ADVISORY_LOCKS } from '../database/advisory-locks';

const PAGE = 500;

/**
 * Most articles scored in one job batch: enough to spread a round trip over several articles, few
 * enough that the first of them is not held long and that other processes still find work.
 */
const SCORING_BATCH = 4;

/** Most articles grouped in one transaction (their assertions are read and inserted together). */
const GROUPING_BATCH = 20;

/** Uploads answered less than this long ago make a burst (see the grouping loop). */
const UPLOAD_BURST_MS = 1000;

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
    await this.queue.work<ScoreArticleData>(
      SCORE_ARTICLE,
      concurrency,
      async (job) => {
        try {
          await this.scoreAndQueueGrouping([job.data]);
        } catch (e) {
          // Too long is final: retrying would refuse it again.
          if (e instanceof TooManyAssertionsError) return this.scoring.markFailed(job.data.articleId, e);
          // Retried by pg-boss until the limit; only the last failure marks the article.
          if (job.retryCount >= job.retryLimit) await this.scoring.markFailed(job.data.articleId, e as Error);
          throw e;
        }
      },
      // A queue of articles (a burst of uploads, a rescore) is scored a few at a time and written
      // in one transaction; if such a batch fails, its jobs run one by one through the handler above.
      { batch: { size: SCORING_BATCH, handler: (jobs) => this.scoreAndQueueGrouping(jobs.map((j) => j.data)) } },
    );
    // Claim grouping runs in one process at a time, whichever holds the grouping lock (another
    // takes over within a polling interval when it stops): every article must meet the whole
    // corpus's claims, so more processes could not group faster, and each would keep its own
    // copy of the claim index and replay the others' new members into it. Articles scored faster
    // than they are grouped wait in the queue and are grouped together (one transaction).
    const grouping = ADVISORY_LOCKS.groupingLeader;
    await this.queue.work<CorroborateArticleData>(
      CORROBORATE_ARTICLE,
      1,
      async (job) => {
        await this.corroboration.corroborateArticle(job.data.articleId);
      },
      {
        exclusive: grouping,
        batch: {
          // While this process answers a burst of uploads, one article at a time: the JavaScript
          // of grouping pauses for uploads (foreground-work.ts), a batch's big statements cannot,
          // and added ~20 ms to the median upload (service bench). Worker processes always batch.
          size: () => (foregroundRecently(UPLOAD_BURST_MS) ? 1 : GROUPING_BATCH),
          handler: async (jobs) => {
            await this.corroboration.corroborateArticles(jobs.map((j) => j.data.articleId));
          },
        },
      },
    );
    // A bulk import's batch, GROUPING_BATCH articles per locked transaction so an upload's
    // grouping waits for one slice of it, not for all of it.
    await this.queue.work<CorroborateArticlesData>(
      CORROBORATE_ARTICLES,
      1,
      async (job) => {
        const ids = job.data.articleIds;
        for (let i = 0; i < ids.length; i += GROUPING_BATCH)
          await this.corroboration.corroborateArticles(ids.slice(i, i + GROUPING_BATCH));
      },
      { exclusive: grouping },
    );
    await this.queue.work<ReanalyseClaimGroupsData>(
      REANALYSE_CLAIM_GROUPS,
      1,
      async (job) => {
        await this.corroboration.reanalyseGroups(job.data.groupIds);
      },
      { exclusive: grouping },
    );
    await this.queue.work<RescoreAllData>(RESCORE_ALL, 1, async (job) => {
      await this.rescoreAll(job.data.requestedBy ?? null);
    });
    this.logger.log(`scoring workers running (concurrency ${concurrency}, rubric ${RUBRIC_VERSION})`);
  }

  /** Scores articles and, in the same transaction, queues their claim grouping. */
  private async scoreAndQueueGrouping(requests: ScoreArticleData[]): Promise<void> {
    const outcomes = await this.scoring.scoreMany(requests, (sql, stored) =>
      this.queue.sendVia<CorroborateArticleData>(
        sql,
        CORROBORATE_ARTICLE,
        stored.map((o) => ({ data: { articleId: o.articleId }, singletonKey: o.articleId })),
      ),
    );
    if (outcomes.length) this.queue.wakeAfterCommit(CORROBORATE_ARTICLE);
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
