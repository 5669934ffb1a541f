import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { login, resetDatabase } from '../../api/test/support/app';
import { articleText } from './support/articles';
import { E2e, E2eUser, screenshot, uploadScored, visible } from './support/harness';

// The engine's own report card at /engine: reviewer agreement, kappa, the labelled export.

const AXE = resolve(__dirname, '../../../node_modules/axe-core/axe.min.js');

async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the debugging protocol: the app's CSP (rightly) refuses an injected script tag.
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

describe("the engine's report card", () => {
  let e2e: E2e;
  let viewer: E2eUser;
  let reviewerA: E2eUser;

  beforeAll(async () => {
    await resetDatabase();
    e2e = await E2e.start();
    viewer = await e2e.user('viewer');
    reviewerA = await e2e.user('reviewer');
    const reviewerB = await e2e.user('reviewer');
    const token = await login(e2e.http, e2e.admin.email, e2e.admin.password);
    const articleId = await uploadScored(e2e, token, {
      text: articleText('engine card'),
      outlet: 'Engine Gazette',
      outletType: 'media',
      publishedAt: '2021-03-04',
      title: 'Kunduz districts fall',
    });
    const assertions = (
      await e2e.http.get(`/api/articles/${articleId}/assertions`).set('Authorization', `Bearer ${token}`).expect(200)
    ).body as { assertions: Array<{ id: string }> };
    const ids = assertions.assertions.map((a) => a.id);
    if (ids.length < 3) throw new Error(`expected at least 3 assertions, got ${ids.length}`);
    const review = (token: string, id: string, body: object) =>
      e2e.http.post(`/api/assertions/${id}/reviews`).set('Authorization', `Bearer ${token}`).send(body).expect(201);
    // Both confirm the first, disagree on the second, both dismiss the third: kappa 0.5 on the decision.
    await review(reviewerA.token, ids[0]!, { decision: 'confirm' });
    await review(reviewerB.token, ids[0]!, { decision: 'confirm' });
    await review(reviewerA.token, ids[1]!, { decision: 'confirm' });
    await review(reviewerB.token, ids[1]!, {
      decision: 'override',
      overrides: { alarmism: 90 },
      reason: 'threat inflation',
    });
    await review(reviewerA.token, ids[2]!, { decision: 'dismiss' });
    await review(reviewerB.token, ids[2]!, { decision: 'dismiss' });
  });
  afterEach(() => e2e.endTest());
  afterAll(() => e2e.close());

  it('is reached from the navigation and shows rates, kappa and the rubric versions, with no axe violations', async () => {
    const { page } = await e2e.signedIn(viewer, '/articles');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Engine card' }).click();
    await page.waitForURL(/\/engine$/);
    await visible(page.getByRole('heading', { level: 1, name: "The engine's report card" }));
    await visible(page.getByText('6 reviews of 3 assertions by 2 reviewers.'));
    // 3 confirmed of 6: 50% with the Wilson interval 19%–81%.
    const totals = page.locator('.engine-totals');
    expect(await totals.innerText()).toContain('50% (19%–81%) · 3');
    const agreement = page.getByRole('region', { name: 'Reviewers agreeing with each other' });
    expect(await agreement.innerText()).toMatch(/On the decision: κ = 0\.50 \(moderate\) over 3 pairs/);
    await visible(page.getByRole('table', { name: 'By the automatic provenance' }));
    await visible(page.getByRole('table', { name: /^By signal/ }));
    const versions = page.getByRole('table', { name: /^Across rubric versions/ });
    expect(await versions.getByRole('row').count()).toBe(2);
    expect(await versions.innerText()).toContain('(current)');
    // Viewers read the card but do not get the export.
    expect(await page.getByRole('link', { name: /Export reviewed assertions/ }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'engine-card', { docs: true });
  });

  it('gives reviewers the labelled JSONL export', async () => {
    const { page } = await e2e.signedIn(reviewerA, '/engine');
    const link = page.getByRole('link', { name: 'Export reviewed assertions (JSONL)' });
    await visible(link);
    const href = await link.getAttribute('href');
    expect(href).toBe('/api/engine/export.jsonl');
    const body = await page.evaluate(async (url) => (await fetch(url)).text(), href!);
    const rows = body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    // The dismissed assertion is left out; the overridden one carries the override's alarmism label.
    expect(rows).toHaveLength(2);
    expect(Object.keys(rows[0]!).sort()).toEqual(
      [
        'alarmism',
        'attributed',
        'doc',
        'footnote',
        'hedged',
        'i',
        'kind',
        'named',
        'source',
        'sourceType',
        'text',
      ].sort(),
    );
    expect(rows.some((r) => r.alarmism === 2)).toBe(true);
  });
});
