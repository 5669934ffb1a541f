import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { SqlPool } from '../database/sql-pool';
import { foregroundRecently } from '../common/foreground-work';

/** A burst of uploads in this process: the merge waits until none came for this long. */
const BURST_MS = 1000;

/**
 * Merges the article search index's pending entries into its tree in the background, after claim
 * grouping, rather than in the upload whose insert overflows the list. A GIN index takes new
 * entries into a pending list that every search reads in full (migration 20261206120000 bounds it
 * at 1 MB). Grouping follows each scoring within seconds, so the list holds the last few uploads;
 * while this process is answering a burst of uploads the merge waits for the burst to end, as
 * grouping's batches do (common/foreground-work.ts): a worker process that serves no uploads
 * merges at once.
 */
@Injectable()
export class SearchIndexUpkeep implements OnModuleDestroy {
  private readonly logger = new Logger(SearchIndexUpkeep.name);
  private warned = false;
  private later?: NodeJS.Timeout;

  constructor(private readonly sql: SqlPool) {}

  async mergePending(): Promise<void> {
    if (foregroundRecently(BURST_MS)) {
      this.later ??= setTimeout(() => {
        this.later = undefined;
        void this.mergePending();
      }, BURST_MS).unref();
      return;
    }
    try {
      await this.sql.query(`SELECT gin_clean_pending_list('"Article_search_idx"'::regclass)`);
    } catch (e) {
      // A database role that may not maintain the index (some managed databases): inserts then
      // merge the list themselves at its limit. Said once, not per job.
      if (!this.warned) this.logger.warn(`search index pending list left to inserts: ${(e as Error).message}`);
      this.warned = true;
    }
  }

  onModuleDestroy(): void {
    clearTimeout(this.later);
  }
}
