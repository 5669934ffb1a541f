import { Client } from 'pg';
import type { AppConfig } from '../src/config/config.module';
import { DatabaseNotifications } from '../src/database/notifications';
import { JobQueue } from '../src/jobs/job-queue.service';
import { eventually, resetDatabase } from './support/app';

// Stopping a process while its workers are busy must leave no job "active" behind: such a job is
// only retried when it expires (5–10 minutes), which is how claim grouping used to stall after an
// import. Each round stops a queue at a random moment of a busy run, then checks the table.
jest.setTimeout(120_000);
const QUEUE = 'test-drain';

const config = {
  get: (key: string) => ({ DATABASE_URL: process.env.DATABASE_URL, JOB_RETRY_LIMIT: 5 })[key],
} as unknown as AppConfig;

async function states(): Promise<Record<string, number>> {
  const c = new Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  try {
    const r = await c.query<{ state: string; n: string }>(
      'SELECT state, count(*) AS n FROM pgboss.job WHERE name = $1 GROUP BY state',
      [QUEUE],
    );
    return Object.fromEntries(r.rows.map((x) => [x.state, Number(x.n)]));
  } finally {
    await c.end();
  }
}

/** A worker process's queue, with the notification connection it shares with the rest of the process. */
async function startQueue(ran: Map<string, number>): Promise<{ q: JobQueue; stop: () => Promise<void> }> {
  const notifications = new DatabaseNotifications(config);
  await notifications.onApplicationBootstrap();
  const q = new JobQueue(config, notifications);
  await q.onModuleInit();
  await q.boss.createQueue(QUEUE, {
    name: QUEUE,
    policy: 'standard',
    retryLimit: 5,
    retryDelay: 1,
    expireInSeconds: 600,
  });
  await q.work<{ n: number }>(QUEUE, 2, async (job) => {
    await new Promise((r) => setTimeout(r, Math.random() * 20));
    ran.set(job.id, (ran.get(job.id) ?? 0) + 1);
  });
  const stop = async () => {
    await q.onModuleDestroy();
    await notifications.onModuleDestroy();
  };
  return { q, stop };
}

describe('job queue: start and shutdown', () => {
  beforeAll(() => resetDatabase());

  it('leaves no job active when stopped mid-run, and a later worker finishes every job', async () => {
    const ran = new Map<string, number>();
    const sent: string[] = [];
    for (let round = 0; round < 8; round++) {
      const { q, stop } = await startQueue(ran);
      for (let i = 0; i < 25; i++) sent.push((await q.send(QUEUE, { n: i }))!);
      await new Promise((r) => setTimeout(r, 20 + Math.random() * 150));
      await stop();
      expect({ round, active: (await states()).active ?? 0 }).toEqual({ round, active: 0 });
    }
    const last = await startQueue(ran);
    try {
      await eventually(async () => (await states()).completed === sent.length, 60_000);
    } finally {
      await last.stop();
    }
    expect(sent.every((id) => (ran.get(id) ?? 0) >= 1)).toBe(true);
  });

  it('starts several processes at once on a fresh database (pg-boss queue creation can deadlock)', async () => {
    const admin = new Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    const name = `fresh_${Date.now()}`;
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${name}`;
    const fresh = {
      get: (key: string) => ({ DATABASE_URL: url.toString(), JOB_RETRY_LIMIT: 2 })[key],
    } as unknown as AppConfig;
    const queues = Array.from({ length: 4 }, () => new JobQueue(fresh, new DatabaseNotifications(fresh)));
    try {
      const started = await Promise.allSettled(queues.map((q) => q.onModuleInit()));
      expect(started.map((s) => (s.status === 'rejected' ? String(s.reason) : 'ok'))).toEqual(['ok', 'ok', 'ok', 'ok']);
    } finally {
      for (const q of queues) await q.onModuleDestroy().catch(() => undefined);
      await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await admin.end();
    }
  });

  it('runs a queue in batches, and a batch that fails one job at a time so only the bad job fails', async () => {
    const name = `test-batch-${Date.now()}`;
    const notifications = new DatabaseNotifications(config);
    await notifications.onApplicationBootstrap();
    const q = new JobQueue(config, notifications);
    await q.onModuleInit();
    await q.boss.createQueue(name, { name, policy: 'standard', retryLimit: 0, expireInSeconds: 600 });
    const ids: string[] = [];
    for (let n = 0; n < 12; n++) ids.push((await q.send(name, { n, bad: n === 7 }))!);
    const batches: number[][] = [];
    const singles: number[] = [];
    await q.work<{ n: number; bad: boolean }>(
      name,
      1,
      async (job) => {
        if (job.data.bad) throw new Error('a job that always fails');
        singles.push(job.data.n);
      },
      {
        batch: {
          size: 5,
          handler: async (jobs) => {
            batches.push(jobs.map((j) => j.data.n));
            if (jobs.some((j) => j.data.bad)) throw new Error('the batch holds a bad job');
          },
        },
      },
    );
    const db = new Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    try {
      const byState = async () =>
        (
          await db.query<{ state: string; n: number }>(
            `SELECT state, (data->>'n')::int AS n FROM pgboss.job WHERE name = $1 ORDER BY 2`,
            [name],
          )
        ).rows;
      await eventually(async () => (await byState()).every((r) => r.state === 'completed' || r.state === 'failed'));
      const rows = await byState();
      expect(rows.filter((r) => r.state === 'failed').map((r) => r.n)).toEqual([7]);
      expect(rows.filter((r) => r.state === 'completed')).toHaveLength(11);
      // Jobs were fetched several at a time, and the failed batch's other jobs ran by themselves.
      expect(batches.some((b) => b.length > 1)).toBe(true);
      const failedBatch = batches.find((b) => b.includes(7))!;
      expect(singles.sort((a, b) => a - b)).toEqual(failedBatch.filter((n) => n !== 7).sort((a, b) => a - b));
    } finally {
      await db.end();
      await q.onModuleDestroy();
      await notifications.onModuleDestroy();
    }
  });

  it('queues jobs inside a transaction: they exist only if it commits', async () => {
    const name = `test-via-${Date.now()}`;
    const notifications = new DatabaseNotifications(config);
    const q = new JobQueue(config, notifications);
    await q.onModuleInit();
    await q.boss.createQueue(name, { name, policy: 'stately', retryLimit: 0, expireInSeconds: 600 });
    const db = new Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    const sql = {
      query: async <T>(text: string, values?: readonly unknown[]) =>
        (await db.query(text, values as unknown[])).rows as T[],
    };
    const count = async () =>
      Number((await db.query(`SELECT count(*) AS n FROM pgboss.job WHERE name = $1`, [name])).rows[0].n);
    /** Two jobs queued in a transaction that ends with `end`. */
    const queueTwo = async (end: 'COMMIT' | 'ROLLBACK') => {
      await db.query('BEGIN');
      await q.sendVia(sql, name, [
        { data: { n: 1 }, singletonKey: 'a' },
        { data: { n: 2 }, singletonKey: 'b' },
      ]);
      await db.query(end);
    };
    try {
      await queueTwo('ROLLBACK');
      expect(await count()).toBe(0);
      await queueTwo('COMMIT');
      expect(await count()).toBe(2);
      // The queue's policy still holds: one queued job per key.
      await db.query('BEGIN');
      await q.sendVia(sql, name, [{ data: { n: 3 }, singletonKey: 'a' }]);
      await db.query('COMMIT');
      expect(await count()).toBe(2);
    } finally {
      await db.end();
      await q.onModuleDestroy();
    }
  });

  it('runs an exclusive queue in one process at a time, and another takes over when it stops', async () => {
    const name = `test-exclusive-${Date.now()}`;
    const LOCK = 990_001;
    const ranBy: string[] = [];
    const start = async (who: string) => {
      const notifications = new DatabaseNotifications(config);
      await notifications.onApplicationBootstrap();
      const q = new JobQueue(config, notifications);
      await q.onModuleInit();
      await q.boss.createQueue(name, { name, policy: 'standard', retryLimit: 0, expireInSeconds: 600 });
      await q.work<{ n: number }>(name, 1, async () => void ranBy.push(who), { exclusive: LOCK });
      return {
        q,
        stop: async () => {
          await q.onModuleDestroy();
          await notifications.onModuleDestroy();
        },
      };
    };
    const a = await start('a');
    // a's loop has taken the lock before b starts.
    await eventually(async () => {
      const c = new Client({ connectionString: process.env.DATABASE_URL });
      await c.connect();
      try {
        return (
          (await c.query(`SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND granted`, [LOCK]))
            .rowCount === 1
        );
      } finally {
        await c.end();
      }
    });
    const b = await start('b');
    try {
      for (let n = 0; n < 6; n++) await b.q.send(name, { n });
      await eventually(async () => ranBy.length === 6);
      expect(new Set(ranBy)).toEqual(new Set(['a']));
      await a.stop();
      for (let n = 6; n < 9; n++) await b.q.send(name, { n });
      // b tries the lock again within a polling interval (2 s).
      await eventually(async () => ranBy.length === 9, 15_000);
      expect(ranBy.slice(6)).toEqual(['b', 'b', 'b']);
    } finally {
      await b.stop();
      await a.stop().catch(() => undefined);
    }
  });

  it('applies the configured retry limit to queues an earlier start created with another', async () => {
    const withLimit = (limit: number) =>
      ({
        get: (key: string) => ({ DATABASE_URL: process.env.DATABASE_URL, JOB_RETRY_LIMIT: limit })[key],
      }) as unknown as AppConfig;
    const db = new Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    try {
      for (const limit of [5, 2]) {
        const cfg = withLimit(limit);
        const q = new JobQueue(cfg, new DatabaseNotifications(cfg));
        await q.onModuleInit();
        await q.onModuleDestroy();
        const r = await db.query<{ retry_limit: number }>(
          `SELECT retry_limit FROM pgboss.queue WHERE name = 'score-article'`,
        );
        expect(r.rows[0]!.retry_limit).toBe(limit);
      }
    } finally {
      await db.end();
    }
  });
});
