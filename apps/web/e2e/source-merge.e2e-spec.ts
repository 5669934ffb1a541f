import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { login, resetDatabase } from '../../api/test/support/app';
import { E2e, E2eUser, screenshot, uploadScored, visible } from './support/harness';

// An admin merges one cited source into another from its card; the old address then shows the survivor.

const AXE = resolve(__dirname, '../../../node_modules/axe-core/axe.min.js');

async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the debugging protocol: the app's CSP (rightly) refuses an injected script tag.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate(async () => {
    const { axe } = globalThis as unknown as {
      axe: { run(): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> };
    };
    const r = await axe.run();
    return r.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

describe('merging cited sources from a card', () => {
  let e2e: E2e;
  let viewer: E2eUser;
  let merged: string;
  let survivor: string;

  beforeAll(async () => {
    await resetDatabase();
    e2e = await E2e.start();
    viewer = await e2e.user('viewer');
    const token = await login(e2e.http, e2e.admin.email, e2e.admin.password);
    // Written for this test: one police force under two names the engine keeps apart.
    await uploadScored(e2e, token, {
      text: 'The Kunduz Police Department said three bombs were defused on Friday.',
      outlet: 'Merge Herald',
      outletType: 'media',
      publishedAt: '2024-02-01',
    });
    const articleId = await uploadScored(e2e, token, {
      text: 'Kunduz police said two suspects were arrested near the market on Sunday.',
      outlet: 'Merge Herald',
      outletType: 'media',
      publishedAt: '2024-02-02',
    });
    const view = (
      await e2e.http.get(`/api/articles/${articleId}/assertions`).set('Authorization', `Bearer ${token}`).expect(200)
    ).body as { assertions: Array<{ attribution: { citedSourceId: string; canonicalName: string } | null }> };
    merged = view.assertions.find((a) => a.attribution?.canonicalName === 'Kunduz police')!.attribution!.citedSourceId;
    const names = (
      await e2e.http
        .get('/api/source-names')
        .query({ q: 'Kunduz Police Department', kind: 'cited' })
        .set('Authorization', `Bearer ${token}`)
        .expect(200)
    ).body as Array<{ id: string; name: string }>;
    survivor = names.find((n) => n.name === 'Kunduz Police Department')!.id;
  });
  afterEach(() => e2e.endTest());
  afterAll(() => e2e.close());

  it('is not offered to viewers', async () => {
    const { page } = await e2e.signedIn(viewer, `/sources/cited:${merged}`);
    await visible(page.getByRole('heading', { level: 1, name: /Kunduz police/ }));
    expect(await page.getByText('Merge this source into another (admin)').count()).toBe(0);
  });

  it('merges from the card, lands on the survivor, and the old address shows the survivor with a note', async () => {
    const { page } = await e2e.signedIn(e2e.admin, `/sources/cited:${merged}`);
    await visible(page.getByRole('heading', { level: 1, name: /Kunduz police/ }));
    await page.getByText('Merge this source into another (admin)').click();
    const form = page.getByRole('form', { name: 'Merge cited source' });
    const merge = form.getByRole('button', { name: 'Merge' });
    expect(await merge.isDisabled()).toBe(true);
    await form.getByRole('combobox', { name: 'Merge into' }).fill('Police Department');
    await form.getByRole('option', { name: /Kunduz Police Department/ }).click();
    await form.getByRole('checkbox', { name: /I understand/ }).check();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'merge-source', { docs: true, fullPage: false });
    await merge.click();
    await page.waitForURL(new RegExp(`/sources/${survivor.replace(':', '(:|%3A)')}$`));
    await visible(page.getByRole('heading', { level: 1, name: /Kunduz Police Department/ }));

    await page.goto(`/sources/cited:${merged}`);
    await visible(page.getByRole('note').filter({ hasText: 'was merged into Kunduz Police Department' }));
    await visible(page.getByRole('heading', { level: 1, name: /Kunduz Police Department/ }));
    expect(await page.getByText('Merge this source into another (admin)').count()).toBe(0);

    const audit = await e2e.http
      .get('/api/audit')
      .query({ action: 'cited-source.merged' })
      .set('Authorization', `Bearer ${await login(e2e.http, e2e.admin.email, e2e.admin.password)}`)
      .expect(200);
    expect(audit.body.total).toBe(1);
  });
});
