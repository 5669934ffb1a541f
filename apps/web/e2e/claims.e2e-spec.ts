import type { Page } from 'playwright-core';
import type { AssertionsResponse, ClaimPage } from '@auditor/contracts';
import { login, resetDatabase } from '../../api/test/support/app';
import { E2e, E2eUser, screenshot, uploadScored, visible } from './support/harness';

// Claim pages (the data mist made visible: origin, amplifiers, who repeated whom), their links
// from the article panel and the report card, and the upload screen's answer for a known text.

const RELEASE =
  'An Afghan and coalition security force killed a Taliban commander in Chahar Darah district, Kunduz province, on Tuesday.';
const COPY = `${RELEASE} Shops in Kunduz city reopened on Wednesday morning.`;
// Two estimates of one force, a conflicting figure (as in the corroboration-cards integration test).
const HIGH =
  'A UN official said an estimated 2,000 IMU fighters are based in the mountains of Badakhshan province near the Tajik border.';
const LOW =
  'A provincial official said only 600 IMU fighters are based in the mountains of Badakhshan province near the Tajik border.';
const ORIGIN = 'ISAF Press Desk';
const AMPLIFIER = 'Kunduz Wire';
const SYNDICATOR = 'Reprint Weekly';

const AXE = require.resolve('axe-core/axe.min.js');

/** axe-core's findings, injected by evaluation (the CSP refuses script tags) and run as a string (no DOM types here). */
async function axeViolations(page: Page): Promise<string[]> {
  const { readFileSync } = await import('node:fs');
  await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate<string[]>(
    'axe.run().then((r) => r.violations.map((v) => v.id + ": " + JSON.stringify(v.nodes.map((n) => n.target))))',
  );
}

describe('claim pages', () => {
  let e2e: E2e;
  let analyst: E2eUser;
  let token: string;
  let copyId: string;
  let originId: string;
  let groupId: string;

  const api = async <T>(path: string): Promise<T> =>
    (await e2e.http.get(path).set('Authorization', `Bearer ${token}`).expect(200)).body as T;

  beforeAll(async () => {
    await resetDatabase();
    e2e = await E2e.start();
    analyst = await e2e.user('analyst');
    token = await login(e2e.http, e2e.admin.email, e2e.admin.password);
    originId = await uploadScored(e2e, token, {
      text: RELEASE,
      outlet: ORIGIN,
      outletType: 'military',
      publishedAt: '2013-01-24',
      title: 'Commander killed in Chahar Darah',
    });
    copyId = await uploadScored(e2e, token, {
      text: COPY,
      outlet: AMPLIFIER,
      outletType: 'media',
      publishedAt: '2013-01-26',
      title: 'Kunduz news roundup',
    });
    // Grouping runs after scoring, in its own job.
    const until = Date.now() + 30_000;
    while (!groupId) {
      const r = await api<AssertionsResponse>(`/api/articles/${copyId}/assertions`);
      groupId = r.assertions.find((a) => a.corroboration?.role === 'amplification')?.corroboration?.groupId ?? '';
      if (!groupId && Date.now() > until) throw new Error('the copy was never grouped with the release');
      if (!groupId) await new Promise((res) => setTimeout(res, 200));
    }
  });
  afterEach(() => e2e.endTest());
  afterAll(() => e2e.close());

  it('lists an amplification and its origin, opened from the assertion panel', async () => {
    const { page } = await e2e.signedIn(analyst, `/articles/${copyId}`);
    const link = page.getByRole('link', { name: /^Claim group of 2 appearances/ });
    await visible(link, 30_000);
    await link.click();
    await page.waitForURL(`**/claims/${groupId}`);
    await visible(page.getByRole('heading', { level: 1, name: `Claim first made by ${ORIGIN}` }));

    const timeline = page.getByRole('region', { name: 'Timeline by publication date' }).getByRole('listitem');
    expect(await timeline.count()).toBe(2);
    const [first, second] = await timeline.allTextContents();
    expect(first).toContain(ORIGIN);
    expect(first).toContain('origin of the claim');
    expect(second).toContain(AMPLIFIER);
    expect(second).toContain('amplifier');
    // The graph: the amplifier's entry sits in the list of those repeating the origin.
    const repeating = page.getByRole('list', { name: `Repeating ${ORIGIN}` });
    await visible(repeating);
    expect(await repeating.textContent()).toContain(`${AMPLIFIER}`);
    await visible(page.getByText(/every appearance goes back to one origin/));
    await screenshot(page, 'claim', { docs: true });
    expect(await axeViolations(page)).toEqual([]);
    // A phone: nothing wider than the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
  });

  it("lists the amplified claim on the amplifier's report card, linking to the claim page", async () => {
    const sources = await api<{ items: Array<{ id: string; name: string }> }>('/api/sources?kind=outlet');
    const wire = sources.items.find((s) => s.name === AMPLIFIER)!;
    const { page } = await e2e.signedIn(analyst, `/sources/${wire.id}`);
    const block = page.getByRole('region', { name: 'Most amplified claims' });
    await visible(block.getByRole('link', { name: 'Open the claim' }), 30_000);
    expect(await block.textContent()).toContain(`first from ${ORIGIN}`);
    await block.getByRole('link', { name: 'Open the claim' }).click();
    await page.waitForURL(`**/claims/${groupId}`);
  });

  it('puts conflicting figures side by side', async () => {
    await uploadScored(e2e, token, { text: HIGH, outlet: 'Central Asia Monitor', publishedAt: '2012-05-01' });
    const lowId = await uploadScored(e2e, token, { text: LOW, outlet: 'Badakhshan Weekly', publishedAt: '2012-05-08' });
    let figures = '';
    const until = Date.now() + 30_000;
    while (!figures) {
      const r = await api<AssertionsResponse>(`/api/articles/${lowId}/assertions`);
      figures = r.assertions.find((a) => a.corroboration?.contradicted)?.corroboration?.groupId ?? '';
      if (!figures && Date.now() > until) throw new Error('the two estimates were never grouped as conflicting');
      if (!figures) await new Promise((res) => setTimeout(res, 200));
    }
    const { page } = await e2e.signedIn(analyst, `/claims/${figures}`);
    const table = page.getByRole('table', { name: 'Conflicting figures, side by side' });
    await visible(table);
    const row = table.getByRole('row').nth(1);
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells[0]).toContain('2,000');
    expect(cells[0]).toContain('Central Asia Monitor');
    expect(cells[1]).toContain('600');
    expect(cells[1]).toContain('Badakhshan Weekly');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('says on the upload screen when a text was already known, and records a syndicated copy', async () => {
    const { page } = await e2e.signedIn(analyst, '/upload');
    await visible(page.getByRole('heading', { name: 'Upload an article' }));
    await page.getByLabel('Text', { exact: true }).fill(RELEASE);
    await page.getByLabel('Outlet', { exact: true }).fill(SYNDICATOR);
    await page.getByRole('button', { name: 'Upload and score' }).click();
    const note = page.getByRole('note');
    await visible(note, 30_000);
    const said = await note.textContent();
    expect(said).toContain(`Already known: this text was stored before under ${ORIGIN}`);
    expect(said).toContain(`recorded as ${SYNDICATOR}'s syndicated copy`);
    await screenshot(page, 'upload-known-text', { docs: true });
    // The screen stays put: the answer is the news.
    expect(new URL(page.url()).pathname).toBe('/upload');

    // The claim now counts the reprint as one more amplifier, never as an origin.
    const until = Date.now() + 30_000;
    let claim = await api<ClaimPage>(`/api/claims/${groupId}`);
    while (!claim.members.some((m) => m.syndicated) && Date.now() < until) {
      await new Promise((res) => setTimeout(res, 200));
      claim = await api<ClaimPage>(`/api/claims/${groupId}`);
    }
    expect(claim).toMatchObject({ independentOrigins: 1, amplifications: 2 });
    await page.goto(`/claims/${groupId}`);
    const reprint = page
      .getByRole('region', { name: 'Timeline by publication date' })
      .getByRole('listitem')
      .filter({ hasText: SYNDICATOR });
    await visible(reprint);
    expect(await reprint.textContent()).toMatch(/amplifier · syndicated copy of the same text/);

    // The original article names the other outlet that published its text.
    await page.goto(`/articles/${originId}`);
    const also = page.getByText(/^Also published by/);
    await visible(also);
    expect(await also.textContent()).toContain(SYNDICATOR);
  });

  it('lets an admin remove a syndicated copy from the article page', async () => {
    const { page } = await e2e.signedIn(e2e.admin, `/articles/${originId}`);
    const button = page.getByRole('button', { name: `Remove ${SYNDICATOR}'s syndicated copy` });
    await visible(button);
    page.once('dialog', (d) => void d.accept());
    await button.click();
    await page.getByText(/^Also published by/).waitFor({ state: 'detached', timeout: 15_000 });
    const r = await api<{ publications: unknown[] }>(`/api/articles/${originId}/publications`);
    expect(r.publications).toEqual([]);
  });
});
