import { readFile } from 'node:fs/promises';
import { login, resetDatabase } from '../../api/test/support/app';
import { articleText } from './support/articles';
import { E2e, E2eUser, screenshot, uploadScored, visible } from './support/harness';

// Report cards: an outlet's, a cited source's, the comparison, and the CSV exports.

const OUTLET = 'Kunduz Daily Sources';

describe('report cards', () => {
  let e2e: E2e;
  let viewer: E2eUser;
  let articleId: string;

  beforeAll(async () => {
    await resetDatabase();
    e2e = await E2e.start();
    viewer = await e2e.user('viewer');
    const token = await login(e2e.http, e2e.admin.email, e2e.admin.password);
    articleId = await uploadScored(e2e, token, {
      text: articleText('sources one'),
      outlet: OUTLET,
      outletType: 'media',
      publishedAt: '2021-03-04',
      title: 'Kunduz districts fall',
    });
    await uploadScored(e2e, token, {
      text: articleText('sources two'),
      outlet: OUTLET,
      outletType: 'media',
      publishedAt: '2021-05-06',
      title: 'Kunduz again',
    });
  });
  afterEach(() => e2e.endTest());
  afterAll(() => e2e.close());

  it("browses from the list to an outlet's report card", async () => {
    const { page } = await e2e.signedIn(viewer, '/sources');
    await visible(page.getByRole('heading', { level: 1, name: 'Report cards' }));
    await screenshot(page, 'sources', { docs: true });
    await page.getByRole('link', { name: OUTLET }).click();
    await page.waitForURL(/\/sources\/outlet:/);
    await visible(page.getByRole('heading', { level: 1, name: new RegExp(`^${OUTLET}.*outlet`) }));
    await visible(page.getByRole('heading', { name: 'Sample' }));
    await visible(page.getByRole('heading', { name: /^Reliability grade/ }));
    await screenshot(page, 'report-card-outlet', { docs: true });
  });

  it("opens a cited source's card from the article's list of sources cited", async () => {
    const { page } = await e2e.signedIn(viewer, `/articles/${articleId}`);
    const cited = page.getByRole('region', { name: 'Sources cited' });
    await visible(cited.getByRole('link').first());
    const name = (await cited.getByRole('link').first().innerText()).trim();
    await cited.getByRole('link').first().click();
    await page.waitForURL(/\/sources\/cited:/);
    await visible(page.getByRole('heading', { level: 1, name: new RegExp(`cited source`) }));
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain(name);
    await screenshot(page, 'report-card-cited');
  });

  it('exports the source list and a report card as CSV', async () => {
    const { page } = await e2e.signedIn(viewer, '/sources');
    await visible(page.getByRole('link', { name: OUTLET }));
    const [listDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export CSV' }).click(),
    ]);
    expect(listDownload.suggestedFilename()).toMatch(/\.csv$/);
    const list = await readFile(await listDownload.path(), 'utf8');
    const [header, ...rows] = list.trim().split(/\r?\n/);
    expect(header).toMatch(/name/i);
    expect(rows.some((r) => r.includes(OUTLET))).toBe(true);

    await page.getByRole('link', { name: OUTLET }).click();
    await visible(page.getByRole('heading', { name: 'Sample' }));
    const [cardDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export CSV' }).click(),
    ]);
    expect(cardDownload.suggestedFilename()).toMatch(/\.csv$/);
    expect(await readFile(await cardDownload.path(), 'utf8')).toContain(OUTLET);
  });

  it('compares two sources side by side', async () => {
    const { page } = await e2e.signedIn(viewer, '/sources');
    const boxes = page.getByRole('checkbox', { name: /^Compare / });
    await visible(boxes.first());
    expect(await boxes.count()).toBeGreaterThanOrEqual(2);
    await page.getByRole('checkbox', { name: `Compare ${OUTLET}` }).check();
    for (let i = 0; i < (await boxes.count()); i++) {
      if ((await boxes.nth(i).getAttribute('aria-label')) === `Compare ${OUTLET}`) continue;
      await boxes.nth(i).check();
      break;
    }
    await page.getByRole('button', { name: 'Compare selected' }).click();
    await page.waitForURL(/\/compare\?ids=/);
    await visible(page.getByRole('heading', { level: 1, name: 'Compare sources' }));
    await visible(page.getByRole('table', { name: 'Headline figures side by side' }));
    await screenshot(page, 'compare', { docs: true });
  });
});
