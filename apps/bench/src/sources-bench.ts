import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { report, reportCold, reportMixed, runLoad } from './sources/load';
import { LoadPlan, Target } from './sources/load-plan';
import { readerTargets, startWorker, stopWorker, writeUploadBodies } from './sources/mixed';
import { seedCorpus } from './sources/seed-database';
import { buildSentencePool, SentencePool } from './sources/sentence-pool';
import { BENCH_ADMIN, login, signInViewer } from './bench-service';
import { closeHttpFirst } from '../../api/src/common/process-lifecycle';
import { CORROBORATE_ARTICLE } from '../../api/src/jobs/job-names';

function positiveInt(name: string, fallback: number): number {
  const v = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(v) || v < 1)
    throw new Error(`${name} must be a positive whole number, got "${process.env[name]}"`);
  return v;
}

// The issue's target size is 20,000 articles × 50 assertions = 1,000,000 assertions, measured by
// 50 clients for 30 s; smaller values make a quick smoke test.
const ARTICLES = positiveInt('BENCH_SOURCES_ARTICLES', 20_000);
const PER_ARTICLE = positiveInt('BENCH_SOURCES_PER_ARTICLE', 50);
const OUTLETS = positiveInt('BENCH_SOURCES_OUTLETS', 60);
const SEED = positiveInt('BENCH_SOURCES_SEED', 1);
const SECONDS = positiveInt('BENCH_SOURCES_SECONDS', 30);
const CONNECTIONS = positiveInt('BENCH_SOURCES_CONNECTIONS', 50);
/**
 * Issue 13's mixed load: 100 readers browsing cards and lists while 10 writers upload articles of
 * about a seed's size (BENCH_MIXED_UPLOAD_ASSERTIONS), each answered once scored (?wait=true;
 * BENCH_MIXED_WAIT=0 answers at 202), scored by one `npm run worker` process beside the API.
 */
const MIXED_SECONDS = positiveInt('BENCH_MIXED_SECONDS', 60);
const MIXED_READERS = positiveInt('BENCH_MIXED_READERS', 100);
const MIXED_WRITERS = positiveInt('BENCH_MIXED_WRITERS', 10);
const MIXED_UPLOAD_ASSERTIONS = positiveInt('BENCH_MIXED_UPLOAD_ASSERTIONS', 100);
const MIXED_WORKER_THREADS = positiveInt('BENCH_MIXED_WORKER_THREADS', 1);
const MIXED_WAIT = process.env.BENCH_MIXED_WAIT !== '0';
/** Group the seeded corpus into claims before the mix (groupCorpus); BENCH_MIXED_GROUPED=0 mixes at once. */
const MIXED_GROUPED = process.env.BENCH_MIXED_GROUPED !== '0';
/**
 * BENCH_PG_STATEMENTS=1: the throwaway server loads pg_stat_statements, and the mixed load prints the
 * statements that took the most of PostgreSQL's execution time during it.
 */
const STATEMENTS = process.env.BENCH_PG_STATEMENTS === '1';
/** Which scenarios to run (comma-separated): floor, cards, lists, mixed; all by default. */
const SCENARIOS = new Set((process.env.BENCH_SOURCES_SCENARIOS ?? 'floor,cards,lists,mixed').split(','));
/** Articles per insert transaction (50,000 assertions at the default size). */
const BATCH = 1000;
const FROM = new Date('2014-01-01T00:00:00Z');
const YEARS = 10;
/** A date filter whose edges cut months, so cards and the list also read exact-date article rows. */
const WINDOW = 'from=2016-03-17&to=2019-11-03';
const LIST_PATHS = ['/api/sources', '/api/sources?sort=alarmism', '/api/sources?kind=cited&minAssertions=10'];

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Settings for a fresh, private API in this process; returns the scratch folder. */
function bootEnv(): string {
  const parent = mkdtempSync(join(tmpdir(), 'bench-sources-'));
  chmodSync(parent, 0o755);
  Object.assign(process.env, {
    NODE_ENV: 'production',
    DATA_DIR: parent,
    JWT_SECRET: 'benchmark-secret-benchmark-secret-0123456789',
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'silent',
    // No scoring or grouping jobs: the corpus arrives scored, straight in SQL.
    WORKER_MODE: 'off',
    ADMIN_EMAIL: BENCH_ADMIN.email,
    ADMIN_PASSWORD: BENCH_ADMIN.password,
  });
  return parent;
}

/** Real sentences scored once, recombined into the synthetic corpus and written in bulk. */
async function seed(url: string): Promise<SentencePool> {
  const t0 = performance.now();
  const pool = buildSentencePool();
  const attributed = pool.sentences.filter((s) => s.attribution).length;
  console.log(
    `sentence pool: ${pool.documents.length} documents scored once (rubric ${pool.rubricVersion}, ${pool.scoredAssertions} assertions) → ${pool.sentences.length} distinct sentences, ${attributed} attributed to ${pool.citedSources.length} cited sources, in ${seconds(performance.now() - t0)}`,
  );
  const step = Math.max(BATCH, Math.ceil(ARTICLES / 4 / BATCH) * BATCH);
  const r = await seedCorpus(
    url,
    pool,
    { articles: ARTICLES, perArticle: PER_ARTICLE, outlets: OUTLETS, seed: SEED, from: FROM, years: YEARS },
    BATCH,
    (n) => {
      if (n % step === 0 && n < ARTICLES) console.log(`  … ${n} articles`);
    },
  );
  console.log(
    `corpus: ${r.articles} articles, ${r.assertions} assertions (scores), ${r.attributions} attributions, ${r.outlets} outlets, ${r.citedSources} cited sources over ${YEARS} years`,
  );
  console.log(
    `  written in ${seconds(r.insertMs)} (${Math.round(r.assertions / (r.insertMs / 1000))} assertions/s), of which ${seconds(r.generateMs)} composing articles in Node, overlapped with the writes`,
  );
  console.log(
    `  then ${r.indexes} secondary indexes (dropped for the load) built in ${seconds(r.indexMs)}: ${seconds(r.insertMs + r.indexMs)} in all, ${Math.round(r.assertions / ((r.insertMs + r.indexMs) / 1000))} assertions/s`,
  );
  return pool;
}

/** Issue 13: rebuilding every summary from nothing at 1 M assertions. */
const REBUILD_TARGET_MS = 30_000;
/** Issue 13: uncached card and list p95 at 1 M assertions and 50 clients. */
const UNCACHED_TARGET_MS = 50;
/** Issue 13: requests per second of the 100 readers + 10 writers mix. */
const MIXED_TARGET_RATE = 500;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/** Fills the report-card summaries the way the API does, then leaves the database as a long-running one would be. */
async function summarise(app: INestApplication): Promise<void> {
  const { PrismaService } = await import('../../api/src/database/prisma.service');
  const { SourceStatsService } = await import('../../api/src/summaries/source-stats.service');
  const prisma = app.get(PrismaService);
  // From nothing: whatever the background refresher did since the app started is dropped first.
  await prisma.$executeRawUnsafe(
    'TRUNCATE "source_article_stats", "source_day_stats", "source_month_stats", "review_queue_items"',
  );
  const loadBefore = load();
  const timings: Record<string, number> = {};
  const t0 = performance.now();
  const refreshed = await app.get(SourceStatsService).rebuildAll(timings);
  const took = performance.now() - t0;
  console.log(
    `summaries: ${refreshed} articles rebuilt from nothing by SourceStatsService.rebuildAll() in ${seconds(took)} (load average ${loadBefore} before, ${load()} after)`,
  );
  console.log(
    `    steps (the review queue's in parallel with the report-card tables): ${Object.entries(timings)
      .map(([k, v]) => `${k} ${seconds(v)}`)
      .join('; ')}`,
  );
  console.log(
    `    ${took < REBUILD_TARGET_MS ? 'PASS' : 'MISS'} issue 13 summary rebuild from scratch: ${seconds(took)} (target: < ${REBUILD_TARGET_MS / 1000} s at 1 M assertions; this corpus ${ARTICLES * PER_ARTICLE} assertions)`,
  );
  // Freshly written tables: vacuum sets hint bits and visibility (index-only scans), analyze gives
  // the planner statistics, and the checkpoint flushes the load, so neither autovacuum nor the
  // checkpointer works during the measurement.
  const t1 = performance.now();
  await prisma.$executeRawUnsafe('VACUUM (ANALYZE)');
  await prisma.$executeRawUnsafe('CHECKPOINT');
  const [size] = await prisma.$queryRawUnsafe<Array<{ size: string }>>(
    'SELECT pg_size_pretty(pg_database_size(current_database())) AS size',
  );
  console.log(`vacuum, analyze and checkpoint: ${seconds(performance.now() - t1)}; database size ${size?.size}`);
}

/** Every outlet's card and the cards of the 20 most cited sources, as paths. */
async function cardTargets(app: INestApplication): Promise<{ outlets: string[]; cited: string[] }> {
  const { PrismaService } = await import('../../api/src/database/prisma.service');
  const prisma = app.get(PrismaService);
  const outlets = await prisma.$queryRawUnsafe<Array<{ id: string }>>(`SELECT id::text FROM "Outlet" ORDER BY name`);
  const cited = await prisma.$queryRawUnsafe<Array<{ id: string }>>(
    `SELECT "citedSourceId"::text AS id FROM "Attribution" GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 20`,
  );
  return {
    outlets: outlets.map((o) => `/api/sources/outlet:${o.id}/report`),
    cited: cited.map((c) => `/api/sources/cited:${c.id}/report`),
  };
}

/** What the seeded app's runner gets besides the app. */
export interface SeededCorpus {
  pool: SentencePool;
  databaseUrl: string;
  scratch: string;
}

/** Cold pass, warm-up, then each scenario for SECONDS with CONNECTIONS clients, then the mixed load. */
async function measure(app: INestApplication, corpus: SeededCorpus): Promise<void> {
  await app.listen(0, '127.0.0.1');
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const adminToken = await login(base);
  const token = await signInViewer(base, adminToken);
  const { outlets, cited } = await cardTargets(app);
  const cards: Target[] = [
    ...outlets.map((path) => ({ group: 'outlet cards', path })),
    ...cited.map((path) => ({ group: 'top-20 cited cards', path })),
  ];
  const datedCards = cards.map((t) => ({ group: `${t.group}, dated`, path: `${t.path}?${WINDOW}` }));
  const list = LIST_PATHS.map((path) => ({ group: path.replace('/api/sources', 'list'), path }));
  const datedList = { group: `list?${WINDOW}`, path: `/api/sources?${WINDOW}` };
  const me = [{ group: 'auth/me', path: '/api/auth/me' }];
  const plan = (targets: Target[], opts: Partial<LoadPlan> = {}): LoadPlan => ({
    base,
    token,
    mode: 'load',
    connections: CONNECTIONS,
    seconds: SECONDS,
    targets,
    ...opts,
  });
  // A new date window on every request: no response can come from the API's cache.
  const uncached = { uniqueWindows: { start: FROM.toISOString().slice(0, 10), years: YEARS } };

  console.log(
    `load: ${CONNECTIONS} connections, ${SECONDS} s per scenario, autocannon in a separate process; ${outlets.length} outlet cards, ${cited.length} cited cards, ${list.length + 1} list queries; machine load average ${loadavg()[0]!.toFixed(1)} before (other work on the machine skews the figures)`,
  );
  reportCold(await runLoad(plan([...cards, ...datedCards, ...list, datedList, ...me], { mode: 'cold' }))).forEach((l) =>
    console.log(l),
  );
  const warm = await runLoad(plan([...cards, ...list, datedList], { seconds: Math.min(5, SECONDS) }));
  console.log(
    `warm-up: ${warm.requests} requests over the cards and lists in ${warm.seconds.toFixed(1)} s (not judged)`,
  );
  const issue13 = { targetMs: UNCACHED_TARGET_MS, connections: CONNECTIONS };
  const scenarios: Array<[string, string, LoadPlan, Parameters<typeof report>[2]]> = [
    ['floor', 'floor: GET /api/auth/me', plan(me), { judged: false }],
    ['cards', '(a) report cards, as served (repeated paths: cache hits once computed)', plan(cards), { judged: true }],
    [
      'cards',
      '(a′) report cards, a new date window on every request (computed every time)',
      plan(cards, uncached),
      { judged: true, ...issue13, label: 'issue 13 uncached card' },
    ],
    ['lists', `(b) source list, as served (incl. ${WINDOW})`, plan([...list, datedList]), { judged: true }],
    [
      'lists',
      '(b′) source list, a new date window on every request (computed every time)',
      plan(list, uncached),
      { judged: true, ...issue13, label: 'issue 13 uncached list' },
    ],
  ];
  for (const [key, name, p, opts] of scenarios) {
    if (!SCENARIOS.has(key)) continue;
    const profiler = process.env.BENCH_CPU_PROF
      ? await startProfile(name.slice(0, name.indexOf(' ')).replace('′', '-uncached'))
      : undefined;
    report(name, await runLoad(p), opts).forEach((l) => console.log(l));
    if (profiler) console.log(`    CPU profile of the API's main thread: ${await profiler.stop()}`);
  }
  if (SCENARIOS.has('mixed')) await mixedLoad(app, corpus, [...outlets, ...cited], LIST_PATHS, plan(me), adminToken);
}

/**
 * Issue 13's mixed load: MIXED_READERS connections browsing (readerTargets: mostly cached cards
 * and lists, a fifth new windows, the odd search) while MIXED_WRITERS connections upload new
 * articles, for MIXED_SECONDS. The uploads are scored by one `npm run worker` process, as a
 * deployment runs it (API processes with WORKER_MODE=off beside worker processes): scoring then
 * competes with the API for the cores but not for its event loop. Then how many of the uploads were
 * scored, and how many articles the summaries still have to catch up on.
 */
async function mixedLoad(
  app: INestApplication,
  corpus: SeededCorpus,
  cards: string[],
  lists: string[],
  base: LoadPlan,
  uploaderToken: string,
): Promise<void> {
  const { PrismaService } = await import('../../api/src/database/prisma.service');
  const prisma = app.get(PrismaService);
  const bodiesFile = join(corpus.scratch, 'uploads.json');
  // Enough distinct texts for 20 uploads/s per writer; past that the load client numbers repeats.
  const bodies = writeUploadBodies(
    bodiesFile,
    corpus.pool,
    { articles: ARTICLES, perArticle: PER_ARTICLE, outlets: OUTLETS, seed: SEED, from: FROM, years: YEARS },
    Math.min(5000, MIXED_WRITERS * MIXED_SECONDS * 2),
    MIXED_UPLOAD_ASSERTIONS,
  );
  const worker = await startWorker(corpus.databaseUrl, MIXED_WORKER_THREADS);
  try {
    if (MIXED_GROUPED) await groupCorpus(prisma);
    const [{ started }] = await prisma.$queryRawUnsafe<Array<{ started: Date }>>('SELECT now() AS started');
    console.log(
      `mixed load: ${MIXED_READERS} readers and ${MIXED_WRITERS} writers for ${MIXED_SECONDS} s; uploads of ${MIXED_UPLOAD_ASSERTIONS} assertions (${(bodies.meanBytes / 1024).toFixed(1)} KB on average, ${bodies.count} distinct texts)${MIXED_WAIT ? ' each answered once scored (?wait=true)' : ' answered when stored (202)'}, scored by one npm run worker process with ${MIXED_WORKER_THREADS} scoring thread(s); load average ${load()} before`,
    );
    const { CardCache } = await import('../../api/src/summaries/card-cache');
    const cache = app.get(CardCache);
    const [hits, misses, deferred, bypasses] = [cache.hits, cache.misses, cache.deferred, cache.bypasses];
    const profiler = process.env.BENCH_CPU_PROF ? await startProfile('mixed') : undefined;
    const sampler = process.env.BENCH_MIXED_ACTIVITY === '1' ? sampleActivity(corpus.databaseUrl) : undefined;
    const statements = STATEMENTS ? await statementTimes(corpus.databaseUrl) : undefined;
    const r = await runLoad({
      ...base,
      mode: 'mixed',
      connections: MIXED_READERS,
      seconds: MIXED_SECONDS,
      targets: readerTargets(cards, lists, WINDOW),
      uniqueWindows: { start: FROM.toISOString().slice(0, 10), years: YEARS },
      writers: { connections: MIXED_WRITERS, token: uploaderToken, bodiesFile, wait: MIXED_WAIT },
    });
    if (sampler) for (const l of await sampler.stop()) console.log(l);
    if (statements) for (const l of await statements.report()) console.log(l);
    if (profiler)
      console.log(`    CPU profile of the API's main thread during the mixed load: ${await profiler.stop()}`);
    reportMixed(
      `(c) mixed: ${MIXED_READERS} readers + ${MIXED_WRITERS} writers`,
      r,
      MIXED_TARGET_RATE,
      'issue 13 mixed load',
    ).forEach((l) => console.log(l));
    const [h, m] = [cache.hits - hits, cache.misses - misses];
    console.log(
      `    the API's card and list cache meanwhile: ${h} hits, ${m} misses (${((100 * h) / Math.max(1, h + m)).toFixed(0)}% hits; ${cache.deferred - deferred} changes waited for the end of a ${cache.maxStaleMs} ms staleness interval; ${cache.bypasses - bypasses} reads by a recent writer or with no-cache computed past it)`,
    );
    const uploads = await prisma.$queryRawUnsafe<Array<{ status: string; n: number }>>(
      `SELECT "status"::text, count(*)::int AS n FROM "Article" WHERE "createdAt" >= $1 GROUP BY 1 ORDER BY 1`,
      started,
    );
    const [dirty] = await prisma.$queryRawUnsafe<Array<{ n: number }>>(
      'SELECT count(DISTINCT "article_id")::int AS n FROM "source_stats_dirty"',
    );
    // Work the window left for later: a mix that defers grouping looks faster than it can sustain.
    const [grouping] = await prisma.$queryRawUnsafe<Array<{ done: number; left: number }>>(
      `SELECT count(*) FILTER (WHERE "state" = 'completed' AND "completed_on" >= $1)::int AS done,
              count(*) FILTER (WHERE "state" < 'completed')::int AS left
       FROM pgboss.job WHERE "name" = $2`,
      started,
      CORROBORATE_ARTICLE,
    );
    console.log(
      `    uploads stored during the run, by status at its end: ${uploads.map((u) => `${u.status} ${u.n}`).join(', ') || 'none'}; articles queued for the summaries: ${dirty?.n ?? 0}; claim grouping jobs done during the run ${grouping?.done ?? 0}, still to do ${grouping?.left ?? 0}`,
    );
  } finally {
    await stopWorker(worker);
  }
}

/** An ungrouped article as the worker's sweeper finds one (jobs/job-sweeper.service.ts). */
const UNGROUPED = `SELECT count(*)::int AS n FROM "Article" a
  WHERE a."status" = 'scored' AND EXISTS (SELECT 1 FROM "Assertion" s WHERE s."articleId" = a."id")
    AND NOT EXISTS (SELECT 1 FROM "ClaimMembership" m WHERE m."articleId" = a."id")`;
const GROUPING_LIMIT_MS = 60 * 60_000;

/**
 * The seeded corpus arrives scored but not grouped into claims, and the worker's first sweep queues
 * a grouping job for every such article: measured at once, the mix also carried that one-off
 * backfill (its membership changes re-marking summaries and dropping cached cards). A deployment
 * groups each article as it arrives, so the worker groups the corpus first, and the summaries
 * catch up, before the mix starts; the time it took is printed.
 */
async function groupCorpus(prisma: { $queryRawUnsafe<T>(q: string, ...values: unknown[]): Promise<T> }): Promise<void> {
  const count = async (q: string) => (await prisma.$queryRawUnsafe<Array<{ n: number }>>(q))[0]?.n ?? 0;
  const pendingJobs = `SELECT count(*)::int AS n FROM pgboss.job WHERE "name" LIKE 'corroborate-%' AND "state" < 'completed'`;
  const queued = 'SELECT count(*)::int AS n FROM "source_stats_dirty"';
  const t0 = performance.now();
  let total: number | undefined;
  let shown = t0;
  for (;;) {
    const [ungrouped, jobs, marks] = [await count(UNGROUPED), await count(pendingJobs), await count(queued)];
    total ??= ungrouped;
    if (ungrouped + jobs + marks === 0) break;
    if (performance.now() - t0 > GROUPING_LIMIT_MS)
      throw new Error(`claim grouping of the seeded corpus still unfinished after ${seconds(GROUPING_LIMIT_MS)}`);
    if (performance.now() - shown > 30_000) {
      shown = performance.now();
      console.log(
        `  … ${ungrouped} articles still ungrouped, ${jobs} grouping jobs pending, ${marks} summary marks queued`,
      );
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  console.log(
    `claim groups: the worker grouped the ${total} seeded articles and the summaries caught up in ${seconds(performance.now() - t0)} before the mix (BENCH_MIXED_GROUPED=0 skips this)`,
  );
}

/**
 * BENCH_CPU_PROF=<dir>: a CPU profile of this process's main thread (the API's event loop) during
 * each scenario, written to <dir>/sources-<scenario>-<time>.cpuprofile (open in Chrome DevTools).
 */
async function startProfile(scenario: string): Promise<{ stop: () => Promise<string> }> {
  const { Session } = await import('node:inspector/promises');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return {
    stop: async () => {
      const { profile } = await session.post('Profiler.stop');
      session.disconnect();
      const dir = process.env.BENCH_CPU_PROF!;
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `sources-${scenario.replace(/[^\w-]+/g, '') || 'scenario'}-${Date.now()}.cpuprofile`);
      writeFileSync(file, JSON.stringify(profile));
      return file;
    },
  };
}

/**
 * Counts statement execution from now (pg_stat_statements, reset here); `report` lists the statements
 * with the most total execution time since, each with its calls and mean, as lines to print.
 */
async function statementTimes(url: string): Promise<{ report: () => Promise<string[]> }> {
  const { Client } = await import('pg');
  const db = new Client({ connectionString: url });
  await db.connect();
  await db.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  await db.query('SELECT pg_stat_statements_reset()');
  const t0 = performance.now();
  return {
    report: async () => {
      const wall = (performance.now() - t0) / 1000;
      try {
        const r = await db.query<{ calls: string; total: number; mean: number; q: string }>(
          `SELECT calls, total_exec_time AS total, mean_exec_time AS mean,
                  left(regexp_replace(query, '\\s+', ' ', 'g'), 110) AS q
           FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
           ORDER BY total_exec_time DESC`,
        );
        const all = r.rows.reduce((n, x) => n + x.total, 0);
        return [
          `    PostgreSQL statement execution during the mix: ${(all / 1000).toFixed(1)} s over ${wall.toFixed(1)} s of wall time (${r.rows.length} distinct statements); most time first:`,
          '       share   total s     calls   mean ms  statement',
          ...r.rows
            .slice(0, 20)
            .map(
              (x) =>
                `      ${((100 * x.total) / all).toFixed(1).padStart(5)}%  ${(x.total / 1000).toFixed(2).padStart(8)}  ${x.calls.padStart(8)}  ${x.mean.toFixed(2).padStart(8)}  ${x.q}`,
            ),
        ];
      } finally {
        await db.end();
      }
    },
  };
}

/**
 * BENCH_MIXED_ACTIVITY=1: what the database's sessions are doing, sampled every 200 ms during the
 * mixed load (state, wait event and the statement's first words), most frequent first.
 */
function sampleActivity(url: string): { stop: () => Promise<string[]> } {
  const counts = new Map<string, number>();
  let samples = 0;
  let stopped = false;
  const done = (async () => {
    const { Client } = await import('pg');
    const db = new Client({ connectionString: url });
    await db.connect();
    while (!stopped) {
      const r = await db.query<{ k: string }>(
        `SELECT state || ' ' || coalesce(wait_event_type || ':' || wait_event, 'cpu') || ' ' || left(regexp_replace(query, '\\s+', ' ', 'g'), 70) AS k
         FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND datname = current_database() AND state <> 'idle'`,
      );
      samples++;
      for (const { k } of r.rows) counts.set(k, (counts.get(k) ?? 0) + 1);
      await new Promise((res) => setTimeout(res, 200));
    }
    await db.end();
  })();
  return {
    stop: async () => {
      stopped = true;
      await done;
      return [
        `    database sessions over ${samples} samples (mean active sessions: state, wait, statement):`,
        ...[...counts]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 15)
          .map(([k, n]) => `      ${(n / samples).toFixed(2).padStart(6)}  ${k}`),
      ];
    },
  };
}

/**
 * On-demand report-card benchmark (`npm run bench -- sources`): builds a synthetic corpus of real
 * scored sentences (BENCH_SOURCES_ARTICLES × BENCH_SOURCES_PER_ARTICLE), fills the summaries, and
 * measures GET /api/sources/:id/report and GET /api/sources under load against the targets
 * p95 < 100 ms and zero errors. BENCH_SOURCES_HOLD=1 keeps the database up afterwards (Ctrl-C ends).
 */
export async function runSourcesBench(): Promise<void> {
  await withSeededApp('sources', measure);
}

/**
 * The sources bench's corpus in a throwaway embedded PostgreSQL, summarised, with the API app
 * initialised (not listening) for `run`; the `search` suite measures the same corpus.
 */
export async function withSeededApp(
  suite: string,
  run: (app: INestApplication, corpus: SeededCorpus) => Promise<void>,
): Promise<void> {
  const scratch = bootEnv();
  console.log(
    `${suite} bench: ${ARTICLES} articles × ${PER_ARTICLE} assertions, ${OUTLETS} outlets, seed ${SEED} (${new Date().toISOString()})`,
  );
  // The bench owns its throwaway server and stops it whoever is still connected: release() would
  // leave it running (a few GB in the temp folder) while, say, an autovacuum worker is busy.
  const { startEmbeddedPostgres } = await import('../../api/src/database/embedded-postgres');
  // No explicit port: the fresh data folder gets one the OS reports free. A random port in a fixed range
  // could be an ephemeral port another connection held, and the bench then failed to start its server.
  const pg = await startEmbeddedPostgres(
    join(scratch, 'postgres'),
    undefined,
    undefined,
    STATEMENTS ? ['-c', 'shared_preload_libraries=pg_stat_statements', '-c', 'pg_stat_statements.track=all'] : [],
  );
  process.env.DATABASE_URL = pg.url;
  const cleanUp = () => rmSync(scratch, { recursive: true, force: true });
  // Ctrl-C mid-run: stop the server and drop the scratch folder rather than leave them behind.
  const interrupted = () => void pg.stop().finally(() => (cleanUp(), process.exit(130)));
  process.once('SIGINT', interrupted);
  let app: INestApplication | undefined;
  try {
    const { parseEnv } = await import('../../api/src/config/env');
    const { prepareDatabase } = await import('../../api/src/database/prepare');
    await prepareDatabase(parseEnv(), () => undefined);
    // Seeded before the app starts, so its background summary refresher does not race the load.
    const pool = await seed(pg.url);
    const { createHttpApp } = await import('../../api/src/http-app');
    app = await createHttpApp({ logs: process.env.BENCH_LOG_LEVEL !== undefined });
    await app.init();
    await summarise(app);
    await run(app, { pool, databaseUrl: pg.url, scratch });
    if (process.env.BENCH_SOURCES_HOLD === '1') {
      console.log(`holding: database at ${pg.url}, API at ${await app.getUrl()}; Ctrl-C to stop`);
      process.off('SIGINT', interrupted);
      await new Promise((resolve) => process.once('SIGINT', resolve));
    }
  } finally {
    process.off('SIGINT', interrupted);
    if (app) await closeHttpFirst(app);
    await pg.stop();
    cleanUp();
  }
}
