import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { Client } from 'pg';
import { AppConfig } from '../config/config.module';
import { CORROBORATE_ARTICLE, REANALYSE_CLAIM_GROUPS, RESCORE_ALL, SCORE_ARTICLE } from './job-names';

const CHANNEL = 'source_audit_jobs';

/**
 * Background jobs on PostgreSQL itself (pg-boss). Workers poll every few seconds; to keep
 * upload-to-scored latency low, every send also NOTIFYs, and every process with workers LISTENs and
 * wakes them at once — including a separate worker process.
 */
@Injectable()
export class JobQueue implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(JobQueue.name);
  readonly boss: PgBoss;
  private listener?: Client;
  private readonly workerIds: string[] = [];
  private stopping = false;

  constructor(private readonly config: AppConfig) {
    this.boss = new PgBoss({ connectionString: config.get('DATABASE_URL'), max: 4, schema: 'pgboss' });
    this.boss.on('error', (e) => this.logger.error(`job queue error: ${e.message}`));
  }

  async onModuleInit(): Promise<void> {
    await this.boss.start();
    const retryLimit = this.config.get('JOB_RETRY_LIMIT');
    // "stately": at most one queued and one running job per article, so repeated rescore
    // requests collapse instead of piling up.
    await this.boss.createQueue(SCORE_ARTICLE, { name: SCORE_ARTICLE, policy: 'stately', retryLimit, retryDelay: 1, retryBackoff: true, expireInSeconds: 300 });
    await this.boss.createQueue(RESCORE_ALL, { name: RESCORE_ALL, policy: 'singleton', retryLimit, expireInSeconds: 3600 });
    await this.boss.createQueue(REANALYSE_CLAIM_GROUPS, { name: REANALYSE_CLAIM_GROUPS, policy: 'standard', retryLimit, retryDelay: 1, retryBackoff: true, expireInSeconds: 600 });
    await this.boss.createQueue(CORROBORATE_ARTICLE, { name: CORROBORATE_ARTICLE, policy: 'stately', retryLimit, retryDelay: 1, retryBackoff: true, expireInSeconds: 600 });
  }

  async send<T extends object>(name: string, data: T, singletonKey?: string): Promise<string | null> {
    const id = await this.boss.send(name, data, singletonKey ? { singletonKey } : {});
    await this.boss.getDb().executeSql(`SELECT pg_notify('${CHANNEL}', $1)`, [name]).catch(() => undefined);
    return id;
  }

  /** Registers `concurrency` workers for a queue and wakes them whenever a job is sent. */
  async work<T>(name: string, concurrency: number, handler: (job: PgBoss.JobWithMetadata<T>) => Promise<void>): Promise<void> {
    for (let i = 0; i < concurrency; i++) {
      let id = '';
      id = await this.boss.work<T>(name, { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: 2 }, async ([job]) => {
        // A job fetched as the process stops is handed back (failed, so retried by a live worker)
        // rather than started: its transaction could outlive the database pool it needs.
        if (this.stopping) throw new Error('worker process is stopping; the job will be retried');
        try {
          await handler(job);
        } finally {
          // pg-boss sleeps a full polling interval after every job, even when more are queued; a
          // self-notification makes it fetch again at once and only sleep when the queue is empty.
          if (!this.stopping) this.boss.notifyWorker(id);
        }
      });
      this.workerIds.push(id);
    }
    await this.listen();
  }

  private async listen(): Promise<void> {
    if (this.listener) return;
    this.listener = new Client({ connectionString: this.config.get('DATABASE_URL') });
    this.listener.on('notification', () => {
      if (!this.stopping) for (const id of this.workerIds) this.boss.notifyWorker(id);
    });
    this.listener.on('error', (e) => this.logger.warn(`job notification listener: ${e.message}`));
    await this.listener.connect();
    await this.listener.query(`LISTEN ${CHANNEL}`);
  }

  /** Stops taking work, lets running jobs finish (or releases them for retry after the timeout). */
  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    await this.listener?.end().catch(() => undefined);
    await this.boss.stop({ graceful: true, wait: true, timeout: 20_000 });
    this.logger.log('job queue stopped');
  }
}
