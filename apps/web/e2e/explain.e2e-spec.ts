import { bandOf } from '@auditor/scoring';
import rubric from '../../../libs/scoring/rubric/rubric.json';
import { login, resetDatabase } from '../../api/test/support/app';
import { articleText } from './support/articles';
import { assertionLinks, E2e, E2eUser, screenshot, uploadScored, visible } from './support/harness';

// Item 1 of issue 12: every number on the article page can be rebuilt from what the page shows.

interface ApiSignal {
  id: string;
  score: string;
  weight: number;
  span?: [number, number];
}
interface ApiAssertion {
  id: string;
  start: number;
  end: number;
  scores: { sourcingQuality: number; alarmism: number } | null;
  signals: ApiSignal[];
}

describe('explained scores on the article page', () => {
  let e2e: E2e;
  let viewer: E2eUser;
  let adminToken: string;
  let articleId: string;
  let text: string;
  let assertions: ApiAssertion[];

  beforeAll(async () => {
    await resetDatabase();
    e2e = await E2e.start();
    viewer = await e2e.user('viewer');
    adminToken = await login(e2e.http, e2e.admin.email, e2e.admin.password);
    text = articleText('explain one');
    articleId = await uploadScored(e2e, adminToken, { text, outlet: 'Explained Daily', outletType: 'media' });
    const r = await e2e.http
      .get(`/api/articles/${articleId}/assertions`)
      .set('Authorization', `Bearer ${adminToken}`)
      .expect(200);
    assertions = r.body.assertions as ApiAssertion[];
  });
  afterEach(() => e2e.endTest());
  afterAll(() => e2e.close());

  it('shows base, signals, running total and clamp that add up to the stored score, with bands', async () => {
    // The anonymous, alarmist sentence: signals on both scores.
    const index = assertions.findIndex((a) => /unnamed sources/.test(text.slice(a.start, a.end)));
    const stored = assertions[index]!;
    expect(stored.signals.some((s) => s.score === 'alarmism' && s.weight > 0)).toBe(true);

    const { page } = await e2e.signedIn(viewer, `/articles/${articleId}?a=${stored.id}`);
    const panel = page.getByRole('complementary', { name: 'Selected assertion' });
    await visible(panel.getByRole('heading', { name: `Assertion ${index + 1} of ${assertions.length}` }));

    for (const kind of ['sourcingQuality', 'alarmism'] as const) {
      const table = panel.locator(`table.arithmetic[data-score="${kind}"]`);
      await visible(table);
      const shown = await table.evaluate((t) => ({
        base: Number(t.querySelector('tr.arith-base td[data-total]')!.textContent),
        weights: [...t.querySelectorAll('td[data-weight]')].map((td) => Number(td.textContent!.replace('−', '-'))),
        totals: [...t.querySelectorAll('tbody td[data-total]')].map((td) => Number(td.textContent)),
        result: Number(t.querySelector('td[data-result]')!.textContent),
        stored: Number(t.querySelector('td[data-stored]')!.textContent),
      }));
      // The base is the rubric's, not a number typed into the page.
      expect(shown.base).toBe(rubric[kind].base);
      // Every signal of this score is listed, and the running totals are the partial sums.
      expect(shown.weights.sort()).toEqual(
        stored.signals
          .filter((s) => s.score === kind)
          .map((s) => s.weight)
          .sort(),
      );
      let total = shown.base;
      shown.weights.forEach((w, i) => {
        total += w;
        expect(shown.totals[i + 1]).toBeCloseTo(total, 1);
      });
      // The page's arithmetic ends in the score the service stored.
      expect(Math.max(0, Math.min(100, Math.round(total)))).toBe(shown.result);
      expect(shown.result).toBe(stored.scores![kind]);
      expect(shown.stored).toBe(stored.scores![kind]);
      // The band beside the score is the library's band for it.
      const band = bandOf(kind, stored.scores![kind]);
      await visible(panel.locator(`.score-explain-${kind} .band-tag[data-band="${band.label}"]`));
    }

    // The two bars are told apart by colour.
    const colours = await panel
      .locator('.score-bar span')
      .evaluateAll((spans) => spans.map((s) => getComputedStyle(s).backgroundColor));
    expect(new Set(colours).size).toBe(2);

    // Each signal that quotes words marks them in the text, coloured by concern, not by sign.
    const quoting = stored.signals.filter(
      (s) =>
        (s.score === 'sourcingQuality' || s.score === 'alarmism') &&
        s.span &&
        !(s.span[0] <= stored.start && s.span[1] >= stored.end),
    );
    expect(quoting.length).toBeGreaterThan(0);
    const marks = await page
      .getByRole('region', { name: 'Text' })
      .locator('mark.signal-mark')
      .evaluateAll((ms) =>
        ms.map((m) => ({
          text: m.textContent,
          signals: m.getAttribute('data-signals'),
          cls: m.className,
          spoken: m.querySelector('.visually-hidden')?.textContent ?? '',
        })),
      );
    // What the colour says is also said in words, for screen readers.
    for (const m of marks)
      expect(m.spoken).toBe(
        ` (marked by ${m.signals}: ${m.cls.includes('mark-concern') ? 'raises concern' : 'lowers concern'})`,
      );
    for (const s of quoting) {
      const words = text.slice(s.span![0], s.span![1]);
      const hit = marks.filter((m) => m.signals?.split(', ').includes(s.id));
      expect(hit.map((m) => m.text).join('')).toContain(words.split(/\s+/)[0]);
      const concern = s.score === 'alarmism' ? s.weight > 0 : s.weight < 0;
      if (concern) expect(hit.every((m) => m.cls.includes('mark-concern'))).toBe(true);
    }
    // An alarmism increase is a concern (red), never the colour of good news.
    const alarmRow = panel.locator('table.arithmetic[data-score="alarmism"] tr.arith-concern td[data-weight]').first();
    const sqPenalty = panel
      .locator('table.arithmetic[data-score="sourcingQuality"] tr.arith-concern td[data-weight]')
      .first();
    expect(await alarmRow.evaluate((td) => getComputedStyle(td).color)).toBe(
      await sqPenalty.evaluate((td) => getComputedStyle(td).color),
    );
    await screenshot(page, 'article-explained', { docs: true });
  });

  it('adds up to the stored scores for every assertion of the article', async () => {
    const { page } = await e2e.signedIn(viewer, `/articles/${articleId}`);
    const links = assertionLinks(page);
    const panel = page.getByRole('complementary', { name: 'Selected assertion' });
    for (let i = 0; i < assertions.length; i++) {
      await links.nth(i).click();
      await visible(panel.getByRole('heading', { name: `Assertion ${i + 1} of ${assertions.length}` }));
      for (const kind of ['sourcingQuality', 'alarmism'] as const) {
        const table = panel.locator(`table.arithmetic[data-score="${kind}"]`);
        await visible(table);
        const shown = await table.evaluate((t) => ({
          base: Number(t.querySelector('tr.arith-base td[data-total]')!.textContent),
          weights: [...t.querySelectorAll('td[data-weight]')].map((td) => Number(td.textContent)),
          result: Number(t.querySelector('td[data-result]')!.textContent),
        }));
        const sum = shown.weights.reduce((a, b) => a + b, shown.base);
        expect(Math.max(0, Math.min(100, Math.round(sum)))).toBe(shown.result);
        expect(shown.result).toBe(assertions[i]!.scores![kind]);
      }
    }
  });

  it('serves the bands to anyone and shows the same band words the API serves', async () => {
    const r = await e2e.http.get('/api/score-bands').expect(200);
    expect(r.body.bases.sourcingQuality).toBe(rubric.sourcingQuality.base);
    const { page } = await e2e.signedIn(viewer, `/articles/${articleId}`);
    await visible(assertionLinks(page).first());
    const tags = page.getByRole('complementary', { name: 'Selected assertion' }).locator('.band-tag');
    await visible(tags.first());
    const labels = await tags.evaluateAll((ts) => ts.map((t) => t.getAttribute('data-band')));
    const served = [...r.body.bands.sourcingQuality, ...r.body.bands.alarmism].map((b: { label: string }) => b.label);
    for (const l of labels) expect(served).toContain(l);
  });
});
