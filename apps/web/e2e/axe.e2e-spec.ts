import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { login, resetDatabase } from '../../api/test/support/app';
import { assertionLinks, E2e, visible } from './support/harness';
import { screens, SeededCorpus, seedCorpus, signInScreen } from './support/screens';

// axe-core (from the npm registry) on every screen: no violation of any rule it runs by default
// (WCAG 2.x A and AA, plus its best practices).

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/**
 * Runs axe in the page. The script is evaluated through the DevTools protocol rather than added
 * as a <script> element, which the app's Content-Security-Policy rightly refuses.
 */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return (violations as AxeViolation[]).map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 5)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
}

describe('accessibility (axe-core) on every screen', () => {
  let e2e: E2e;
  let corpus: SeededCorpus;

  beforeAll(async () => {
    await resetDatabase();
    e2e = await E2e.start();
    const token = await login(e2e.http, e2e.admin.email, e2e.admin.password);
    corpus = await seedCorpus(e2e, token, 3);
  }, 120_000);
  afterEach(() => e2e.endTest());
  afterAll(() => e2e.close());

  it('finds no violations on any screen a signed-in admin sees', async () => {
    const { page } = await e2e.signedIn(e2e.admin);
    const found: string[] = [];
    for (const s of screens(corpus)) {
      await page.goto(s.path);
      await s.ready(page);
      for (const v of await axeViolations(page)) found.push(`${s.name}: ${v}`);
    }
    expect(found).toEqual([]);
  });

  it('would fail: axe reports a planted violation', async () => {
    const { page } = await e2e.signedIn(e2e.admin, '/account');
    await visible(page.getByRole('heading', { level: 1, name: 'Your account' }));
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.type = 'text';
      document.querySelector('main')!.append(input);
    });
    expect((await axeViolations(page)).join('\n')).toMatch(/^label /m);
  });

  it('finds no violations on the sign-in screen', async () => {
    const { page } = await e2e.tab();
    await page.goto(signInScreen.path);
    await signInScreen.ready(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('finds no violations on the article page with the explanation open, wide and as a phone sheet', async () => {
    const { page } = await e2e.signedIn(e2e.admin, `/articles/${corpus.articleId}`);
    const links = assertionLinks(page);
    await visible(links.nth(1));
    await links.nth(1).click();
    await visible(page.locator('table.arithmetic').first());
    const wide = await axeViolations(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await links.nth(2).click();
    await visible(page.getByRole('button', { name: /Close details/ }));
    const phone = await axeViolations(page);
    expect({ wide, phone }).toEqual({ wide: [], phone: [] });
  });
});
