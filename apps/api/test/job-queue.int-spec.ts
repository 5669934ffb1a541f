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
});
