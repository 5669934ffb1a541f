import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bootApp, TestApp } from './support/app';
import { scratchDirs } from './support/scratch-dirs';

const scratchDir = scratchDirs('web-dist-');

// WebModule: the built single-page app at `/`, beside (never over) the API. A stand-in build
// keeps this test independent of the real one; the e2e tests load the real app in Chromium.

function fakeBuild(): string {
  const dir = scratchDir();
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html><head><script type="module" src="/assets/index-Ab12Cd34.js"></script></head><body><div id="root"></div></body></html>',
  );
  writeFileSync(join(dir, 'assets', 'index-Ab12Cd34.js'), 'console.log("app");');
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dir;
}

describe('web app serving', () => {
  let t: TestApp;

  beforeAll(async () => {
    jest.resetModules();
    t = await bootApp({ WEB_DIST_DIR: fakeBuild() });
  });
  afterAll(async () => {
    await t.close();
    delete process.env.WEB_DIST_DIR;
  });

  it('serves index.html at / with no-cache and a strict CSP', async () => {
    const r = await t.http.get('/').expect(200);
    expect(r.headers['content-type']).toMatch(/^text\/html/);
    expect(r.text).toContain('<div id="root">');
    expect(r.headers['cache-control']).toBe('no-cache');
    const csp = r.headers['content-security-policy'];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("style-src 'self';");
    expect(csp).toContain("img-src 'self' data:");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('upgrade-insecure-requests');
  });

  it.each(['/articles/123', '/sources/abc?from=2020-01-01', '/review', '/signin', '/admin/users'])(
    'answers the client-side route %s with the app',
    async (path) => {
      const r = await t.http.get(path).expect(200);
      expect(r.text).toContain('<div id="root">');
      expect(r.headers['cache-control']).toBe('no-cache');
    },
  );

  it('caches hashed assets for a year; a missing asset is a 404, not the app', async () => {
    const r = await t.http.get('/assets/index-Ab12Cd34.js').expect(200);
    expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(r.headers['content-type']).toMatch(/javascript/);
    await t.http.get('/assets/index-gone.js').expect(404);
    // Files outside assets/ are not hashed: revalidated.
    expect((await t.http.get('/favicon.svg').expect(200)).headers['cache-control']).toBe('no-cache');
  });

  it('never shadows the API: routes answer as before, unknown /api paths keep their JSON 404', async () => {
    await t.http.get('/api/health').expect(200);
    await t.http.get('/api/auth/me').expect(401);
    for (const path of ['/api/nope', '/api', '/api/articles/x/y/z']) {
      const r = await t.http.get(path).expect(404);
      expect(r.headers['content-type']).toMatch(/application\/json/);
      expect(r.body).toMatchObject({ statusCode: 404 });
    }
    // Only GET falls back to the app.
    await t.http.post('/articles/123').send({}).expect(404);
    // Body-parser failures on the API keep their status (serve-static's `exclude` would make them 404s).
    const bad = await t.http
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email": ')
      .expect(400);
    expect(bad.body.message).toMatch(/not valid JSON/);
    await t.http
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ email: 'x'.repeat(8 * 1024 * 1024) }))
      .expect(413);
  });

  it('keeps the Swagger UI at /api/docs working, with inline styles allowed only there', async () => {
    const r = await t.http.get('/api/docs').redirects(1).expect(200);
    expect(r.text).toContain('swagger-ui');
    expect(r.headers['content-security-policy']).toContain("style-src 'self' 'unsafe-inline'");
    expect(r.headers['content-security-policy']).toContain("script-src 'self';");
    await t.http.get('/api/docs-json').expect(200);
  });
});

describe('web app not built', () => {
  let t: TestApp;

  beforeAll(async () => {
    jest.resetModules();
    t = await bootApp({ WEB_DIST_DIR: join(tmpdir(), 'no-such-web-build') });
  });
  afterAll(async () => {
    await t.close();
    delete process.env.WEB_DIST_DIR;
  });

  it('answers pages with a plain 503 saying how to build it, and the API as usual', async () => {
    for (const path of ['/', '/articles/123']) {
      const r = await t.http.get(path).expect(503);
      expect(r.headers['content-type']).toMatch(/^text\/html/);
      expect(r.text).toContain('npm run web:build');
    }
    await t.http.get('/api/health').expect(200);
    expect((await t.http.get('/api/nope').expect(404)).body).toMatchObject({ statusCode: 404 });
  });
});
