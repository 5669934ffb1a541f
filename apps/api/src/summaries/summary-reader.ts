import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { Pool, QueryResultRow } from 'pg';
import { plainPool } from '../database/sql-pool';
import { AppConfig } from '../config/config.module';

const PENDING: Statement = {
  name: 'summaries_pending',
  text: 'SELECT EXISTS (SELECT 1 FROM "source_stats_dirty") AS pending',
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

  /** Whether any article waits in the summaries' dirty queue (a reader then catches up first). */
  async pending(): Promise<boolean> {
    const [row] = await this.query<{ pending: boolean }>(PENDING, []);
    return row?.pending === true;
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.end();
  }
}
