import { randomUUID } from 'node:crypto';
import type { PrismaService } from '../src/database/prisma.service';
import { ADMIN, bootApp, login, resetDatabase, TestApp } from './support/app';
import { createUserAndLogin } from './support/users';

// User management (admin only): create, list, change role/disabled/password, last-admin rule.

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
// Audit rows have a BigInt id.
const dump = (v: unknown) => JSON.stringify(v, (_, x: unknown) => (typeof x === 'bigint' ? x.toString() : x));
const noSecrets = (body: unknown) => expect(dump(body)).not.toMatch(/passwordHash|scrypt\$/);

describe('users', () => {
  let t: TestApp;
  let prisma: PrismaService;
  let admin: string;
  let adminId: string;

  beforeAll(async () => {
    await resetDatabase();
    t = await bootApp();
    // Imported after bootApp(), so the configuration is read from testEnv().
    prisma = t.app.get((await import('../src/database/prisma.service')).PrismaService);
    admin = await login(t.http, ADMIN.email, ADMIN.password);
    adminId = (await t.http.get('/api/auth/me').set(bearer(admin)).expect(200)).body.id as string;
  });
  afterAll(() => t.close());

  it('is for admins only', async () => {
    for (const role of ['viewer', 'analyst', 'reviewer'] as const) {
      const u = await createUserAndLogin(t.app, t.http, role);
      const article = role === 'analyst' ? 'an' : 'a';
      const r = await t.http
        .post('/api/users')
        .set(bearer(u.token))
        .send({ email: `x-${role}@example.test`, password: 'long-enough-password', role: 'admin' })
        .expect(403);
      expect(r.body.message).toBe(`This action needs the admin role; you are ${article} ${role}`);
      await t.http.get('/api/users').set(bearer(u.token)).expect(403);
      await t.http.patch(`/api/users/${u.user.id}`).set(bearer(u.token)).send({ role: 'admin' }).expect(403);
    }
    await t.http.get('/api/users').expect(401);
  });

  it('POST creates a user, never showing the hash, and audits it', async () => {
    const r = await t.http
      .post('/api/users')
      .set(bearer(admin))
      .set('X-Request-Id', 'create-user-1')
      .send({ email: ' New.Analyst@Example.test ', password: 'long-enough-password', role: 'analyst' })
      .expect(201);
    expect(r.body).toEqual({
      id: expect.any(String),
      email: 'new.analyst@example.test',
      role: 'analyst',
      disabled: false,
      disabledAt: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    noSecrets(r.body);
    await login(t.http, 'new.analyst@example.test', 'long-enough-password');

    const [row] = await prisma.auditLog.findMany({ where: { action: 'user.created', entityId: r.body.id } });
    expect(row).toMatchObject({
      actorId: adminId,
      requestId: 'create-user-1',
      after: expect.objectContaining({ email: 'new.analyst@example.test', role: 'analyst' }),
    });
    noSecrets(row);
  });

  it('POST validates and refuses a taken e-mail', async () => {
    const ok = { email: 'dup@example.test', password: 'long-enough-password', role: 'viewer' };
    await t.http.post('/api/users').set(bearer(admin)).send(ok).expect(201);
    const dup = await t.http
      .post('/api/users')
      .set(bearer(admin))
      .send({ ...ok, email: 'DUP@example.test' })
      .expect(409);
    expect(dup.body.message).toBe('A user with the e-mail dup@example.test already exists');
    const short = await t.http
      .post('/api/users')
      .set(bearer(admin))
      .send({ ...ok, email: 'short@example.test', password: 'too-short' })
      .expect(400);
    expect(short.body.message).toEqual(['password must be at least 12 characters']);
    await t.http
      .post('/api/users')
      .set(bearer(admin))
      .send({ ...ok, email: 'r@example.test', role: 'superuser' })
      .expect(400);
    await t.http
      .post('/api/users')
      .set(bearer(admin))
      .send({ ...ok, email: 'not-an-email' })
      .expect(400);
    await t.http
      .post('/api/users')
      .set(bearer(admin))
      .send({ ...ok, email: 'extra@example.test', passwordHash: 'x' })
      .expect(400);
  });

  it('GET lists users page by page', async () => {
    for (let i = 0; i < 3; i++) await createUserAndLogin(t.app, t.http, 'viewer');
    const total = await prisma.user.count();
    const p1 = await t.http.get('/api/users?page=1&pageSize=2').set(bearer(admin)).expect(200);
    const p2 = await t.http.get('/api/users?page=2&pageSize=2').set(bearer(admin)).expect(200);
    expect(p1.body).toMatchObject({ total, page: 1, pageSize: 2 });
    expect(p1.body.items).toHaveLength(2);
    expect(p1.body.items[0].email).toBe(ADMIN.email);
    expect(p2.body.items).toHaveLength(2);
    expect(p2.body.items[0].id).not.toBe(p1.body.items[1].id);
    noSecrets([p1.body, p2.body]);
    const dflt = await t.http.get('/api/users').set(bearer(admin)).expect(200);
    expect(dflt.body).toMatchObject({ page: 1, pageSize: 50, total });
    await t.http.get('/api/users?pageSize=500').set(bearer(admin)).expect(400);
    await t.http.get('/api/users?page=0').set(bearer(admin)).expect(400);
    // A page past any offset PostgreSQL accepts is the caller's error, not the server's.
    const huge = await t.http.get('/api/users?page=99999999999999999999').set(bearer(admin)).expect(400);
    expect(huge.body.message).toEqual(['page must not be greater than 100000']);
  });

  it('PATCH changes the role, effective on the next request, with before/after in the audit log', async () => {
    const u = await createUserAndLogin(t.app, t.http, 'viewer');
    const r = await t.http
      .patch(`/api/users/${u.user.id}`)
      .set(bearer(admin))
      .set('X-Request-Id', 'patch-role-1')
      .send({ role: 'reviewer' })
      .expect(200);
    expect(r.body).toMatchObject({ id: u.user.id, role: 'reviewer', disabled: false });
    noSecrets(r.body);
    expect((await t.http.get('/api/auth/me').set(bearer(u.token)).expect(200)).body.role).toBe('reviewer');
    const [row] = await prisma.auditLog.findMany({ where: { action: 'user.updated', entityId: u.user.id } });
    expect(row).toMatchObject({
      actorId: adminId,
      requestId: 'patch-role-1',
      before: expect.objectContaining({ role: 'viewer' }),
      after: expect.objectContaining({ role: 'reviewer' }),
    });
  });

  it('PATCH disables and re-enables an account', async () => {
    const u = await createUserAndLogin(t.app, t.http, 'analyst');
    const off = await t.http.patch(`/api/users/${u.user.id}`).set(bearer(admin)).send({ disabled: true }).expect(200);
    expect(off.body).toMatchObject({ disabled: true, disabledAt: expect.any(String) });
    await t.http.get('/api/auth/me').set(bearer(u.token)).expect(401);
    await t.http.post('/api/auth/login').send({ email: u.user.email, password: u.password }).expect(401);
    const on = await t.http.patch(`/api/users/${u.user.id}`).set(bearer(admin)).send({ disabled: false }).expect(200);
    expect(on.body).toMatchObject({ disabled: false, disabledAt: null });
    await login(t.http, u.user.email, u.password);
    const rows = await prisma.auditLog.findMany({
      where: { action: 'user.updated', entityId: u.user.id },
      orderBy: { id: 'asc' },
    });
    expect(
      rows.map((x) => [(x.before as { disabled: boolean }).disabled, (x.after as { disabled: boolean }).disabled]),
    ).toEqual([
      [false, true],
      [true, false],
    ]);
  });

  it('PATCH sets a new password, audited without the password or its hash', async () => {
    const u = await createUserAndLogin(t.app, t.http, 'viewer');
    await t.http.patch(`/api/users/${u.user.id}`).set(bearer(admin)).send({ password: 'short' }).expect(400);
    await t.http
      .patch(`/api/users/${u.user.id}`)
      .set(bearer(admin))
      .send({ password: 'reset-by-the-admin' })
      .expect(200);
    await t.http.post('/api/auth/login').send({ email: u.user.email, password: u.password }).expect(401);
    await login(t.http, u.user.email, 'reset-by-the-admin');
    const [row] = await prisma.auditLog.findMany({ where: { action: 'user.updated', entityId: u.user.id } });
    expect(row.after).toMatchObject({ passwordChanged: true });
    expect(dump(row)).not.toMatch(/reset-by-the-admin|scrypt\$/);
  });

  describe('passwords through PATCH', () => {
    it("an admin's own password needs currentPassword (400 without, 403 when wrong)", async () => {
      const a = await createUserAndLogin(t.app, t.http, 'admin');
      const missing = await t.http
        .patch(`/api/users/${a.user.id}`)
        .set(bearer(a.token))
        .send({ password: 'my-own-fresh-password' })
        .expect(400);
      expect(missing.body.message).toMatch(/currentPassword/);
      const wrong = await t.http
        .patch(`/api/users/${a.user.id}`)
        .set(bearer(a.token))
        .send({ password: 'my-own-fresh-password', currentPassword: 'not-my-password-at-all' })
        .expect(403);
      expect(wrong.body.message).toBe('The current password is wrong');
      await login(t.http, a.user.email, a.password);
      await t.http
        .patch(`/api/users/${a.user.id}`)
        .set(bearer(a.token))
        .send({ password: 'my-own-fresh-password', currentPassword: a.password })
        .expect(200);
      await login(t.http, a.user.email, 'my-own-fresh-password');
      // The last-admin tests below count on the bootstrap admin being the only active one.
      await t.http.patch(`/api/users/${a.user.id}`).set(bearer(admin)).send({ role: 'viewer' }).expect(200);
    });

    it('an API token cannot set a password, its owner’s or anyone else’s (403, saying to sign in)', async () => {
      const a = await createUserAndLogin(t.app, t.http, 'admin');
      const other = await createUserAndLogin(t.app, t.http, 'viewer');
      const token = (await t.http.post('/api/tokens').set(bearer(a.token)).send({ name: 'admin script' }).expect(201))
        .body.token as string;
      for (const [id, body] of [
        [a.user.id, { password: 'taken-over-by-a-token' }],
        [a.user.id, { password: 'taken-over-by-a-token', currentPassword: a.password }],
        [other.user.id, { password: 'taken-over-by-a-token' }],
      ] as const) {
        const r = await t.http.patch(`/api/users/${id}`).set(bearer(token)).send(body).expect(403);
        expect(r.body.message).toMatch(/API token.*sign in with your password/);
      }
      await login(t.http, a.user.email, a.password);
      await login(t.http, other.user.email, other.password);
      // Roles and disabling stay open to an admin's token.
      await t.http.patch(`/api/users/${other.user.id}`).set(bearer(token)).send({ role: 'analyst' }).expect(200);
      await t.http.patch(`/api/users/${a.user.id}`).set(bearer(admin)).send({ role: 'viewer' }).expect(200);
    });

    it('refuses common and repeated passwords on create and reset, with a clear 400', async () => {
      const u = await createUserAndLogin(t.app, t.http, 'viewer');
      for (const password of ['aaaaaaaaaaaa', 'password1234', ' '.repeat(14), '\u200b'.repeat(12)]) {
        const reset = await t.http.patch(`/api/users/${u.user.id}`).set(bearer(admin)).send({ password }).expect(400);
        expect(reset.body.message).toMatch(/^The password (is too easy to guess|is blank)/);
        const created = await t.http
          .post('/api/users')
          .set(bearer(admin))
          .send({ email: `weak-${randomUUID()}@example.test`, password, role: 'viewer' })
          .expect(400);
        expect(created.body.message).toMatch(/^The password (is too easy to guess|is blank)/);
      }
    });
  });

  it('PATCH validates', async () => {
    const u = await createUserAndLogin(t.app, t.http, 'viewer');
    expect(
      (await t.http.patch(`/api/users/${u.user.id}`).set(bearer(admin)).send({}).expect(400)).body.message,
    ).toMatch(/Nothing to change/);
    await t.http.patch(`/api/users/${u.user.id}`).set(bearer(admin)).send({ email: 'new@example.test' }).expect(400);
    await t.http.patch(`/api/users/${u.user.id}`).set(bearer(admin)).send({ disabled: 'yes' }).expect(400);
    await t.http
      .patch('/api/users/00000000-0000-4000-8000-000000000000')
      .set(bearer(admin))
      .send({ role: 'viewer' })
      .expect(404);
    await t.http.patch('/api/users/not-a-uuid').set(bearer(admin)).send({ role: 'viewer' }).expect(400);
  });

  describe('the last active admin', () => {
    it('cannot demote or disable themselves (409), and nothing changes', async () => {
      const demote = await t.http
        .patch(`/api/users/${adminId}`)
        .set(bearer(admin))
        .send({ role: 'reviewer' })
        .expect(409);
      expect(demote.body.message).toBe(
        'You are the last active admin; make another user admin before demoting yourself',
      );
      const disable = await t.http
        .patch(`/api/users/${adminId}`)
        .set(bearer(admin))
        .send({ disabled: true })
        .expect(409);
      expect(disable.body.message).toBe(
        'You are the last active admin; make another user admin before disabling yourself',
      );
      expect(await prisma.user.findUniqueOrThrow({ where: { id: adminId } })).toMatchObject({
        role: 'admin',
        disabledAt: null,
      });
      // Harmless changes still go through.
      await t.http
        .patch(`/api/users/${adminId}`)
        .set(bearer(admin))
        .send({ role: 'admin', disabled: false })
        .expect(200);
    });

    it('a disabled admin does not count as another admin', async () => {
      const other = await createUserAndLogin(t.app, t.http, 'admin');
      await t.http.patch(`/api/users/${other.user.id}`).set(bearer(admin)).send({ disabled: true }).expect(200);
      await t.http.patch(`/api/users/${adminId}`).set(bearer(admin)).send({ role: 'viewer' }).expect(409);
      await t.http
        .patch(`/api/users/${other.user.id}`)
        .set(bearer(admin))
        .send({ role: 'viewer', disabled: false })
        .expect(200);
    });

    it('with another active admin, an admin may step down', async () => {
      const a = await createUserAndLogin(t.app, t.http, 'admin');
      await t.http.patch(`/api/users/${a.user.id}`).set(bearer(a.token)).send({ role: 'analyst' }).expect(200);
      await t.http.get('/api/users').set(bearer(a.token)).expect(403);
    });

    // Last: it leaves the bootstrap admin disabled. Calls the service directly so both changes reach
    // the database together (over HTTP the guard may already see the first one and answer 403).
    it('two admins demoting each other at the same moment: exactly one succeeds', async () => {
      const { UsersService } = await import('../src/users/users.service');
      const users = t.app.get(UsersService);
      const a = await createUserAndLogin(t.app, t.http, 'admin');
      const b = await createUserAndLogin(t.app, t.http, 'admin');
      await t.http.patch(`/api/users/${adminId}`).set(bearer(a.token)).send({ disabled: true }).expect(200);
      const results = await Promise.allSettled([
        users.update(b.user.id, { role: 'viewer' }, { actorId: a.user.id }),
        users.update(a.user.id, { role: 'viewer' }, { actorId: b.user.id }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
      const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect((failed?.reason as { getStatus(): number }).getStatus()).toBe(409);
      expect(await prisma.user.count({ where: { role: 'admin', disabledAt: null } })).toBe(1);
    });
  });
});
