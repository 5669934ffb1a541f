import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Prisma } from '../generated/prisma/client';
import { ADVISORY_LOCKS } from '../database/advisory-locks';
import { PrismaService } from '../database/prisma.service';
import { CardCache, STATS_CHANNEL } from './card-cache';
import { deleteQueueItems, insertQueueItems } from './review-queue.sql';
import { deleteArticleRows, deleteMonthRows, insertArticleRows, insertMonthRows, StatsKey } from './source-stats.sql';

/** Articles per refresh transaction: small enough that a reader waiting on it stays fast. */
const BATCH = 200;
const INTERVAL_MS = 1_000;

/**
 * Keeps the per-(source, article) and per-(source, month) summaries current.
 *
 * Triggers (migration add_source_report_cards) queue an article in source_stats_dirty whenever
 * its scores, reviews, current rubric, date or outlet change, or it is deleted — whichever process
 * made the change. This service works the queue off: on a 1 s timer, before every card read
 * (so a card never lags a committed change), and on demand via refreshFor(). Each batch replaces
 * the articles' rows and re-sums the month rows they touch from article rows, so a refresh costs
 * O(assertions of the article + articles in the touched months), never a scan of the corpus.
 */
@Injectable()
export class SourceStatsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(SourceStatsService.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    private readonly prisma: PrismaService,
    private readonly cache: CardCache,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.drainInBackground(), INTERVAL_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  /** For the scoring job (or anyone who just changed an article): refresh its cards now. */
  async refreshFor(articleId: string): Promise<void> {
    await this.prisma
      .$executeRaw`INSERT INTO "source_stats_dirty" ("article_id") VALUES (${articleId}::uuid) ON CONFLICT DO NOTHING`;
    await this.flush();
  }

  /** Queues every scored article and works the whole queue off (after a bulk rescore, or by hand). */
  async rebuildAll(): Promise<number> {
    await this.prisma
      .$executeRaw`INSERT INTO "source_stats_dirty" ("article_id") SELECT "id" FROM "Article" WHERE "rubricVersion" IS NOT NULL ON CONFLICT DO NOTHING`;
    let total = 0;
    for (let n = await this.flush(); n > 0; n = await this.flush()) total += n;
    return total;
  }

  /**
   * Before a read: refresh what is queued (one batch) so the card reflects every committed change.
   * Returns how many articles are still queued (non-zero only during bulk imports).
   */
  async catchUp(): Promise<number> {
    // Two rounds: the first may join a timer batch that started before the caller's change committed.
    for (let round = 0; round < 2; round++) {
      const [pending] = await this.prisma.$queryRaw<
        Array<{ any: boolean }>
      >`SELECT EXISTS (SELECT 1 FROM "source_stats_dirty") AS any`;
      if (!pending?.any) return 0;
      await this.flush();
    }
    const [left] = await this.prisma.$queryRaw<Array<{ n: bigint }>>`SELECT count(*) AS n FROM "source_stats_dirty"`;
    return Number(left?.n ?? 0);
  }

  /** Refreshes one batch of queued articles; returns how many were refreshed. */
  flush(): Promise<number> {
    // Concurrent callers in this process share the running batch instead of queueing on the lock.
    this.running ??= this.flushBatch()
      .then((n) => {
        if (n) this.cache.invalidate();
        return n;
      })
      .finally(() => (this.running = undefined));
    return this.running;
  }

  private async drainInBackground(): Promise<void> {
    try {
      await this.flush();
    } catch (e) {
      this.logger.warn(`source stats refresh failed: ${(e as Error).message}`);
    }
  }

  private flushBatch(): Promise<number> {
    return this.prisma.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADVISORY_LOCKS.summariesRefresh})`;
        const taken = await tx.$queryRaw<Array<{ article_id: string }>>`
          DELETE FROM "source_stats_dirty" WHERE "article_id" IN (
            SELECT "article_id" FROM "source_stats_dirty" ORDER BY "queued_at", "article_id" LIMIT ${BATCH})
          RETURNING "article_id"::text`;
        if (!taken.length) return 0;
        await refreshArticles(
          tx,
          taken.map((t) => t.article_id),
        );
        // Other processes' caches: delivered when this transaction commits.
        await tx.$executeRaw`SELECT pg_notify(${STATS_CHANNEL}, 'refreshed')`;
        return taken.length;
      },
      { timeout: 60_000, maxWait: 30_000 },
    );
  }
}

/** Replaces the articles' rows (and review-queue rows), then re-sums every month row they fed before or feed now. */
async function refreshArticles(tx: Prisma.TransactionClient, articleIds: string[]): Promise<void> {
  // The review queue's per-assertion rows move on the same changes as the summaries.
  await tx.$executeRaw(deleteQueueItems(articleIds));
  await tx.$executeRaw(insertQueueItems(articleIds));
  const before = await tx.$queryRaw<StatsKey[]>(deleteArticleRows(articleIds));
  const after = await tx.$queryRaw<StatsKey[]>(insertArticleRows(articleIds));
  const keys = [...before, ...after];
  if (!keys.length) return;
  await tx.$executeRaw(deleteMonthRows(keys));
  await tx.$executeRaw(insertMonthRows(keys));
}
