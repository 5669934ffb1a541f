import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Prisma } from '../generated/prisma/client';
import { ADVISORY_LOCKS } from '../database/advisory-locks';
import { PrismaService } from '../database/prisma.service';
import { Sql } from '../database/sql';
import { SqlPool } from '../database/sql-pool';
import { CardCache, STATS_CHANNEL } from './card-cache';
import { insertAllQueueItems, refreshQueueItems } from './review-queue.sql';
import {
  deleteArticleRows,
  deleteDayRows,
  deleteMonthRows,
  insertAllDayRows,
  insertAllMonthRows,
  insertArticleRows,
  insertDayRows,
  insertMonthRows,
  StatsKey,
} from './source-stats.sql';

/** Articles per refresh transaction: small enough that a reader waiting on it stays fast. */
const BATCH = 200;
const INTERVAL_MS = 1_000;
/** A queue this long (a migration or a bulk rescore queued everything) is worked off by one rebuild. */
const BULK_BACKLOG = 5_000;

/**
 * Keeps the per-(source, article) and per-(source, month) summaries current.
 *
 * Triggers (migration add_source_report_cards) queue an article in source_stats_dirty whenever
 * its scores, reviews, current rubric, date or outlet change, or it is deleted — whichever process
 * made the change. This service works the queue off: on a 1 s timer, before every card read
 * (so a card never lags a committed change beyond what CardCache allows), and on demand via refreshFor(). Each batch replaces
 * the articles' rows, re-sums the day rows they touch from article rows and those days' months
 * from day rows, so a refresh costs O(assertions of the article + articles of the touched days +
 * 31 per touched month), never a scan of the corpus. A long backlog, and rebuildAll(), recompute
 * everything at once with set-based statements instead (rebuildEverything).
 */
@Injectable()
export class SourceStatsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(SourceStatsService.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  /**
   * The newest committed batch's take of the queue: when (performance.now()) it sent the statement
   * that took its articles, whose snapshot is therefore no earlier, and whether it took every article
   * queued then (fewer than a batch, or a rebuild of everything).
   */
  private lastTake = { at: -Infinity, all: false };

  constructor(
    private readonly prisma: PrismaService,
    private readonly sqlPool: SqlPool,
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
    await this.prisma.$executeRaw`INSERT INTO "source_stats_dirty" ("article_id") VALUES (${articleId}::uuid)`;
    await this.flush();
  }

  /**
   * Recomputes every summary from nothing (after a bulk rescore, or by hand) and empties the
   * queue; returns how many articles it covered. `timings` receives each step's milliseconds.
   */
  async rebuildAll(timings?: Record<string, number>): Promise<number> {
    // After a batch in progress; concurrent flushes in this process then wait for the rebuild.
    await this.running?.catch(() => undefined);
    const run: Promise<number> = rebuildEverything(this.prisma, timings).finally(() => {
      if (this.running === run) this.running = undefined;
    });
    this.running = run;
    const n = await run;
    this.cache.invalidate();
    return n;
  }

  /**
   * Before a read: refresh what is queued (one batch) so the card reflects every committed change.
   * Returns how many articles are still queued (non-zero only during bulk imports, or while
   * writes keep arriving). With `maxLagMs`, a reader content to lag that far behind (CardCache.mayLag)
   * is not held up by articles queued more recently: the 1 s timer refreshes them soon, and the
   * card reports them as pending.
   */
  async catchUp(maxLagMs = 0): Promise<number> {
    return (await this.catchUpBeforeRead(maxLagMs)).queued;
  }

  /**
   * catchUp for a reader that has already read the summaries and found articles queued: `changed` is false only when
   * the queue was left as it was (every article in it queued less than `maxLagMs` ago), so that read still stands and
   * need not be repeated — under a steady flow of uploads, most computed cards. Plain `pg`: this runs for every such
   * card, and Prisma's client cost the event loop more than the statements cost PostgreSQL.
   */
  async catchUpBeforeRead(maxLagMs = 0): Promise<{ queued: number; changed: boolean }> {
    if (maxLagMs > 0) {
      const [q] = await this.sqlPool.query<{ n: number; overdue: boolean }>(
        `SELECT count(DISTINCT "article_id")::int AS n,
                coalesce(bool_or("queued_at" < now() - $1::int * interval '1 millisecond'), false) AS overdue
           FROM "source_stats_dirty"`,
        [Math.round(maxLagMs)],
      );
      if (!q?.overdue) return { queued: q?.n ?? 0, changed: false };
    }
    const since = performance.now();
    // Two rounds: the first may join a batch that took its articles before the caller's change
    // committed. A batch that took them after this call began, and took every article it found,
    // covers every change committed before the call: then one is enough, even if later changes
    // (which this read need not show) are queued by the time it ends.
    for (let round = 0; round < 2; round++) {
      const [pending] = await this.sqlPool.query<{ any: boolean }>(
        `SELECT EXISTS (SELECT 1 FROM "source_stats_dirty") AS any`,
      );
      // Emptied meanwhile (by the timer or another reader): the summaries may have moved since the caller's read.
      if (!pending?.any) return { queued: 0, changed: true };
      await this.flush();
      if (this.lastTake.at >= since && this.lastTake.all) break;
    }
    const [left] = await this.sqlPool.query<{ n: number }>(
      `SELECT count(DISTINCT "article_id")::int AS n FROM "source_stats_dirty"`,
    );
    return { queued: left?.n ?? 0, changed: true };
  }

  /**
   * A summary read whose result says itself whether articles are queued (`pending`): one statement in steady state;
   * when some are, they are refreshed within the request's staleness bound (CardCache.readerLagMs) and the read is
   * repeated unless the queue was left alone. Returns the read and how many articles are still queued.
   */
  async readCurrent<T>(
    read: () => Promise<T>,
    pending: (value: T) => boolean | Promise<boolean>,
  ): Promise<{ value: T; queued: number }> {
    let value = await read();
    if (!(await pending(value))) return { value, queued: 0 };
    const caught = await this.catchUpBeforeRead(this.cache.readerLagMs());
    if (caught.changed) value = await read();
    return { value, queued: caught.queued };
  }

  /** Refreshes one batch of queued articles; returns how many were refreshed. */
  flush(): Promise<number> {
    // Concurrent callers in this process share the running batch instead of queueing on the lock.
    this.running ??= this.flushBatch()
      .then((n) => {
        if (n) this.cache.changed();
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

  /** One batch, or a rebuild of everything when the queue is long. */
  private async flushBatch(): Promise<number> {
    const [queued] = await this.prisma.$queryRaw<Array<{ n: number }>>`
      SELECT count(*)::int AS n FROM (SELECT DISTINCT "article_id" FROM "source_stats_dirty" LIMIT ${BULK_BACKLOG}) q`;
    if ((queued?.n ?? 0) >= BULK_BACKLOG) {
      this.logger.log(`${BULK_BACKLOG} or more articles queued: rebuilding every summary at once`);
      const at = performance.now();
      const n = await rebuildEverything(this.prisma);
      this.took({ at, all: true });
      return n;
    }
    let take = { at: -Infinity, all: false };
    // Plain pg (SqlPool): a batch follows every upload, and Prisma's client cost the event loop
    // more than these statements cost PostgreSQL.
    const n = await this.sqlPool.transaction(async (sql) => {
      await sql.query(`SELECT pg_advisory_xact_lock($1)`, [ADVISORY_LOCKS.summariesRefresh]);
      const at = performance.now();
      // An article may be marked several times (the queue has no unique key, so a mark never waits for
      // this batch): the batch takes articles, oldest mark first, with every mark of theirs it can see.
      // A mark committed after this statement began stays queued for the next batch.
      const rows = await sql.query<{ article_id: string }>(
        `DELETE FROM "source_stats_dirty" WHERE "article_id" IN (
           SELECT "article_id" FROM "source_stats_dirty" GROUP BY "article_id" ORDER BY min("queued_at"), "article_id" LIMIT $1)
         RETURNING "article_id"::text`,
        [BATCH],
      );
      const taken = [...new Set(rows.map((t) => t.article_id))];
      take = { at, all: taken.length < BATCH };
      if (!taken.length) return 0;
      await refreshArticles(sql, taken);
      // Other processes' caches: delivered when this transaction commits.
      await sql.query(`SELECT pg_notify($1, 'refreshed')`, [STATS_CHANNEL]);
      return taken.length;
    });
    // Committed: what the batch took is now in the summaries.
    this.took(take);
    return n;
  }

  private took(take: { at: number; all: boolean }): void {
    if (take.at > this.lastTake.at) this.lastTake = take;
  }
}

/**
 * Replaces the articles' rows (and review-queue rows), then re-sums every day row they fed before
 * or feed now, and those days' month rows.
 */
async function refreshArticles(sql: Sql, articleIds: string[]): Promise<void> {
  // The statements are Prisma.sql fragments (shared with the rebuild); their text and values run as they are.
  const run = <T>(q: Prisma.Sql) => sql.query<T>(q.text, q.values);
  // The review queue's per-assertion rows move on the same changes as the summaries.
  await run(refreshQueueItems(articleIds));
  const before = await run<StatsKey>(deleteArticleRows(articleIds));
  const after = await run<StatsKey>(insertArticleRows(articleIds));
  const keys = [...before, ...after];
  if (!keys.length) return;
  await run(deleteDayRows(keys));
  await run(insertDayRows(keys));
  await run(deleteMonthRows(keys));
  await run(insertMonthRows(keys));
}

/** The tables a rebuild empties and fills. */
type SummaryTable = 'source_article_stats' | 'source_day_stats' | 'source_month_stats' | 'review_queue_items';

/**
 * Runs `fill` on an emptied `table` without its indexes and builds them afterwards: building an
 * index over a million sorted rows is several times cheaper than a million index insertions.
 * The definitions are read from the catalog, so an index a later migration adds is kept too.
 */
async function refill(
  tx: Prisma.TransactionClient,
  table: SummaryTable,
  fill: () => Promise<unknown>,
  timings?: Record<string, number>,
): Promise<void> {
  const t0 = performance.now();
  const indexes = await tx.$queryRaw<Array<{ name: string; def: string; constraint: string | null }>>`
    SELECT i.relname AS name, pg_get_indexdef(i.oid) AS def, c.conname AS "constraint"
    FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
    LEFT JOIN pg_constraint c ON c.conindid = x.indexrelid AND c.contype = 'p'
    WHERE x.indrelid = ${table}::regclass`;
  await tx.$executeRawUnsafe(`TRUNCATE "${table}"`);
  for (const ix of indexes)
    await tx.$executeRawUnsafe(
      ix.constraint ? `ALTER TABLE "${table}" DROP CONSTRAINT "${ix.constraint}"` : `DROP INDEX "${ix.name}"`,
    );
  const t1 = performance.now();
  await fill();
  const t2 = performance.now();
  for (const ix of indexes) {
    await tx.$executeRawUnsafe(ix.def);
    if (ix.constraint)
      await tx.$executeRawUnsafe(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${ix.constraint}" PRIMARY KEY USING INDEX "${ix.name}"`,
      );
  }
  await tx.$executeRawUnsafe(`ANALYZE "${table}"`);
  if (timings) {
    timings[`${table}: empty`] = t1 - t0;
    timings[`${table}: fill`] = t2 - t1;
    timings[`${table}: index, analyze`] = performance.now() - t2;
  }
}

/**
 * Every summary from nothing: the queue emptied (whatever is queued after this statement's
 * snapshot stays queued), the tables emptied, then one set-based statement per table (hash joins
 * over the whole corpus instead of index probes per article), each level summed from the one
 * below. The report-card tables and the review queue are filled by two transactions at once (two
 * connections, two cores), both holding the refresh lock shared so no incremental batch runs
 * between them. Readers of these tables wait until they commit.
 */
export async function rebuildEverything(prisma: PrismaService, timings?: Record<string, number>): Promise<number> {
  const work = (tx: Prisma.TransactionClient, part: 'stats' | 'queue') =>
    (async () => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(${ADVISORY_LOCKS.summariesRefresh})`;
      // Sorts and hashes over a million facts: in memory rather than in temporary files.
      await tx.$executeRaw`SET LOCAL work_mem = '256MB'`;
      if (part === 'queue') return refill(tx, 'review_queue_items', () => tx.$executeRaw(insertAllQueueItems), timings);
      await tx.$executeRaw`DELETE FROM "source_stats_dirty"`;
      await refill(tx, 'source_article_stats', () => tx.$executeRaw(insertArticleRows('all')), timings);
      await refill(tx, 'source_day_stats', () => tx.$executeRaw(insertAllDayRows), timings);
      await refill(tx, 'source_month_stats', () => tx.$executeRaw(insertAllMonthRows), timings);
      await tx.$executeRaw`SELECT pg_notify(${STATS_CHANNEL}, 'refreshed')`;
    })();
  const inTx = (part: 'stats' | 'queue') =>
    prisma.$transaction((tx) => work(tx, part), { timeout: 30 * 60_000, maxWait: 60_000 });
  const [articles] = await prisma.$queryRaw<Array<{ n: number }>>`
    SELECT count(*)::int AS n FROM "Article" WHERE "rubricVersion" IS NOT NULL`;
  const results = await Promise.allSettled([inTx('stats'), inTx('queue')]);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) {
    // One part may have committed without the other: queue everything for the incremental path.
    await prisma.$executeRaw`INSERT INTO "source_stats_dirty" ("article_id") SELECT "id" FROM "Article" WHERE "rubricVersion" IS NOT NULL`;
    throw failed.reason;
  }
  return articles?.n ?? 0;
}
