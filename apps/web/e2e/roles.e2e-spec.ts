import { resetDatabase } from '../../api/test/support/app';
import { E2e, E2eUser, screenshot, visible } from './support/harness';

// Signing in through the form, navigation by role, and what a viewer can neither see nor do.

const NAV_BY_ROLE = {
  viewer: ['Articles', 'Report cards', 'Source map', 'Engine card'],
  analyst: ['Articles', 'Upload', 'Report cards', 'Source map', 'Engine card'],
  reviewer: ['Articles', 'Upload', 'Report cards', 'Source map', 'Review', 'Engine card'],
  admin: ['Articles', 'Upload', 'Report cards', 'Source map', 'Review', 'Engine card', 'Users', 'Audit log'],
} as const;

describe('sign-in and roles in the browser', () => {
  let e2e: E2e;
  const users: Partial<Record<keyof typeof NAV_BY_ROLE, E2eUser>> = {};

  beforeAll(async () => {
    await resetDatabase();
    e2e = await E2e.start();
    for (const role of ['viewer', 'analyst', 'reviewer'] as const) users[role] = await e2e.user(role);
  });
  afterEach(() => e2e.endTest());
  afterAll(() => e2e.close());

  it.each(Object.keys(NAV_BY_ROLE) as Array<keyof typeof NAV_BY_ROLE>)(
    'signs a %s in through the form and shows the navigation for that role',
    async (role) => {
      const who = role === 'admin' ? e2e.admin : users[role]!;
      const { page } = await e2e.tab();
      await page.goto('/');
      await page.waitForURL('**/signin**');
      await screenshot(page, 'signin', { docs: role === 'viewer' });
      await e2e.signIn(page, who);
      const nav = page.getByRole('navigation', { name: 'Main' });
      await nav.getByRole('link').first().waitFor();
      expect(await nav.getByRole('link').allInnerTexts()).toEqual([...NAV_BY_ROLE[role]]);
      await visible(page.getByText(who.email));
      await screenshot(page, `nav-${role}`);
    },
  );

  it('sends a signed-out visitor of a deep link to /signin, and back there after signing in', async () => {
    const { page } = await e2e.tab();
    await page.goto('/sources?kind=outlet');
    await page.waitForURL((u) => u.pathname === '/signin');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/sources?kind=outlet');
    await page.getByLabel('Email').fill(users.viewer!.email);
    await page.getByLabel('Password').fill(users.viewer!.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((u) => u.pathname === '/sources');
    expect(new URL(page.url()).search).toBe('?kind=outlet');
  });

  it('shows a wrong password as an error on the form', async () => {
    const { page, allowHttpError } = await e2e.tab();
    // The 401 answer to the sign-in is the expected outcome here (and the only error allowed).
    allowHttpError(401, /\/api\/auth\/session$/);
    await page.goto('/signin');
    await page.getByLabel('Email').fill(users.viewer!.email);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await visible(page.getByText('Wrong email or password'));
    expect(new URL(page.url()).pathname).toBe('/signin');
  });

  it('keeps the session in an HttpOnly cookie the page cannot read, across reloads, until Sign out', async () => {
    const { page, context } = await e2e.signedIn(users.analyst!);
    expect(await page.evaluate('document.cookie')).not.toMatch(/sa_session|sa_csrf/);
    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name === 'sa_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    await page.reload();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((u) => u.pathname === '/signin');
    expect((await context.cookies()).map((c) => c.name)).not.toContain('sa_session');
    await page.goto('/articles');
    await page.waitForURL((u) => u.pathname === '/signin');
  });

  it('hides upload and review from a viewer, and the server refuses them too', async () => {
    const { page } = await e2e.signedIn(users.viewer!);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Articles' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Upload' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Review' }).count()).toBe(0);
    for (const path of ['/upload', '/review', '/admin/users', '/audit']) {
      await page.goto(path);
      await visible(page.getByRole('heading', { name: 'Not available' }));
      expect(await page.getByRole('button', { name: /Upload and score|Confirm/ }).count()).toBe(0);
    }
    await screenshot(page, 'viewer-not-available');

    // The same session, straight at the API (page.request shares the tab's cookies).
    const { csrfToken } = (await (await page.request.get('/api/auth/session')).json()) as { csrfToken: string };
    const upload = await page.request.post('/api/articles', {
      headers: { 'X-CSRF-Token': csrfToken },
      data: { text: 'A viewer tries to upload this.' },
    });
    expect(upload.status()).toBe(403);
    expect(((await upload.json()) as { message: string }).message).toMatch(/analyst role/);
    const bulk = await page.request.post('/api/reviews/bulk', {
      headers: { 'X-CSRF-Token': csrfToken },
      data: { assertionIds: ['00000000-0000-4000-8000-000000000000'], decision: 'confirm' },
    });
    expect(bulk.status()).toBe(403);
    const queue = await page.request.get('/api/reviews/queue');
    expect(queue.status()).toBe(403);
  });

  it('refuses a cookie-authenticated change without the CSRF header, as another site would send it', async () => {
    const { page } = await e2e.signedIn(users.analyst!);
    const r = await page.request.post('/api/articles', { data: { text: 'Posted without the CSRF header.' } });
    expect(r.status()).toBe(403);
    expect(((await r.json()) as { message: string }).message).toBe('missing or invalid CSRF token; reload the page');
  });
});
