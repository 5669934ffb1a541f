import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { SqlPool } from '../database/sql-pool';
import { foregroundRecently } from '../common/foreground-work';

/** A burst of uploads in this process: the merge waits until none came for this long. */
const BURST_MS = 1000;
/**
 * At most one merge this often: a merge updates the posting list of every word its articles hold,
 * so merging several articles at once writes each common word's list once rather than per article
 * (under the 1 M mixed load, merging after every grouping batch cost 29 ms a merge of one or two
 * articles). Searches meanwhile read at most this long's uploads from the list.
 */
const MIN_INTERVAL_MS = 2000;

/**
 * Merges the article search index's pending entries into its tree in the background, after claim
 * grouping, rather than in the upload whose insert overflows the list. A GIN index takes new
 * entries into a pending list that every search reads in full (migration 20261206120000 bounds it
 * at 1 MB). Grouping follows each scoring within seconds and merges come at most MIN_INTERVAL_MS
 * apart, so the list holds a few seconds' uploads. While this process answers a burst of uploads
 * the merge waits for the burst to end, as grouping's batches do (common/foreground-work.ts).
 */
@Injectable()
export class SearchIndexUpkeep implements OnModuleDestroy {
  private readonly logger = new Logger(SearchIndexUpkeep.name);
  private warned = false;
  private later?: NodeJS.Timeout;
  private lastMerge = -Infinity;

  constructor(private readonly sql: SqlPool) {}

  async mergePending(): Promise<void> {
    const wait = Math.max(
      foregroundRecently(BURST_MS) ? BURST_MS : 0,
      this.lastMerge + MIN_INTERVAL_MS - performance.now(),
    );
    if (wait > 0) {
      this.later ??= setTimeout(() => {
        this.later = undefined;
        void this.mergePending();
      }, wait).unref();
      return;
    }
    this.lastMerge = performance.now();
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
