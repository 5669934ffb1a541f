import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ArticleListRow, Page, ReportCard } from '@auditor/contracts';
import { PrismaService } from '../src/database/prisma.service';
import { bootApp, eventually, resetDatabase, TestApp } from './support/app';
import { createUserAndLogin } from './support/users';
import { scratchDirs } from './support/scratch-dirs';

const scratchDir = scratchDirs('search-int-');

// Issue 12 item 4: articles at corpus scale. ISAF releases are read from ../shared at run time and
// imported through the CLI's import path without titles or dates.
const shared = resolve(__dirname, '../../../../shared');
interface Release {
  id: string;
  outlet: string;
  outletType: string;
  text: string;
}
const releases: Release[] = readFileSync(join(shared, 'corpora/isaf-press-releases.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Release);
const KUNDUZ = releases.filter((r) => /\bKunduz\b/i.test(r.text));
const OTHERS = releases.filter((r) => !/\bKunduz\b/i.test(r.text)).slice(0, 30);
const seed003 = readFileSync(join(shared, 'seeds/003_52405558d12fdc3c.txt'), 'utf8');

describe('articles at corpus scale', () => {
  let t: TestApp;
  let prisma: PrismaService;
  let analyst: string;
  let viewer: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const list = async (query: string, token = viewer): Promise<Page<ArticleListRow>> =>
    (await t.http.get(`/api/articles?${query}`).set(auth(token)).expect(200)).body;

  beforeAll(async () => {
    await resetDatabase();
    // The import path, records without title or date (the corpus's eventDate is the event's day).
    const dir = scratchDir();
    const file = join(dir, 'releases.jsonl');
    writeFileSync(
      file,
      [...KUNDUZ, ...OTHERS]
        .map((r) => JSON.stringify({ text: r.text, outlet: r.outlet, outletType: r.outletType }))
        .join('\n'),
    );
    const { runImport } = await import('../../cli/src/commands/import');
    const summary = await runImport(file, { progress: false });
    expect(summary.failed).toBe(0);
    t = await bootApp();
    prisma = t.app.get(PrismaService);
    analyst = (await createUserAndLogin(t.app, t.http, 'analyst')).token;
    viewer = (await createUserAndLogin(t.app, t.http, 'viewer')).token;
    // Mean scores come from the summaries, which the service refreshes within a second of scoring.
    await eventually(async () => {
      const [{ n }] = await prisma.$queryRaw<Array<{ n: bigint }>>`SELECT count(*) AS n FROM "source_stats_dirty"`;
      return Number(n) === 0;
    }, 60_000);
  }, 180_000);
  afterAll(() => t?.close());

  it('derives a title for every release imported without one', async () => {
    const rows = await prisma.article.findMany({ select: { title: true } });
    expect(rows.length).toBeGreaterThan(KUNDUZ.length);
    for (const r of rows) {
      expect(r.title).toEqual(expect.any(String));
      expect(r.title!.length).toBeGreaterThan(10);
      expect(r.title).not.toMatch(/untitled/i);
    }
  });

  it('dates releases from their datelines, marked as estimated, and never by the upload date', async () => {
    const rows = await prisma.article.findMany({ select: { text: true, publishedAt: true, publishedAtSource: true } });
    const fromText = rows.filter((r) => r.publishedAtSource === 'text');
    expect(fromText.length).toBeGreaterThan(rows.length / 2);
    for (const r of rows) {
      if (r.publishedAtSource === 'none') expect(r.publishedAt).toBeNull();
      else expect(r.publishedAt!.getUTCFullYear()).toBeLessThan(2015);
    }
  });

  it('finds the releases that name a district, with their matching assertions', async () => {
    const page = await list('q=Kunduz&pageSize=100');
    expect(page.total).toBe(KUNDUZ.length);
    expect(page.items.length).toBe(Math.min(100, KUNDUZ.length));
    // A release may name the place only in its dateline, a heading and no assertion.
    const withHits = page.items.filter((i) => i.match!.matchingAssertions > 0);
    expect(withHits.length).toBeGreaterThan(page.items.length * 0.8);
    for (const item of withHits) expect(item.match?.snippet).toMatch(/Kunduz/i);
    for (const item of page.items) expect(item.avgSourcingQuality).toEqual(expect.any(Number));
    // Stemming and web-search syntax: a phrase, an exclusion.
    expect((await list('q=kunduz -province')).total).toBeLessThan(KUNDUZ.length);
    expect((await list('q=%22Kunduz+province%22')).total).toBeGreaterThan(0);
    expect((await list('q=zzzqqq')).total).toBe(0);
  });

  it('matches a phrase exactly on every path: relaxed, paged, negated, past the end', async () => {
    // Which stored articles hold "Kunduz province" as a phrase, and which only hold both words.
    const rows = await prisma.article.findMany({ select: { id: true, text: true } });
    const phrase = new Set(rows.filter((r) => /\bKunduz\W+provinc/i.test(r.text)).map((r) => r.id));
    const bothWords = rows.filter((r) => /\bKunduz\b/i.test(r.text) && /\bprovinces?\b/i.test(r.text));
    expect(phrase.size).toBeGreaterThan(2);
    expect(bothWords.length).toBeGreaterThan(phrase.size); // so the relaxed step has something to drop

    const all = await list('q=%22Kunduz+province%22&pageSize=100');
    expect(all.total).toBe(phrase.size);
    expect(all.totalEstimated).toBeUndefined();
    expect(new Set(all.items.map((i) => i.id))).toEqual(phrase);
    // Paging walks the same sorted matches.
    const half = Math.ceil(phrase.size / 2);
    const [p1, p2] = [
      await list(`q=%22Kunduz+province%22&pageSize=${half}&page=1&sort=published`),
      await list(`q=%22Kunduz+province%22&pageSize=${half}&page=2&sort=published`),
    ];
    expect([...p1.items, ...p2.items].map((i) => i.id)).toEqual(
      (await list('q=%22Kunduz+province%22&pageSize=100&sort=published')).items.map((i) => i.id),
    );
    expect(p2.total).toBe(phrase.size);
    const past = await list('q=%22Kunduz+province%22&page=9&pageSize=100');
    expect(past.items).toEqual([]);
    expect(past.total).toBe(phrase.size);
    // A negated phrase is not relaxed (the words' conjunction would exclude too much).
    const kunduz = (await list('q=Kunduz')).total;
    expect((await list('q=Kunduz+-%22Kunduz+province%22')).total).toBe(kunduz - phrase.size);
    // The matching assertions hold the phrase.
    for (const item of all.items.filter((i) => i.match!.matchingAssertions > 0))
      expect(item.match!.snippet).toMatch(/Kunduz province/i);
  });

  it('filters by outlet type, date and score range, and sorts by either score', async () => {
    const total = KUNDUZ.length + OTHERS.length;
    expect((await list('outletType=military')).total).toBe(total);
    expect((await list('outletType=media')).total).toBe(0);
    const dated = await prisma.article.count({
      where: { publishedAt: { gte: new Date('2011-01-01'), lt: new Date('2012-01-01') } },
    });
    expect((await list('from=2011-01-01&to=2011-12-31')).total).toBe(dated);
    const undated = await prisma.article.count({ where: { publishedAt: null } });
    expect((await list('undated=true')).total).toBe(undated);

    const bySq = await list('sort=sourcing&order=asc&pageSize=100');
    const sq = bySq.items.map((i) => i.avgSourcingQuality).filter((x): x is number => x !== null);
    expect(sq).toEqual([...sq].sort((a, b) => a - b));
    const median = sq[Math.floor(sq.length / 2)];
    const high = await list(`sqMin=${Math.ceil(median)}&pageSize=100`);
    expect(high.total).toBeGreaterThan(0);
    for (const i of high.items) expect(i.avgSourcingQuality!).toBeGreaterThanOrEqual(Math.ceil(median));
    // Assertion counts (kept by triggers) match the stored assertions, and sort the list.
    const byCount = await list('sort=assertions&pageSize=100');
    const counts = byCount.items.map((i) => i.assertionCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (const i of byCount.items.slice(0, 10))
      expect(i.assertionCount).toBe(await prisma.assertion.count({ where: { articleId: i.id } }));
    expect(counts[0]).toBeGreaterThan(counts[counts.length - 1]!);
    const byAl = await list('sort=alarmism&pageSize=100');
    const al = byAl.items.map((i) => i.avgAlarmism).filter((x): x is number => x !== null);
    expect(al).toEqual([...al].sort((a, b) => b - a));
  });

  it('refuses bad list parameters with clear messages', async () => {
    const bad = async (query: string, message: RegExp) => {
      const r = await t.http.get(`/api/articles?${query}`).set(auth(viewer)).expect(400);
      expect(JSON.stringify(r.body)).toMatch(message);
    };
    await bad('sort=shoe', /sort must be one of/);
    await bad('sqMin=101', /sqMin must be a whole number from 0 to 100/);
    await bad('alMin=60&alMax=40', /alMin must not be above alMax/);
    await bad('sort=relevance', /needs a search/);
    await bad('outletType=blog', /outletType must be one of/);
  });

  it('dates seed 003 from its masthead and an HTML page from its metadata', async () => {
    const r = await t.http
      .post('/api/articles')
      .set(auth(analyst))
      .send({ text: seed003, outlet: 'Daily Outlook Afghanistan', outletType: 'media' })
      .expect(202);
    const a = (await t.http.get(`/api/articles/${r.body.id}`).set(auth(viewer)).expect(200)).body;
    expect(a).toMatchObject({
      title: 'The Rise of Taliban-IMU Nexus in Northern Afghanistan',
      publishedAt: '2019-08-22T00:00:00.000Z',
      publishedAtSource: 'text',
    });
    const html = `<!doctype html><html><head><meta property="article:published_time" content="2012-05-02T08:00:00Z">
      <title>Checkpoint opens | Valley Post</title></head><body><article><h1>Checkpoint opens</h1>
      <p>Police in Kunduz opened a new checkpoint near the airport on Tuesday, officials said.</p></article></body></html>`;
    const h = await t.http.post('/api/articles').set(auth(analyst)).send({ html }).expect(202);
    const b = (await t.http.get(`/api/articles/${h.body.id}`).set(auth(viewer)).expect(200)).body;
    expect(b).toMatchObject({ publishedAt: '2012-05-02T08:00:00.000Z', publishedAtSource: 'metadata' });
    expect(b.title).toMatch(/Checkpoint opens/);
  });

  it('lets analysts correct title and date (audited, validated); viewers may not', async () => {
    const undated = await t.http
      .post('/api/articles')
      .set(auth(analyst))
      .send({
        text: 'Elders in Imam Sahib said the market reopened after the floods. Traders returned within days.',
        outlet: 'Undated Weekly',
        outletType: 'media',
      })
      .expect(202);
    const id = undated.body.id as string;
    const before = (await t.http.get(`/api/articles/${id}`).set(auth(viewer)).expect(200)).body;
    expect(before).toMatchObject({ publishedAt: null, publishedAtSource: 'none' });
    expect(before.title).toMatch(/^Elders in Imam Sahib said the market reopened/);

    await t.http.patch(`/api/articles/${id}`).set(auth(viewer)).send({ title: 'x' }).expect(403);
    const bad = async (body: object, message: RegExp) => {
      const r = await t.http.patch(`/api/articles/${id}`).set(auth(analyst)).send(body).expect(400);
      expect(JSON.stringify(r.body)).toMatch(message);
    };
    await bad({}, /Send title, publishedAt or both/);
    await bad({ title: '   ' }, /title must not be blank/);
    await bad({ title: null }, /title must be a string/);
    await bad({ publishedAt: '2019-02-30' }, /not a real calendar date/);
    await bad({ publishedAt: 'last week' }, /publishedAt must be a date/);
    await bad({ status: 'scored' }, /property status should not exist/);
    await t.http
      .patch('/api/articles/00000000-0000-4000-8000-000000000000')
      .set(auth(analyst))
      .send({ title: 'T' })
      .expect(404);

    const ok = await t.http
      .patch(`/api/articles/${id}`)
      .set(auth(analyst))
      .send({ title: '  Market reopens in Imam Sahib ', publishedAt: '2012-06-01' })
      .expect(200);
    expect(ok.body).toMatchObject({
      title: 'Market reopens in Imam Sahib',
      publishedAt: '2012-06-01T00:00:00.000Z',
      publishedAtSource: 'given',
    });
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { entityId: id, action: 'article.metadata-edited' },
    });
    expect(audit.before).toMatchObject({ publishedAt: null, publishedAtSource: 'none' });
    expect(audit.after).toMatchObject({ title: 'Market reopens in Imam Sahib', publishedAtSource: 'given' });

    const cleared = await t.http
      .patch(`/api/articles/${id}`)
      .set(auth(analyst))
      .send({ publishedAt: null })
      .expect(200);
    // Cleared by a person: "given" as no date, which derivation leaves alone (see below).
    expect(cleared.body).toMatchObject({
      publishedAt: null,
      publishedAtSource: 'given',
      title: 'Market reopens in Imam Sahib',
    });
  });

  it('counts undated articles in report-card totals but leaves them out of the trend and date filters', async () => {
    const outlet = await prisma.outlet.findUniqueOrThrow({ where: { name: 'Undated Weekly' } });
    const article = await prisma.article.findFirstOrThrow({ where: { outletId: outlet.id } });
    await eventually(
      async () => (await prisma.article.findUniqueOrThrow({ where: { id: article.id } })).status === 'scored',
      30_000,
    );
    const card = async (query = ''): Promise<ReportCard> =>
      eventually(async () => {
        const c = (await t.http.get(`/api/sources/outlet:${outlet.id}/report${query}`).set(auth(viewer)).expect(200))
          .body as ReportCard & { pending: boolean };
        return c.pending ? null : c;
      });
    const whole = await card();
    expect(whole.sample.assertions).toBeGreaterThan(0);
    expect(whole.sample.firstDate).toBeNull();
    expect(whole.trend).toEqual([]);
    expect((await card('?to=2030-01-01')).sample.assertions).toBe(0);
  });

  it('fills in titles and dates of articles stored before derivation (derive-metadata CLI), never overwriting', async () => {
    const old = await prisma.article.create({
      data: { text: seed003, contentHash: 'pre-derivation-seed-003', format: 'text', title: null },
      select: { id: true },
    });
    const titled = await prisma.article.create({
      data: { text: `${seed003} Kept.`, contentHash: 'pre-derivation-titled', format: 'text', title: 'Kept title' },
      select: { id: true },
    });
    const { runDeriveMetadata } = await import('../../cli/src/commands/derive-metadata');
    const summary = await runDeriveMetadata();
    expect(summary.titled).toBeGreaterThanOrEqual(1);
    expect(summary.dated).toBeGreaterThanOrEqual(2);
    expect(await prisma.article.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({
      title: 'The Rise of Taliban-IMU Nexus in Northern Afghanistan',
      publishedAt: new Date('2019-08-22T00:00:00Z'),
      publishedAtSource: 'text',
    });
    expect(await prisma.article.findUniqueOrThrow({ where: { id: titled.id } })).toMatchObject({
      title: 'Kept title',
      publishedAtSource: 'text',
    });
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { entityId: old.id, action: 'article.metadata-derived' },
    });
    expect(audit.before).toMatchObject({ title: null, publishedAt: null });
    // A second run finds nothing more to derive for them.
    const again = await runDeriveMetadata();
    expect(again.titled + again.dated).toBe(0);
    // An analyst who clears the estimated date is not overruled by the next run.
    await t.http.patch(`/api/articles/${old.id}`).set(auth(analyst)).send({ publishedAt: null }).expect(200);
    await runDeriveMetadata();
    expect(await prisma.article.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({
      publishedAt: null,
      publishedAtSource: 'given',
    });
  });

  it('keeps the search index without a pending list: uploads are in its tree at once, and only articles are indexed', async () => {
    // Entries pending in a GIN index change search plans: at 1 M assertions ten articles' worth
    // made a filtered search test the text row by row, 2 ms -> 35-130 ms (migration 20261207090000).
    await prisma.$executeRawUnsafe('CREATE SCHEMA IF NOT EXISTS diagnostics');
    await prisma.$executeRawUnsafe('CREATE EXTENSION IF NOT EXISTS pgstattuple SCHEMA diagnostics');
    const pending = async () =>
      Number(
        (
          await prisma.$queryRaw<Array<{ pages: number }>>`
            SELECT pending_pages AS pages FROM diagnostics.pgstatginindex('"Article_search_idx"'::regclass)`
        )[0].pages,
      );
    const [{ options }] = await prisma.$queryRaw<Array<{ options: string[] }>>`
      SELECT reloptions AS options FROM pg_class WHERE relname = 'Article_search_idx'`;
    expect(options).toContain('fastupdate=off');
    // Uploads (the last test: they change counts) write their vectors into the tree in the request:
    // nothing is pending once they are answered, with no worker involved.
    const more = releases.filter((r) => !KUNDUZ.includes(r) && !OTHERS.includes(r)).slice(0, 40);
    const kunduzBefore = (await list('q=Kunduz')).total;
    for (const r of more)
      await t.http
        .post('/api/articles')
        .set(auth(analyst))
        .send({ text: r.text, outlet: r.outlet, outletType: r.outletType })
        .expect(202);
    expect(await pending()).toBe(0);
    // The index answers as a row-by-row test of every article does, the new ones included.
    const [{ n: truth }] = await prisma
      .$transaction([
        prisma.$executeRaw`SET LOCAL enable_bitmapscan = off`,
        prisma.$queryRaw<Array<{ n: bigint }>>`
        SELECT count(*) AS n FROM "Article" WHERE "search" @@ websearch_to_tsquery('english', 'ISAF')`,
      ])
      .then(([, rows]) => rows);
    expect(Number(truth)).toBeGreaterThan(kunduzBefore);
    expect((await list('q=ISAF')).total).toBe(Number(truth));
    // The assertions' vectors are tested per row for one page's articles (matchingAssertions): no index to keep up.
    const indexed = await prisma.$queryRaw<Array<{ name: string }>>`
      SELECT indexname AS name FROM pg_indexes WHERE tablename = 'Assertion' AND indexdef LIKE '%(search)%'`;
    expect(indexed).toEqual([]);
    // Searches still find what they found: none of the uploads names the district.
    expect((await list('q=Kunduz')).total).toBe(kunduzBefore);
  });

  it('lets scoring update articles without writing index entries: no index reads what it changes (HOT updates)', async () => {
    const [{ options }] = await prisma.$queryRaw<Array<{ options: string[] }>>`
      SELECT reloptions AS options FROM pg_class WHERE relname = 'Article'`;
    expect(options).toContain('fillfactor=90');
    // Every column scoring's two updates write (article-scoring.service.ts), against every column an
    // index on Article reads, key, expression or predicate (migration 20261207100000).
    const written = ['status', 'updatedAt', 'error', 'rubricVersion', 'summary', 'scoredAt'];
    const indexed = await prisma.$queryRaw<Array<{ index: string; column: string }>>`
      SELECT i.indexrelid::regclass::text AS index, a.attname AS column
        FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum > 0
       WHERE i.indrelid = '"Article"'::regclass
         AND (a.attnum = ANY(i.indkey)
              OR pg_get_expr(i.indexprs, i.indrelid) ~ ('\m' || a.attname || '\M')
              OR pg_get_expr(i.indpred, i.indrelid) ~ ('\m' || a.attname || '\M'))`;
    expect(indexed.filter((r) => written.includes(r.column))).toEqual([]);
    expect(indexed.map((r) => r.column)).toContain('search');
    // The last test's uploads, once scored, were updated in place (statistics reach the view within
    // PostgreSQL's idle flush interval, 10 s).
    await eventually(async () => {
      const [{ n }] = await prisma.$queryRaw<Array<{ n: bigint }>>`
        SELECT count(*) AS n FROM "Article" WHERE "status" NOT IN ('scored', 'failed')`;
      return Number(n) === 0;
    }, 60_000);
    const hot = await eventually(async () => {
      const [row] = await prisma.$queryRaw<Array<{ upd: bigint; hot: bigint }>>`
        SELECT n_tup_upd AS upd, n_tup_hot_upd AS hot FROM pg_stat_user_tables WHERE relname = 'Article'`;
      return Number(row.hot) >= 40 ? row : null;
    }, 30_000);
    expect(Number(hot.hot)).toBeLessThanOrEqual(Number(hot.upd));
  });
});
