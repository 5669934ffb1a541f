import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { ReportCard, SourceMap } from '@auditor/contracts';
import { login, resetDatabase } from '../../api/test/support/app';
import { articleText } from './support/articles';
import { E2e, E2eUser, screenshot, uploadScored, visible } from './support/harness';

// The source map at /map and the verdict at the top of a report card.

const AXE = resolve(__dirname, '../../../node_modules/axe-core/axe.min.js');

/** axe-core's findings on the page. Injected by evaluation: the app's CSP (rightly) refuses a script tag. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run(): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> };
      }
    ).axe;
    const r = await axe.run();
    return r.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

// Written for this test: a calm outlet and an alarmist one, beside the harness's standard article.
const calm = (tag: string) =>
  `The provincial council said the market in Kunduz reopened on Sunday after repairs (${tag}). ` +
  'Residents said the price of flour rose by ten percent in March. ' +
  'The district governor said the school in Imam Sahib reopened for 400 pupils. ' +
  'Farmers said the wheat harvest in Khanabad was larger than last year.';
const alarmist = (tag: string) =>
  `Hundreds of foreign fighters are swarming into the north, a hotbed of terror (${tag}). ` +
  'The region is a dangerous breeding ground for jihadists who will surely unleash carnage. ' +
  'Sources say a catastrophic offensive is imminent. The whole province could fall within days.';

const KUNDUZ = 'Kunduz Daily Sources';
const CALM = 'Calm Valley Gazette';
const ALARM = 'Frontier Alarm Weekly';

describe('source map and card verdicts', () => {
  let e2e: E2e;
  let viewer: E2eUser;

  const api = async <T>(path: string): Promise<T> =>
    (await e2e.http.get(path).set('Authorization', `Bearer ${viewer.token}`).expect(200)).body as T;
  const pointLink = (page: Page, name: string) =>
    page.getByRole('group', { name: /^Source map/ }).getByRole('link', { name: new RegExp(`^${name} \\(`) });

  beforeAll(async () => {
    await resetDatabase();
    e2e = await E2e.start();
    viewer = await e2e.user('viewer');
    const token = await login(e2e.http, e2e.admin.email, e2e.admin.password);
    const up = (text: string, outlet: string, outletType: string, publishedAt: string) =>
      uploadScored(e2e, token, { text, outlet, outletType, publishedAt });
    await up(articleText('map one'), KUNDUZ, 'media', '2021-03-04');
    await up(articleText('map two'), KUNDUZ, 'media', '2021-05-06');
    await up(calm('one'), CALM, 'independent', '2022-02-10');
    await up(calm('two'), CALM, 'independent', '2022-04-12');
    await up(alarmist('one'), ALARM, 'media', '2023-01-15');
    await up(alarmist('two'), ALARM, 'media', '2023-06-20');
  });
  afterEach(() => e2e.endTest());
  afterAll(() => e2e.close());

  it('asks again by itself while an answer says articles are still being added to the figures', async () => {
    const { page } = await e2e.signedIn(viewer);
    // Until the notice shows, answers are the API's own with three articles reported as still being summarised, as a
    // read that trails the newest writes by a few seconds says; after that they pass through untouched.
    let trailing = true;
    let answers = 0;
    await page.route('**/api/sources/map**', async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as SourceMap;
      answers++;
      await route.fulfill({ response, json: trailing ? { ...body, pendingRefresh: 3 } : body });
    });
    await page.goto('/map');
    await visible(page.getByText('3 articles are still being added to the figures.'));
    const asked = answers;
    trailing = false;
    // No reload: the screen asks again, and the notice goes with the first answer that has nothing pending.
    await page
      .getByText(/articles are still being added to the figures/)
      .waitFor({ state: 'detached', timeout: 10_000 });
    expect(answers).toBeGreaterThan(asked);
    await visible(pointLink(page, ALARM));
  });

  it('plots every outlet as a link to its card, reachable and opened with the keyboard', async () => {
    const { page } = await e2e.signedIn(viewer, '/articles');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Source map' }).click();
    await page.waitForURL(/\/map$/);
    await visible(page.getByRole('heading', { level: 1, name: 'Source map' }));
    const map = await api<SourceMap>('/api/sources/map');
    for (const name of [KUNDUZ, CALM, ALARM]) {
      const p = map.points.find((q) => q.name === name)!;
      const link = pointLink(page, name);
      await visible(link);
      // The accessible name carries the figures the marker stands for.
      const label = (await link.getAttribute('aria-label'))!;
      expect(label).toContain(`sourcing quality ${p.sourcingQuality.mean!.toFixed(1).replace(/\.0$/, '')}`);
      expect(label).toContain(`${p.assertions} assertions in ${p.articles} articles`);
    }
    expect(await axeViolations(page)).toEqual([]);

    // Tab from the top of the page to the alarmist outlet's marker, then Enter opens its card.
    const target = `${ALARM} (`;
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press('Tab');
      // Expressions as strings: this file is type-checked without the DOM library.
      reached = (await page.evaluate(
        `document.activeElement?.getAttribute('aria-label')?.startsWith(${JSON.stringify(target)}) ?? false`,
      )) as boolean;
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/sources\/outlet:/);
    await visible(page.getByRole('heading', { level: 1, name: new RegExp(`^${ALARM}`) }));
  });

  it('filters by kind, type and period through the URL', async () => {
    const { page } = await e2e.signedIn(viewer, '/map');
    await visible(pointLink(page, KUNDUZ));
    const form = page.getByRole('form', { name: 'Filter the map' });
    await form.getByLabel('Kind').selectOption('outlet');
    await form.getByLabel('Type').selectOption('independent');
    await form.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/kind=outlet/);
    // The previous points stay up while the filtered ones load: wait for the single independent outlet.
    // A function, not a string: the app's CSP forbids eval, which a string expression needs.
    await page.waitForFunction(() => document.querySelectorAll('.source-map a.map-point').length === 1);
    await visible(pointLink(page, CALM));

    await page.goto('/map?kind=outlet&from=2023-01-01&to=2023-12-31');
    await visible(pointLink(page, ALARM));
    expect(await pointLink(page, KUNDUZ).count()).toBe(0);
    expect(await pointLink(page, CALM).count()).toBe(0);

    // Every source, cited ones (squares) included, for the README.
    await page.goto('/map?minAssertions=1');
    await visible(pointLink(page, KUNDUZ));
    await screenshot(page, 'source-map', { docs: true });

    await page.goto('/map?kind=cited&minAssertions=1');
    await visible(
      page
        .getByRole('group', { name: /^Source map/ })
        .getByRole('link')
        .first(),
    );
    const names = await page
      .getByRole('group', { name: /^Source map/ })
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('aria-label') ?? ''));
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => n.includes('(cited source'))).toBe(true);

    await page.goto('/map?to=2019-12-31');
    await visible(page.getByText(/No sources match these filters/));
  });

  it("heads an outlet's card with the banded top line and the service's summary", async () => {
    const map = await api<SourceMap>('/api/sources/map');
    const id = map.points.find((p) => p.name === ALARM)!.id;
    const card = await api<ReportCard>(`/api/sources/${id}/report`);
    const { page } = await e2e.signedIn(viewer, `/sources/${id}`);
    const verdict = page.getByRole('region', { name: 'Verdict' });
    await visible(verdict);
    expect(await verdict.getByText(card.verdict.summary).count()).toBe(1);
    const top = verdict.getByRole('list', { name: 'Top line' });
    await visible(top.locator(`[data-band="${card.verdict.alarmism.band}"]`));
    expect(await top.innerText()).toContain(`${card.verdict.alarmism.comparison} the corpus`);
    expect(await page.getByRole('heading', { name: 'Indices against the rest of the corpus' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'report-card-verdict', { docs: true, fullPage: false });
  });

  it("says on a cited source's card that it shows how outlets attribute to it", async () => {
    const map = await api<SourceMap>('/api/sources/map?kind=cited&minAssertions=1');
    const id = map.points[0]!.id;
    const card = await api<ReportCard>(`/api/sources/${id}/report`);
    const { page } = await e2e.signedIn(viewer, `/sources/${id}`);
    const verdict = page.getByRole('region', { name: 'How outlets attribute to this source' });
    await visible(verdict);
    expect(await verdict.innerText()).toContain(card.verdict.measures);
    expect(await verdict.innerText()).toContain('not the reliability of');
    await visible(page.getByRole('heading', { name: 'Sourcing quality of what outlets attribute to it' }));
  });
});
