import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { Client } from 'pg';

export const ADMIN = { email: 'admin@example.test', password: 'admin-password-for-tests' };

/** Environment every integration test boots the app with (the database comes from global setup). */
export function testEnv(overrides: Record<string, string> = {}): void {
  Object.assign(process.env, {
    NODE_ENV: 'test',
    JWT_SECRET: 'integration-test-secret-that-is-long-enough',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    LOG_LEVEL: 'silent',
    WORKER_MODE: 'inline',
    WORKER_CONCURRENCY: '2',
    JOB_RETRY_LIMIT: '2',
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
    // Cards drop at every change, so a test reading as one user what another just wrote sees it
    // however quickly it reads; card-staleness.int-spec.ts boots with the interval set.
    CARD_CACHE_MAX_STALE_MS: '0',
    ...overrides,
  });
}

export interface TestApp {
  app: INestApplication;
  http: TestAgent;
  close(): Promise<void>;
}

/** Boots the real HTTP app (same pipes, filters and modules as `npm start`) on the test database. */
export async function bootApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  testEnv(overrides);
  const { createHttpApp } = await import('../../src/http-app');
  const app = await createHttpApp({ logs: false });
  await app.init();
  return { app, http: request(app.getHttpServer()), close: () => app.close() };
}

/** Empties every table (TRUNCATE does not fire the audit log's append-only trigger). */
export async function resetDatabase(): Promise<void> {
  const c = new Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  try {
    const r = await c.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'",
    );
    if (r.rows.length) await c.query(`TRUNCATE ${r.rows.map((t) => `"${t.tablename}"`).join(', ')} CASCADE`);
    await c.query('DELETE FROM pgboss.job').catch(() => undefined);
  } finally {
    await c.end();
  }
}

/**
 * Forgets every sign-in and password attempt counted so far. The counts live in the database, so
 * an app booted with a low LOGIN_RATE_LIMIT_PER_MINUTE would otherwise inherit the attempts
 * earlier tests made against the same database.
 */
export async function resetAttemptCounts(): Promise<void> {
  const c = new Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  try {
    await c.query('DELETE FROM "AuthAttempt"');
  } finally {
    await c.end();
  }
}

/** Logs in and returns the bearer token. */
export async function login(http: TestAgent, email: string, password: string): Promise<string> {
  const r = await http.post('/api/auth/login').send({ email, password }).expect(200);
  return (r.body as { accessToken: string }).accessToken;
}

/** Polls until `check` returns a truthy value (background jobs), failing after `ms`. */
export async function eventually<T>(check: () => Promise<T | undefined | null | false>, ms = 15_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > until) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Uploads an article as `token` and waits until it is scored; answers its id. */
export async function uploadScored(http: TestAgent, token: string, body: Record<string, string>): Promise<string> {
  const auth = { Authorization: `Bearer ${token}` };
  const r = await http.post('/api/articles').set(auth).send(body).expect(202);
  await eventually(
    async () => (await http.get(`/api/articles/${r.body.id}`).set(auth)).body.status === 'scored',
    30_000,
  );
  return r.body.id as string;
}
