/**
 * Every PostgreSQL advisory lock the service takes, in one file so that two purposes never share
 * an id by accident. The numbers are arbitrary but fixed: every process must take the same one.
 */
export const ADVISORY_LOCKS = {
  /** Concurrent starts of the API, the worker and the import CLI apply each migration once. */
  migrations: 7_265_021,
  /** The claim index is shared state: articles are added to it one at a time, in the same order everywhere. */
  corroboration: 7_265_022,
  /**
   * Held for its lifetime by the one process that runs claim grouping's jobs: the others keep no
   * claim index, so none replays another's new members or holds a copy of the index in memory.
   */
  groupingLeader: 7_265_023,
  /** One summaries refresher at a time, so two never re-sum a month row from each other's half-written article rows. */
  summariesRefresh: 7_265_104,
} as const;

/** Serialises admin changes: two admins demoting each other at once must not both succeed (hashtext of this key). */
export const USER_ADMINS_LOCK = 'source-audit:user-admins';

/** Serialises the creation of one cited source across transactions (hashtext of this key). */
export const citedSourceLock = (key: string) => `source-audit:cited-source:${key}`;

/**
 * Job leases use the two-int4 key form, a key space PostgreSQL keeps apart from the bigint ids
 * above: this class number with `hashtext(job id)` (see jobs/job-leases.ts).
 */
export const JOB_LEASE_CLASS = 0x5a0b;
