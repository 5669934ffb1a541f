import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import type { PrismaService } from '../src/database/prisma.service';
import type { JobSweeper } from '../src/jobs/job-sweeper.service';
import { bootApp, eventually, resetDatabase, TestApp } from './support/app';

// Work a dead process leaves behind is finished within seconds: an active job whose worker was
// killed is retried (its lease died with the process), an article stored without its scoring job
// is queued, a scored article never grouped is grouped.
jest.setTimeout(120_000);
const root = resolve(__dirname, '../../..');
const TEXT = 'The district police chief said on Sunday that a checkpoint near Baghlan was attacked at night.';

async function jobState(id: string): Promise<string | undefined> {
  const c = new Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  try {
    return (await c.query<{ state: string }>('SELECT state FROM pgboss.job WHERE id = $1', [id])).rows[0]?.state;
  } finally {
    await c.end();
  }
}

describe('recovering work after a crash', () => {
  let t: TestApp;
  let prisma: PrismaService;
  let sweeper: JobSweeper;

  beforeAll(async () => {
    await resetDatabase();
    t = await bootApp({ WORKER_MODE: 'inline' });
    prisma = t.app.get((await import('../src/database/prisma.service')).PrismaService);
    sweeper = t.app.get((await import('../src/jobs/job-sweeper.service')).JobSweeper);
  });
  afterAll(() => t.close());

  it('retries a job whose worker was killed with SIGKILL, without waiting for its expiry', async () => {
    const queueName = 'test-crash';
    const child = spawn(
      process.execPath,
      ['-r', '@swc-node/register', join(__dirname, 'support/hanging-worker.ts'), queueName],
      { cwd: root, env: process.env },
    );
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    await eventually(async () => out.includes('ready'), 30_000);
    const { JobQueue } = await import('../src/jobs/job-queue.service');
    const jobId = (await t.app.get(JobQueue).send(queueName, { n: 1 }))!;
    await eventually(async () => out.includes(`running ${jobId}`), 15_000);

    // Readiness reports where the queue stands: the job is running, none waits.
    const ready = await t.http.get('/api/health/ready').expect(200);
    expect(ready.body.info.jobs.queues[queueName]).toEqual({ waiting: 0, running: 1, oldestWaitingSeconds: null });

    // Alive: the lease is held, so the sweep leaves the job alone.
    expect((await sweeper.sweep(0, 0)).orphaned).toBe(0);
    expect(await jobState(jobId)).toBe('active');

    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    await eventually(async () => (await sweeper.sweep(0, 0)).orphaned === 1, 10_000);
    expect(await jobState(jobId)).toBe('retry');
  });

  it('queues an article stored without its scoring job, and scores it', async () => {
    const article = await prisma.article.create({
      data: { text: TEXT, format: 'text', contentHash: createHash('sha256').update(TEXT).digest('hex') },
    });
    expect((await sweeper.sweep(0)).unqueued).toBeGreaterThanOrEqual(1);
    await eventually(
      async () => (await prisma.article.findUniqueOrThrow({ where: { id: article.id } })).status === 'scored',
      30_000,
    );
    // Nothing left to recover, and a second sweep queues nothing twice.
    expect((await sweeper.sweep(0)).unqueued).toBe(0);
  });

  it('queues a stuck article again when it is uploaded again, without waiting for the sweeper', async () => {
    const text = `${TEXT} It was stuck.`;
    const article = await prisma.article.create({
      data: { text, format: 'text', contentHash: createHash('sha256').update(text).digest('hex') },
    });
    const { createUserAndLogin } = await import('./support/users');
    const { token } = await createUserAndLogin(t.app, t.http, 'analyst');
    const again = await t.http.post('/api/articles').set('Authorization', `Bearer ${token}`).send({ text }).expect(200);
    expect(again.body).toMatchObject({ id: article.id, duplicate: true, status: 'queued' });
    // The sweeper leaves articles younger than 15 s alone, so this is the re-upload's doing.
    await eventually(
      async () => (await prisma.article.findUniqueOrThrow({ where: { id: article.id } })).status === 'scored',
      10_000,
    );
  });

  it('groups a scored article whose grouping job was lost', async () => {
    const article = await prisma.article.findFirstOrThrow({ where: { status: 'scored' } });
    await eventually(
      async () => (await prisma.claimMembership.count({ where: { articleId: article.id } })) > 0,
      30_000,
    );
    const before = await prisma.claimMembership.count({ where: { articleId: article.id } });
    await prisma.claimMembership.deleteMany({ where: { articleId: article.id } });
    expect((await sweeper.sweep(0)).ungrouped).toBe(1);
    await eventually(
      async () => (await prisma.claimMembership.count({ where: { articleId: article.id } })) === before,
      30_000,
    );
  });
});
