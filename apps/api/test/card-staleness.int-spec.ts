import { bootApp, resetDatabase, TestApp, uploadScored } from './support/app';
import { createUserAndLogin } from './support/users';

// Written for this test.
const FIRST =
  'The district governor said the bridge over the river reopened on Monday after two weeks of repairs. Traders said the price of flour fell.';
const SECOND =
  'The provincial council said the new clinic admitted its first patients on Thursday. A nurse said twelve beds were ready.';

/**
 * The card cache's bounded staleness over real HTTP, PostgreSQL and NOTIFY, with an interval long
 * enough (a minute) that nothing here depends on timing: the app's first drop happens when its
 * listener connects, so every change during the test waits for the end of the interval.
 */
describe('report cards under a staleness interval', () => {
  let t: TestApp;
  let analyst: string;
  let viewer: string;
  let otherViewer: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const outlets = async (token: string, headers: Record<string, string> = {}) =>
    (
      (
        await t.http
          .get('/api/sources?kind=outlet&sort=name')
          .set({ ...auth(token), ...headers })
          .expect(200)
      ).body as {
        items: Array<{ name: string }>;
      }
    ).items.map((i) => i.name);

  beforeAll(async () => {
    await resetDatabase();
    t = await bootApp({ CARD_CACHE_MAX_STALE_MS: '60000' });
    analyst = (await createUserAndLogin(t.app, t.http, 'analyst')).token;
    viewer = (await createUserAndLogin(t.app, t.http, 'viewer')).token;
    otherViewer = (await createUserAndLogin(t.app, t.http, 'viewer')).token;
    await uploadScored(t.http, analyst, { text: FIRST, outlet: 'First Outlet', publishedAt: '2024-01-10' });
  }, 120_000);
  afterAll(() => t.close());

  it('serves readers the cached list until the interval ends, while the writer and no-cache requests read past it', async () => {
    const { CardCache } = await import('../src/summaries/card-cache');
    const cache = t.app.get(CardCache);
    // The analyst wrote a moment ago, so the viewer is the first to fill the cache.
    const before = await outlets(viewer, { 'Cache-Control': 'no-cache' });
    expect(before).toEqual(['First Outlet']);
    expect(await outlets(viewer)).toEqual(['First Outlet']);
    const deferred = cache.deferred;

    await uploadScored(t.http, analyst, { text: SECOND, outlet: 'Second Outlet', publishedAt: '2024-02-10' });
    expect(cache.deferred).toBeGreaterThan(deferred);
    // Another reader is served what was cached: at most the interval behind.
    expect(await outlets(viewer)).toEqual(['First Outlet']);
    // The writer reads its own change, and so does anyone who asks for no cached answer.
    expect(await outlets(analyst)).toEqual(['First Outlet', 'Second Outlet']);
    expect(await outlets(otherViewer, { 'Cache-Control': 'no-cache' })).toEqual(['First Outlet', 'Second Outlet']);
    // What they computed is newer than the cached list, and replaces it for everyone.
    expect(await outlets(viewer)).toEqual(['First Outlet', 'Second Outlet']);
  });

  it('lets a card computed for such a reader skip refreshing articles queued less than the interval ago, never older ones', async () => {
    const { SourceStatsService } = await import('../src/summaries/source-stats.service');
    const { PrismaService } = await import('../src/database/prisma.service');
    const stats = t.app.get(SourceStatsService);
    const prisma = t.app.get(PrismaService);
    const [article] = await prisma.article.findMany({ take: 1, select: { id: true } });
    const queued = async () =>
      (await prisma.$queryRaw<Array<{ n: number }>>`SELECT count(*)::int AS n FROM "source_stats_dirty"`)[0]!.n;
    // The 1 s refresher would race the queue below; stopped for the test, restarted after.
    stats.onModuleDestroy();
    try {
      await stats.catchUp();
      await prisma.$executeRaw`INSERT INTO "source_stats_dirty" ("article_id") VALUES (${article!.id}::uuid)`;
      expect(await stats.catchUp(60_000)).toBe(1); // queued just now: left to the refresher, reported pending
      expect(await queued()).toBe(1);
      await prisma.$executeRaw`UPDATE "source_stats_dirty" SET "queued_at" = now() - interval '2 minutes'`;
      expect(await stats.catchUp(60_000)).toBe(0); // overdue: refreshed before the read
      expect(await queued()).toBe(0);
      await prisma.$executeRaw`INSERT INTO "source_stats_dirty" ("article_id") VALUES (${article!.id}::uuid)`;
      expect(await stats.catchUp()).toBe(0); // no lag allowed: refreshed whatever its age
      // A reader that has read already is told whether that read still stands: only when the queue was left alone.
      await prisma.$executeRaw`INSERT INTO "source_stats_dirty" ("article_id") VALUES (${article!.id}::uuid)`;
      expect(await stats.catchUpBeforeRead(60_000)).toEqual({ queued: 1, changed: false });
      expect(await stats.catchUpBeforeRead()).toEqual({ queued: 0, changed: true });
    } finally {
      stats.onApplicationBootstrap();
    }
  });
});
