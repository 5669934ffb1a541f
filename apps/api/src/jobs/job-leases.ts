import { Client } from 'pg';
import { JOB_LEASE_CLASS } from '../database/advisory-locks';

/**
 * Liveness of running jobs through PostgreSQL sessions: a worker holds a session-level advisory
 * lock per job it runs, on one connection of its own. When the process dies (kill -9, OOM, lost
 * host) PostgreSQL drops the session and its locks at once, so any process can tell an orphaned
 * active job (lock free) from a running one (lock held) within seconds, instead of waiting for
 * pg-boss's expiry (5–10 minutes).
 */
const LEASE_CLASS = JOB_LEASE_CLASS;

/** A job older than this that is active with no lease has lost its worker (covers fetch → lease). */
export const LEASE_GRACE_SECONDS = 10;

export class JobLeases {
  private client?: Client;
  private connecting?: Promise<Client>;
  /** Session locks this process holds on the lease connection (see hold). */
  private readonly held = new Set<number>();

  constructor(private readonly url: string | undefined) {}

  private async connection(): Promise<Client> {
    if (this.client) return this.client;
    this.connecting ??= (async () => {
      const c = new Client({ connectionString: this.url, application_name: 'source-audit job leases' });
      c.on('error', () => this.lost(c));
      c.on('end', () => this.lost(c));
      try {
        await c.connect();
      } catch (e) {
        this.connecting = undefined;
        throw e;
      }
      this.client = c;
      return c;
    })();
    return this.connecting;
  }

  /** A dropped connection took its locks with it: the next call connects again. */
  private lost(c: Client): void {
    if (this.client !== c) return;
    this.client = undefined;
    this.connecting = undefined;
    this.held.clear();
  }

  /** Whether this process holds the session lock `key` (as far as it knows: no round trip). */
  holding(key: number): boolean {
    return this.held.has(key) && this.client !== undefined;
  }

  /**
   * Whether this process holds the session lock `key`, taking it if it is free. Held until the
   * process stops or its connection drops (then another process's next try takes it).
   */
  async hold(key: number): Promise<boolean> {
    if (this.holding(key)) return true;
    const c = await this.connection();
    const r = await c.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [key]);
    if (r.rows[0]!.ok) this.held.add(key);
    return r.rows[0]!.ok;
  }

  /** Holds a lease for each job (a batch's, or one) until release, in one round trip. */
  async acquire(jobIds: readonly string[]): Promise<void> {
    const c = await this.connection();
    await c.query('SELECT pg_try_advisory_lock($1, hashtext(id)) FROM unnest($2::text[]) AS id', [LEASE_CLASS, jobIds]);
  }

  async release(jobIds: readonly string[]): Promise<void> {
    await this.client
      ?.query('SELECT pg_advisory_unlock($1, hashtext(id)) FROM unnest($2::text[]) AS id', [LEASE_CLASS, jobIds])
      .catch(() => undefined);
  }

  async close(): Promise<void> {
    const c = this.client;
    this.client = undefined;
    this.connecting = undefined;
    this.held.clear();
    await c?.end().catch(() => undefined);
  }
}

/**
 * Active jobs whose worker is gone: started more than the grace period ago, and whose lease can be
 * taken. The try-lock is transaction-scoped, so finding one takes nothing away from anyone.
 */
export async function orphanedJobs(
  db: Client,
  graceSeconds = LEASE_GRACE_SECONDS,
): Promise<{ id: string; name: string }[]> {
  await db.query('BEGIN');
  try {
    const r = await db.query<{ id: string; name: string }>(
      `SELECT j.id, j.name FROM pgboss.job j
        WHERE j.state = 'active' AND j.started_on < now() - make_interval(secs => $2)
          AND pg_try_advisory_xact_lock($1, hashtext(j.id::text))
        LIMIT 100`,
      [LEASE_CLASS, graceSeconds],
    );
    return r.rows;
  } finally {
    await db.query('COMMIT');
  }
}
