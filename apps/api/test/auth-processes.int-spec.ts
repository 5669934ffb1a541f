import { ADMIN, resetAttemptCounts, resetDatabase } from './support/app';
import { ServiceProcess, startService } from './support/service-process';
import { scratchDirs } from './support/scratch-dirs';

const scratchDir = scratchDirs('auth-proc-');

// Two real API processes (`npm start`'s entry point) on the test database, as behind a load
// balancer: what one process decides about accounts, sessions and sign-in attempts holds in the
// other at once.
const LIMIT = 6;

type ApiProcess = ServiceProcess;

const startApi = (): Promise<ApiProcess> =>
  startService({
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    WORKER_MODE: 'off',
    DATA_DIR: scratchDir(),
    JWT_SECRET: 'two-process-test-secret-two-process-test-secret',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    LOGIN_RATE_LIMIT_PER_MINUTE: String(LIMIT),
  });

async function call(
  api: ApiProcess,
  method: string,
  path: string,
  opts: { token?: string; cookie?: string; csrf?: string; body?: unknown } = {},
): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> {
  const headers: Record<string, string> = {};
  if (opts.token) headers.Authorization = `Bearer ${opts.token}`;
  if (opts.cookie) headers.Cookie = opts.cookie;
  if (opts.csrf) headers['X-CSRF-Token'] = opts.csrf;
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  const r = await fetch(`${api.base}${path}`, {
    method,
    headers,
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  const text = await r.text();
  return { status: r.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {}, headers: r.headers };
}

async function login(api: ApiProcess, email: string, password: string): Promise<string> {
  const r = await call(api, 'POST', '/auth/login', { body: { email, password } });
  expect(r.status).toBe(200);
  return r.body.accessToken as string;
}

describe('two API processes on one database', () => {
  let a: ApiProcess;
  let b: ApiProcess;
  /** The admin's access token, signed in once through A. */
  let admin: string;

  beforeAll(async () => {
    await resetDatabase();
    // One after the other: two first starts at the same moment on a fresh database can deadlock
    // in pg-boss's queue creation (a start-up matter of the jobs module, not what is tested here).
    a = await startApi();
    b = await startApi();
    admin = await login(a, ADMIN.email, ADMIN.password);
  }, 120_000);

  afterAll(() => {
    for (const p of [a, b]) if (p && p.child.exitCode === null) p.child.kill('SIGKILL');
  });

  beforeEach(() => resetAttemptCounts());

  it(`allows ${LIMIT} sign-in attempts a minute across both processes, not ${LIMIT} each`, async () => {
    for (let i = 0; i < LIMIT; i++) {
      const api = i % 2 === 0 ? a : b;
      const r = await call(api, 'POST', '/auth/login', { body: { email: ADMIN.email, password: `wrong-guess-${i}` } });
      expect(r.status).toBe(401);
    }
    // Each process has seen only LIMIT / 2 attempts (this test runs first, before any other
    // sign-in); the shared count has reached the limit.
    for (const api of [a, b]) {
      const r = await call(api, 'POST', '/auth/login', { body: { email: ADMIN.email, password: ADMIN.password } });
      expect(r.status).toBe(429);
      expect(r.body.message).toMatch(new RegExp(`at most ${LIMIT} a minute\\. Try again in \\d+ seconds\\.$`));
      expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
    }
  });

  /** A viewer created through A, signed in through B, whose row B has just read (and cached). */
  async function userSeenByB(): Promise<{ id: string; token: string }> {
    const email = `moved-${Date.now()}@example.test`;
    const password = 'two-processes-one-password';
    const created = await call(a, 'POST', '/users', { token: admin, body: { email, password, role: 'viewer' } });
    expect(created.status).toBe(201);
    const token = await login(b, email, password);
    expect((await call(b, 'GET', '/auth/me', { token })).body.role).toBe('viewer');
    return { id: created.body.id as string, token };
  }

  it('a role change made through one process holds in the other on the very next request', async () => {
    const { id, token } = await userSeenByB();
    expect((await call(a, 'PATCH', `/users/${id}`, { token: admin, body: { role: 'analyst' } })).status).toBe(200);
    expect((await call(b, 'GET', '/auth/me', { token })).body.role).toBe('analyst');
  });

  it('a user disabled through one process: the other refuses their token on the very next request', async () => {
    const { id, token } = await userSeenByB();
    expect((await call(a, 'PATCH', `/users/${id}`, { token: admin, body: { disabled: true } })).status).toBe(200);
    const refused = await call(b, 'GET', '/auth/me', { token });
    expect(refused.status).toBe(401);
    expect(refused.body.message).toBe('This account is disabled');
  });

  it('a session signed out through one process is refused by the other', async () => {
    const r = await call(b, 'POST', '/auth/session', { body: { email: ADMIN.email, password: ADMIN.password } });
    expect(r.status).toBe(200);
    const cookie = r.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const csrf = r.body.csrfToken as string;
    expect((await call(a, 'GET', '/auth/me', { cookie })).status).toBe(200);
    expect((await call(b, 'DELETE', '/auth/session', { cookie, csrf })).status).toBe(204);
    const after = await call(a, 'GET', '/auth/me', { cookie });
    expect(after.status).toBe(401);
    expect(after.body.message).toMatch(/signed out/);
  });
});
