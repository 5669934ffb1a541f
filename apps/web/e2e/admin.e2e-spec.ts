import { resetDatabase } from '../../api/test/support/app';
import type { Locator } from 'playwright-core';
import { E2e, screenshot, visible } from './support/harness';

// Admin screens: create a user with a role, then find that change in the audit log by filter.

describe('admin screens in the browser', () => {
  let e2e: E2e;

  beforeAll(async () => {
    await resetDatabase();
    e2e = await E2e.start();
  });
  afterEach(() => e2e.endTest());
  afterAll(() => e2e.close());

  it('creates a user with a role and shows the change, with who made it, in the filtered audit log', async () => {
    const { page } = await e2e.signedIn(e2e.admin, '/admin/users');
    await visible(page.getByRole('heading', { name: 'Users' }));
    const create = page.getByRole('region', { name: 'Create a user' });
    await create.getByLabel('Email', { exact: true }).fill('new-analyst@example.test');
    await create.getByLabel('Password', { exact: true }).fill('a-long-enough-password');
    await create.getByLabel('Role', { exact: true }).selectOption('analyst');
    await create.getByRole('button', { name: 'Create user' }).click();
    const accounts = page.getByRole('region', { name: 'Accounts' });
    await visible(accounts.getByText('new-analyst@example.test').first());
    await screenshot(page, 'users', { docs: true });

    await page.goto('/audit');
    await visible(page.getByRole('heading', { name: 'Audit log' }));
    const filters = page.getByRole('form', { name: 'Filter the audit log' });
    await filters.getByLabel('Action', { exact: true }).fill('user.*');
    await filters.getByRole('button', { name: 'Apply filters' }).click();
    // Only user actions are listed once filtered: the admin's own sign-in is not.
    await countSettles(page.getByRole('rowheader', { name: 'auth.login' }), 0);
    const created = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'user.created' }) });
    await visible(created);
    await created.getByText('After').click();
    await visible(created.getByText(/new-analyst@example\.test/));
    expect(await created.getByText(e2e.admin.email).count()).toBe(1);
    await screenshot(page, 'audit', { docs: true });
  });

  it('keeps the audit log and user management from a reviewer, in the UI and on the server', async () => {
    const reviewer = await e2e.user('reviewer');
    const { page } = await e2e.signedIn(reviewer, '/audit');
    await visible(page.getByRole('heading', { name: 'Not available' }));
    expect(await page.getByRole('link', { name: 'Audit log' }).count()).toBe(0);
    await e2e.http.get('/api/audit').set('Authorization', `Bearer ${reviewer.token}`).expect(403);
  });
});

/** Waits until the locator matches `n` elements (a filtered list replaces the unfiltered one). */
async function countSettles(locator: Locator, n: number, timeout = 5_000): Promise<void> {
  const until = Date.now() + timeout;
  for (let count = await locator.count(); count !== n; count = await locator.count()) {
    if (Date.now() > until) throw new Error(`expected ${n} matches of ${locator.toString()}, found ${count}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
