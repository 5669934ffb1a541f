import { PrismaService } from '../src/database/prisma.service';
import { bootApp, resetDatabase, TestApp, uploadScored } from './support/app';
import type { ReportCard, SourceMap, SourceMapPoint } from '@auditor/contracts';
import { createUserAndLogin } from './support/users';

// Written for this test: Colonel Rahimi is cited three times across two Frontier Daily articles.
const FRONTIER_JAN =
  'Colonel Ayesha Rahimi said 40 insurgents were killed in Kunduz on Monday. Colonel Ayesha Rahimi said the operation destroyed three weapons caches near the river. ' +
  'Reports say hundreds of foreign fighters are gathering in the north, a hotbed of terror. The region is a dangerous breeding ground for jihadists.';
const FRONTIER_MAR =
  'Colonel Ayesha Rahimi said two checkpoints were reopened in Baghlan on Tuesday. Sources say the militants will surely launch a wave of attacks. Officials said the road to Mazar was closed for repairs.';
const CALM_MAR =
  'The provincial council said the market reopened on Sunday after repairs. Residents said the prices of flour rose by ten percent in March. ' +
  'The district governor said the school in Imam Sahib reopened for 400 pupils. Teachers said new textbooks arrived from Kabul on Saturday. ' +
  'Farmers said the wheat harvest in Khanabad was larger than last year.';

describe('source map', () => {
  let t: TestApp;
  let viewer: string;
  let analyst: string;
  let frontier: string;
  let calm: string;
  let rahimi: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  const upload = (body: Record<string, string>) => uploadScored(t.http, analyst, body);

  const map = async (query: Record<string, string | number> = {}) =>
    (await t.http.get('/api/sources/map').query(query).set(auth(viewer)).expect(200)).body as SourceMap;
  const card = async (id: string, query: Record<string, string> = {}) =>
    (await t.http.get(`/api/sources/${id}/report`).query(query).set(auth(viewer)).expect(200)).body as ReportCard;
  const point = (m: SourceMap, id: string) => m.points.find((p) => p.id === id);
  /** A point as the card would plot it: the same sample, means and intervals. */
  const fromCard = (c: ReportCard): Partial<SourceMapPoint> => ({
    id: c.id,
    kind: c.kind,
    name: c.name,
    type: c.type,
    articles: c.sample.articles,
    assertions: c.sample.assertions,
    smallSample: c.sample.smallSample,
    firstDate: c.sample.firstDate,
    lastDate: c.sample.lastDate,
    sourcingQuality: { mean: c.sourcingQuality.mean, ci95: c.sourcingQuality.ci95 },
    alarmism: { mean: c.alarmism.mean, ci95: c.alarmism.ci95 },
  });

  beforeAll(async () => {
    await resetDatabase();
    t = await bootApp();
    const prisma = t.app.get(PrismaService);
    analyst = (await createUserAndLogin(t.app, t.http, 'analyst')).token;
    viewer = (await createUserAndLogin(t.app, t.http, 'viewer')).token;
    await upload({ text: FRONTIER_JAN, outlet: 'Frontier Daily', outletType: 'media', publishedAt: '2024-01-15' });
    await upload({ text: FRONTIER_MAR, outlet: 'Frontier Daily', publishedAt: '2024-03-10' });
    await upload({ text: CALM_MAR, outlet: 'Calm Gazette', outletType: 'independent', publishedAt: '2024-03-20' });
    frontier = `outlet:${(await prisma.outlet.findUniqueOrThrow({ where: { name: 'Frontier Daily' } })).id}`;
    calm = `outlet:${(await prisma.outlet.findUniqueOrThrow({ where: { name: 'Calm Gazette' } })).id}`;
    rahimi = `cited:${(await prisma.citedSource.findUniqueOrThrow({ where: { canonicalName: 'Ayesha Rahimi' } })).id}`;
  }, 120_000);
  afterAll(() => t.close());

  it('plots every source with the same sample, means and intervals as its card, largest samples first', async () => {
    const m = await map({ minAssertions: 1 });
    for (const id of [frontier, calm, rahimi]) {
      expect(point(m, id)).toEqual(fromCard(await card(id)));
    }
    const sizes = m.points.map((p) => p.assertions);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(m.total).toBe(m.points.length);
    expect(m.pendingRefresh).toBe(0);
    // The reference lines are the whole corpus's means, as the comparison screen shows them.
    const whole = (await card(frontier)).corpus.whole;
    expect(m.corpus).toEqual(whole);
    expect(m.corpus.assertions).toBe(point(m, frontier)!.assertions + point(m, calm)!.assertions);
  });

  it('filters by kind and by source type', async () => {
    const cited = await map({ kind: 'cited', minAssertions: 1 });
    expect(cited.points.length).toBeGreaterThan(0);
    expect(cited.points.every((p) => p.kind === 'cited')).toBe(true);
    expect(point(cited, rahimi)).toBeDefined();

    const independent = await map({ kind: 'outlet', type: 'independent', minAssertions: 1 });
    expect(independent.points.map((p) => p.id)).toEqual([calm]);
    const official = await map({ type: 'official', minAssertions: 1 });
    expect(official.points.map((p) => p.id)).toContain(rahimi);
    expect(official.points.every((p) => p.type === 'official')).toBe(true);
  });

  it('filters by period, whole months and part months alike, as the cards do', async () => {
    const march = await map({ from: '2024-03-01', to: '2024-03-31', minAssertions: 1 });
    expect(point(march, frontier)).toEqual(fromCard(await card(frontier, { from: '2024-03-01', to: '2024-03-31' })));
    expect(point(march, frontier)!.articles).toBe(1);
    // From the 15th: Frontier's March article (the 10th) falls outside, Calm's (the 20th) inside.
    const late = await map({ from: '2024-03-15', minAssertions: 1 });
    expect(point(late, calm)).toEqual(fromCard(await card(calm, { from: '2024-03-15' })));
    expect(point(late, frontier)).toBeUndefined();
    expect(late.period.from).toBe('2024-03-15T00:00:00.000Z');
    const none = await map({ to: '2023-12-31', minAssertions: 1 });
    expect(none).toMatchObject({ points: [], total: 0, corpus: { assertions: 0, sourcingQuality: null } });
  });

  it('refreshes the summaries before answering a read that finds articles queued for them', async () => {
    const { SourceStatsService } = await import('../src/summaries/source-stats.service');
    const stats = t.app.get(SourceStatsService);
    const prisma = t.app.get(PrismaService);
    const [calmArticle] = await prisma.article.findMany({ where: { outlet: { name: 'Calm Gazette' } }, take: 1 });
    const april = { from: '2024-04-01', to: '2024-04-30', minAssertions: 1 };
    expect((await map(april)).points).toEqual([]);
    // The 1 s refresher would race the read; stopped, only the read itself can bring the summaries up to date.
    await stats.onModuleDestroy();
    try {
      // Changed behind the API's back: the trigger queues the article, and the summaries still hold March.
      await prisma.article.update({ where: { id: calmArticle!.id }, data: { publishedAt: new Date('2024-04-02') } });
      const m = await map(april);
      expect(m.pendingRefresh).toBe(0);
      expect(m.points.map((p) => p.id)).toContain(calm);
      expect(m.corpus.assertions).toBe(point(m, calm)!.assertions);
    } finally {
      await prisma.article.update({ where: { id: calmArticle!.id }, data: { publishedAt: new Date('2024-03-20') } });
      await stats.catchUp();
      stats.onApplicationBootstrap();
    }
    expect((await map(april)).points).toEqual([]);
  });

  it('leaves out sources below minAssertions (5 by default) and caps the points at limit', async () => {
    const byDefault = await map();
    expect(point(byDefault, rahimi)).toBeUndefined();
    expect(point(byDefault, calm)).toBeDefined();
    expect(byDefault.points.every((p) => p.assertions >= 5)).toBe(true);
    const all = await map({ minAssertions: 1 });
    const one = await map({ minAssertions: 1, limit: 1 });
    expect(one.points).toEqual([all.points[0]]);
    expect(one).toMatchObject({ total: all.total, limit: 1 });
  });

  it('refuses bad filters with a message naming the field, and anonymous callers', async () => {
    const bad = async (query: Record<string, string>, message: RegExp) => {
      const r = await t.http.get('/api/sources/map').query(query).set(auth(viewer)).expect(400);
      expect(JSON.stringify(r.body.message)).toMatch(message);
    };
    await bad({ kind: 'people' }, /kind must be outlet or cited/);
    await bad({ type: 'rumour' }, /type must be one of/);
    await bad({ minAssertions: '0' }, /minAssertions must be at least 1/);
    await bad({ limit: '5000' }, /limit must not be greater than 1000/);
    await bad({ from: 'March' }, /from must be a date/);
    await bad({ from: '2024-03-02', to: '2024-03-01' }, /from must not be after to/);
    await t.http.get('/api/sources/map').expect(401);
  });
});
