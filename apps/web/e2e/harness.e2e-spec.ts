import { E2e } from './support/harness';

// The harness itself: a page that logs an error or throws must fail its test; the CSP blocks
// inline script; the Swagger UI still works under its CSP.

describe('e2e harness', () => {
  let e2e: E2e;

  beforeAll(async () => {
    e2e = await E2e.start();
  });
  afterAll(() => e2e.close());

  it('fails a test whose page logged a console error or threw', async () => {
    const { page } = await e2e.tab();
    await page.goto('/signin');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.evaluate(
      'console.error("boom from the page"); setTimeout(() => { throw new Error("thrown in the page") }, 0)',
    );
    await page.waitForTimeout(100);
    await expect(e2e.endTest()).rejects.toThrow(/2 error\(s\)[\s\S]*boom from the page[\s\S]*thrown in the page/);
  });

  it('blocks inline script with the CSP (and reports the violation as an error)', async () => {
    const { page } = await e2e.tab();
    await page.goto('/signin');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.evaluate(
      `(() => { const s = document.createElement('script'); s.textContent = 'window.__inline = 1'; document.body.appendChild(s); })()`,
    );
    expect(await page.evaluate('window.__inline')).toBeUndefined();
    await expect(e2e.endTest()).rejects.toThrow(/Content Security Policy/);
  });

  it('serves the Swagger UI at /api/docs without CSP violations or errors', async () => {
    const { page } = await e2e.tab();
    await page.goto('/api/docs');
    await page.getByRole('heading', { name: /Source audit API/ }).waitFor({ timeout: 15_000 });
    await e2e.endTest();
  });
});
