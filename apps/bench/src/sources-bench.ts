import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Builds a synthetic corpus straight in SQL (the scoring path would take hours at this size),
// fills the report-card summaries, then measures cards and the source list under 50 concurrent
// clients. Sizes: BENCH_SOURCES_ARTICLES (default 20,000) × BENCH_SOURCES_PER_ARTICLE (50).
const ARTICLES = Number(process.env.BENCH_SOURCES_ARTICLES ?? 20_000);
const PER_ARTICLE = Number(process.env.BENCH_SOURCES_PER_ARTICLE ?? 50);

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

export async function runSourcesBench(): Promise<void> {
  const parent = mkdtempSync(join(tmpdir(), 'bench-sources-'));
  chmodSync(parent, 0o755);
  Object.assign(process.env, {
    NODE_ENV: 'production', EMBEDDED_PG_DIR: join(parent, 'postgres'), EMBEDDED_PG_PORT: String(56000 + Math.floor(Math.random() * 1000)),
    DATA_DIR: parent, JWT_SECRET: 'benchmark-secret-benchmark-secret-0123456789', LOG_LEVEL: 'silent', WORKER_MODE: 'off',
    ADMIN_EMAIL: 'bench@example.test', ADMIN_PASSWORD: 'benchmark-password',
  });
  const { parseEnv } = await import('../../api/src/config/env');
  const { prepareDatabase } = await import('../../api/src/database/prepare');
  const db = await prepareDatabase(parseEnv(), () => undefined);
  const { createHttpApp } = await import('../../api/src/http-app');
  const { PrismaService } = await import('../../api/src/database/prisma.service');
  const { SourceStatsService } = await import('../../api/src/sources/source-stats.service');
  const app = await createHttpApp({ logs: false });
  await app.init();
  const prisma = app.get(PrismaService);
  try {
    const started = Date.now();
    await prisma.$executeRawUnsafe(`INSERT INTO "Outlet" (id, name, type) SELECT gen_random_uuid(), 'Load outlet ' || g, 'media' FROM generate_series(1, 50) g`);
    await prisma.$executeRawUnsafe(`INSERT INTO "CitedSource" (id, "canonicalName", type, named, aliases) SELECT gen_random_uuid(), 'Load source ' || g, 'official', true, '{}' FROM generate_series(1, 2000) g`);
    await prisma.$executeRawUnsafe(`
      INSERT INTO "Article" (id, "outletId", title, "publishedAt", "contentHash", text, format, status, "rubricVersion", "updatedAt")
      SELECT gen_random_uuid(), (SELECT id FROM "Outlet" ORDER BY name OFFSET (g % 50) LIMIT 1), 'Load ' || g,
             timestamptz '2014-01-01' + (g % 3650) * interval '1 day', md5(g::text), 'x', 'text', 'scored', '1.0.0', now()
      FROM generate_series(1, ${ARTICLES}) g`);
    await prisma.$executeRawUnsafe(`
      INSERT INTO "Assertion" (id, "articleId", position, start, "end", text)
      SELECT gen_random_uuid(), a.id, p, p * 10, p * 10 + 9, 'assertion ' || p FROM "Article" a, generate_series(1, ${PER_ARTICLE}) p`);
    await prisma.$executeRawUnsafe(`
      INSERT INTO "Score" (id, "assertionId", "rubricVersion", provenance, "sourcingQuality", alarmism, hedged, admiralty, signals)
      SELECT gen_random_uuid(), x.id, '1.0.0', (ARRAY['official','military','anonymous','media','unattributed']::"Provenance"[])[1 + (hashtext(x.id::text) & 3)],
             abs(hashtext(x.id::text)) % 101, abs(hashtext(x.id::text || 'a')) % 101, (hashtext(x.id::text) & 8) = 0,
             (ARRAY['A','B','C','D','E','F'])[1 + abs(hashtext(x.id::text)) % 6] || (1 + abs(hashtext(x.id::text || 'c')) % 6), '[]'
      FROM "Assertion" x`);
    // Cited sources follow a skewed distribution: a few are cited everywhere, most rarely.
    await prisma.$executeRawUnsafe(`
      WITH src AS (SELECT id, row_number() OVER (ORDER BY "canonicalName") - 1 AS i FROM "CitedSource"),
      pick AS MATERIALIZED (SELECT id, floor(2000 * power(random(), 3))::int AS i FROM "Score" WHERE (hashtext(id::text) & 1) = 0)
      INSERT INTO "Attribution" (id, "scoreId", "citedSourceId", "sourceText", "spanStart", "spanEnd", cue, named, via)
      SELECT gen_random_uuid(), p.id, src.id, 'x', 0, 1, 'said', true, 'direct' FROM pick p JOIN src ON src.i = p.i`);
    const seeded = Date.now();
    const stats = app.get(SourceStatsService);
    const refreshed = await stats.rebuildAll();
    const built = Date.now();
    console.log(`seeded ${ARTICLES} articles × ${PER_ARTICLE} in ${seeded - started} ms; summaries for ${refreshed} articles in ${built - seeded} ms`);
    await prisma.$executeRawUnsafe('VACUUM ANALYZE source_month_stats');
    await prisma.$executeRawUnsafe('VACUUM ANALYZE source_article_stats');

    // One listening server and keep-alive fetch: supertest's per-request ephemeral servers reset under load.
    await app.listen(0, '127.0.0.1');
    const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'bench@example.test', password: 'benchmark-password' }) });
    const { accessToken: token } = (await login.json()) as { accessToken: string };
    const outlets = (await prisma.outlet.findMany({ select: { id: true } })).map((o) => `outlet:${o.id}`);
    const cited = (await prisma.$queryRawUnsafe<Array<{ id: string }>>(`SELECT "citedSourceId"::text AS id FROM "Attribution" GROUP BY 1 ORDER BY count(*) DESC LIMIT 20`)).map((c) => `cited:${c.id}`);
    const measure = async (label: string, paths: string[], total = 1000, concurrency = 50) => {
      const times: number[] = [];
      let next = 0;
      await Promise.all(Array.from({ length: concurrency }, async () => {
        while (next < total) {
          const path = paths[next++ % paths.length]!;
          const t0 = process.hrtime.bigint();
          const res = await fetch(`${base}${path}`, { headers: { Authorization: `Bearer ${token}` } });
          await res.arrayBuffer();
          if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
          times.push(Number(process.hrtime.bigint() - t0) / 1e6);
        }
      }));
        console.log(`${label}: n=${times.length} p50=${pct(times, 50).toFixed(1)} ms p95=${pct(times, 95).toFixed(1)} ms max=${Math.max(...times).toFixed(1)} ms`);
      return pct(times, 95);
    };
    if (process.env.SOURCES_LOAD_EXPLAIN === '1') {
      const { Prisma } = await import('../../api/src/generated/prisma/client');
      const sql = await import('../../api/src/sources/report-card.sql');
      const { parseSourceId } = await import('../../api/src/sources/source-id');
      const { parseWindow } = await import('../../api/src/sources/date-window');
      for (const [name, q] of Object.entries({ card: sql.cardQuery })) {
        for (const w of [parseWindow(), parseWindow('2016-03-17', '2019-11-03')]) {
          const plan = await prisma.$queryRaw<Array<{ 'QUERY PLAN': string }>>(Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${q(parseSourceId(outlets[0]!), w)}`);
                console.log(name, plan.map((r) => r['QUERY PLAN']).filter((l) => /Execution Time|Planning Time/.test(l)).join(' '));
        }
      }
    }
    if (process.env.SOURCES_LOAD_EXPLAIN === '1') {
      const { ReportCardService } = await import('../../api/src/sources/report-card.service');
      const { parseSourceId } = await import('../../api/src/sources/source-id');
      const { parseWindow } = await import('../../api/src/sources/date-window');
      const cards = app.get(ReportCardService);
      const t0 = Date.now();
      for (let i = 0; i < 200; i++) await cards.card(parseSourceId(outlets[i % outlets.length]!), parseWindow());
      const t1 = Date.now();
      await Promise.all(Array.from({ length: 200 }, (_, i) => cards.card(parseSourceId(outlets[i % outlets.length]!), parseWindow())));
      const t2 = Date.now();
      for (let i = 0; i < 200; i++) await prisma.$queryRawUnsafe('SELECT 1');
      const t3 = Date.now();
        console.log(`service: ${(t1 - t0) / 200} ms/card sequential, ${(t2 - t1) / 200} ms/card 200 in parallel; SELECT 1: ${(t3 - t2) / 200} ms`);
      await measure('auth/me', ['/api/auth/me'], 200, 1);
    }
    await measure('sequential', outlets.map((o) => `/api/sources/${o}/report`), 50, 1);
    // The floor of the HTTP stack itself (guard, JWT, Nest, helmet) on the same machine, for comparison.
    await measure('auth/me, 50 clients', ['/api/auth/me'], 1000);
    await measure('warm-up', outlets.map((o) => `/api/sources/${o}/report`), 100);
    await measure('outlet cards', outlets.map((o) => `/api/sources/${o}/report`));
    await measure('top cited cards', cited.map((c) => `/api/sources/${c}/report`));
    await measure('outlet cards, mid-month window', outlets.map((o) => `/api/sources/${o}/report?from=2016-03-17&to=2019-11-03`));
    await measure('source list', ['/api/sources?sort=alarmism', '/api/sources?kind=outlet&sort=name', '/api/sources?kind=cited&from=2016-03-17&to=2019-11-03'], 200);
  } finally {
    await app.close();
    await db.release();
  }
}
