import { resetDatabase } from '../../api/test/support/app';
import { articleHtml, articlePdf, articleText } from './support/articles';
import { assertionLinks, E2e, E2eUser, screenshot, uploadScored, visible } from './support/harness';

// Uploading each file type through the form, the scored article page, and article text that
// looks like markup staying text.

const PROVENANCE = /^(official|military|insurgent|independent|media|anonymous|unattributed)/;

describe('upload and the scored article page', () => {
  let e2e: E2e;
  let analyst: E2eUser;

  beforeAll(async () => {
    await resetDatabase();
    e2e = await E2e.start();
    analyst = await e2e.user('analyst');
  });
  afterEach(() => e2e.endTest());
  afterAll(() => e2e.close());

  const files = {
    txt: { name: 'kunduz.txt', mimeType: 'text/plain', buffer: () => Buffer.from(articleText(`txt ${Date.now()}`)) },
    html: { name: 'kunduz.html', mimeType: 'text/html', buffer: () => Buffer.from(articleHtml(`html ${Date.now()}`)) },
    pdf: { name: 'kunduz.pdf', mimeType: 'application/pdf', buffer: () => articlePdf(`pdf ${Date.now()}`) },
  };

  it.each(Object.keys(files) as Array<keyof typeof files>)(
    'uploads a .%s file and opens the scored article with highlighted assertions',
    async (kind) => {
      const f = files[kind];
      const { page } = await e2e.signedIn(analyst, '/upload');
      await visible(page.getByRole('heading', { name: 'Upload an article' }));
      await page.getByLabel('Files').setInputFiles({ name: f.name, mimeType: f.mimeType, buffer: f.buffer() });
      await visible(page.getByRole('list', { name: 'Chosen files' }).getByText(f.name));
      await page.getByLabel('Outlet', { exact: true }).fill('Kunduz Daily');
      await page.getByLabel('Outlet type').selectOption('media');
      if (kind === 'txt') await screenshot(page, 'upload', { docs: true });
      await page.getByRole('button', { name: 'Upload and score' }).click();
      await page.waitForURL(/\/articles\/[0-9a-f-]{36}/, { timeout: 60_000 });

      await visible(page.getByRole('heading', { name: 'Text', level: 2 }));
      const links = assertionLinks(page);
      await visible(links.first(), 30_000);
      // textContent, not innerText: the labels are styled in capitals.
      const names = await links.allTextContents();
      expect(names.length).toBeGreaterThanOrEqual(3);
      for (const n of names) expect(n.trim()).toMatch(PROVENANCE);
      // The first assertion is selected: its panel shows the scores.
      await visible(page.getByRole('heading', { name: new RegExp(`^Assertion 1 of ${names.length}$`) }));
      await visible(page.getByText('Sourcing quality').first());
      // The outlet links to its report card.
      await visible(page.getByRole('link', { name: 'Kunduz Daily' }));
      await screenshot(page, `article-${kind}`, { docs: kind === 'txt' });

      // Selecting another assertion shows its details.
      await links.nth(1).click();
      await visible(page.getByRole('heading', { name: new RegExp(`^Assertion 2 of ${names.length}$`) }));
    },
  );

  it('renders markup in an article as inert text: no script runs, the literal text is visible', async () => {
    const tag = `xss ${Date.now()}`;
    const script = '<script>window.__pwned = 1</script>';
    const img = '<img src=x onerror="window.__pwned = 2">';
    const text = `${articleText(tag)} The leaflet read ${script} and also ${img} in the margin, the governor said.`;
    const id = await uploadScored(e2e, analyst.token, {
      text,
      title: `Leaflet <img src=x onerror="window.__pwned = 3"> ${tag}`,
      outlet: 'Markup Weekly',
    });

    const { page } = await e2e.signedIn(analyst, `/articles/${id}`);
    await visible(page.getByRole('heading', { level: 1, name: /Leaflet <img src=x onerror="window.__pwned = 3">/ }));
    await visible(assertionLinks(page).first());
    const body = await page.getByRole('region', { name: 'Text' }).innerText();
    expect(body).toContain(script);
    expect(body).toContain(img);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('script:not([src])').count()).toBe(0);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    await screenshot(page, 'article-inert-markup');

    // And in the list of articles.
    await page.goto('/articles');
    await visible(page.getByRole('link', { name: /Leaflet <img src=x onerror="window.__pwned = 3">/ }));
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
  });

  it('lists the uploads on /articles', async () => {
    const { page } = await e2e.signedIn(analyst, '/articles');
    await visible(page.getByRole('heading', { level: 1 }));
    await visible(page.getByRole('link', { name: /Kunduz districts fall/ }).first());
    await screenshot(page, 'articles', { docs: true });
  });
});
