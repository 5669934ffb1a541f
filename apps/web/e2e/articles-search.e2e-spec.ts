import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { resetDatabase } from '../../api/test/support/app';
import { E2e, E2eUser, screenshot, uploadScored, visible } from './support/harness';

// Articles at corpus scale (issue 12 item 4): ISAF releases uploaded without titles or dates are
// found by a district name, filtered and sorted by score; seed 003's date is estimated from its
// masthead, said so, and corrected by an analyst.
const shared = resolve(__dirname, '../../../../shared');
const releases = readFileSync(join(shared, 'corpora/isaf-press-releases.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as { text: string; outlet: string; outletType: string });
const KUNDUZ = releases.filter((r) => /\bKunduz\b/.test(r.text)).slice(0, 6);
const OTHERS = releases.filter((r) => !/\bKunduz\b/i.test(r.text)).slice(0, 4);
const seed003 = readFileSync(join(shared, 'seeds/003_52405558d12fdc3c.txt'), 'utf8');
// Seed 003 names Kunduz too.
const MATCHES = KUNDUZ.length + (/\bKunduz\b/.test(seed003) ? 1 : 0);

const AXE = require.resolve('axe-core/axe.min.js');
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate<string[]>(
    'axe.run().then((r) => r.violations.map((v) => v.id + ": " + JSON.stringify(v.nodes.map((n) => n.target))))',
  );
}

describe('articles: search, filters, sorting, estimated dates', () => {
  let e2e: E2e;
  let analyst: E2eUser;
  let viewer: E2eUser;
  let seedId: string;

  beforeAll(async () => {
    await resetDatabase();
    e2e = await E2e.start();
    analyst = await e2e.user('analyst');
    viewer = await e2e.user('viewer');
    for (const r of [...KUNDUZ, ...OTHERS])
      await uploadScored(e2e, analyst.token, { text: r.text, outlet: r.outlet, outletType: r.outletType });
    seedId = await uploadScored(e2e, analyst.token, {
      text: seed003,
      outlet: 'Daily Outlook Afghanistan',
      outletType: 'media',
    });
  }, 240_000);
  afterEach(() => e2e.endTest());
  afterAll(() => e2e.close());

  it('finds the releases that name a district, with titles, scores and the matching sentence', async () => {
    const { page } = await e2e.signedIn(viewer, '/articles');
    const table = page.getByRole('table', { name: /Articles, sorted by/ });
    await visible(table);
    await page.getByLabel('Search text and titles').fill('Kunduz');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL(/q=Kunduz/);
    await visible(page.getByText(`${MATCHES} articles match “Kunduz”`));
    const rows = table.getByRole('row');
    expect(await rows.count()).toBe(MATCHES + 1);
    expect(await table.getByText('Untitled article').count()).toBe(0);
    await visible(table.getByText(/matching assertions?$/).first());
    await expect(table.getByRole('columnheader', { name: /Sourcing quality/ }).count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'articles-search', { docs: true });

    // Sorting by a score column puts it in the URL and marks the header.
    await page.getByRole('button', { name: /^Alarmism/ }).click();
    await page.waitForURL(/sort=alarmism/);
    await visible(page.getByRole('columnheader', { name: /Alarmism/ }).and(page.locator('[aria-sort="descending"]')));
    // The previous rows stay on screen while the sorted page loads: wait for the new order.
    const alarmism = async () => (await table.locator('tbody tr td:nth-child(5)').allTextContents()).map(Number);
    for (let i = 0; i < 100; i++) {
      const now = await alarmism();
      if (now.join() === [...now].sort((a, b) => b - a).join()) break;
      await page.waitForTimeout(100);
    }
    const scores = await alarmism();
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores[0]).toBeGreaterThan(0);

    // A score range nothing meets: the empty state says how to widen it.
    await page.getByRole('group', { name: 'Sourcing quality' }).getByLabel('min').fill('100');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await visible(page.getByText(/No articles match/));
  });

  it('shows an estimated date as such, and an analyst corrects it', async () => {
    const { page } = await e2e.signedIn(analyst, `/articles/${seedId}`);
    await visible(
      page.getByRole('heading', { level: 1, name: 'The Rise of Taliban-IMU Nexus in Northern Afghanistan' }),
    );
    await visible(page.getByText('2019-08-22 (estimated from the text)'));
    await page.getByRole('button', { name: 'Edit title and date' }).click();
    const form = page.getByRole('form', { name: 'Edit title and publication date' });
    await visible(form);
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe(
      await form.getByLabel('Title').getAttribute('id'),
    );
    await screenshot(page, 'article-edit-meta', { docs: true, fullPage: false });
    // An estimate can be confirmed without changing it; here it is corrected instead.
    await visible(form.getByLabel(/The date is right/));
    await form.getByLabel('Title').fill('Taliban-IMU Nexus in the North');
    await form.getByLabel(/Published/).fill('2019-08-20');
    await form.getByRole('button', { name: 'Save' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Taliban-IMU Nexus in the North' }));
    await visible(page.getByText(/published 2019-08-20/));
    expect(await page.getByText(/estimated from the text/).count()).toBe(0);
    // Focus returns to the button that opened the form.
    await visible(page.getByRole('button', { name: 'Edit title and date' }));
    expect(await page.evaluate('document.activeElement && document.activeElement.textContent')).toBe(
      'Edit title and date',
    );
  });

  it('offers viewers no edit form', async () => {
    const { page } = await e2e.signedIn(viewer, `/articles/${seedId}`);
    await visible(page.getByRole('heading', { level: 1 }));
    expect(await page.getByRole('button', { name: 'Edit title and date' }).count()).toBe(0);
  });
});
