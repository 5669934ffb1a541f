import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { AppConfig } from '../config/config.module';
import { DatabaseNotifications } from '../database/notifications';
import { JobLeases } from './job-leases';
import type { Sql } from '../database/sql';
import {
  CORROBORATE_ARTICLE,
  CORROBORATE_ARTICLES,
  REANALYSE_CLAIM_GROUPS,
  RESCORE_ALL,
  SCORE_ARTICLE,
} from './job-names';

const CHANNEL = 'source_audit_jobs';
/** Tells processes with workers that a queue has work; a boolean, as pg_notify's void cannot be read back by Prisma. */
const NOTIFY_SENT = `SELECT true AS sent FROM pg_notify('${CHANNEL}', $1)`;
/** How long an idle worker sleeps before polling again when no NOTIFY arrives. */
const POLL_MS = 2_000;
/** How long a stopping process waits for running jobs (inside the 30 s container grace period). */
const DRAIN_MS = 20_000;

/** Jobs fetched together and handled in one go (one transaction, one round trip per step). */
export interface Batching<T> {
  /** Most jobs per fetch, or a function asked before each fetch. */
  size: number | (() => number);
  handler: (jobs: PgBoss.JobWithMetadata<T>[]) => Promise<void>;
}

export interface WorkOptions<T> {
  batch?: Batching<T>;
  /**
   * A session advisory lock: the loops fetch only while this process holds it (taken when free,
   * tried again every polling interval otherwise), so one process at a time runs the queue.
   */
  exclusive?: number;
}

interface WorkLoop {
  name: string;
  /** Waiting to hold the queue's exclusive lock: sends do not wake it (each wake-up is a query). */
  standby?: boolean;
  /** Set by a wake-up; a loop whose fetch was already in flight then fetches again instead of sleeping. */
  woken: boolean;
  wake: () => void;
  done?: Promise<void>;
}

/**
 * Background jobs on PostgreSQL itself (pg-boss). Workers poll every few seconds; to keep
 * upload-to-scored latency low, a send wakes this process's own loops for that queue at once
 * (no round trip), and also NOTIFYs, so every other process with workers (a separate worker
 * process, the import CLI) LISTENs and wakes its loops for that queue.
 */
@Injectable()
export class JobQueue implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(JobQueue.name);
  readonly boss: PgBoss;
  /** Whether this process follows other processes' sends (it runs workers). */
  private subscribed = false;
  private readonly loops: WorkLoop[] = [];
  private readonly leases: JobLeases;
  private stopping = false;

  constructor(
    private readonly config: AppConfig,
    private readonly notifications: DatabaseNotifications,
  ) {
    this.boss = new PgBoss({ connectionString: config.get('DATABASE_URL'), max: 4, schema: 'pgboss' });
    this.boss.on('error', (e) => this.logger.error(`job queue error: ${e.message}`));
    this.leases = new JobLeases(config.get('DATABASE_URL'));
  }

  async onModuleInit(): Promise<void> {
    await this.boss.start();
    const retryLimit = this.config.get('JOB_RETRY_LIMIT');
    // Processes starting together on a fresh database can deadlock inside pg-boss's createQueue
    // (two sessions creating the same partitions); the loser simply tries again.
    for (let attempt = 1; ; attempt++) {
      try {
        await this.createQueues(retryLimit);
        return;
      } catch (e) {
        if ((e as { code?: string }).code !== '40P01' || attempt >= 5) throw e;
        await new Promise((r) => setTimeout(r, 100 * attempt + Math.random() * 200));
      }
    }
  }

  /** "stately": at most one queued and one running job per article, so repeated requests collapse. */
  private async createQueues(retryLimit: number): Promise<void> {
    await this.ensureQueue(SCORE_ARTICLE, {
      name: SCORE_ARTICLE,
      policy: 'stately',
      retryLimit,
      retryDelay: 1,
      retryBackoff: true,
      expireInSeconds: 300,
    });
    await this.ensureQueue(RESCORE_ALL, {
      name: RESCORE_ALL,
      policy: 'singleton',
      retryLimit,
      expireInSeconds: 3600,
    });
    await this.ensureQueue(REANALYSE_CLAIM_GROUPS, {
      name: REANALYSE_CLAIM_GROUPS,
      policy: 'standard',
      retryLimit,
      retryDelay: 1,
      retryBackoff: true,
      expireInSeconds: 600,
    });
    await this.ensureQueue(CORROBORATE_ARTICLES, {
      name: CORROBORATE_ARTICLES,
      policy: 'standard',
      retryLimit,
      retryDelay: 1,
      retryBackoff: true,
      expireInSeconds: 1800,
    });
    await this.ensureQueue(CORROBORATE_ARTICLE, {
      name: CORROBORATE_ARTICLE,
      policy: 'stately',
      retryLimit,
      retryDelay: 1,
      retryBackoff: true,
      expireInSeconds: 600,
    });
  }

  /**
   * Creates a queue, or brings an existing one to these settings: pg-boss's createQueue leaves an
   * existing queue as it is, so a changed JOB_RETRY_LIMIT (or a test booted with another) would
   * otherwise never apply to a database that already had the queue.
   */
  private async ensureQueue(name: string, options: PgBoss.Queue): Promise<void> {
    await this.boss.createQueue(name, options);
    await this.boss.updateQueue(name, options);
  }

  async send<T extends object>(name: string, data: T, singletonKey?: string): Promise<string | null> {
    const id = await this.boss.send(name, data, singletonKey ? { singletonKey } : {});
    if (id) this.wake(name);
    await this.boss
      .getDb()
      .executeSql(NOTIFY_SENT, [name])
      .catch(() => undefined);
    return id;
  }

  /**
   * Queues jobs inside the caller's transaction: they exist, and other processes hear of them
   * (a NOTIFY is delivered at commit), only if it commits. Call `wakeAfterCommit` once it has, so
   * this process's own idle loops fetch them at once.
   */
  async sendVia<T extends object>(
    sql: Sql,
    name: string,
    jobs: ReadonlyArray<{ data: T; singletonKey?: string }>,
  ): Promise<void> {
    if (!jobs.length) return;
    await this.boss.insert(
      jobs.map((j) => ({ name, data: j.data, singletonKey: j.singletonKey })),
      { db: { executeSql: async (text, values) => ({ rows: await sql.query(text, values) }) } },
    );
    await sql.query(NOTIFY_SENT, [name]);
  }

  wakeAfterCommit(name: string): void {
    this.wake(name);
  }

  /**
   * Runs `concurrency` fetch loops for a queue, woken whenever a job is sent. The loops are ours,
   * not pg-boss's `work()`: its shutdown only waits for jobs already handed to a handler, so a job
   * whose fetch was in flight at shutdown (marked active in the database, result not yet back)
   * stayed active until it expired 5–10 minutes later, and its completion was not awaited before
   * the pool closed. Here every fetch, handler and completion is awaited before stop() returns.
   */
  async work<T>(
    name: string,
    concurrency: number,
    handler: (job: PgBoss.JobWithMetadata<T>) => Promise<void>,
    options: WorkOptions<T> = {},
  ): Promise<void> {
    for (let i = 0; i < concurrency; i++) {
      const loop: WorkLoop = { name, woken: false, wake: () => undefined };
      this.loops.push(loop);
      loop.done = this.runLoop(name, loop, handler, options);
    }
    await this.listen();
  }

  private async runLoop<T>(
    name: string,
    loop: WorkLoop,
    handler: (job: PgBoss.JobWithMetadata<T>) => Promise<void>,
    { batch, exclusive }: WorkOptions<T>,
  ): Promise<void> {
    while (!this.stopping) {
      let jobs: PgBoss.JobWithMetadata<T>[] = [];
      loop.woken = false;
      if (exclusive !== undefined && !(await this.holds(exclusive, name))) {
        loop.standby = true;
        await this.sleep(loop);
        loop.standby = false;
        continue;
      }
      try {
        const size = typeof batch?.size === 'function' ? batch.size() : (batch?.size ?? 1);
        jobs = await this.boss.fetch<T>(name, { batchSize: Math.max(1, size), includeMetadata: true });
      } catch (e) {
        this.logger.warn(`fetching ${name} failed: ${(e as Error).message}`);
      }
      if (jobs.length > 1 && batch) {
        await this.runBatch(name, jobs, handler, batch);
        continue;
      }
      if (jobs.length) {
        for (const job of jobs) await this.runJob(name, job, handler);
        continue;
      }
      if (this.stopping) break;
      // A job sent while this fetch was in flight: fetch again rather than sleep a polling interval.
      if (loop.woken) continue;
      await this.sleep(loop);
    }
  }

  /** A polling interval, unless a send, a NOTIFY (or stop) wakes the loop first. */
  private sleep(loop: WorkLoop): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, POLL_MS);
      loop.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  /** Whether this process holds a queue's exclusive lock (says so when it takes it). */
  private async holds(key: number, name: string): Promise<boolean> {
    const before = this.leases.holding(key);
    const now = await this.leases.hold(key).catch(() => false);
    if (now && !before) this.logger.log(`this process now runs the ${name} queue (exclusive lock ${key})`);
    return now;
  }

  private async runJob<T>(
    name: string,
    job: PgBoss.JobWithMetadata<T>,
    handler: (job: PgBoss.JobWithMetadata<T>) => Promise<void>,
  ): Promise<void> {
    try {
      // A job fetched as the process stops is handed back at once (failed, so retried after its
      // retry delay by a live worker) rather than started: its transaction could outlive the pool.
      if (this.stopping) throw new Error('worker process is stopping; the job will be retried');
      // The lease tells other processes this job's worker is alive (see job-leases.ts).
      await this.leases.acquire([job.id]);
      await handler(job);
      await this.boss.complete(name, job.id);
    } catch (e) {
      const err = e as Error;
      await this.boss
        .fail(name, job.id, { message: err.message, stack: err.stack })
        .catch((f: Error) => this.logger.error(`could not record the failure of ${name} job ${job.id}: ${f.message}`));
    } finally {
      await this.leases.release([job.id]);
    }
  }

  /**
   * The jobs of one fetch through the batch handler, completed together. If it fails, each job
   * runs on its own through the single-job handler, so one bad job is retried and failed by
   * itself and cannot hold the others back.
   */
  private async runBatch<T>(
    name: string,
    jobs: PgBoss.JobWithMetadata<T>[],
    handler: (job: PgBoss.JobWithMetadata<T>) => Promise<void>,
    batch: Batching<T>,
  ): Promise<void> {
    const ids = jobs.map((j) => j.id);
    let done = false;
    try {
      if (this.stopping) throw new Error('worker process is stopping; the jobs will be retried');
      await this.leases.acquire(ids);
      await batch.handler(jobs);
      await this.boss.complete(name, ids);
      done = true;
    } catch (e) {
      if (!this.stopping)
        this.logger.warn(
          `a batch of ${jobs.length} ${name} jobs failed (${(e as Error).message}); running them one by one`,
        );
    } finally {
      await this.leases.release(ids);
    }
    if (!done) for (const job of jobs) await this.runJob(name, job, handler);
  }

  /** Only processes that run workers listen for other processes' sends. */
  private async listen(): Promise<void> {
    if (this.subscribed) return;
    this.subscribed = true;
    await this.notifications.subscribe(CHANNEL, {
      // The payload is the queue's name: only that queue's loops fetch (each fetch is a query).
      notified: (name) => this.wake(name || undefined),
      // Sends missed while the connection was down: every loop fetches now rather than at its next poll.
      listening: () => this.wake(),
    });
  }

  /** Whether this process runs workers for a queue (so a job sent from here is likely run here). */
  runs(name: string): boolean {
    return !this.stopping && this.loops.some((l) => l.name === name);
  }

  /** Wakes this process's idle loops for a queue (all queues when none is named). */
  private wake(name?: string): void {
    if (this.stopping) return;
    for (const loop of this.loops)
      if ((!name || loop.name === name) && !loop.standby) {
        loop.woken = true;
        loop.wake();
      }
  }

  /** Stops taking work, lets running jobs finish and their outcome be written, then closes the queue. */
  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    for (const loop of this.loops) loop.wake();
    const drained = Promise.all(this.loops.map((l) => l.done));
    const timedOut = await Promise.race([
      drained.then(() => false),
      new Promise<boolean>((r) => setTimeout(() => r(true), DRAIN_MS).unref()),
    ]);
    if (timedOut)
      this.logger.warn(`jobs still running after ${DRAIN_MS / 1000} s; they will be retried when they expire`);
    await this.leases.close();
    await this.boss.stop({ graceful: true, wait: true, timeout: 1_000 });
    this.logger.log('job queue stopped');
  }
}
