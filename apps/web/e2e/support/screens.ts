import type { Page } from 'playwright-core';
import { articleText } from './articles';
import { assertionLinks, E2e, uploadScored, visible } from './harness';

/** An outlet name long enough to have been clipped in the comparison chart ("ily Outlook Afghanis"). */
export const LONG_OUTLET = 'Daily Outlook Afghanistan Independent Newspaper';
export const SHORT_OUTLET = 'Kabul Wire';

export interface SeededCorpus {
  articleId: string;
  /** A claim group the repeated sentences formed (claim grouping runs after scoring). */
  claimId: string;
  longOutletId: string;
  shortOutletId: string;
}

/**
 * A small corpus for checking every screen: `months` articles from a long-named outlet, one a
 * month from January 2018 (a 40-month card has the trend axis that used to overlap), and one from
 * a second outlet so there is something to compare.
 */
export async function seedCorpus(e2e: E2e, token: string, months = 3): Promise<SeededCorpus> {
  let articleId = '';
  for (let m = 0; m < months; m++) {
    const month = `${2018 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
    const id = await uploadScored(e2e, token, {
      text: articleText(`month ${month}`),
      outlet: LONG_OUTLET,
      outletType: 'media',
      publishedAt: `${month}-15`,
      title: `Kunduz report ${month}`,
    });
    articleId ||= id;
  }
  await uploadScored(e2e, token, {
    text: articleText('second outlet'),
    outlet: SHORT_OUTLET,
    outletType: 'media',
    publishedAt: '2019-06-01',
    title: 'Kabul report',
  });
  const r = await e2e.http
    .get('/api/sources?kind=outlet&pageSize=50')
    .set('Authorization', `Bearer ${token}`)
    .expect(200);
  const items = r.body.items as Array<{ id: string; name: string }>;
  const idOf = (name: string) => {
    const found = items.find((i) => i.name === name);
    if (!found) throw new Error(`outlet ${name} not in the source list`);
    return found.id;
  };
  const claimId = await eventuallyClaim(e2e, token, articleId);
  return { articleId, claimId, longOutletId: idOf(LONG_OUTLET), shortOutletId: idOf(SHORT_OUTLET) };
}

async function eventuallyClaim(e2e: E2e, token: string, articleId: string): Promise<string> {
  for (let i = 0; i < 150; i++) {
    const r = await e2e.http.get(`/api/articles/${articleId}/assertions`).set('Authorization', `Bearer ${token}`);
    const grouped = (r.body.assertions as Array<{ corroboration: { groupId: string } | null }>).find(
      (a) => a.corroboration?.groupId,
    );
    if (grouped) return grouped.corroboration!.groupId;
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error('no claim group was formed within 30 s');
}

export interface Screen {
  name: string;
  path: string;
  /** Waits until the screen has its data. */
  ready(page: Page): Promise<void>;
}

const h1 = (name: string | RegExp) => (page: Page) => visible(page.getByRole('heading', { level: 1, name }));

/** Every screen of the app for a signed-in admin (the sign-in screen is visited signed out). */
export function screens(c: SeededCorpus): Screen[] {
  return [
    {
      name: 'articles',
      path: '/articles',
      ready: (p) => visible(p.getByRole('link', { name: /Kunduz report/ }).first()),
    },
    {
      name: 'article',
      path: `/articles/${c.articleId}`,
      // At phone width the details wait in a closed bottom sheet: the text is what shows.
      ready: (p) => visible(assertionLinks(p).first()),
    },
    { name: 'upload', path: '/upload', ready: h1('Upload an article') },
    { name: 'sources', path: '/sources', ready: (p) => visible(p.getByRole('link', { name: LONG_OUTLET }).first()) },
    {
      name: 'source card',
      path: `/sources/${c.longOutletId}`,
      ready: (p) => visible(p.getByRole('heading', { name: 'Sample' })),
    },
    {
      name: 'compare',
      path: `/compare?ids=${c.longOutletId},${c.shortOutletId}`,
      ready: (p) => visible(p.locator('figure.chart svg').first()),
    },
    {
      name: 'claim',
      path: `/claims/${c.claimId}`,
      ready: (p) => visible(p.getByRole('heading', { name: 'In short' })),
    },
    { name: 'source map', path: '/map', ready: (p) => visible(p.locator('main svg').first()) },
    { name: 'engine card', path: '/engine', ready: h1("The engine's report card") },
    { name: 'review queue', path: '/review', ready: h1('Review queue') },
    { name: 'audit', path: '/audit', ready: (p) => visible(p.getByRole('table').first()) },
    { name: 'admin users', path: '/admin/users', ready: (p) => visible(p.getByRole('table').first()) },
    { name: 'account', path: '/account', ready: h1('Your account') },
  ];
}

export const signInScreen: Screen = { name: 'sign-in', path: '/signin', ready: h1('Sign in') };
