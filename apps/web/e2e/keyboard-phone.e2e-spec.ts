import type { Page } from 'playwright-core';
import { login, resetDatabase } from '../../api/test/support/app';
import { assertionLinks, E2e, E2eUser, screenshot, visible } from './support/harness';
import { LONG_OUTLET, screens, SeededCorpus, seedCorpus, signInScreen } from './support/screens';

// Item 8 of issue 12: the article page by keyboard, every screen at phone width, chart labels.

const PHONE = { width: 390, height: 844 };

/** What sticks out sideways: the document, or any element wider inside than its box (scroll containers excepted). */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth) out.push(`document: ${doc.scrollWidth} > ${doc.clientWidth}`);
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
    for (const el of document.body.querySelectorAll('*')) {
      if (!(el instanceof HTMLElement)) continue;
      const cs = getComputedStyle(el);
      if (cs.display === 'none' || cs.display === 'inline' || el.clientWidth === 0) continue;
      // Scroll regions (wide tables) scroll on purpose; visually hidden text is clipped on purpose.
      if (cs.overflowX === 'auto' || cs.overflowX === 'scroll' || el.closest('.visually-hidden')) continue;
      if (el.scrollWidth > el.clientWidth + 1) out.push(`${name(el)}: ${el.scrollWidth} > ${el.clientWidth}`);
    }
    return out;
  });
}

/** Rectangles of the x-axis month labels of the trend chart. */
function monthLabels(page: Page) {
  return page
    .locator('figure.chart', { hasText: 'per month' })
    .locator('svg text.chart-axis[text-anchor="middle"]')
    .evaluateAll((ts) =>
      ts.map((t) => {
        const r = t.getBoundingClientRect();
        return { text: t.textContent ?? '', left: r.left, right: r.right };
      }),
    );
}

describe('keyboard, phone and charts', () => {
  let e2e: E2e;
  let reviewer: E2eUser;
  let adminToken: string;
  let corpus: SeededCorpus;

  beforeAll(async () => {
    await resetDatabase();
    e2e = await E2e.start();
    reviewer = await e2e.user('reviewer');
    adminToken = await login(e2e.http, e2e.admin.email, e2e.admin.password);
    corpus = await seedCorpus(e2e, adminToken, 40);
  }, 180_000);
  afterEach(() => e2e.endTest());
  afterAll(() => e2e.close());

  const decisionOf = async (assertionId: string) => {
    const r = await e2e.http
      .get(`/api/articles/${corpus.articleId}/assertions`)
      .set('Authorization', `Bearer ${adminToken}`)
      .expect(200);
    return (
      (r.body.assertions as Array<{ id: string; review: { decision: string } | null }>).find(
        (a) => a.id === assertionId,
      )?.review?.decision ?? null
    );
  };

  it('moves focus with Tab without selecting, and j/k select', async () => {
    const { page } = await e2e.signedIn(reviewer, `/articles/${corpus.articleId}`);
    const panel = page.getByRole('complementary', { name: 'Selected assertion' });
    const links = assertionLinks(page);
    await visible(panel.getByRole('heading', { name: /^Assertion 1 of 4$/ }));
    await links.nth(0).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    // Focus is on the third assertion; the panel still shows the first.
    expect(await links.nth(2).evaluate((a) => a === document.activeElement)).toBe(true);
    await visible(panel.getByRole('heading', { name: /^Assertion 1 of 4$/ }));
    // Space selects the focused one.
    await page.keyboard.press(' ');
    await visible(panel.getByRole('heading', { name: /^Assertion 3 of 4$/ }));
    // j and k step and select, keeping focus in the text.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('j');
    await visible(panel.getByRole('heading', { name: /^Assertion 4 of 4$/ }));
    expect(await links.nth(3).evaluate((a) => a === document.activeElement)).toBe(true);
    await page.keyboard.press('j');
    await visible(panel.getByRole('heading', { name: /^Assertion 4 of 4$/ }));
    await page.keyboard.press('k');
    await page.keyboard.press('k');
    await visible(panel.getByRole('heading', { name: /^Assertion 2 of 4$/ }));
    expect(await links.nth(1).evaluate((a) => a === document.activeElement)).toBe(true);
    // The selection is in the URL, so a reload or a shared link opens the same assertion.
    expect(new URL(page.url()).searchParams.get('a')).toBe(
      await links.nth(1).evaluate((a) => a.id.replace(/^assertion-/, '')),
    );
  });

  it('reviews one assertion from the keyboard in fewer than 10 key presses', async () => {
    const { page } = await e2e.signedIn(reviewer, `/articles/${corpus.articleId}`);
    const panel = page.getByRole('complementary', { name: 'Selected assertion' });
    await visible(panel.getByRole('heading', { name: /^Assertion 1 of 4$/ }));
    const ids = await assertionLinks(page).evaluateAll((as) => as.map((a) => a.id.replace(/^assertion-/, '')));
    let presses = 0;
    const press = async (key: string) => {
      presses++;
      await page.keyboard.press(key);
    };
    // Reach the second assertion and select it.
    await press('j');
    await visible(panel.getByRole('heading', { name: /^Assertion 2 of 4$/ }));
    // Enter continues into its details.
    await press('Enter');
    const onConfirm = () => page.evaluate(() => document.activeElement?.textContent?.trim() === 'Confirm');
    await page.waitForFunction(() => document.activeElement?.classList.contains('assertion-panel-heading'));
    while (!(await onConfirm()) && presses < 10) await press('Tab');
    expect(await onConfirm()).toBe(true);
    await press('Enter');
    await visible(assertionLinks(page).nth(1).filter({ hasText: '✓' }));
    expect(presses).toBeLessThan(10);
    expect(await decisionOf(ids[1]!)).toBe('confirm');
    expect(await decisionOf(ids[0]!)).toBeNull();
  });

  it('shows the selected assertion as a bottom sheet at 390 px, closed with Escape', async () => {
    const tab = await e2e.signedIn(e2e.admin, `/articles/${corpus.articleId}`);
    const { page } = tab;
    await page.setViewportSize(PHONE);
    const links = assertionLinks(page);
    await visible(links.first());
    const sheet = page.getByRole('complementary', { name: 'Selected assertion' });
    expect(await sheet.isVisible()).toBe(false);
    await links.nth(2).click();
    await visible(sheet.getByRole('heading', { name: /^Assertion 3 of 4$/ }));
    const box = await sheet.boundingBox();
    // Fixed to the bottom of the viewport, inside it, and scrollable.
    expect(box!.y + box!.height).toBeCloseTo(PHONE.height, 0);
    expect(box!.y).toBeGreaterThan(0);
    // The chosen assertion stays in sight above the sheet, not hidden behind it.
    await page.waitForFunction(() => {
      const sel = document.querySelector('a.assertion.selected')!.getBoundingClientRect();
      const side = document.querySelector('.article-side')!.getBoundingClientRect();
      return sel.bottom <= side.top + 1 && sel.top >= 0;
    });
    const style = await sheet.evaluate((el) => {
      const cs = getComputedStyle(el);
      return { position: cs.position, overflowY: cs.overflowY };
    });
    expect(style).toEqual({ position: 'fixed', overflowY: 'auto' });
    await screenshot(page, 'article-phone-sheet', { docs: true, fullPage: false });
    expect(await overflowing(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'hidden' });
    expect(await links.nth(2).evaluate((a) => a === document.activeElement)).toBe(true);
    // The close button does the same.
    await links.nth(1).click();
    await visible(sheet);
    await sheet.getByRole('button', { name: /Close details/ }).click();
    await sheet.waitFor({ state: 'hidden' });
  });

  it('lets no element overflow sideways on any screen at 390 px', async () => {
    const problems: string[] = [];
    const tab = await e2e.signedIn(e2e.admin);
    await tab.page.setViewportSize(PHONE);
    for (const s of screens(corpus)) {
      await tab.page.goto(s.path);
      await s.ready(tab.page);
      for (const p of await overflowing(tab.page)) problems.push(`${s.name}: ${p}`);
    }
    const out = await e2e.tab();
    await out.page.setViewportSize(PHONE);
    await out.page.goto(signInScreen.path);
    await signInScreen.ready(out.page);
    for (const p of await overflowing(out.page)) problems.push(`sign-in: ${p}`);
    expect(problems).toEqual([]);
    // The check can fail: a planted wide element is found.
    await out.page.evaluate(() => {
      const wide = document.createElement('div');
      wide.style.width = '600px';
      wide.textContent = 'planted';
      document.querySelector('main')!.append(wide);
    });
    expect((await overflowing(out.page)).join('\n')).toMatch(/^document: /m);
  });

  it('draws compare labels whole or wrapped, never clipped, and no export separator', async () => {
    const { page } = await e2e.signedIn(e2e.admin, `/compare?ids=${corpus.longOutletId},${corpus.shortOutletId}`);
    for (const width of [1280, PHONE.width]) {
      await page.setViewportSize({ width, height: 900 });
      const chart = page.locator('figure.chart').first();
      await visible(chart.locator('svg'));
      const check = await chart.locator('svg').evaluate((svg) => {
        const box = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('text.chart-label')].map((t) => {
          const r = t.getBoundingClientRect();
          return {
            lines: [...t.querySelectorAll('tspan')].map((s) => s.textContent ?? ''),
            title: t.querySelector('title')?.textContent ?? null,
            inside: r.left >= box.left - 0.5 && r.right <= box.right + 0.5,
          };
        });
      });
      expect(check.every((c) => c.inside)).toBe(true);
      // The long name wraps, and what does not fit ends in "…" with the whole name in its <title>.
      const long = check.find((c) => c.lines[0] && LONG_OUTLET.startsWith(c.lines[0]))!;
      expect(long.lines.length).toBe(2);
      expect(LONG_OUTLET.startsWith(long.lines.join(' ').replace(/…$/, ''))).toBe(true);
      expect(long.title).toBe(LONG_OUTLET);
      expect(check.find((c) => c.lines.join(' ') === 'Kabul Wire')?.title).toBeNull();
    }
    const toolbar = await page.locator('.export-links').innerText();
    expect(toolbar).not.toContain('·');
    await screenshot(page, 'compare-labels');
  });

  it('thins the month labels of a 40-month trend so none overlap', async () => {
    const { page } = await e2e.signedIn(e2e.admin, `/sources/${corpus.longOutletId}`);
    for (const width of [1280, PHONE.width]) {
      await page.setViewportSize({ width, height: 900 });
      await visible(page.locator('figure.chart', { hasText: 'per month' }).locator('svg'));
      const labels = await monthLabels(page);
      expect(labels.length).toBeGreaterThan(3);
      expect(labels[labels.length - 1]!.text).toBe('2021-04');
      for (let i = 1; i < labels.length; i++) expect(labels[i]!.left).toBeGreaterThanOrEqual(labels[i - 1]!.right);
    }
    expect(await page.locator('.export-links').innerText()).not.toContain('·');
  });
});
