import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { eventually, login, resetDatabase } from '../../api/test/support/app';
import { articleSentences } from './support/articles';
import { E2e, E2eUser, screenshot, uploadScored, visible } from './support/harness';

// The review workflow in the browser: a card's "Review this source", the queue's source picker,
// paragraph context, assignment and the "mine" view, saved filters, comments, and an override that
// picks an existing cited source by name.

const OUTLET = 'Workflow Wire';
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's violations in the page (evaluated over DevTools: the CSP refuses injected scripts).
 * The browser code is a string: the repository-wide tsc has no DOM types (and page.evaluate, unlike
 * waitForFunction, runs a string without eval, which the CSP refuses).
 */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate('axe.run(document).then((r) => r.violations)')) as Array<{
    id: string;
    help: string;
    nodes: Array<{ target: string[] }>;
  }>;
  return violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}
const [FIRST, SECOND, THIRD, FOURTH] = articleSentences('workflow');
// Two paragraphs: the queue shows each assertion with the rest of its own paragraph only.
const TEXT = `${FIRST} ${SECOND}\n\n${THIRD} ${FOURTH}`;

describe('review workflow in the browser', () => {
  let e2e: E2e;
  let reviewer: E2eUser;
  let adminToken: string;
  let articleId: string;
  let outletId: string;
  const api = (path: string) => e2e.http.get(path).set('Authorization', `Bearer ${adminToken}`).expect(200);

  beforeAll(async () => {
    await resetDatabase();
    e2e = await E2e.start();
    reviewer = await e2e.user('reviewer');
    adminToken = await login(e2e.http, e2e.admin.email, e2e.admin.password);
    articleId = await uploadScored(e2e, adminToken, { text: TEXT, outlet: OUTLET, outletType: 'media', title: 'Flow' });
    outletId = ((await api(`/api/source-names?q=${encodeURIComponent(OUTLET)}`)).body as Array<{ id: string }>)[0]!.id;
  });
  afterEach(() => e2e.endTest());
  afterAll(() => e2e.close());

  const queueItems = (page: Page) => page.locator('ol.queue > li > article');

  it('goes from a report card to the queue filtered to that source, each item in its paragraph', async () => {
    const { page } = await e2e.signedIn(reviewer, `/sources/${outletId}`);
    await page.getByRole('link', { name: 'Review this source' }).click();
    await page.waitForURL((u) => u.pathname === '/review' && u.searchParams.get('source') === outletId);
    // The filter shows the outlet's name, not its id.
    await visible(page.getByRole('combobox', { name: 'Source', exact: true }));
    const source = page.getByRole('combobox', { name: 'Source', exact: true });
    await eventually(async () => (await source.inputValue()) === OUTLET);
    const items = queueItems(page);
    await visible(items.first(), 30_000);
    // The item for the second sentence shows the first before it, and nothing of the next paragraph.
    const second = items.filter({ has: page.locator('mark', { hasText: SECOND! }) });
    await visible(second);
    const quote = await second.locator('blockquote').innerText();
    expect(quote).toContain(FIRST!.slice(0, 40));
    expect(quote).not.toContain(THIRD!.slice(0, 30));
    // The paragraph starts the article: nothing was cut off before it.
    expect(quote.trim().startsWith(FIRST!.slice(0, 20))).toBe(true);
    await screenshot(page, 'review-workflow-queue', { docs: true });
  });

  it('picks a source by name in the queue filter', async () => {
    const { page } = await e2e.signedIn(reviewer, '/review');
    const source = page.getByRole('combobox', { name: 'Source', exact: true });
    await source.fill('workflow w');
    const option = page.getByRole('option', { name: new RegExp(OUTLET) });
    await visible(option);
    await source.press('ArrowDown');
    await source.press('ArrowUp');
    await source.press('Enter');
    expect(await source.inputValue()).toBe(OUTLET);
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL((u) => u.searchParams.get('source') === outletId);
  });

  it('assigns an item to me, shows it in "Assigned to me", and saves that view under a name', async () => {
    const { page } = await e2e.signedIn(reviewer, `/review?articleId=${articleId}`);
    const items = queueItems(page);
    await visible(items.first(), 30_000);
    const first = items.first();
    const text = await first.locator('mark').innerText();
    await first.getByRole('button', { name: 'Assign to me' }).click();
    await visible(first.getByText(new RegExp(`by ${reviewer.email}`)));

    await page.getByRole('link', { name: 'Assigned to me' }).click();
    await page.waitForURL((u) => u.searchParams.get('assignee') === 'me');
    // The page keeps the old list while the filtered one loads: wait for it to shrink to the one item.
    await eventually(async () => (await items.count()) === 1);
    expect(await items.first().locator('mark').innerText()).toBe(text);
    expect(await page.getByLabel('Assignee', { exact: true }).inputValue()).toBe('me');

    await page.getByLabel('Save these filters as').fill('My queue');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const saved = page.getByRole('navigation', { name: 'Queue views' }).getByRole('link', { name: 'My queue' });
    await visible(saved);
    await page.getByRole('link', { name: 'Whole queue' }).click();
    await page.waitForURL((u) => !u.search);
    await saved.click();
    await page.waitForURL((u) => u.searchParams.get('assignee') === 'me');
    await page.getByRole('button', { name: 'Rename saved filter My queue' }).click();
    await page.getByLabel('New name for My queue').fill('Mine to check');
    await page.getByRole('button', { name: 'Rename', exact: true }).click();
    const renamed = page.getByRole('navigation', { name: 'Queue views' }).getByRole('link', { name: 'Mine to check' });
    await visible(renamed);
    expect(await renamed.getAttribute('aria-current')).toBe('page');
    await page.getByRole('button', { name: 'Delete saved filter Mine to check' }).click();
    await page.locator('.saved-filter').waitFor({ state: 'detached' });
  });

  it('assigns the selected items to another reviewer from the bulk bar', async () => {
    const colleague = await e2e.user('reviewer');
    const { page } = await e2e.signedIn(reviewer, `/review?articleId=${articleId}&assignee=none`);
    const boxes = page.getByRole('checkbox', { name: /^Select / });
    await visible(boxes.first(), 30_000);
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    const bar = page.getByRole('group', { name: 'Bulk assignment' });
    await bar.getByLabel('Assign to').selectOption({ label: colleague.email });
    await bar.getByRole('button', { name: 'Assign selected' }).click();
    await visible(bar.getByText(`2 assigned to ${colleague.email} (2 changed)`));
    const theirs = (await api(`/api/reviews/queue?assignee=${colleague.user.id}`)).body as { total: number };
    expect(theirs.total).toBe(2);

    // The rest of the view (still unassigned ones of this article) in one go.
    const rest = (await api(`/api/reviews/queue?articleId=${articleId}&assignee=none`)).body as { total: number };
    await bar.getByRole('button', { name: 'Assign the first 200 of this view' }).click();
    await visible(bar.getByText(new RegExp(`^${rest.total} of the ${rest.total} in this view assigned to`)));
    expect(((await api(`/api/reviews/queue?assignee=${colleague.user.id}`)).body as { total: number }).total).toBe(
      2 + rest.total,
    );
  });

  it('assigns the selected assertion from the article page, as in the queue', async () => {
    const assertions = (await api(`/api/articles/${articleId}/assertions`)).body.assertions as Array<{ id: string }>;
    const id = assertions[assertions.length - 1]!.id;
    await e2e.http
      .put('/api/reviews/assignments')
      .set('Authorization', `Bearer ${adminToken}`)
      .send({ assertionIds: [id], assigneeId: null })
      .expect(200);
    const { page } = await e2e.signedIn(reviewer, `/articles/${articleId}?a=${id}`);
    const panel = page.getByRole('complementary', { name: 'Selected assertion' });
    const select = panel.getByLabel('Assigned to');
    await visible(select, 30_000);
    expect(await select.inputValue()).toBe('');
    await panel.getByRole('button', { name: 'Assign to me' }).click();
    await eventually(async () => (await select.inputValue()) === reviewer.user.id);
    const stored = (await api(`/api/reviews/assignments/${id}`)).body as { assignment: { assignee: { id: string } } };
    expect(stored.assignment.assignee.id).toBe(reviewer.user.id);
    // A viewer sees no assignment control.
    const viewer = await e2e.user('viewer');
    const { page: asViewer } = await e2e.signedIn(viewer, `/articles/${articleId}?a=${id}`);
    await visible(asViewer.getByRole('complementary', { name: 'Selected assertion' }), 30_000);
    expect(await asViewer.getByLabel('Assigned to').count()).toBe(0);
  });

  it('comments on an assertion; the comment is listed with its author', async () => {
    const { page } = await e2e.signedIn(reviewer, `/review?articleId=${articleId}`);
    const first = queueItems(page).first();
    await visible(first, 30_000);
    const assertionText = await first.locator('mark').innerText();
    await first.getByText(/^Comments/).click();
    await visible(first.getByText('No comments yet.'));
    // Markup is shown as text, never run.
    await first.getByLabel('Add a comment').fill('Check the <b>governor</b>’s figure against the ministry.');
    await first.getByRole('button', { name: 'Post comment' }).click();
    await visible(first.getByText('Check the <b>governor</b>’s figure against the ministry.'));
    await visible(first.getByText(reviewer.email, { exact: true }));
    await screenshot(page, 'review-workflow-comments', { docs: true });
    const assertions = (await api(`/api/articles/${articleId}/assertions`)).body.assertions as Array<{
      id: string;
      text: string;
    }>;
    const id = assertions.find((a) => a.text === assertionText)!.id;
    const comments = (await api(`/api/assertions/${id}/comments`)).body as Array<{ author: { email: string } }>;
    expect(comments.map((c) => c.author.email)).toEqual([reviewer.email]);
  });

  it('has no axe-core violations with the pickers open, comments shown and the override form open', async () => {
    const { page } = await e2e.signedIn(reviewer, `/review?articleId=${articleId}&includeReviewed=true`);
    const first = queueItems(page).first();
    await visible(first, 30_000);
    await first.getByText(/^Comments/).click();
    await visible(first.getByLabel('Add a comment'));
    await first.getByRole('button', { name: 'Override' }).click();
    const form = first.getByRole('form', { name: 'Override the automatic values' });
    await form.getByLabel('Attributed to another source:').check();
    await form.getByRole('combobox', { name: 'Source name' }).fill('isa');
    await visible(form.getByRole('option', { name: /^ISAF/ }));
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('combobox', { name: 'Source', exact: true }).fill('work');
    await visible(page.getByRole('option', { name: new RegExp(OUTLET) }));
    expect(await axeViolations(page)).toEqual([]);
  });

  it('overrides an attribution by picking an existing cited source', async () => {
    const { page } = await e2e.signedIn(reviewer, `/review?articleId=${articleId}`);
    const item = queueItems(page).filter({ has: page.locator('mark', { hasText: SECOND! }) });
    await visible(item, 30_000);
    await item.getByRole('button', { name: 'Override' }).click();
    const form = item.getByRole('form', { name: 'Override the automatic values' });
    await form.getByLabel('Attributed to another source:').check();
    const picker = form.getByRole('combobox', { name: 'Source name' });
    await picker.fill('isa');
    const option = form.getByRole('option', { name: /^ISAF/ });
    await visible(option);
    await option.click();
    expect(await picker.inputValue()).toBe('ISAF');
    await visible(form.getByText('An existing cited source.'));
    await form.getByLabel('Reason (required)').fill('The statement is ISAF’s, quoted in the next paragraph.');
    await form.getByRole('button', { name: 'Save review' }).click();
    await item.waitFor({ state: 'detached', timeout: 15_000 });

    const isaf = ((await api('/api/source-names?q=ISAF&kind=cited')).body as Array<{ id: string; name: string }>).find(
      (s) => s.name === 'ISAF',
    )!;
    const assertions = (await api(`/api/articles/${articleId}/assertions`)).body.assertions as Array<{
      text: string;
      review: { overrides: { attribution?: { citedSourceId: string } } | null } | null;
    }>;
    const reviewed = assertions.find((a) => a.text === SECOND)!;
    expect(reviewed.review?.overrides?.attribution?.citedSourceId).toBe(isaf.id.replace(/^cited:/, ''));
  });
});
