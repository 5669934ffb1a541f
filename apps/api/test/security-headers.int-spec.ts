import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Response } from 'supertest';
import { bootApp, resetDatabase, TestApp } from './support/app';
import { createUserAndLogin, SignedInTestUser } from './support/users';
import { scratchDirs } from './support/scratch-dirs';

const scratchDir = scratchDirs('web-dist-headers-');

// Security headers on every kind of answer the service gives (the web app, API JSON, errors, the
// API docs) and the attributes of the cookies a browser sign-in sets: what apps/api/src/web/csp.ts
// and apps/api/src/auth/session-cookies.ts intend, checked over real HTTP.

/** A stand-in build of the web app (the real one is loaded by the e2e tests under this same CSP). */
function fakeBuild(): string {
  const dir = scratchDir();
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html><head><script type="module" src="/assets/index-Zz99Yy88.js"></script></head><body><div id="root"></div></body></html>',
  );
  writeFileSync(join(dir, 'assets', 'index-Zz99Yy88.js'), 'console.log("app");');
  return dir;
}

/** "a b; c d e" → {a: ['b'], c: ['d', 'e']} */
function directives(csp: string): Record<string, string[]> {
  return Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name.toLowerCase(), values]),
  );
}

const setCookies = (res: Response): string[] => ([] as string[]).concat(res.headers['set-cookie'] ?? []);
const cookieAttrs = (c: string) =>
  c
    .split(';')
    .slice(1)
    .map((a) => a.trim().toLowerCase());

/** What every answer carries, whatever it is. */
function expectBaseHeaders(res: Response, what: string): Record<string, string[]> {
  const h = res.headers;
  const csp = h['content-security-policy'];
  expect({ what, csp: typeof csp }).toEqual({ what, csp: 'string' });
  const d = directives(csp);
  expect({ what, nosniff: h['x-content-type-options'] }).toEqual({ what, nosniff: 'nosniff' });
  // Framing refused twice over: CSP for current browsers, X-Frame-Options for old ones.
  expect({ what, frameAncestors: d['frame-ancestors'] }).toEqual({ what, frameAncestors: ["'none'"] });
  expect({ what, xfo: h['x-frame-options'] }).toEqual({ what, xfo: expect.stringMatching(/^(DENY|SAMEORIGIN)$/i) });
  expect({ what, referrer: h['referrer-policy'] }).toEqual({
    what,
    referrer: expect.stringMatching(/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/),
  });
  expect({ what, poweredBy: h['x-powered-by'] }).toEqual({ what, poweredBy: undefined });
  // No script from anywhere but the site, and never inline or eval'd, on any page.
  const scripts = d['script-src'] ?? d['default-src'];
  expect({ what, scripts }).toEqual({ what, scripts: ["'self'"] });
  expect({ what, attrs: d['script-src-attr'] }).toEqual({ what, attrs: ["'none'"] });
  expect({ what, objects: d['object-src'] }).toEqual({ what, objects: ["'none'"] });
  expect({ what, base: d['base-uri'] }).toEqual({ what, base: ["'self'"] });
  return d;
}

describe('security headers and cookies', () => {
  let t: TestApp;
  let viewer: SignedInTestUser;
  const dist = fakeBuild();

  beforeAll(async () => {
    jest.resetModules();
    await resetDatabase();
    t = await bootApp({ WEB_DIST_DIR: dist });
    viewer = await createUserAndLogin(t.app, t.http, 'viewer');
  });
  afterAll(async () => {
    await t.close();
    delete process.env.WEB_DIST_DIR;
  });

  it('the web app (/ and a client-side route): a strict CSP with no inline scripts or styles', async () => {
    for (const path of ['/', '/articles/123']) {
      const res = await t.http.get(path).expect(200);
      expect(res.text).toContain('<div id="root">');
      const d = expectBaseHeaders(res, path);
      expect(d['default-src']).toEqual(["'self'"]);
      expect(d['style-src']).toEqual(["'self'"]);
      expect(d['connect-src']).toEqual(["'self'"]);
      expect(d['form-action']).toEqual(["'self'"]);
      expect(res.headers['content-security-policy']).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    }
  });

  it('the API: health, a signed-in JSON answer and error answers carry the same headers', async () => {
    const answers: [string, Response][] = [
      ['/api/health', await t.http.get('/api/health').expect(200)],
      [
        '/api/articles (signed in)',
        await t.http.get('/api/articles').set('Authorization', `Bearer ${viewer.token}`).expect(200),
      ],
      ['/api/articles (anonymous, 401)', await t.http.get('/api/articles').expect(401)],
      ['/api/no-such-route (404)', await t.http.get('/api/no-such-route').expect(404)],
      ['/api/auth/login (bad body, 400)', await t.http.post('/api/auth/login').send({}).expect(400)],
    ];
    for (const [what, res] of answers) {
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expectBaseHeaders(res, what);
      expect(res.headers['content-security-policy']).not.toMatch(/unsafe-inline|unsafe-eval/);
    }
  });

  it('the API docs: inline styles allowed for Swagger UI, scripts still only from the site', async () => {
    const res = await t.http.get('/api/docs').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    const d = expectBaseHeaders(res, '/api/docs');
    expect(d['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    // The page's scripts are all files (an inline one would be blocked by the CSP above).
    const scripts = [...res.text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc=/);
      expect(body.trim()).toBe('');
    }
    expectBaseHeaders(await t.http.get('/api/docs-json').expect(200), '/api/docs-json');
  });

  it('POST /api/auth/session sets HttpOnly, SameSite=Strict, host-only cookies; the JWT stays out of the body', async () => {
    const res = await t.http
      .post('/api/auth/session')
      .send({ email: viewer.user.email, password: viewer.password })
      .expect(200);
    expectBaseHeaders(res, 'POST /api/auth/session');
    const cookies = setCookies(res);
    expect(cookies.map((c) => c.split('=')[0]).sort()).toEqual(['sa_csrf', 'sa_session']);
    for (const c of cookies) {
      const attrs = cookieAttrs(c);
      expect({ c, httpOnly: attrs.includes('httponly') }).toEqual({ c, httpOnly: true });
      expect({ c, sameSite: attrs.find((a) => a.startsWith('samesite=')) }).toEqual({ c, sameSite: 'samesite=strict' });
      expect({ c, path: attrs.find((a) => a.startsWith('path=')) }).toEqual({ c, path: 'path=/' });
      expect({ c, domain: attrs.find((a) => a.startsWith('domain=')) }).toEqual({ c, domain: undefined });
      expect({ c, maxAge: attrs.find((a) => a.startsWith('max-age=')) }).toEqual({
        c,
        maxAge: expect.stringMatching(/^max-age=\d+$/),
      });
    }
    // The page's scripts never see the session token: not in a readable cookie, not in the body.
    const jwt = cookies
      .find((c) => c.startsWith('sa_session='))!
      .split(';')[0]
      .slice('sa_session='.length);
    expect(jwt.split('.')).toHaveLength(3);
    expect(res.text).not.toContain(jwt);

    // Signing out clears both cookies with the same attributes (so the browser really drops them).
    const cookie = cookies.map((c) => c.split(';')[0]).join('; ');
    const out = await t.http
      .delete('/api/auth/session')
      .set('Cookie', cookie)
      .set('X-CSRF-Token', (res.body as { csrfToken: string }).csrfToken)
      .expect(204);
    const cleared = setCookies(out);
    expect(cleared.map((c) => c.split('=')[0]).sort()).toEqual(['sa_csrf', 'sa_session']);
    for (const c of cleared) {
      expect(c).toMatch(/=;/);
      expect(cookieAttrs(c)).toEqual(expect.arrayContaining(['httponly', 'samesite=strict', 'path=/']));
    }
  });
});

describe('security headers and cookies behind https (COOKIE_SECURE=true)', () => {
  let t: TestApp;
  let viewer: SignedInTestUser;

  beforeAll(async () => {
    // Configuration is read once per module registry: load the app afresh with the setting.
    jest.resetModules();
    t = await bootApp({ COOKIE_SECURE: 'true' });
    viewer = await createUserAndLogin(t.app, t.http, 'viewer');
  });
  afterAll(async () => {
    await t.close();
    delete process.env.COOKIE_SECURE;
  });

  it('upgrades insecure requests and sends HSTS', async () => {
    const res = await t.http.get('/api/health').expect(200);
    const d = expectBaseHeaders(res, '/api/health over https');
    expect(d['upgrade-insecure-requests']).toEqual([]);
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
  });

  it('sets Secure, __Host- prefixed cookies (no Domain, Path=/), still HttpOnly and SameSite=Strict', async () => {
    const res = await t.http
      .post('/api/auth/session')
      .send({ email: viewer.user.email, password: viewer.password })
      .expect(200);
    const cookies = setCookies(res);
    expect(cookies.map((c) => c.split('=')[0]).sort()).toEqual(['__Host-sa_csrf', '__Host-sa_session']);
    for (const c of cookies) {
      const attrs = cookieAttrs(c);
      expect(attrs).toEqual(expect.arrayContaining(['secure', 'httponly', 'samesite=strict', 'path=/']));
      expect(attrs.some((a) => a.startsWith('domain='))).toBe(false);
    }
  });
});
