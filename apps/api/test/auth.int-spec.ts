import { createHash } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import type { PrismaService } from '../src/database/prisma.service';
import { ADMIN, bootApp, login, resetAttemptCounts, resetDatabase, TestApp } from './support/app';
import { createUserAndLogin } from './support/users';

// Sign-in, access tokens, API tokens and the global guard, over real HTTP and PostgreSQL.
// App code is imported after bootApp(): importing it first would read the configuration before
// testEnv() sets it (ConfigModule validates the environment when it is first loaded).

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
// Audit rows have a BigInt id.
const dump = (v: unknown) => JSON.stringify(v, (_, x: unknown) => (typeof x === 'bigint' ? x.toString() : x));
const noSecrets = (body: unknown) => {
  const json = dump(body);
  expect(json).not.toMatch(/passwordHash|tokenHash|scrypt\$/);
};

describe('auth', () => {
  let t: TestApp;
  let prisma: PrismaService;

  beforeAll(async () => {
    await resetDatabase();
    t = await bootApp();
    prisma = t.app.get((await import('../src/database/prisma.service')).PrismaService);
  });
  afterAll(() => t.close());

  const auditRows = (action: string, entityId?: string) =>
    prisma.auditLog.findMany({ where: { action, ...(entityId ? { entityId } : {}) }, orderBy: { id: 'asc' } });

  describe('admin bootstrap', () => {
    it('created the admin from ADMIN_EMAIL/ADMIN_PASSWORD on start, and audited it', async () => {
      const admin = await prisma.user.findUniqueOrThrow({ where: { email: ADMIN.email } });
      expect(admin.role).toBe('admin');
      expect(admin.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);
      const [row] = await auditRows('auth.admin-bootstrap', admin.id);
      expect(row.after).toMatchObject({ email: ADMIN.email, role: 'admin' });
      noSecrets(row.after);
      await login(t.http, ADMIN.email, ADMIN.password);
    });

    it('does nothing once users exist', async () => {
      const { AdminBootstrapService } = await import('../src/auth/admin-bootstrap.service');
      await expect(t.app.get(AdminBootstrapService).ensureAdmin()).resolves.toBe('exists');
      expect(await prisma.user.count({ where: { role: 'admin' } })).toBe(1);
    });
  });

  describe('POST /api/auth/login', () => {
    it('returns a bearer token, its lifetime and the user, and audits the sign-in with the request id', async () => {
      const r = await t.http
        .post('/api/auth/login')
        .set('X-Request-Id', 'login-ok-1')
        .send({ email: ADMIN.email, password: ADMIN.password })
        .expect(200);
      expect(r.body).toEqual({
        accessToken: expect.any(String),
        tokenType: 'Bearer',
        expiresIn: 12 * 3600,
        user: { id: expect.any(String), email: ADMIN.email, role: 'admin' },
      });
      const [row] = await prisma.auditLog.findMany({ where: { action: 'auth.login', requestId: 'login-ok-1' } });
      expect(row).toMatchObject({ actorId: r.body.user.id, entityType: 'user', entityId: r.body.user.id });
    });

    it('accepts the e-mail in any case', async () => {
      await login(t.http, ADMIN.email.toUpperCase(), ADMIN.password);
    });

    it('answers a wrong password with 401 and audits the failure without the password', async () => {
      const r = await t.http
        .post('/api/auth/login')
        .set('X-Request-Id', 'login-bad-1')
        .send({ email: ADMIN.email, password: 'not-the-password-123' })
        .expect(401);
      expect(r.body.message).toBe('Wrong email or password');
      const [row] = await prisma.auditLog.findMany({
        where: { action: 'auth.login-failed', requestId: 'login-bad-1' },
      });
      expect(row.after).toMatchObject({ email: ADMIN.email, reason: 'wrong-password' });
      expect(dump(row)).not.toContain('not-the-password-123');
    });

    it('answers an unknown e-mail exactly like a wrong password', async () => {
      const r = await t.http
        .post('/api/auth/login')
        .set('X-Request-Id', 'login-bad-2')
        .send({ email: 'nobody@example.test', password: 'whatever-password' })
        .expect(401);
      expect(r.body.message).toBe('Wrong email or password');
      const [row] = await prisma.auditLog.findMany({
        where: { action: 'auth.login-failed', requestId: 'login-bad-2' },
      });
      expect(row).toMatchObject({ entityId: null, after: { email: 'nobody@example.test', reason: 'unknown-email' } });
    });

    it('validates the body', async () => {
      await t.http.post('/api/auth/login').send({ email: ADMIN.email }).expect(400);
      await t.http
        .post('/api/auth/login')
        .send({ email: ADMIN.email, password: ADMIN.password, role: 'admin' })
        .expect(400);
    });

    it('refuses a disabled user, and their access and API tokens stop working', async () => {
      const u = await createUserAndLogin(t.app, t.http, 'analyst');
      const apiToken = (await t.http.post('/api/tokens').set(bearer(u.token)).send({ name: 'script' }).expect(201)).body
        .token as string;
      await prisma.user.update({ where: { id: u.user.id }, data: { disabledAt: new Date() } });
      const r = await t.http.post('/api/auth/login').send({ email: u.user.email, password: u.password }).expect(401);
      expect(r.body.message).toMatch(/disabled/);
      expect((await t.http.get('/api/auth/me').set(bearer(u.token)).expect(401)).body.message).toBe(
        'This account is disabled',
      );
      expect((await t.http.get('/api/auth/me').set(bearer(apiToken)).expect(401)).body.message).toBe(
        'This account is disabled',
      );
      const [row] = await auditRows('auth.login-failed', u.user.id);
      expect(row.after).toMatchObject({ reason: 'disabled' });
    });
  });

  describe('the guard', () => {
    it('GET /api/auth/me answers the signed-in user from a JWT', async () => {
      const u = await createUserAndLogin(t.app, t.http, 'reviewer');
      const r = await t.http.get('/api/auth/me').set(bearer(u.token)).expect(200);
      expect(r.body).toEqual({ id: u.user.id, email: u.user.email, role: 'reviewer', via: 'jwt' });
    });

    it('answers 401 with a clear message without credentials, with a bad header or a forged token', async () => {
      expect((await t.http.get('/api/auth/me').expect(401)).body.message).toMatch(/^Sign in first/);
      expect((await t.http.get('/api/auth/me').set('Authorization', 'Basic YTpi').expect(401)).body.message).toMatch(
        /Bearer <token>/,
      );
      expect((await t.http.get('/api/auth/me').set(bearer('not.a.jwt')).expect(401)).body.message).toMatch(/invalid/);
      const forged = await new JwtService({ secret: 'some-other-secret-that-is-long-enough!!' }).signAsync(
        { sub: 'x' },
        { issuer: 'source-audit', audience: 'source-audit-api' },
      );
      await t.http.get('/api/auth/me').set(bearer(forged)).expect(401);
      expect((await t.http.get('/api/auth/me').set(bearer('sat_doesnotexist')).expect(401)).body.message).toBe(
        'The API token is not valid',
      );
    });

    it('answers 401 for an expired JWT', async () => {
      const { passwordVersion } = await import('../src/auth/access-token.service');
      const admin = await prisma.user.findUniqueOrThrow({ where: { email: ADMIN.email } });
      const past = Math.floor(Date.now() / 1000) - 3600;
      const expired = await t.app
        .get(JwtService)
        .signAsync(
          { sub: admin.id, pwv: passwordVersion(admin.passwordHash), iat: past - 60, exp: past },
          { issuer: 'source-audit', audience: 'source-audit-api' },
        );
      expect((await t.http.get('/api/auth/me').set(bearer(expired)).expect(401)).body.message).toBe(
        'Your session has expired; sign in again',
      );
    });

    it('leaves @Public routes open', async () => {
      await t.http.get('/api/health').expect(200);
    });

    it('enforces roles with a message naming both', async () => {
      const viewer = await createUserAndLogin(t.app, t.http, 'viewer');
      const r = await t.http.get('/api/users').set(bearer(viewer.token)).expect(403);
      expect(r.body.message).toBe('This action needs the admin role; you are a viewer');
    });

    it('serves API docs describing these routes', async () => {
      const r = await t.http.get('/api/docs-json').expect(200);
      expect(Object.keys(r.body.paths)).toEqual(
        expect.arrayContaining([
          '/api/auth/login',
          '/api/auth/me',
          '/api/auth/password',
          '/api/tokens',
          '/api/tokens/{id}',
          '/api/users',
          '/api/users/{id}',
        ]),
      );
    });
  });

  describe('API tokens', () => {
    it('create → use → list → revoke → 401, storing only a hash', async () => {
      const u = await createUserAndLogin(t.app, t.http, 'viewer');
      const created = await t.http
        .post('/api/tokens')
        .set(bearer(u.token))
        .set('X-Request-Id', 'tok-create-1')
        .send({ name: 'nightly import' })
        .expect(201);
      const { id, token, prefix, expiresAt } = created.body as {
        id: string;
        token: string;
        prefix: string;
        expiresAt: string | null;
      };
      expect(created.body).toEqual({
        id: expect.any(String),
        name: 'nightly import',
        token: expect.stringMatching(/^sat_[\w-]{43}$/),
        prefix: token.slice(0, 10),
        expiresAt: null,
      });
      expect(expiresAt).toBeNull();

      const row = await prisma.apiToken.findUniqueOrThrow({ where: { id } });
      expect(row.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
      expect(row.prefix).toBe(prefix);
      expect(dump(row)).not.toContain(token);

      const me = await t.http.get('/api/auth/me').set(bearer(token)).expect(200);
      expect(me.body).toEqual({ id: u.user.id, email: u.user.email, role: 'viewer', via: 'api-token' });
      expect((await prisma.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).not.toBeNull();

      const list = await t.http.get('/api/tokens').set(bearer(u.token)).expect(200);
      expect(list.body).toEqual([
        expect.objectContaining({ id, name: 'nightly import', prefix, userId: u.user.id, revokedAt: null }),
      ]);
      expect(JSON.stringify(list.body)).not.toContain(token);
      noSecrets(list.body);

      await t.http.delete(`/api/tokens/${id}`).set(bearer(u.token)).set('X-Request-Id', 'tok-revoke-1').expect(204);
      expect((await t.http.get('/api/auth/me').set(bearer(token)).expect(401)).body.message).toBe(
        'The API token was revoked',
      );
      await t.http.delete(`/api/tokens/${id}`).set(bearer(u.token)).expect(204);

      const [c] = await auditRows('api-token.created', id);
      expect(c).toMatchObject({ actorId: u.user.id, requestId: 'tok-create-1' });
      const revoked = await auditRows('api-token.revoked', id);
      expect(revoked).toHaveLength(1);
      expect(revoked[0]).toMatchObject({
        requestId: 'tok-revoke-1',
        before: expect.objectContaining({ revokedAt: null }),
      });
      expect(dump([c, revoked])).not.toContain(token);
    });

    it('keeps a token acting with its owner’s role', async () => {
      const u = await createUserAndLogin(t.app, t.http, 'viewer');
      const token = (await t.http.post('/api/tokens').set(bearer(u.token)).send({ name: 'x' }).expect(201)).body
        .token as string;
      await t.http
        .post('/api/users')
        .set(bearer(token))
        .send({ email: 'a@example.test', password: 'long-enough-password', role: 'admin' })
        .expect(403);
    });

    it('rejects an expired token', async () => {
      const u = await createUserAndLogin(t.app, t.http, 'analyst');
      const created = await t.http
        .post('/api/tokens')
        .set(bearer(u.token))
        .send({ name: 'short-lived', expiresInDays: 1 })
        .expect(201);
      expect(new Date(created.body.expiresAt).getTime()).toBeGreaterThan(Date.now() + 86_000_000);
      await t.http.get('/api/auth/me').set(bearer(created.body.token)).expect(200);
      await prisma.apiToken.update({
        where: { id: created.body.id },
        data: { expiresAt: new Date(Date.now() - 1000) },
      });
      expect((await t.http.get('/api/auth/me').set(bearer(created.body.token)).expect(401)).body.message).toBe(
        'The API token has expired',
      );
    });

    it('writes lastUsedAt at most once a minute', async () => {
      const u = await createUserAndLogin(t.app, t.http, 'viewer');
      const { id, token } = (
        await t.http.post('/api/tokens').set(bearer(u.token)).send({ name: 'busy script' }).expect(201)
      ).body as { id: string; token: string };
      await t.http.get('/api/auth/me').set(bearer(token)).expect(200);
      const first = (await prisma.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt;
      await t.http.get('/api/auth/me').set(bearer(token)).expect(200);
      expect((await prisma.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(first);
      const old = new Date(Date.now() - 2 * 60_000);
      await prisma.apiToken.update({ where: { id }, data: { lastUsedAt: old } });
      await t.http.get('/api/auth/me').set(bearer(token)).expect(200);
      expect((await prisma.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt!.getTime()).toBeGreaterThan(
        old.getTime(),
      );
    });

    it('cannot be used to create more tokens', async () => {
      const u = await createUserAndLogin(t.app, t.http, 'analyst');
      const token = (await t.http.post('/api/tokens').set(bearer(u.token)).send({ name: 'x' }).expect(201)).body
        .token as string;
      expect(
        (await t.http.post('/api/tokens').set(bearer(token)).send({ name: 'y' }).expect(403)).body.message,
      ).toMatch(/API tokens cannot create/);
    });

    it('validates the body', async () => {
      const u = await createUserAndLogin(t.app, t.http, 'viewer');
      await t.http.post('/api/tokens').set(bearer(u.token)).send({}).expect(400);
      await t.http.post('/api/tokens').set(bearer(u.token)).send({ name: 'x', expiresInDays: 0 }).expect(400);
      await t.http.post('/api/tokens').set(bearer(u.token)).send({ name: 'x', userId: u.user.id }).expect(400);
    });

    it('lets users see and revoke only their own; admins anyone’s', async () => {
      const alice = await createUserAndLogin(t.app, t.http, 'analyst');
      const bob = await createUserAndLogin(t.app, t.http, 'analyst');
      const admin = await login(t.http, ADMIN.email, ADMIN.password);
      const aliceToken = (await t.http.post('/api/tokens').set(bearer(alice.token)).send({ name: 'alice' }).expect(201))
        .body as { id: string };
      await t.http.post('/api/tokens').set(bearer(bob.token)).send({ name: 'bob' }).expect(201);

      expect(
        (await t.http.get('/api/tokens').set(bearer(bob.token)).expect(200)).body.map((x: { name: string }) => x.name),
      ).toEqual(['bob']);
      await t.http.get('/api/tokens?all=true').set(bearer(bob.token)).expect(403);
      await t.http.get(`/api/tokens?userId=${alice.user.id}`).set(bearer(bob.token)).expect(403);
      await t.http.get(`/api/tokens?userId=${bob.user.id}`).set(bearer(bob.token)).expect(200);
      await t.http.get('/api/tokens?all=maybe').set(bearer(admin)).expect(400);
      await t.http.delete(`/api/tokens/${aliceToken.id}`).set(bearer(bob.token)).expect(404);

      const forAlice = await t.http.get(`/api/tokens?userId=${alice.user.id}`).set(bearer(admin)).expect(200);
      expect(forAlice.body.map((x: { name: string }) => x.name)).toEqual(['alice']);
      const all = await t.http.get('/api/tokens?all=true').set(bearer(admin)).expect(200);
      expect(all.body.map((x: { name: string }) => x.name)).toEqual(expect.arrayContaining(['alice', 'bob']));
      await t.http.delete(`/api/tokens/${aliceToken.id}`).set(bearer(admin)).expect(204);
      expect((await prisma.apiToken.findUniqueOrThrow({ where: { id: aliceToken.id } })).revokedAt).not.toBeNull();
      await t.http.delete('/api/tokens/not-a-uuid').set(bearer(admin)).expect(400);
    });
  });

  describe('POST /api/auth/password', () => {
    it('changes the password, ends older sessions and audits it', async () => {
      const u = await createUserAndLogin(t.app, t.http, 'analyst');
      const next = 'a-brand-new-password';
      expect(
        (
          await t.http
            .post('/api/auth/password')
            .set(bearer(u.token))
            .send({ currentPassword: 'wrong-password-xyz', newPassword: next })
            .expect(403)
        ).body.message,
      ).toBe('The current password is wrong');
      await t.http
        .post('/api/auth/password')
        .set(bearer(u.token))
        .send({ currentPassword: u.password, newPassword: 'short' })
        .expect(400);
      await t.http
        .post('/api/auth/password')
        .set(bearer(u.token))
        .set('X-Request-Id', 'pw-1')
        .send({ currentPassword: u.password, newPassword: next })
        .expect(204);

      expect((await t.http.get('/api/auth/me').set(bearer(u.token)).expect(401)).body.message).toMatch(
        /password was changed/,
      );
      await t.http.post('/api/auth/login').send({ email: u.user.email, password: u.password }).expect(401);
      await login(t.http, u.user.email, next);
      const [row] = await auditRows('auth.password-changed', u.user.id);
      expect(row).toMatchObject({ actorId: u.user.id, requestId: 'pw-1' });
      noSecrets(row);
    });

    it('refuses an API token with 403 and a message saying to sign in, even with the right current password', async () => {
      const u = await createUserAndLogin(t.app, t.http, 'analyst');
      const token = (await t.http.post('/api/tokens').set(bearer(u.token)).send({ name: 'script' }).expect(201)).body
        .token as string;
      const r = await t.http
        .post('/api/auth/password')
        .set(bearer(token))
        .send({ currentPassword: u.password, newPassword: 'stolen-token-sets-this-password' })
        .expect(403);
      expect(r.body.message).toMatch(/API token.*sign in with your password/);
      // Nothing changed: the old password still signs in.
      await login(t.http, u.user.email, u.password);
    });

    it('needs the current password', async () => {
      const u = await createUserAndLogin(t.app, t.http, 'viewer');
      await t.http
        .post('/api/auth/password')
        .set(bearer(u.token))
        .send({ newPassword: 'a-brand-new-password' })
        .expect(400);
    });

    it('refuses blank, repeated, sequential and common passwords with a 400 saying why', async () => {
      const u = await createUserAndLogin(t.app, t.http, 'viewer');
      const refused = async (newPassword: string) =>
        (
          await t.http
            .post('/api/auth/password')
            .set(bearer(u.token))
            .send({ currentPassword: u.password, newPassword })
            .expect(400)
        ).body.message as string;
      expect(await refused(' '.repeat(12))).toMatch(/blank/);
      expect(await refused('\u200b'.repeat(12))).toMatch(/blank/);
      expect(await refused(`abc${'\u200b'.repeat(12)}`)).toMatch(/at least 12 characters other than spaces/);
      expect(await refused('aaaaaaaaaaaa')).toMatch(/too easy to guess \(it repeats one character\)/);
      expect(await refused('abcabcabcabc')).toMatch(/too easy to guess \(it repeats a pattern\)/);
      expect(await refused('123456789012')).toMatch(/too easy to guess/);
      expect(await refused('password1234')).toMatch(/too easy to guess \(it is a common password/);
      expect(await refused('qwertyuiop12')).toMatch(/too easy to guess/);
      expect(await refused(`${u.user.email}1`)).toMatch(/your e-mail address/);
      await login(t.http, u.user.email, u.password);
    });
  });

  describe('signing out', () => {
    it('DELETE /api/auth/session revokes the session: its JWT is refused as cookie and as bearer', async () => {
      const u = await createUserAndLogin(t.app, t.http, 'reviewer');
      const r = await t.http.post('/api/auth/session').send({ email: u.user.email, password: u.password }).expect(200);
      const set = ([] as string[]).concat(r.headers['set-cookie'] ?? []);
      const cookie = set.map((c) => c.split(';')[0]).join('; ');
      const jwt = /sa_session=([^;]+)/.exec(cookie)![1];
      await t.http.get('/api/auth/me').set('Cookie', cookie).expect(200);
      await t.http.delete('/api/auth/session').set('Cookie', cookie).set('X-CSRF-Token', r.body.csrfToken).expect(204);
      expect((await t.http.get('/api/auth/me').set('Cookie', cookie).expect(401)).body.message).toBe(
        'This session was signed out; sign in again',
      );
      await t.http.get('/api/auth/me').set(bearer(jwt)).expect(401);
      // Other sessions of the same user are untouched.
      await t.http.get('/api/auth/me').set(bearer(u.token)).expect(200);
      const rows = await prisma.revokedSession.findMany({ where: { userId: u.user.id } });
      expect(rows).toHaveLength(1);
    });

    it('refuses a JWT without a session id (issued before sessions could be revoked)', async () => {
      const { passwordVersion } = await import('../src/auth/access-token.service');
      const admin = await prisma.user.findUniqueOrThrow({ where: { email: ADMIN.email } });
      const legacy = await t.app
        .get(JwtService)
        .signAsync(
          { sub: admin.id, pwv: passwordVersion(admin.passwordHash) },
          { issuer: 'source-audit', audience: 'source-audit-api', expiresIn: 600 },
        );
      await t.http.get('/api/auth/me').set(bearer(legacy)).expect(401);
    });

    it('prunes revocations of sessions that have expired anyway', async () => {
      const u = await createUserAndLogin(t.app, t.http, 'viewer');
      await prisma.revokedSession.create({
        data: {
          jti: '00000000-0000-4000-8000-000000000001',
          userId: u.user.id,
          expiresAt: new Date(Date.now() - 1000),
        },
      });
      const r = await t.http.post('/api/auth/session').send({ email: u.user.email, password: u.password }).expect(200);
      const cookie = ([] as string[])
        .concat(r.headers['set-cookie'] ?? [])
        .map((c) => c.split(';')[0])
        .join('; ');
      await t.http.delete('/api/auth/session').set('Cookie', cookie).set('X-CSRF-Token', r.body.csrfToken).expect(204);
      expect(await prisma.revokedSession.count({ where: { expiresAt: { lt: new Date() } } })).toBe(0);
      expect(await prisma.revokedSession.count({ where: { userId: u.user.id } })).toBe(1);
    });
  });
});

describe('login rate limit', () => {
  let t: TestApp;

  beforeAll(async () => {
    // Configuration is read once per module registry: load the app afresh with the low limit.
    jest.resetModules();
    // The counts are in the database: start from none, whatever the tests above did.
    await resetAttemptCounts();
    // TRUST_PROXY: X-Forwarded-For then stands for the client's address, to sign in "from" several.
    t = await bootApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '3', TRUST_PROXY: 'true' });
  });
  afterAll(async () => {
    await t.close();
    process.env.LOGIN_RATE_LIMIT_PER_MINUTE = '1000';
    delete process.env.TRUST_PROXY;
  });

  it('answers the 4th attempt in a minute from one address with 429 and a clear message', async () => {
    for (let i = 0; i < 3; i++)
      await t.http
        .post('/api/auth/login')
        .send({ email: ADMIN.email, password: `wrong-password-${i}` })
        .expect(401);
    const r = await t.http.post('/api/auth/login').send({ email: ADMIN.email, password: ADMIN.password }).expect(429);
    expect(r.body.message).toMatch(
      /^Too many sign-in attempts from this address: at most 3 a minute\. Try again in \d+ seconds\.$/,
    );
    expect(r.headers['retry-after']).toMatch(/^\d+$/);
    // Other routes are not throttled.
    for (let i = 0; i < 5; i++) await t.http.get('/api/health').expect(200);
  });

  it('counts attempts per account too, from any address', async () => {
    await resetAttemptCounts();
    const target = 'victim@example.test';
    for (let i = 0; i < 3; i++)
      await t.http
        .post('/api/auth/login')
        .set('X-Forwarded-For', `203.0.113.${i}`)
        .send({ email: target, password: `guess-number-${i}` })
        .expect(401);
    // A fourth address, on the other sign-in route, with the e-mail written differently.
    const r = await t.http
      .post('/api/auth/session')
      .set('X-Forwarded-For', '203.0.113.99')
      .send({ email: ` ${target.toUpperCase()} `, password: 'guess-number-3' })
      .expect(429);
    expect(r.body.message).toMatch(
      /^Too many sign-in attempts for this account: at most 3 a minute\. Try again in \d+ seconds\.$/,
    );
    // Other accounts can still be signed in to from that address.
    await t.http
      .post('/api/auth/login')
      .set('X-Forwarded-For', '203.0.113.99')
      .send({ email: ADMIN.email, password: ADMIN.password })
      .expect(200);
  });

  it('throttles password changes, which check a password too', async () => {
    // A token issued directly: signing in over HTTP would spend an attempt of its own.
    const { AccessTokenService } = await import('../src/auth/access-token.service');
    const { PrismaService } = await import('../src/database/prisma.service');
    const admin = await t.app.get(PrismaService).user.findUniqueOrThrow({ where: { email: ADMIN.email } });
    const token = (await t.app.get(AccessTokenService).issue(admin)).accessToken;
    await resetAttemptCounts();
    for (let i = 0; i < 3; i++)
      await t.http
        .post('/api/auth/password')
        .set(bearer(token))
        .send({ currentPassword: `wrong-guess-${i}`, newPassword: 'a-brand-new-password' })
        .expect(403);
    const r = await t.http
      .post('/api/auth/password')
      .set(bearer(token))
      .send({ currentPassword: ADMIN.password, newPassword: 'a-brand-new-password' })
      .expect(429);
    expect(r.body.message).toMatch(/^Too many password attempts (from this address|for this account): at most 3/);
    await resetAttemptCounts();
  });
});
