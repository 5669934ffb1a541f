import { createHmac, randomUUID } from 'node:crypto';
import type { PrismaService } from '../src/database/prisma.service';
import { bootApp, resetDatabase, TestApp } from './support/app';
import { createUserAndLogin } from './support/users';

// The role × route matrix, generated: every operation of the OpenAPI document is called by every
// identity below (each role by JWT, by API token and by browser session, anonymous, and a dozen
// broken or withdrawn credentials), and each answer is compared with the table written here.
// "Allowed" is any answer but 401 and 403 (a 400 or 404 for a dummy id is fine; a 5xx is not).
// An operation the document lists without a row in EXPECTED fails the first test, and so does a
// route the HTTP server has that the document leaves out, so no new route can skip the matrix.

type Role = 'viewer' | 'analyst' | 'reviewer' | 'admin';
const ROLES: Role[] = ['viewer', 'analyst', 'reviewer', 'admin'];
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
const METHODS: Method[] = ['get', 'post', 'put', 'patch', 'delete'];

/**
 * Who may call each operation: `public` (no credential needed, @Public() in the controller), or the
 * lowest role (@MinRole on the handler or its controller; `viewer` = any signed-in user), as the
 * README's roles table says.
 */
const EXPECTED: Record<string, Role | 'public'> = {
  'post /api/auth/login': 'public',
  'get /api/auth/me': 'viewer',
  'post /api/auth/password': 'viewer',
  'post /api/auth/session': 'public',
  'get /api/auth/session': 'public',
  'delete /api/auth/session': 'public',
  'post /api/tokens': 'viewer',
  'get /api/tokens': 'viewer',
  'delete /api/tokens/{id}': 'viewer',
  'get /api/users': 'admin',
  'post /api/users': 'admin',
  'patch /api/users/{id}': 'admin',
  'post /api/articles': 'analyst',
  'get /api/articles': 'viewer',
  'get /api/articles/{id}': 'viewer',
  'patch /api/articles/{id}': 'analyst',
  'get /api/articles/{id}/assertions': 'viewer',
  'get /api/articles/{id}/original': 'analyst',
  'delete /api/articles/{id}': 'admin',
  'get /api/articles/{id}/publications': 'viewer',
  'delete /api/articles/{id}/publications/{outletId}': 'admin',
  'post /api/articles/{id}/rescore': 'analyst',
  'post /api/rescore': 'admin',
  'get /api/assertions/{id}': 'viewer',
  'post /api/assertions/{id}/reviews': 'reviewer',
  'post /api/reviews/bulk': 'reviewer',
  'get /api/reviews/queue': 'reviewer',
  'get /api/reviews/reviewers': 'reviewer',
  'get /api/reviews/assignments/{assertionId}': 'reviewer',
  'put /api/reviews/assignments': 'reviewer',
  'post /api/reviews/assignments/by-filter': 'reviewer',
  'get /api/reviews/saved-filters': 'reviewer',
  'post /api/reviews/saved-filters': 'reviewer',
  'patch /api/reviews/saved-filters/{id}': 'reviewer',
  'delete /api/reviews/saved-filters/{id}': 'reviewer',
  'get /api/assertions/{id}/comments': 'viewer',
  'post /api/assertions/{id}/comments': 'reviewer',
  'get /api/source-names': 'viewer',
  'get /api/sources': 'viewer',
  'get /api/sources/compare': 'viewer',
  'get /api/sources/map': 'viewer',
  'get /api/sources/{id}/report': 'viewer',
  'get /api/sources/{id}/claims': 'viewer',
  'get /api/claims/{id}': 'viewer',
  'post /api/sources/{id}/merge': 'admin',
  'get /api/engine/report': 'viewer',
  'get /api/engine/export.jsonl': 'reviewer',
  'get /api/audit': 'admin',
  'get /api/health': 'public',
  'get /api/health/ready': 'public',
  'get /api/score-bands': 'public',
};

/**
 * Bodies for the few routes whose role checks sit behind validation (the handler refuses API
 * tokens, so the body must be valid to reach it). Every other write gets `{}`, a harmless 400.
 */
const BODIES: Record<string, object> = { 'post /api/tokens': { name: 'matrix probe' } };

/**
 * What an identity presents. `session` sends the cookies and, on unsafe methods, the CSRF header;
 * `session-no-csrf` the cookies only (what a cross-site form would send); `refused` is a credential
 * that must be rejected with 401 everywhere a credential is needed.
 */
type Kind = 'anonymous' | 'jwt' | 'api-token' | 'session' | 'session-no-csrf' | 'refused';
interface Identity {
  name: string;
  kind: Kind;
  role?: Role;
  headers: Record<string, string>;
  /** The CSRF header does not belong to the cookie's session (so even signing out is refused). */
  csrfMismatch?: boolean;
}

type Outcome = 'allowed' | 401 | 403;
const UNSAFE = new Set<Method>(['post', 'put', 'patch', 'delete']);

function expectedOutcome(who: Identity, method: Method, docPath: string): Outcome {
  const key = `${method} ${docPath}`;
  const min = EXPECTED[key];
  if (min === 'public')
    // Signing out with a session cookie needs its CSRF token, so another site cannot sign a visitor out.
    return key === 'delete /api/auth/session' && (who.kind === 'session-no-csrf' || who.csrfMismatch) ? 403 : 'allowed';
  if (who.kind === 'anonymous' || who.kind === 'refused') return 401;
  if (who.kind === 'session-no-csrf' && UNSAFE.has(method)) return 403;
  if (ROLES.indexOf(who.role!) < ROLES.indexOf(min)) return 403;
  // A leaked API token must not mint itself a successor that survives its revocation.
  if (who.kind === 'api-token' && key === 'post /api/tokens') return 403;
  return 'allowed';
}

// --- JWTs made by hand (HS256 with the test secret, or deliberately broken) ---

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const claimsOf = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString()) as object;
function signJwt(payload: object, secret: string, header: object = { alg: 'HS256', typ: 'JWT' }): string {
  const data = `${b64(header)}.${b64(payload)}`;
  return `${data}.${createHmac('sha256', secret).update(data).digest('base64url')}`;
}
/** The same token with one bit of its signature flipped. */
function flipSignature(jwt: string): string {
  const [h, p, s] = jwt.split('.');
  const sig = Buffer.from(s, 'base64url');
  sig[0] ^= 0x01;
  return `${h}.${p}.${sig.toString('base64url')}`;
}

/** Every operation the OpenAPI document lists, as "method path" with {param} placeholders. */
function documentedOperations(doc: { paths: Record<string, Record<string, unknown>> }): [Method, string][] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops)
      .filter((m): m is Method => (METHODS as string[]).includes(m))
      .map((m): [Method, string] => [m, path]),
  );
}

/** Every route the Express app actually has under /api (Nest registers one route per handler). */
function serverRoutes(t: TestApp): string[] {
  const express = t.app.getHttpAdapter().getInstance() as {
    router?: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
    _router?: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
  };
  const stack = (express.router ?? express._router)?.stack ?? [];
  return stack.flatMap((layer) => {
    const route = layer.route;
    if (!route || typeof route.path !== 'string' || !route.path.startsWith('/api/')) return [];
    // Swagger UI and its JSON are the documentation itself.
    if (route.path.startsWith('/api/docs')) return [];
    // Nest mounts middleware bound with forRoutes('*path') as a catch-all route of every method.
    if (/\{\*\w+\}$/.test(route.path)) return [];
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    return Object.keys(route.methods)
      .filter((m) => (METHODS as string[]).includes(m))
      .map((m) => `${m} ${path}`);
  });
}

const NAMES = [
  'anonymous',
  ...ROLES.map((r) => `${r} (JWT)`),
  ...ROLES.map((r) => `${r} (API token)`),
  'reviewer (session cookie + CSRF header)',
  'admin (session cookie + CSRF header)',
  'admin (session cookie, no CSRF header)',
  'JWT with a changed signature',
  "JWT whose subject was changed to an admin's id (signature kept)",
  'JWT signed with another key',
  'expired JWT (exp in the past, signed with the real key)',
  'JWT with alg "none"',
  'JWT with alg "none" and an empty signature dropped',
  'revoked API token',
  'expired API token',
  'made-up API token',
  "disabled admin's JWT",
  "disabled admin's API token",
  "disabled admin's session cookie",
  'session cookie with a changed signature',
  'broken bearer token beside a valid admin session cookie',
  'Authorization header that is not "Bearer …"',
];

describe('security: role × route matrix generated from the OpenAPI document', () => {
  let t: TestApp;
  let prisma: PrismaService;
  let operations: [Method, string][];
  const identities = new Map<string, Identity>();
  const secret = process.env.JWT_SECRET!;

  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const add = (name: string, kind: Kind, headers: Record<string, string>, role?: Role, csrfMismatch = false) => {
    if (!NAMES.includes(name)) throw new Error(`identity "${name}" is not in NAMES`);
    identities.set(name, { name, kind, role, headers, csrfMismatch });
  };

  async function apiToken(jwt: string, name = 'matrix'): Promise<{ id: string; token: string }> {
    const r = await t.http.post('/api/tokens').set(bearer(jwt)).send({ name }).expect(201);
    return r.body as { id: string; token: string };
  }

  async function session(email: string, password: string): Promise<{ cookie: string; csrf: string }> {
    const r = await t.http.post('/api/auth/session').send({ email, password }).expect(200);
    const setCookie = ([] as string[]).concat(r.headers['set-cookie'] ?? []);
    return {
      cookie: setCookie.map((c) => c.split(';')[0]).join('; '),
      csrf: (r.body as { csrfToken: string }).csrfToken,
    };
  }

  beforeAll(async () => {
    await resetDatabase();
    t = await bootApp();
    prisma = t.app.get((await import('../src/database/prisma.service')).PrismaService);
    // Signing out may end the session (or, one day, the token) that sends it: do it last.
    const isSignOut = ([m, p]: [Method, string]) => `${m} ${p}` === 'delete /api/auth/session';
    const all = documentedOperations((await t.http.get('/api/docs-json').expect(200)).body);
    operations = [...all.filter((o) => !isSignOut(o)), ...all.filter(isSignOut)];

    add('anonymous', 'anonymous', {});
    const users = {} as Record<Role, Awaited<ReturnType<typeof createUserAndLogin>>>;
    for (const role of ROLES) {
      users[role] = await createUserAndLogin(t.app, t.http, role);
      add(`${role} (JWT)`, 'jwt', bearer(users[role].token), role);
      add(`${role} (API token)`, 'api-token', bearer((await apiToken(users[role].token)).token), role);
    }
    // Users of their own: signing out at the end of their row must not touch anyone else's credentials.
    for (const role of ['reviewer', 'admin'] as const) {
      const owner = await createUserAndLogin(t.app, t.http, role);
      const s = await session(owner.user.email, owner.password);
      add(`${role} (session cookie + CSRF header)`, 'session', { Cookie: s.cookie, 'X-CSRF-Token': s.csrf }, role);
    }
    const adminSession = await session(users.admin.user.email, users.admin.password);
    add('admin (session cookie, no CSRF header)', 'session-no-csrf', { Cookie: adminSession.cookie }, 'admin');

    // Broken JWTs, all built from a valid admin token so that only the broken part differs.
    const adminJwt = users.admin.token;
    const claims = claimsOf(adminJwt);
    const now = Math.floor(Date.now() / 1000);
    // Controls: a token re-signed here with the real key is accepted, so a refusal below is for
    // the one thing each variant changes (and these helpers really produce the service's tokens).
    await t.http
      .get('/api/auth/me')
      .set(bearer(signJwt(claims, secret)))
      .expect(200);
    add('JWT with a changed signature', 'refused', bearer(flipSignature(adminJwt)));
    const [h, , s] = users.viewer.token.split('.');
    add("JWT whose subject was changed to an admin's id (signature kept)", 'refused', {
      ...bearer(`${h}.${b64({ ...claimsOf(users.viewer.token), sub: users.admin.user.id })}.${s}`),
    });
    add('JWT signed with another key', 'refused', bearer(signJwt(claims, `${secret}-but-not-quite`)));
    add(
      'expired JWT (exp in the past, signed with the real key)',
      'refused',
      bearer(signJwt({ ...claims, iat: now - 7200, nbf: now - 7200, exp: now - 60 }, secret)),
    );
    add('JWT with alg "none"', 'refused', bearer(`${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`));
    add(
      'JWT with alg "none" and an empty signature dropped',
      'refused',
      bearer(`${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}`),
    );

    // API tokens withdrawn in each way an owner or admin can.
    const revoked = await apiToken(users.analyst.token, 'revoked');
    await t.http.delete(`/api/tokens/${revoked.id}`).set(bearer(users.analyst.token)).expect(204);
    add('revoked API token', 'refused', bearer(revoked.token));
    const expired = await apiToken(users.analyst.token, 'expired');
    await prisma.apiToken.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    add('expired API token', 'refused', bearer(expired.token));
    add('made-up API token', 'refused', bearer(`sat_${randomUUID().replace(/-/g, '')}`));

    // An admin disabled by another admin: every credential they hold stops working at once.
    const gone = await createUserAndLogin(t.app, t.http, 'admin');
    const goneToken = await apiToken(gone.token);
    const goneSession = await session(gone.user.email, gone.password);
    await t.http
      .patch(`/api/users/${gone.user.id}`)
      .set(bearer(users.admin.token))
      .send({ disabled: true })
      .expect(200);
    add("disabled admin's JWT", 'refused', bearer(gone.token));
    add("disabled admin's API token", 'refused', bearer(goneToken.token));
    add("disabled admin's session cookie", 'refused', { Cookie: goneSession.cookie, 'X-CSRF-Token': goneSession.csrf });

    // Cookies: a forged session value, and a broken bearer header that must not fall back to a good cookie.
    const forged = adminSession.cookie.replace(
      /(sa_session=)([^;]+)/,
      (_, k: string, v: string) => k + flipSignature(v),
    );
    // Its CSRF token was bound to the genuine value, so signing out with it is refused too.
    add(
      'session cookie with a changed signature',
      'refused',
      { Cookie: forged, 'X-CSRF-Token': adminSession.csrf },
      undefined,
      true,
    );
    const good = await session(users.admin.user.email, users.admin.password);
    add('broken bearer token beside a valid admin session cookie', 'refused', {
      ...bearer(flipSignature(adminJwt)),
      Cookie: good.cookie,
      'X-CSRF-Token': good.csrf,
    });
    add('Authorization header that is not "Bearer …"', 'refused', { Authorization: `Basic ${b64('admin:admin')}` });
  });
  afterAll(() => t.close());

  it('has an expected row for every operation the OpenAPI document lists, and no stale rows', () => {
    const documented = operations.map(([m, p]) => `${m} ${p}`).sort();
    expect(documented.length).toBeGreaterThan(25);
    expect(documented).toEqual(Object.keys(EXPECTED).sort());
  });

  it('documents every /api route the HTTP server has, so no route escapes the matrix', () => {
    const routes = serverRoutes(t);
    expect(routes.length).toBeGreaterThan(25);
    expect([...new Set(routes)].sort()).toEqual(operations.map(([m, p]) => `${m} ${p}`).sort());
  });

  it('built every identity it names', () => {
    expect([...identities.keys()].sort()).toEqual([...NAMES].sort());
  });

  it.each(NAMES)('%s: every route answers as the table expects', async (name) => {
    const who = identities.get(name)!;
    const wrong: string[] = [];
    for (const [method, docPath] of operations) {
      const path = docPath.replace(/\{\w+\}/g, () => randomUUID());
      let req = t.http[method](path).set(who.headers);
      // The CSRF header belongs on unsafe requests only; GETs never need one.
      if (who.kind === 'session' && !UNSAFE.has(method)) req = req.unset('X-CSRF-Token');
      if (UNSAFE.has(method) && method !== 'delete') req = req.send(BODIES[`${method} ${docPath}`] ?? {});
      const res = await req;
      const expected = expectedOutcome(who, method, docPath);
      const got: Outcome | number = res.status === 401 || res.status === 403 ? res.status : 'allowed';
      const row = `${method.toUpperCase()} ${docPath}: expected ${expected}, got ${res.status} ${JSON.stringify(res.body?.message ?? '')}`;
      if (got !== expected || res.status >= 500) wrong.push(row);
      // A role refusal names the role needed, so a 403 for another reason cannot pass for one.
      else if (expected === 403 && who.kind !== 'session-no-csrf' && EXPECTED[`${method} ${docPath}`] !== 'public') {
        const min = EXPECTED[`${method} ${docPath}`] as Role;
        const reason =
          who.kind === 'api-token' && ROLES.indexOf(who.role!) >= ROLES.indexOf(min)
            ? /API tokens cannot create/
            : new RegExp(`needs the ${min} role`);
        if (!reason.test(String(res.body?.message))) wrong.push(`${row} (wrong reason)`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
