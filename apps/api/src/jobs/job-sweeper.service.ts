import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Client } from 'pg';
import { AppConfig } from '../config/config.module';
import { orphanedJobs } from './job-leases';
import { JobQueue } from './job-queue.service';
import {
  CORROBORATE_ARTICLE,
  CORROBORATE_ARTICLES,
  CorroborateArticleData,
  SCORE_ARTICLE,
  ScoreArticleData,
} from './job-names';

/** How often each worker process looks for lost work. */
const SWEEP_MS = 5_000;
/** Work younger than this may still be between its commit and its job being sent. */
const SETTLE_SECONDS = 15;

/**
 * A job of a "stately" queue still to run, for one article: written to match pg-boss's partial
 * index job_i3 (name, state, COALESCE(singleton_key, '')), so each check is an index probe.
 */
const pendingJob = (queue: string) => `
  SELECT 1 FROM pgboss.job j
   WHERE j.name = '${queue}' AND j.policy = 'stately' AND j.state <= 'active'
     AND COALESCE(j.singleton_key, '') = a.id::text`;

/**
 * Articles stored but never queued: the process died between the upload's commit and its send.
 * This and the next check scan Article (6-18 ms at 1 M assertions): no index may read what
 * scoring's updates write, so those updates stay HOT (migration 20261207100000).
 */
const UNQUEUED_ARTICLES = `
  SELECT a.id FROM "Article" a
   WHERE a.status = 'queued' AND a."updatedAt" < now() - make_interval(secs => $1)
     AND NOT EXISTS (${pendingJob(SCORE_ARTICLE)})
   LIMIT 200`;

/**
 * Scored articles never grouped: the process died between the scoring commit and its send. Only
 * articles scored since `$2` get the per-article checks (the first sweep after start checks all of
 * them), so those cost the same however large the corpus grows; finding them is the scan above.
 */
const UNGROUPED_ARTICLES = `
  SELECT a.id FROM "Article" a
   WHERE a.status = 'scored' AND a."scoredAt" < now() - make_interval(secs => $1) AND a."scoredAt" >= $2
     AND EXISTS (SELECT 1 FROM "Assertion" s WHERE s."articleId" = a.id)
     AND NOT EXISTS (SELECT 1 FROM "ClaimMembership" m WHERE m."articleId" = a.id)
     AND NOT EXISTS (${pendingJob(CORROBORATE_ARTICLE)})
     AND NOT EXISTS (SELECT 1 FROM pgboss.job b
                      WHERE b.name = '${CORROBORATE_ARTICLES}' AND b.state <= 'active'
                        AND b.data->'articleIds' ? a.id::text)
   LIMIT 200`;

/** Later sweeps look this far back for ungrouped articles; a live sweeper runs every few seconds. */
const UNGROUPED_WINDOW_MS = 60 * 60_000;

/**
 * Finishes work a dead process left behind, in every process that runs workers: active jobs whose
 * worker's lease is gone are failed (so pg-boss retries them now rather than at expiry), and
 * articles left between a commit and the job that should follow it are queued again. Queueing is
 * idempotent: the queues are "stately" per article, so a job already waiting absorbs the send.
 */
@Injectable()
export class JobSweeper implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JobSweeper.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private db?: Client;
  private sweptOnce = false;

  constructor(
    private readonly queue: JobQueue,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.running ??= this.sweep()
        .then(() => undefined)
        .catch((e: Error) => this.logger.warn(`sweep failed: ${e.message}`))
        .finally(() => (this.running = undefined));
    }, SWEEP_MS);
    this.timer.unref();
  }

  /** One pass; returns what it recovered (tests call it directly, with no settling time). */
  async sweep(
    settleSeconds = SETTLE_SECONDS,
    leaseGraceSeconds?: number,
  ): Promise<{ orphaned: number; unqueued: number; ungrouped: number }> {
    const db = await this.connection();
    const orphans = await orphanedJobs(db, leaseGraceSeconds);
    for (const j of orphans) {
      await this.queue.boss.fail(j.name, j.id, { message: 'the process running this job stopped; retrying' });
    }
    const unqueued = (await db.query<{ id: string }>(UNQUEUED_ARTICLES, [settleSeconds])).rows;
    for (const { id } of unqueued)
      await this.queue.send<ScoreArticleData>(SCORE_ARTICLE, { articleId: id, requestedBy: null }, id);
    const since = this.sweptOnce ? new Date(Date.now() - UNGROUPED_WINDOW_MS) : new Date(0);
    const ungrouped = (await db.query<{ id: string }>(UNGROUPED_ARTICLES, [settleSeconds, since])).rows;
    this.sweptOnce = true;
    for (const { id } of ungrouped)
      await this.queue.send<CorroborateArticleData>(CORROBORATE_ARTICLE, { articleId: id }, id);
    const found = { orphaned: orphans.length, unqueued: unqueued.length, ungrouped: ungrouped.length };
    if (orphans.length || unqueued.length || ungrouped.length)
      this.logger.warn(`recovered lost work: ${JSON.stringify(found)}`);
    return found;
  }

  private async connection(): Promise<Client> {
    if (!this.db) {
      const c = new Client({
        connectionString: this.config.get('DATABASE_URL'),
        application_name: 'source-audit job sweeper',
      });
      c.on('error', () => undefined);
      await c.connect();
      this.db = c;
    }
    return this.db;
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
    await this.db?.end().catch(() => undefined);
  }
}
