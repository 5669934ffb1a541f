import { Client } from 'pg';
import type { PrismaService } from '../src/database/prisma.service';
import type { SourceStatsService } from '../src/summaries/source-stats.service';
import { bootApp, eventually, resetDatabase, TestApp } from './support/app';
import { createUserAndLogin } from './support/users';

// The summary tables are maintained incrementally (scoring, then grouping, then reviews each mark
// articles dirty); after the work settles they must equal a recomputation from nothing. They did
// not: an article's claim count stayed 0, computed at scoring time before grouping gave it
// memberships (found by `npm run chaos`).
const TEXTS = [
  'The provincial police chief said on Monday that 14 fighters were killed near Kunduz city. Officials said two checkpoints were retaken.',
  'A district governor said on Tuesday that a convoy was ambushed in Baghlan province. Residents reported heavy fighting overnight.',
];

async function query<T>(sql: string): Promise<T[]> {
  const c = new Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  try {
    return (await c.query(sql)).rows as T[];
  } finally {
    await c.end();
  }
}

/** Every row of the three summary levels, every column, as sorted JSON lines. */
async function rows(): Promise<string[]> {
  const tables = [
    ['source_article_stats', 'article_id, kind, source_id, variant'],
    ['source_day_stats', 'kind, source_id, variant, day, rubric_version'],
    ['source_month_stats', 'kind, source_id, variant, month, rubric_version'],
  ];
  const out: string[] = [];
  for (const [table, key] of tables)
    for (const r of await query(`SELECT '${table}' AS t, * FROM "${table}" ORDER BY ${key}`))
      out.push(JSON.stringify(r));
  return out.sort();
}

describe('summaries equal a recomputation once work settles', () => {
  let t: TestApp;
  let prisma: PrismaService;

  beforeAll(async () => {
    await resetDatabase();
    t = await bootApp({ WORKER_MODE: 'inline' });
    prisma = t.app.get((await import('../src/database/prisma.service')).PrismaService);
  });
  afterAll(() => t.close());

  it('counts each article’s claims after grouping, as a rebuild does', async () => {
    const { token } = await createUserAndLogin(t.app, t.http, 'analyst');
    for (const text of TEXTS) {
      await t.http
        .post('/api/articles')
        .set('Authorization', `Bearer ${token}`)
        .send({ text, outlet: 'Test Wire', outletType: 'media' })
        .expect(202);
    }
    const settled = async () => {
      const assertions = await prisma.assertion.count();
      const members = await prisma.claimMembership.count();
      const [{ n }] = await prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "source_stats_dirty"`;
      return assertions > 0 && members === assertions && Number(n) === 0;
    };
    await eventually(settled, 30_000);
    await new Promise((r) => setTimeout(r, 1500)); // one more refresh tick, in case grouping marked late
    await eventually(settled, 30_000);
    const incremental = await rows();
    expect(incremental.some((r) => JSON.parse(r).claims > 0)).toBe(true);
    const queue = await query(`SELECT * FROM "review_queue_items" ORDER BY assertion_id`);

    // The rebuild from nothing (set-based statements, tables refilled without their indexes)
    // writes exactly what the incremental path wrote, every column of every level.
    const { SourceStatsService } = await import('../src/summaries/source-stats.service');
    await prisma.$executeRawUnsafe(
      'TRUNCATE "source_article_stats", "source_day_stats", "source_month_stats", "review_queue_items"',
    );
    await t.app.get<typeof SourceStatsService, SourceStatsService>(SourceStatsService).rebuildAll();
    expect(await rows()).toEqual(incremental);
    expect(await query(`SELECT * FROM "review_queue_items" ORDER BY assertion_id`)).toEqual(queue);
    // Indexes and the primary keys are back after the refill.
    const indexes = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_indexes WHERE tablename IN ('source_article_stats', 'source_day_stats', 'source_month_stats', 'review_queue_items')`,
    );
    expect(indexes[0]!.n).toBe(14);
  });

  it('day rows count what a direct count over the assertions gives, and months sum their days', async () => {
    const { token } = await createUserAndLogin(t.app, t.http, 'analyst');
    const auth = { Authorization: `Bearer ${token}` };
    // Two days of one month, and a third in the next, under one outlet.
    for (const [i, publishedAt] of ['2024-05-03', '2024-05-03', '2024-05-20', '2024-06-01'].entries())
      await t.http
        .post('/api/articles')
        .set(auth)
        .send({
          text: `${TEXTS[i % 2]} Report number ${i + 1} followed.`,
          outlet: 'Day Wire',
          outletType: 'media',
          publishedAt,
        })
        .expect(202);
    await eventually(async () => {
      const [{ n }] = await prisma.$queryRaw<{ n: bigint }[]>`
        SELECT count(*) AS n FROM "Article" ar JOIN "Outlet" o ON o."id" = ar."outletId"
        WHERE o."name" = 'Day Wire' AND ar."status" = 'scored'`;
      const [{ dirty }] = await prisma.$queryRaw<
        { dirty: bigint }[]
      >`SELECT count(*) AS dirty FROM "source_stats_dirty"`;
      return Number(n) === 4 && Number(dirty) === 0;
    }, 30_000);
    await new Promise((r) => setTimeout(r, 1500));

    const direct = await query<{ day: string; n: number }>(`
      SELECT to_char(ar."publishedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, count(*)::int AS n
      FROM "Article" ar JOIN "Outlet" o ON o."id" = ar."outletId" JOIN "Assertion" x ON x."articleId" = ar."id"
      JOIN "Score" s ON s."assertionId" = x."id" AND s."rubricVersion" = ar."rubricVersion"
      WHERE o."name" = 'Day Wire' GROUP BY 1 ORDER BY 1`);
    const days = await query<{ day: string; n: number }>(`
      SELECT to_char(d."day" AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, sum(d."n")::int AS n
      FROM "source_day_stats" d JOIN "Outlet" o ON d."kind" = 'outlet' AND o."id" = d."source_id"
      WHERE o."name" = 'Day Wire' AND d."variant" = 'auto' GROUP BY 1 ORDER BY 1`);
    expect(direct.map((r) => r.day)).toEqual(['2024-05-03', '2024-05-20', '2024-06-01']);
    expect(days).toEqual(direct);

    // Every month row is the sum of its day rows, counter by counter.
    const mismatched = await query(`
      SELECT m."kind", m."source_id", m."variant", m."month" FROM "source_month_stats" m
      JOIN (SELECT "kind", "source_id", "variant", date_trunc('month', "day", 'UTC') AS month, "rubric_version",
                   sum("n") AS n, sum("sq_sum") AS sq_sum, sum("al_sq") AS al_sq, sum("attributed") AS attributed, min("first_at") AS first_at
            FROM "source_day_stats" GROUP BY 1, 2, 3, 4, 5) d
        ON d."kind" = m."kind" AND d."source_id" = m."source_id" AND d."variant" = m."variant" AND d.month = m."month" AND d."rubric_version" = m."rubric_version"
      WHERE d.n <> m."n" OR d.sq_sum <> m."sq_sum" OR d.al_sq <> m."al_sq" OR d.attributed <> m."attributed" OR d.first_at IS DISTINCT FROM m."first_at"`);
    expect(mismatched).toEqual([]);

    // A card over a window that cuts both months reads the edge days: 3 May to 1 June holds all four.
    const [outlet] = await query<{ id: string }>(`SELECT "id"::text AS id FROM "Outlet" WHERE "name" = 'Day Wire'`);
    const card = (q: string) => t.http.get(`/api/sources/outlet:${outlet!.id}/report?${q}`).set(auth).expect(200);
    const all = direct.reduce((sum, r) => sum + r.n, 0);
    expect((await card('from=2024-05-03&to=2024-06-01')).body.sample.assertions).toBe(all);
    expect((await card('from=2024-05-04&to=2024-05-31')).body.sample.assertions).toBe(direct[1]!.n);
    expect((await card('from=2024-05-03T12:00:00Z&to=2024-06-01')).body.sample.assertions).toBe(
      direct[1]!.n + direct[2]!.n,
    );
  });
  it('a refresh rewrites only the queue rows that changed, and leaves what a rebuild writes', async () => {
    const { SourceStatsService } = await import('../src/summaries/source-stats.service');
    const stats = t.app.get<typeof SourceStatsService, SourceStatsService>(SourceStatsService);
    type Row = { assertion_id: string; article_id: string; alarmism: number; version: string };
    // xmin changes whenever a row is written again, even with the same values.
    const queueRows = () =>
      query<Row>(
        `SELECT assertion_id::text, article_id::text, alarmism, xmin::text AS version FROM "review_queue_items" ORDER BY assertion_id`,
      );
    const refreshAll = async () => {
      await query(`INSERT INTO "source_stats_dirty" ("article_id") SELECT "id" FROM "Article"`);
      while ((await stats.catchUp()) > 0);
    };
    const before = await queueRows();
    expect(before.length).toBeGreaterThan(3);

    // Every article marked again with nothing changed: no row is rewritten.
    await refreshAll();
    expect(await queueRows()).toEqual(before);

    // One assertion's score moves, another assertion goes: that row alone is rewritten, the other's row is dropped.
    const [moved, gone] = [before[0]!, before[1]!];
    await query(
      `UPDATE "Score" SET "alarmism" = ${(moved.alarmism + 7) % 101} WHERE "assertionId" = '${moved.assertion_id}'`,
    );
    await query(`DELETE FROM "Assertion" WHERE "id" = '${gone.assertion_id}'`);
    await refreshAll();
    const after = await queueRows();
    expect(after.find((r) => r.assertion_id === gone.assertion_id)).toBeUndefined();
    const rewritten = after.find((r) => r.assertion_id === moved.assertion_id)!;
    expect(rewritten.alarmism).toBe((moved.alarmism + 7) % 101);
    expect(rewritten.version).not.toBe(moved.version);
    expect(after.filter((r) => r.assertion_id !== moved.assertion_id)).toEqual(
      before.filter((r) => r.assertion_id !== moved.assertion_id && r.assertion_id !== gone.assertion_id),
    );

    // What the incremental path kept equals a rebuild from nothing.
    const incremental = await query(`SELECT * FROM "review_queue_items" ORDER BY assertion_id`);
    await query('TRUNCATE "source_article_stats", "source_day_stats", "source_month_stats", "review_queue_items"');
    await stats.rebuildAll();
    expect(await query(`SELECT * FROM "review_queue_items" ORDER BY assertion_id`)).toEqual(incremental);
  });
});
