import { randomUUID } from 'node:crypto';
import { bootApp, resetDatabase, TestApp } from './support/app';
import { createUserAndLogin } from './support/users';

type Role = 'viewer' | 'analyst' | 'reviewer' | 'admin';
const ROLES: Role[] = ['viewer', 'analyst', 'reviewer', 'admin'];
const id = randomUUID();

/**
 * Every mutating route and the lowest role allowed on it. A route added to the API without a row
 * here fails the completeness test below, so role enforcement cannot be forgotten.
 */
const ROUTES: { method: 'post' | 'patch' | 'delete' | 'put'; path: string; doc: string; min: Role; body?: object }[] = [
  { method: 'post', path: '/api/auth/password', doc: '/api/auth/password', min: 'viewer', body: {} },
  { method: 'post', path: '/api/tokens', doc: '/api/tokens', min: 'viewer', body: {} },
  { method: 'delete', path: `/api/tokens/${id}`, doc: '/api/tokens/{id}', min: 'viewer' },
  { method: 'post', path: '/api/articles', doc: '/api/articles', min: 'analyst', body: {} },
  { method: 'post', path: `/api/articles/${id}/rescore`, doc: '/api/articles/{id}/rescore', min: 'analyst' },
  { method: 'delete', path: `/api/articles/${id}`, doc: '/api/articles/{id}', min: 'admin' },
  { method: 'post', path: '/api/rescore', doc: '/api/rescore', min: 'admin' },
  { method: 'post', path: '/api/users', doc: '/api/users', min: 'admin', body: {} },
  { method: 'patch', path: `/api/users/${id}`, doc: '/api/users/{id}', min: 'admin', body: {} },
  {
    method: 'post',
    path: `/api/assertions/${id}/reviews`,
    doc: '/api/assertions/{id}/reviews',
    min: 'reviewer',
    body: {},
  },
  { method: 'post', path: '/api/reviews/bulk', doc: '/api/reviews/bulk', min: 'reviewer', body: {} },
];
/**
 * Public on purpose: signing in cannot require being signed in; signing out of the web UI reads
 * the session cookie itself (and checks its CSRF token) so that an expired session can sign out.
 */
const PUBLIC_MUTATIONS = ['post /api/auth/login', 'post /api/auth/session', 'delete /api/auth/session'];

describe('roles × mutating routes', () => {
  let t: TestApp;
  const tokens = {} as Record<Role, string>;

  beforeAll(async () => {
    await resetDatabase();
    t = await bootApp();
    for (const role of ROLES) tokens[role] = (await createUserAndLogin(t.app, t.http, role)).token;
  });
  afterAll(() => t.close());

  it('covers every mutating route the API documents', async () => {
    const spec = (await t.http.get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = Object.entries(spec.paths).flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m) => ['post', 'put', 'patch', 'delete'].includes(m))
        .map((m) => `${m} ${path}`),
    );
    const covered = [...ROUTES.map((r) => `${r.method} ${r.doc}`), ...PUBLIC_MUTATIONS];
    expect(documented.sort()).toEqual(covered.sort());
  });

  describe.each(ROUTES)('$method $doc (min $min)', (route) => {
    const send = (token?: string) => {
      const req = t.http[route.method](route.path);
      if (token) req.set('Authorization', `Bearer ${token}`);
      return route.body ? req.send(route.body) : req;
    };

    it('refuses anonymous callers with 401', async () => {
      expect((await send()).status).toBe(401);
    });

    it.each(ROLES)('as %s', async (role) => {
      const res = await send(tokens[role]);
      const allowed = ROLES.indexOf(role) >= ROLES.indexOf(route.min);
      if (allowed) expect([401, 403]).not.toContain(res.status);
      else {
        expect(res.status).toBe(403);
        expect(res.body.message).toMatch(new RegExp(route.min));
      }
    });
  });
});
