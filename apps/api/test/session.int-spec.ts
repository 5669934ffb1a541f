import { ADMIN, bootApp, login, resetAttemptCounts, resetDatabase, TestApp } from './support/app';
import { createUserAndLogin } from './support/users';

// The web UI's cookie session and its CSRF protection, over real HTTP and PostgreSQL.

interface Session {
  /** The Cookie header a browser would send back. */
  cookie: string;
  csrfToken: string;
  setCookie: string[];
  body: { user: { id: string; email: string; role: string; via: string }; csrfToken: string };
}

const setCookies = (headers: Record<string, unknown>): string[] => {
  const v = headers['set-cookie'];
  return Array.isArray(v) ? (v as string[]) : typeof v === 'string' ? [v] : [];
};
const cookieHeader = (set: string[]) => set.map((c) => c.split(';')[0]).join('; ');
const named = (set: string[], name: string) => set.find((c) => c.startsWith(`${name}=`));

describe('web session (cookie + CSRF)', () => {
  let t: TestApp;

  beforeAll(async () => {
    await resetDatabase();
    t = await bootApp();
  });
  afterAll(() => t.close());

  async function signIn(email = ADMIN.email, password = ADMIN.password): Promise<Session> {
    const r = await t.http.post('/api/auth/session').send({ email, password }).expect(200);
    const set = setCookies(r.headers);
    return { cookie: cookieHeader(set), csrfToken: r.body.csrfToken, setCookie: set, body: r.body };
  }

  it('signs in: the user as GET /api/auth/me shows it, a CSRF token, and HttpOnly SameSite=Strict cookies', async () => {
    const s = await signIn();
    expect(s.body).toEqual({
      user: { id: expect.any(String), email: ADMIN.email, role: 'admin', via: 'session' },
      csrfToken: expect.any(String),
    });
    const session = named(s.setCookie, 'sa_session');
    const csrf = named(s.setCookie, 'sa_csrf');
    for (const c of [session, csrf]) {
      expect(c).toBeDefined();
      expect(c).toMatch(/; HttpOnly/i);
      expect(c).toMatch(/; SameSite=Strict/i);
      expect(c).toMatch(/; Path=\/(;|$)/);
      expect(c).toMatch(/; Max-Age=43200/);
      expect(c).not.toMatch(/; Secure/i); // COOKIE_SECURE is off in tests
    }
    // The cookie carries the same kind of JWT as the bearer login: it works as a bearer token too.
    const jwt = session!.split(';')[0].slice('sa_session='.length);
    expect((await t.http.get('/api/auth/me').set('Authorization', `Bearer ${jwt}`).expect(200)).body.via).toBe('jwt');
    // The token in the body is the one in the double-submit cookie (the page cannot read that cookie).
    expect(decodeURIComponent(csrf!.split(';')[0].slice('sa_csrf='.length))).toBe(s.csrfToken);
  });

  it('authenticates GET requests by the cookie alone', async () => {
    const s = await signIn();
    const me = await t.http.get('/api/auth/me').set('Cookie', s.cookie).expect(200);
    expect(me.body).toEqual({ ...s.body.user, via: 'session' });
    await t.http.get('/api/articles').set('Cookie', s.cookie).expect(200);
  });

  it('GET /api/auth/session answers the user and a CSRF token valid for the session, user null without a cookie', async () => {
    const s = await signIn();
    const r = await t.http.get('/api/auth/session').set('Cookie', s.cookie).expect(200);
    expect(r.body).toEqual({ user: s.body.user, csrfToken: expect.any(String) });
    const cookie = cookieHeader([...setCookies(r.headers), ...s.setCookie.filter((c) => c.startsWith('sa_session='))]);
    await t.http
      .post('/api/tokens')
      .set('Cookie', cookie)
      .set('X-CSRF-Token', r.body.csrfToken)
      .send({ name: 'from-get-session' })
      .expect(201);

    expect((await t.http.get('/api/auth/session').expect(200)).body).toEqual({
      user: null,
      csrfToken: null,
      reason: 'Not signed in',
    });
  });

  it('refuses cookie-authenticated POST/DELETE without the right X-CSRF-Token, accepts it with', async () => {
    const s = await signIn();
    const missing = await t.http.post('/api/tokens').set('Cookie', s.cookie).send({ name: 'no-csrf' }).expect(403);
    expect(missing.body.message).toBe('missing or invalid CSRF token; reload the page');
    await t.http
      .post('/api/tokens')
      .set('Cookie', s.cookie)
      .set('X-CSRF-Token', 'not-the-token')
      .send({ name: 'bad-csrf' })
      .expect(403);
    // A token from another session (another user's, even a valid one) does not fit this session.
    const other = await signIn();
    await t.http
      .post('/api/tokens')
      .set('Cookie', s.cookie)
      .set('X-CSRF-Token', other.csrfToken)
      .send({ name: 'other-csrf' })
      .expect(403);
    // Header without the matching cookie (an attacker who knows a token still cannot set the cookie).
    const sessionOnly = s.cookie
      .split('; ')
      .filter((c) => c.startsWith('sa_session='))
      .join('; ');
    await t.http
      .post('/api/tokens')
      .set('Cookie', sessionOnly)
      .set('X-CSRF-Token', s.csrfToken)
      .send({ name: 'no-cookie' })
      .expect(403);

    const ok = await t.http
      .post('/api/tokens')
      .set('Cookie', s.cookie)
      .set('X-CSRF-Token', s.csrfToken)
      .send({ name: 'with-csrf' })
      .expect(201);
    await t.http.delete(`/api/tokens/${ok.body.id}`).set('Cookie', s.cookie).expect(403);
    await t.http
      .delete(`/api/tokens/${ok.body.id}`)
      .set('Cookie', s.cookie)
      .set('X-CSRF-Token', s.csrfToken)
      .expect(204);
  });

  it('changes the password through the cookie with the CSRF token, which ends the session', async () => {
    const u = await createUserAndLogin(t.app, t.http, 'viewer');
    const s = await signIn(u.user.email, u.password);
    const body = { currentPassword: u.password, newPassword: 'a-brand-new-password' };
    await t.http.post('/api/auth/password').set('Cookie', s.cookie).send(body).expect(403);
    await t.http
      .post('/api/auth/password')
      .set('Cookie', s.cookie)
      .set('X-CSRF-Token', s.csrfToken)
      .send(body)
      .expect(204);
    expect((await t.http.get('/api/auth/me').set('Cookie', s.cookie).expect(401)).body.message).toMatch(
      /password was changed/,
    );
    // The stale cookie is cleared by GET /api/auth/session.
    const r = await t.http.get('/api/auth/session').set('Cookie', s.cookie).expect(200);
    expect(r.body.user).toBeNull();
    expect(named(setCookies(r.headers), 'sa_session')).toMatch(/Expires=Thu, 01 Jan 1970/);
  });

  it('keeps roles: a viewer session is refused uploads with 403 even with the CSRF token', async () => {
    const u = await createUserAndLogin(t.app, t.http, 'viewer');
    const s = await signIn(u.user.email, u.password);
    const r = await t.http
      .post('/api/articles')
      .set('Cookie', s.cookie)
      .set('X-CSRF-Token', s.csrfToken)
      .send({ text: 'x', outlet: 'y' })
      .expect(403);
    expect(r.body.message).toMatch(/analyst role/);
  });

  it('signs out with the CSRF token: 204 and both cookies cleared; without it 403', async () => {
    const s = await signIn();
    expect((await t.http.delete('/api/auth/session').set('Cookie', s.cookie).expect(403)).body.message).toBe(
      'missing or invalid CSRF token; reload the page',
    );
    const r = await t.http
      .delete('/api/auth/session')
      .set('Cookie', s.cookie)
      .set('X-CSRF-Token', s.csrfToken)
      .expect(204);
    const cleared = setCookies(r.headers);
    expect(named(cleared, 'sa_session')).toMatch(/^sa_session=;.*Expires=Thu, 01 Jan 1970/);
    expect(named(cleared, 'sa_csrf')).toMatch(/^sa_csrf=;.*Expires=Thu, 01 Jan 1970/);
    // A browser now sends no cookie: signed out.
    expect((await t.http.get('/api/auth/session').expect(200)).body.user).toBeNull();
  });

  it('signing out revokes the session on the server: a kept copy of the cookie is refused with 401', async () => {
    const s = await signIn();
    await t.http.get('/api/auth/me').set('Cookie', s.cookie).expect(200);
    await t.http.delete('/api/auth/session').set('Cookie', s.cookie).set('X-CSRF-Token', s.csrfToken).expect(204);
    expect((await t.http.get('/api/auth/me').set('Cookie', s.cookie).expect(401)).body.message).toMatch(/signed out/);
    await t.http.get('/api/articles').set('Cookie', s.cookie).expect(401);
    await t.http
      .post('/api/tokens')
      .set('Cookie', s.cookie)
      .set('X-CSRF-Token', s.csrfToken)
      .send({ name: 'after-sign-out' })
      .expect(401);
    // GET /api/auth/session reports it and clears the cookies; signing out again is harmless.
    const r = await t.http.get('/api/auth/session').set('Cookie', s.cookie).expect(200);
    expect(r.body).toMatchObject({ user: null, reason: 'This session was signed out; sign in again' });
    await t.http.delete('/api/auth/session').set('Cookie', s.cookie).set('X-CSRF-Token', s.csrfToken).expect(204);
  });

  it('answers a wrong password with 401 and sets no cookie', async () => {
    const r = await t.http
      .post('/api/auth/session')
      .send({ email: ADMIN.email, password: 'not-the-password-123' })
      .expect(401);
    expect(r.body.message).toBe('Wrong email or password');
    expect(setCookies(r.headers)).toEqual([]);
    await t.http.post('/api/auth/session').send({ email: ADMIN.email }).expect(400);
  });

  it('accepts sign-in only as JSON (a cross-site form cannot sign a visitor in)', async () => {
    await t.http
      .post('/api/auth/session')
      .type('form')
      .send({ email: ADMIN.email, password: ADMIN.password })
      .expect(415);
  });

  it('exempts bearer and API tokens from CSRF, and lets an Authorization header win over a cookie', async () => {
    const token = await login(t.http, ADMIN.email, ADMIN.password);
    const created = await t.http
      .post('/api/tokens')
      .set('Authorization', `Bearer ${token}`)
      .send({ name: 'bearer-no-csrf' })
      .expect(201);
    await t.http.get('/api/auth/me').set('Authorization', `Bearer ${created.body.token}`).expect(200);
    const s = await signIn();
    const me = await t.http
      .get('/api/auth/me')
      .set('Cookie', s.cookie)
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    expect(me.body.via).toBe('jwt');
  });

  it('rejects a forged or tampered session cookie with 401', async () => {
    await t.http.get('/api/auth/me').set('Cookie', 'sa_session=not.a.jwt').expect(401);
    const s = await signIn();
    const tampered = s.cookie.replace(/sa_session=([^;]+)/, (_, v: string) => `sa_session=${v.slice(0, -2)}xx`);
    await t.http.get('/api/auth/me').set('Cookie', tampered).expect(401);
  });
});

describe('web session throttle', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Configuration is read once per module registry: load the app afresh with the low limit.
    jest.resetModules();
    // The counts are in the database: start from none, whatever the tests above did.
    await resetAttemptCounts();
    t = await bootApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(async () => {
    await t.close();
    process.env.LOGIN_RATE_LIMIT_PER_MINUTE = '1000';
  });

  it('shares one count per address with POST /api/auth/login', async () => {
    await t.http.post('/api/auth/login').send({ email: ADMIN.email, password: ADMIN.password }).expect(200);
    await t.http.post('/api/auth/session').send({ email: ADMIN.email, password: ADMIN.password }).expect(200);
    await t.http.post('/api/auth/session').send({ email: ADMIN.email, password: 'wrong-password-here' }).expect(401);
    const r = await t.http.post('/api/auth/session').send({ email: ADMIN.email, password: ADMIN.password }).expect(429);
    expect(r.body.message).toMatch(/Too many sign-in attempts/);
  });
});
