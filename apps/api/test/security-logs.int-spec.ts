import { randomUUID } from 'node:crypto';
import { resetDatabase } from './support/app';
import { ServiceProcess, startService, stopService } from './support/service-process';
import { scratchDirs } from './support/scratch-dirs';

const scratchDir = scratchDirs('logs-');

// Secrets never reach the logs: the real `npm start` entry point runs with debug logging on the
// test database, goes through sign-ins (right and wrong), a browser session, an API token, a user
// created with a password and an upload scored by the inline worker; then its whole stdout and
// stderr is searched for every secret it handled.
jest.setTimeout(120_000);

const setCookies = (r: globalThis.Response) => r.headers.getSetCookie();
const cookieValue = (set: string[], name: string) =>
  decodeURIComponent(
    set
      .find((c) => c.startsWith(`${name}=`))!
      .split(';')[0]
      .slice(name.length + 1),
  );

describe('secrets never logged', () => {
  let svc: ServiceProcess;
  let base: string;
  let output = '';
  const admin = { email: 'log-admin@example.test', password: `Admin-log-${randomUUID()}` };
  const wrongPassword = `Wrong-log-${randomUUID()}`;
  const newUserPassword = `New-user-${randomUUID()}`;
  const jwtSecret = `log-test-secret-${randomUUID()}`;
  /** Every secret the run handles, by what it is (filled as the run goes). */
  const secrets: Record<string, string> = {};

  const call = async (path: string, init: RequestInit & { json?: unknown } = {}) => {
    const { json, ...rest } = init;
    const headers = new Headers(rest.headers);
    if (json !== undefined) headers.set('Content-Type', 'application/json');
    return fetch(`${base}${path}`, { ...rest, headers, body: json === undefined ? rest.body : JSON.stringify(json) });
  };

  beforeAll(async () => {
    // An empty database, so the service creates its first admin from ADMIN_EMAIL / ADMIN_PASSWORD.
    await resetDatabase();
    svc = await startService({
      DATABASE_URL: process.env.DATABASE_URL,
      NODE_ENV: 'test',
      LOG_LEVEL: 'debug',
      WORKER_MODE: 'inline',
      DATA_DIR: scratchDir(),
      JWT_SECRET: jwtSecret,
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
    });
    base = svc.base;
  });

  afterAll(() => stopService(svc, 'SIGKILL'));

  it('signs in, fails a sign-in, uses a session, an API token and an upload, then stops', async () => {
    // Bearer sign-in, and two refused ones (bearer and browser) with a wrong password.
    const login = await call('/auth/login', { method: 'POST', json: admin });
    expect(login.status).toBe(200);
    secrets.jwt = ((await login.json()) as { accessToken: string }).accessToken;
    const auth = { Authorization: `Bearer ${secrets.jwt}` };
    for (const path of ['/auth/login', '/auth/session']) {
      const r = await call(path, { method: 'POST', json: { email: admin.email, password: wrongPassword } });
      expect(r.status).toBe(401);
    }

    // A browser session: its cookie (a JWT) and CSRF token, used for a read and a write.
    const session = await call('/auth/session', { method: 'POST', json: admin });
    expect(session.status).toBe(200);
    const set = setCookies(session);
    secrets.sessionCookie = cookieValue(set, 'sa_session');
    secrets.csrfCookie = cookieValue(set, 'sa_csrf');
    secrets.csrfToken = ((await session.json()) as { csrfToken: string }).csrfToken;
    const cookie = set.map((c) => c.split(';')[0]).join('; ');
    expect((await call('/auth/me', { headers: { Cookie: cookie } })).status).toBe(200);

    // An API token, created with the JWT and used for reads and an upload that gets scored.
    const created = await call('/tokens', { method: 'POST', headers: auth, json: { name: 'log test' } });
    expect(created.status).toBe(201);
    secrets.apiToken = ((await created.json()) as { token: string }).token;
    const bearer = { Authorization: `Bearer ${secrets.apiToken}` };
    expect((await call('/auth/me', { headers: bearer })).status).toBe(200);
    const upload = await call('/articles', {
      method: 'POST',
      headers: bearer,
      json: {
        title: 'Log test',
        outlet: 'Log Test Wire',
        outletType: 'media',
        text: 'The ministry said on Monday that 40 people were evacuated. Officials reportedly expect more rain.',
      },
    });
    expect(upload.status).toBe(202);
    const { id } = (await upload.json()) as { id: string };
    const until = Date.now() + 30_000;
    for (;;) {
      const a = (await (await call(`/articles/${id}`, { headers: bearer })).json()) as { status: string };
      if (a.status === 'scored') break;
      if (Date.now() > until) throw new Error(`article not scored in time: ${JSON.stringify(a)}`);
      await new Promise((r) => setTimeout(r, 200));
    }

    // A user created with a password (in the request body), then the session signed out.
    const user = await call('/users', {
      method: 'POST',
      headers: { Cookie: cookie, 'X-CSRF-Token': secrets.csrfToken },
      json: { email: `log-user-${randomUUID().slice(0, 8)}@example.test`, password: newUserPassword, role: 'viewer' },
    });
    expect(user.status).toBe(201);
    const out = await call('/auth/session', {
      method: 'DELETE',
      headers: { Cookie: cookie, 'X-CSRF-Token': secrets.csrfToken },
    });
    expect(out.status).toBe(204);

    expect(await stopService(svc)).toBe(0);
    output = svc.output();
  });

  it('logged the run (so the search below searched something)', () => {
    const lines = output.split('\n').filter((l) => l.startsWith('{'));
    const requests = lines.map((l) => JSON.parse(l) as { req?: { url?: string }; res?: { statusCode?: number } });
    const seen = (url: string, status: number) =>
      requests.some((r) => r.req?.url === url && r.res?.statusCode === status);
    expect(seen('/api/auth/login', 200)).toBe(true);
    expect(seen('/api/auth/login', 401)).toBe(true);
    expect(seen('/api/auth/session', 401)).toBe(true);
    expect(seen('/api/tokens', 201)).toBe(true);
    expect(seen('/api/articles', 202)).toBe(true);
    expect(seen('/api/users', 201)).toBe(true);
    expect(output).toMatch(/SIGTERM received/);
  });

  it('contains none of the passwords, tokens, cookies or the JWT secret it handled', () => {
    const all: Record<string, string> = {
      ...secrets,
      adminPassword: admin.password,
      wrongPassword,
      newUserPassword,
      jwtSecret,
      // Parts a logger might print on their own: a JWT's signature, an API token past its
      // displayed prefix (sat_ + 6 characters, shown in token lists by design).
      jwtSignature: secrets.jwt.split('.')[2],
      sessionSignature: secrets.sessionCookie.split('.')[2],
      apiTokenSecretPart: secrets.apiToken.slice(10),
    };
    expect(Object.keys(secrets).sort()).toEqual(['apiToken', 'csrfCookie', 'csrfToken', 'jwt', 'sessionCookie']);
    const leaked = Object.entries(all)
      .filter(([, v]) => {
        expect(v.length).toBeGreaterThanOrEqual(16);
        return output.includes(v) || output.includes(encodeURIComponent(v));
      })
      .map(([k]) => k);
    expect(leaked).toEqual([]);
  });
});
