import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { Pool, QueryResultRow } from 'pg';
import { plainPool } from '../database/sql-pool';
import { AppConfig } from '../config/config.module';

/**
 * The summaries' dirty queue as two columns every summary read carries: the age of its oldest mark
 * (null when nothing is queued) and how many articles wait. With both, a reader that may lag decides
 * without another round trip whether its read stands (SourceStatsService.readCurrent). `min` reads the
 * queue's queued_at index; the count runs over the queue alone, empty in steady state.
 */
export const QUEUE_STATE_COLUMNS = `
  (SELECT (extract(epoch FROM now() - min("queued_at")) * 1000)::float8 FROM "source_stats_dirty") AS queue_age_ms,
  (SELECT count(DISTINCT "article_id")::int FROM "source_stats_dirty") AS queued`;

/** QUEUE_STATE_COLUMNS as read. */
export interface QueueState {
  queue_age_ms: number | null;
  queued: number;
}

const QUEUE_STATE: Statement = {
  name: 'summaries_queue_state',
  text: `SELECT ${QUEUE_STATE_COLUMNS}`,
};

/** A fixed SQL text under a name: prepared once per connection, then only executed. */
export interface Statement {
  name: string;
  text: string;
}

/**
 * The report cards' and the source list's reads: a small pool of its own whose statements are
 * prepared once per connection and run on generic plans, so a request costs the execution of a
 * few index scans over summary rows, never the parsing and planning of a wide aggregate (which
 * took 3–13 ms of a card's 10–15 ms at a million assertions). Each statement's text is fixed (the
 * window, source and filters are parameters); nothing from a request is ever spliced into it.
 */
@Injectable()
export class SummaryReader implements OnModuleDestroy {
  private readonly pool: Pool;

  constructor(config: AppConfig) {
    // As PrismaService: no parallel workers for short summary reads; generic plans for prepared ones.
    this.pool = plainPool(config, 6, '-c plan_cache_mode=force_generic_plan');
  }

  async query<T extends QueryResultRow>(statement: Statement, values: unknown[]): Promise<T[]> {
    const r = await this.pool.query<T>({ name: statement.name, text: statement.text, values });
    return r.rows;
  }

  /** The dirty queue's state on its own, for a read that returned no row to carry it. */
  async queueState(): Promise<QueueState> {
    const [row] = await this.query<QueueState>(QUEUE_STATE, []);
    return row ?? { queue_age_ms: null, queued: 0 };
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.end();
  }
}
