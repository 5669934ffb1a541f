import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PrismaService } from '../src/database/prisma.service';
import { bootApp, resetDatabase, TestApp, uploadScored } from './support/app';
import type { SourceListItem } from '@auditor/contracts';
import { createUserAndLogin } from './support/users';

// Realistic text is read from ../shared at run time and never copied into the repository.
const seed = readFileSync(resolve(__dirname, '../../../../shared/seeds/004_72d0bf9971058bc5.txt'), 'utf8');

// Written for this test: Colonel Rahimi is cited three times across two Frontier Daily articles.
const FRONTIER_JAN =
  'Colonel Ayesha Rahimi said 40 insurgents were killed in Kunduz on Monday. Colonel Ayesha Rahimi said the operation destroyed three weapons caches near the river. ' +
  'Reports say hundreds of foreign fighters are gathering in the north, a hotbed of terror. The region is a dangerous breeding ground for jihadists.';
const FRONTIER_MAR =
  'Colonel Ayesha Rahimi said two checkpoints were reopened in Baghlan on Tuesday. Sources say the militants will surely launch a wave of attacks. Officials said the road to Mazar was closed for repairs.';
const CALM_MAR =
  'The provincial council said the market reopened on Sunday after repairs. Residents said the prices of flour rose by ten percent in March.';

// The list's wire shape, as the service declares it (type-only: no app code loads before boot).
type ListItem = SourceListItem;

/** Minimal RFC 4180 reader, enough to check that the export parses back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

describe('source report cards', () => {
  let t: TestApp;
  let prisma: PrismaService;
  let analyst: string;
  let viewer: string;
  let reviewerId: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  const upload = (body: Record<string, string>) => uploadScored(t.http, analyst, body);

  const card = async (id: string, query = '') =>
    (await t.http.get(`/api/sources/${id}/report${query}`).set(auth(viewer)).expect(200)).body;
  /**
   * A review written straight to the database reaches the card cache by NOTIFY, asynchronously
   * (writes through the API invalidate at once): read until the card shows it, for at most 10 s.
   */
  const cardOnceReviewed = async (id: string, reviewed: number) => {
    for (let i = 0; ; i++) {
      const c = await card(id);
      if (c.reviews.reviewed + c.reviews.dismissed >= reviewed || i >= 100) return c;
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const list = async (query: Record<string, string | number>) =>
    (await t.http.get('/api/sources').query(query).set(auth(viewer)).expect(200)).body as {
      items: ListItem[];
      total: number;
    };

  let frontier: string;
  let calm: string;
  let rahimi: string;
  let janArticle: string;

  beforeAll(async () => {
    await resetDatabase();
    t = await bootApp();
    prisma = t.app.get(PrismaService);
    analyst = (await createUserAndLogin(t.app, t.http, 'analyst')).token;
    viewer = (await createUserAndLogin(t.app, t.http, 'viewer')).token;
    reviewerId = (await createUserAndLogin(t.app, t.http, 'reviewer')).user.id;
    janArticle = await upload({
      text: FRONTIER_JAN,
      title: 'Fighting in Kunduz',
      outlet: 'Frontier Daily',
      outletType: 'media',
      publishedAt: '2024-01-15',
    });
    await upload({
      text: FRONTIER_MAR,
      title: 'Checkpoints reopen',
      outlet: 'Frontier Daily',
      publishedAt: '2024-03-10',
    });
    await upload({
      text: CALM_MAR,
      title: 'Market reopens',
      outlet: 'Calm Gazette',
      outletType: 'independent',
      publishedAt: '2024-03-20',
    });
    await upload({
      text: seed,
      title: 'Column',
      outlet: 'Analysts Network',
      outletType: 'independent',
      publishedAt: '2013-08-22',
    });
    frontier = `outlet:${(await prisma.outlet.findUniqueOrThrow({ where: { name: 'Frontier Daily' } })).id}`;
    calm = `outlet:${(await prisma.outlet.findUniqueOrThrow({ where: { name: 'Calm Gazette' } })).id}`;
    rahimi = `cited:${(await prisma.citedSource.findUniqueOrThrow({ where: { canonicalName: 'Ayesha Rahimi' } })).id}`;
  }, 120_000);
  afterAll(() => t.close());

  it('flags a cited source with three assertions as a small sample', async () => {
    const c = await card(rahimi);
    expect(c).toMatchObject({ id: rahimi, kind: 'cited', name: 'Ayesha Rahimi', type: 'official' });
    expect(c.sample).toMatchObject({
      articles: 2,
      assertions: 3,
      smallSample: true,
      firstDate: '2024-01-15T00:00:00.000Z',
      lastDate: '2024-03-10T00:00:00.000Z',
    });
    expect(c.sample.warning).toMatch(/Small sample/);
    expect(c.provenance.official).toBe(3);
    expect(c.rubricVersions).toEqual([expect.any(String)]);
    expect(c.reliability).toMatchObject({ grade: 'C', evidence: { corroborated: 0, contradicted: 0 } });
    // Its claims appear nowhere else in this corpus: nothing to corroborate or amplify.
    expect(c.corroboration).toMatchObject({ grouped: 0, corroborated: { count: 0 }, amplified: { count: 0 } });
    expect(c.trend.map((m: { month: string }) => m.month)).toEqual(['2024-01', '2024-03']);
  });

  it("sums an outlet's provenance mix to its assertion count and compares it with the corpus", async () => {
    const c = await card(frontier);
    const stored = await prisma.score.count({
      where: { assertion: { article: { outlet: { name: 'Frontier Daily' } } } },
    });
    expect(c.sample.assertions).toBe(stored);
    expect(Object.values(c.provenance as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(stored);
    expect(c.sourcingQuality.distribution.reduce((a: number, b: { count: number }) => a + b.count, 0)).toBe(stored);
    expect(c.sourcingQuality.ci95[0]).toBeLessThanOrEqual(c.sourcingQuality.mean);
    expect(c.sourcingQuality.ci95[1]).toBeGreaterThanOrEqual(c.sourcingQuality.mean);
    expect(c.sourcingQuality.corpusMean).toEqual(expect.any(Number));
    expect(c.shares.anonymous.count).toBe(c.provenance.anonymous);
    expect(c.mostAlarmist[0]).toMatchObject({
      articleId: expect.any(String),
      articleTitle: expect.any(String),
      text: expect.stringMatching(/wave of attacks|hotbed|breeding ground/),
    });
    // The list names the assertion; its signals are one request away, not repeated on the card.
    expect(c.mostAlarmist[0]).not.toHaveProperty('signals');
    const detail = await t.http.get(`/api/assertions/${c.mostAlarmist[0].assertionId}`).set(auth(viewer)).expect(200);
    expect(detail.body.automatic.signals.map((s: { score: string }) => s.score)).toContain('alarmism');
    expect(c.mostAlarmist.length).toBeLessThanOrEqual(5);
    expect(c.worstSourced[0].sourcingQuality).toBe(
      Math.min(...c.worstSourced.map((w: { sourcingQuality: number }) => w.sourcingQuality)),
    );
    expect(c.reviews).toMatchObject({ reviewed: 0, changedByReviews: false });

    const march = await card(frontier, '?from=2024-03-01&to=2024-03-31');
    expect(march.sample).toMatchObject({ articles: 1, assertions: 3 });
    const midJanuary = await card(frontier, '?from=2024-01-15&to=2024-01-15');
    expect(midJanuary.sample).toMatchObject({ articles: 1, assertions: 4 });
  });

  it('applies a reviewer override and marks the card as changed by reviews', async () => {
    const before = await card(rahimi);
    const target = await prisma.assertion.findFirstOrThrow({
      where: { articleId: janArticle, text: { startsWith: 'Colonel Ayesha Rahimi said 40' } },
    });
    await prisma.review.create({
      data: {
        assertionId: target.id,
        reviewerId,
        decision: 'override',
        overrides: { alarmism: 100, provenance: 'anonymous' },
        reason: 'test',
      },
    });
    const after = await cardOnceReviewed(rahimi, 1);
    expect(after.alarmism.mean).toBeGreaterThan(before.alarmism.mean);
    expect(after.provenance).toMatchObject({ official: 2, anonymous: 1 });
    expect(after.reviews).toMatchObject({ reviewed: 1, overridden: 1, dismissed: 0, changedByReviews: true });
    expect(after.reviews.changed).toEqual(expect.arrayContaining(['alarmism', 'provenance', 'anonymous']));
    expect(after.reviews.automatic.alarmism).toBe(before.alarmism.mean);
    expect(after.mostAlarmist[0]).toMatchObject({
      assertionId: target.id,
      alarmism: 100,
      review: { decision: 'override' },
    });
  });

  it('excludes a dismissed assertion', async () => {
    const target = await prisma.assertion.findFirstOrThrow({
      where: { text: { startsWith: 'Colonel Ayesha Rahimi said two checkpoints' } },
    });
    const outletBefore = await card(frontier);
    await prisma.review.create({ data: { assertionId: target.id, reviewerId, decision: 'dismiss' } });
    const c = await cardOnceReviewed(rahimi, 2);
    expect(c.sample).toMatchObject({ assertions: 2, articles: 1 });
    expect(c.reviews).toMatchObject({ dismissed: 1, changedByReviews: true });
    expect(c.reviews.automatic.assertions).toBe(3);
    expect([...c.mostAlarmist, ...c.worstSourced].map((a: { assertionId: string }) => a.assertionId)).not.toContain(
      target.id,
    );
    expect((await card(frontier)).sample.assertions).toBe(outletBefore.sample.assertions - 1);
  });

  it('exports a card and the list as CSV that parses back', async () => {
    const r = await t.http.get(`/api/sources/${frontier}/report?format=csv`).set(auth(viewer)).buffer(true).expect(200);
    expect(r.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(r.headers['content-disposition']).toMatch(/^attachment; filename="source-outlet-[0-9a-f-]+\.csv"/);
    const rows = parseCsv(r.text);
    expect(rows[0]).toEqual(['metric', 'value']);
    expect(rows.every((x) => x.length === 2)).toBe(true);
    const m = new Map(rows.map(([k, v]) => [k, v]));
    expect(m.get('name')).toBe('Frontier Daily');
    const json = await card(frontier);
    expect(Number(m.get('sample.assertions'))).toBe(json.sample.assertions);
    expect(m.get('mostAlarmist.0.text')).toBe(json.mostAlarmist[0].text);

    // A name with a comma and quotes survives the round trip.
    await upload({ text: `${CALM_MAR} Quoted outlet.`, outlet: 'The "Quoted", Outlet', publishedAt: '2024-02-02' });
    const l = await t.http
      .get('/api/sources?format=csv&kind=outlet&sort=name')
      .set(auth(viewer))
      .buffer(true)
      .expect(200);
    expect(l.headers['content-disposition']).toMatch(/filename="sources.csv"/);
    const lr = parseCsv(l.text);
    expect(lr[0]!.slice(0, 4)).toEqual(['id', 'kind', 'name', 'type']);
    expect(lr.slice(1).map((x) => x[2])).toEqual([
      'Analysts Network',
      'Calm Gazette',
      'Frontier Daily',
      'The "Quoted", Outlet',
    ]);
  });

  it('sorts and filters the list', async () => {
    const all = await list({ pageSize: 100 });
    expect(all.total).toBe(all.items.length);
    expect(all.items.map((i) => i.assertions)).toEqual([...all.items.map((i) => i.assertions)].sort((a, b) => b - a));
    expect(all.items.find((i) => i.id === rahimi)).toMatchObject({ kind: 'cited', assertions: 2, smallSample: true });

    const byAlarm = await list({ kind: 'outlet', sort: 'alarmism', order: 'asc' });
    expect(byAlarm.items.every((i) => i.kind === 'outlet')).toBe(true);
    expect(byAlarm.items.every((i) => i.alarmism !== null)).toBe(true);
    expect(byAlarm.items.map((i) => i.alarmism)).toEqual(
      [...byAlarm.items.map((i) => i.alarmism)].sort((a, b) => a! - b!),
    );
    const bySq = await list({ kind: 'outlet', sort: 'sourcingQuality' });
    expect(bySq.items.every((i) => i.sourcingQuality !== null)).toBe(true);
    expect(bySq.items.map((i) => i.sourcingQuality)).toEqual(
      [...bySq.items.map((i) => i.sourcingQuality)].sort((a, b) => b! - a!),
    );

    expect((await list({ kind: 'outlet', type: 'independent', sort: 'name' })).items.map((i) => i.name)).toEqual([
      'Analysts Network',
      'Calm Gazette',
    ]);
    expect((await list({ q: 'frontier' })).items.map((i) => i.id)).toEqual([frontier]);
    expect((await list({ q: '%' })).total).toBe(0);
    const big = await list({ kind: 'outlet', minAssertions: 10 });
    expect(big.items.map((i) => i.name)).toEqual(['Analysts Network']);
    // Many assertions, but all from one article: still a small sample.
    expect(big.items[0]).toMatchObject({ articles: 1, smallSample: true });
    const dated = await list({ kind: 'outlet', from: '2024-03-01', to: '2024-03-31', sort: 'name' });
    expect(dated.items.map((i) => [i.name, i.articles])).toEqual([
      ['Calm Gazette', 1],
      ['Frontier Daily', 1],
    ]);
    const paged = await list({ kind: 'outlet', sort: 'name', page: 2, pageSize: 2 });
    expect(paged).toMatchObject({ total: 4, page: 2, pageSize: 2 });
    expect(paged.items.map((i) => i.name)).toEqual(['Frontier Daily', 'The "Quoted", Outlet']);

    for (const bad of [
      'kind=source',
      'sort=size',
      'order=up',
      'type=alien',
      'pageSize=101',
      'minAssertions=x',
      'from=yesterday',
      'from=2024-02-01&to=2024-01-01',
      'format=xml',
      'extra=1',
    ]) {
      await t.http.get(`/api/sources?${bad}`).set(auth(viewer)).expect(400);
    }
  });

  it('compares 2–5 sources side by side', async () => {
    const r = await t.http.get(`/api/sources/compare?ids=${frontier},${calm},${rahimi}`).set(auth(viewer)).expect(200);
    expect(r.body.sources.map((s: { id: string }) => s.id)).toEqual([frontier, calm, rahimi]);
    expect(r.body.sources[2]).toMatchObject({
      name: 'Ayesha Rahimi',
      assertions: 2,
      smallSample: true,
      changedByReviews: true,
    });
    const csv = await t.http
      .get(`/api/sources/compare?ids=${frontier},${calm}&format=csv`)
      .set(auth(viewer))
      .buffer(true)
      .expect(200);
    // Headers name the sources (a spreadsheet reader cannot read ids); the id row still pins them down.
    const rows = parseCsv(csv.text);
    expect(rows[0]).toEqual(['metric', r.body.sources[0].name, r.body.sources[1].name]);
    expect(rows.find((row) => row[0] === 'id')).toEqual(['id', frontier, calm]);

    await t.http.get(`/api/sources/compare?ids=${frontier}`).set(auth(viewer)).expect(400);
    const six = Array.from({ length: 6 }, (_, i) => `outlet:00000000-0000-4000-8000-00000000000${i}`).join(',');
    await t.http.get(`/api/sources/compare?ids=${six}`).set(auth(viewer)).expect(400);
    await t.http.get('/api/sources/compare').set(auth(viewer)).expect(400);
    await t.http.get(`/api/sources/compare?ids=${frontier},${frontier}`).set(auth(viewer)).expect(400);
    await t.http
      .get(`/api/sources/compare?ids=${frontier},outlet:00000000-0000-4000-8000-000000000000`)
      .set(auth(viewer))
      .expect(404);
  });

  it('answers 400 for malformed ids, 404 for unknown ones, 401 without a token', async () => {
    for (const bad of [
      'not-an-id',
      'outlet:123',
      'source:00000000-0000-4000-8000-000000000000',
      rahimi.replace('cited:', ''),
    ]) {
      const r = await t.http
        .get(`/api/sources/${encodeURIComponent(bad)}/report`)
        .set(auth(viewer))
        .expect(400);
      expect(r.body.message).toMatch(/outlet:<uuid> or cited:<uuid>/);
    }
    await t.http.get('/api/sources/outlet:00000000-0000-4000-8000-000000000000/report').set(auth(viewer)).expect(404);
    // The right uuid under the wrong kind is unknown, not silently the other table's row.
    await t.http
      .get(`/api/sources/${rahimi.replace('cited:', 'outlet:')}/report`)
      .set(auth(viewer))
      .expect(404);
    await t.http.get(`/api/sources/${frontier}/report`).expect(401);
    await t.http.get('/api/sources').expect(401);
    await t.http.get(`/api/sources/compare?ids=${frontier},${calm}`).expect(401);
  });

  it('refreshes the summaries before answering a list read that finds articles queued for them', async () => {
    const { SourceStatsService } = await import('../src/summaries/source-stats.service');
    const stats = t.app.get(SourceStatsService);
    const names = async (from: string, to: string) => {
      const page = await t.http.get('/api/sources').query({ kind: 'outlet', from, to }).set(auth(viewer)).expect(200);
      expect(page.body.pendingRefresh).toBe(0);
      return (page.body.items as ListItem[]).map((i) => i.name);
    };
    const move = (day: string) =>
      prisma.article.update({ where: { id: janArticle }, data: { publishedAt: new Date(day) } });
    expect(await names('2024-01-01', '2024-01-31')).toContain('Frontier Daily');
    // The 1 s refresher would race the reads; stopped, only a read itself can bring the summaries up to date.
    await stats.onModuleDestroy();
    try {
      // Changed behind the API's back: the trigger queues the article, and the summaries still hold January.
      await move('2024-02-15');
      expect(await names('2024-01-01', '2024-01-31')).not.toContain('Frontier Daily');
      // A window the summaries hold nothing for yet: an empty first read must ask the queue too.
      await move('2024-02-20');
      expect(await names('2024-02-19', '2024-02-21')).toEqual(['Frontier Daily']);
    } finally {
      await move('2024-01-15');
      await stats.catchUp();
      stats.onApplicationBootstrap();
    }
    expect(await names('2024-01-01', '2024-01-31')).toContain('Frontier Daily');
  });

  it('drops a deleted article from the cards', async () => {
    const admin = (await createUserAndLogin(t.app, t.http, 'admin')).token;
    await t.http.delete(`/api/articles/${janArticle}`).set(auth(admin)).expect(204);
    const c = await card(frontier);
    expect(c.sample).toMatchObject({ articles: 1, assertions: 2 });
    expect((await card(rahimi)).sample).toMatchObject({ assertions: 0, articles: 0, smallSample: true });
  });
});
