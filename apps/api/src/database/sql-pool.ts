import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Pool } from 'pg';
import { AppConfig } from '../config/config.module';
import { Sql, viaPg } from './sql';

const END_TIMEOUT_MS = 10_000;

/**
 * A pg pool of `max` connections to the service's database, with PrismaService's session setting
 * (no parallel workers for short statements) and any `options` added: SqlPool's and SummaryReader's.
 */
export function plainPool(config: AppConfig, max: number, options = ''): Pool {
  const pool = new Pool({
    connectionString: config.get('DATABASE_URL'),
    max,
    options: `-c max_parallel_workers_per_gather=0 ${options}`.trim(),
  });
  // A connection the server dropped while idle is replaced on the next checkout.
  pool.on('error', () => undefined);
  return pool;
}

/**
 * Plain pg connections for the hot paths: the upload, scoring-job, import-batch, claim-grouping and
 * summary-refresh transactions and `?wait=true`'s reads. Prisma's client spends more time on the
 * array parameters of a multi-row INSERT than PostgreSQL spends running it (a 155-row score insert:
 * 16–21 ms through Prisma, 8 ms through pg, 2.3 ms inside the server), and on one worker that
 * client-side work kept the event loop busy. Everything else keeps Prisma.
 */
@Injectable()
export class SqlPool implements OnApplicationShutdown {
  private readonly logger = new Logger(SqlPool.name);
  private readonly pool: Pool;

  constructor(config: AppConfig) {
    this.pool = plainPool(config, 6);
  }

  query<T>(text: string, values: readonly unknown[] = []): Promise<T[]> {
    return this.pool.query(text, values as unknown[]).then((r) => r.rows as T[]);
  }

  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  async transaction<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken = false;
    try {
      await client.query('BEGIN');
      const out = await work(viaPg(client));
      await client.query('COMMIT');
      return out;
    } catch (e) {
      // A connection whose ROLLBACK fails is in an unknown state: destroyed, not reused.
      await client.query('ROLLBACK').catch(() => (broken = true));
      throw e;
    } finally {
      client.release(broken);
    }
  }

  // With PrismaService: after job workers have drained in their onModuleDestroy.
  async onApplicationShutdown(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), END_TIMEOUT_MS)));
    const outcome = await Promise.race([this.pool.end().then(() => 'closed' as const), gaveUp]);
    clearTimeout(timer);
    if (outcome === 'timeout') this.logger.warn(`write pool still busy after ${END_TIMEOUT_MS / 1000} s at shutdown`);
  }
}
