import { login, resetDatabase } from '../../api/test/support/app';
import { articleText } from './support/articles';
import { assertionLinks, E2e, E2eUser, screenshot, uploadScored, visible } from './support/harness';

// Reviewing: confirm, override with a reason, dismiss on the article page, bulk-confirm from the
// queue, and the report card showing what the reviews changed.

const OUTLET = 'Review Desk Times';

describe('review in the browser', () => {
  let e2e: E2e;
  let reviewer: E2eUser;
  let adminToken: string;
  let articleId: string;

  beforeAll(async () => {
    await resetDatabase();
    e2e = await E2e.start();
    reviewer = await e2e.user('reviewer');
    adminToken = await login(e2e.http, e2e.admin.email, e2e.admin.password);
    articleId = await uploadScored(e2e, adminToken, {
      text: articleText('review one'),
      outlet: OUTLET,
      outletType: 'media',
      title: 'To be reviewed',
    });
  });
  afterEach(() => e2e.endTest());
  afterAll(() => e2e.close());

  const latestDecision = async (assertionId: string) => {
    const r = await e2e.http
      .get(`/api/articles/${articleId}/assertions`)
      .set('Authorization', `Bearer ${adminToken}`)
      .expect(200);
    return (
      (r.body.assertions as Array<{ id: string; review: { decision: string } | null }>).find(
        (a) => a.id === assertionId,
      )?.review?.decision ?? null
    );
  };

  it('confirms, overrides with a reason and dismisses assertions on the article page, and the report card shows it', async () => {
    const { page } = await e2e.signedIn(reviewer, `/articles/${articleId}`);
    const links = assertionLinks(page);
    await visible(links.first());
    const panel = page.getByRole('complementary', { name: 'Selected assertion' });
    const ids = await links.evaluateAll((as) => as.map((a) => (a.getAttribute('id') ?? '').replace(/^assertion-/, '')));
    expect(ids.length).toBeGreaterThanOrEqual(3);

    // Confirm the first.
    await links.nth(0).click();
    await visible(panel.getByRole('heading', { name: /^Assertion 1 of/ }));
    await panel.getByRole('button', { name: 'Confirm' }).click();
    await visible(links.nth(0).filter({ hasText: '✓' }));
    expect(await latestDecision(ids[0])).toBe('confirm');

    // Override the second: a reason is required.
    await links.nth(1).click();
    await visible(panel.getByRole('heading', { name: /^Assertion 2 of/ }));
    await panel.getByRole('button', { name: 'Override' }).click();
    const form = panel.getByRole('form', { name: 'Override the automatic values' });
    await visible(form);
    await form.getByLabel('Provenance').selectOption('independent');
    await form.getByLabel('Sourcing quality (0–100)').fill('70');
    await form.getByLabel('Reason (required)').fill('The sources are named in the second paragraph of the original.');
    await screenshot(page, 'review-override', { docs: true });
    await form.getByRole('button', { name: 'Save review' }).click();
    await visible(links.nth(1).filter({ hasText: /^independent/ }));
    expect(await latestDecision(ids[1])).toBe('override');

    // Dismiss the third.
    await links.nth(2).click();
    await visible(panel.getByRole('heading', { name: /^Assertion 3 of/ }));
    await panel.getByRole('button', { name: 'Dismiss' }).click();
    await visible(links.nth(2).filter({ hasText: /^dismissed/ }));
    expect(await latestDecision(ids[2])).toBe('dismiss');
    await screenshot(page, 'article-reviewed');

    // The outlet's report card counts the reviews and says what they changed.
    await page.getByRole('link', { name: OUTLET }).click();
    const reviews = page.getByRole('region', { name: 'Reviews' });
    await visible(reviews);
    const text = await reviews.innerText();
    expect(text).toMatch(/3\s*reviewed/);
    expect(text).toMatch(/1\s*overridden/);
    expect(text).toMatch(/1\s*dismissed/);
    expect(text).toMatch(/Reviews changed these figures/);
  });

  it('bulk-confirms assertions from the review queue', async () => {
    const other = await uploadScored(e2e, adminToken, {
      text: articleText('review bulk'),
      outlet: OUTLET,
      outletType: 'media',
      title: 'Bulk review',
    });
    const { page } = await e2e.signedIn(reviewer, '/review');
    await visible(page.getByRole('heading', { level: 1 }));
    const boxes = page.getByRole('checkbox', { name: /^Select / });
    await visible(boxes.first(), 30_000);
    await screenshot(page, 'review-queue', { docs: true });
    const picked = Math.min(2, await boxes.count());
    for (let i = 0; i < picked; i++) await boxes.nth(i).check();
    await page.getByRole('button', { name: /^Confirm selected/ }).click();
    await visible(page.getByRole('status').filter({ hasText: /confirmed|reviewed/i }));

    const r = await e2e.http
      .get(`/api/articles/${other}/assertions`)
      .set('Authorization', `Bearer ${adminToken}`)
      .expect(200);
    const r1 = await e2e.http
      .get(`/api/articles/${articleId}/assertions`)
      .set('Authorization', `Bearer ${adminToken}`)
      .expect(200);
    const confirmed = [...r.body.assertions, ...r1.body.assertions].filter(
      (a: { review: { decision: string } | null }) => a.review?.decision === 'confirm',
    );
    // One confirmed in the first test, plus the bulk ones.
    expect(confirmed.length).toBeGreaterThanOrEqual(1 + picked);
  });
});
