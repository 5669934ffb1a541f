import { Client } from 'pg';
import { bootApp, eventually, resetDatabase, TestApp, uploadScored } from './support/app';
import { createUserAndLogin } from './support/users';

// Written for this test.
const TEXT =
  'The district council said the new water pump in the upper village started working on Sunday. Farmers said the wells were full again.';

/**
 * The queue of articles whose report-card summaries must be recomputed (source_stats_dirty), against
 * real PostgreSQL: a writer marking an article never waits for a refresh batch that is working on
 * it, and its mark outlives that batch.
 */
describe('the summaries queue', () => {
  let t: TestApp;
  let articleId: string;
  let batch: Client;
  let writer: Client;
  let stats: import('../src/summaries/source-stats.service').SourceStatsService;
  const marks = async () =>
    (
      await writer.query<{ rows: number; articles: number }>(
        'SELECT count(*)::int AS rows, count(DISTINCT "article_id")::int AS articles FROM "source_stats_dirty"',
      )
    ).rows[0]!;
  const mark = () => writer.query('INSERT INTO "source_stats_dirty" ("article_id") VALUES ($1::uuid)', [articleId]);

  beforeAll(async () => {
    await resetDatabase();
    t = await bootApp();
    const analyst = (await createUserAndLogin(t.app, t.http, 'analyst')).token;
    articleId = await uploadScored(t.http, analyst, { text: TEXT, outlet: 'Queue Outlet', publishedAt: '2024-02-01' });
    batch = new Client({ connectionString: process.env.DATABASE_URL });
    writer = new Client({ connectionString: process.env.DATABASE_URL });
    await Promise.all([batch.connect(), writer.connect()]);
    // Claim grouping runs after scoring and may mark the article again: wait until it has grouped every assertion.
    await eventually(
      async () =>
        (
          await writer.query<{ done: boolean }>(
            'SELECT (SELECT count(*) FROM "ClaimMembership") = (SELECT count(*) FROM "Assertion") AS done',
          )
        ).rows[0]!.done,
      30_000,
    );
    const { SourceStatsService } = await import('../src/summaries/source-stats.service');
    stats = t.app.get(SourceStatsService);
    // The 1 s refresher would race the queue below; stopped for these tests.
    stats.onModuleDestroy();
    await stats.catchUp();
    // A mark that waits fails the test with this error instead of hanging it.
    await writer.query(`SET statement_timeout = '5s'`);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([batch?.end(), writer?.end()]);
    await t.close();
  });

  it('takes a mark for an article a refresh batch has taken without waiting for the batch, and keeps it for the next', async () => {
    expect(await marks()).toEqual({ rows: 0, articles: 0 });
    await mark();
    // What a batch does first, in its transaction: take the article's marks (uncommitted until its refresh ends).
    await batch.query('BEGIN');
    const taken = await batch.query('DELETE FROM "source_stats_dirty" WHERE "article_id" = $1::uuid', [articleId]);
    expect(taken.rowCount).toBe(1);
    try {
      // With a unique article_id this waited for the batch to end (here: for ever, so the timeout fired).
      await mark();
    } finally {
      await batch.query('COMMIT');
    }
    // The batch's commit removed only the mark it had taken: the change after it is still queued.
    expect(await marks()).toEqual({ rows: 1, articles: 1 });
    expect(await stats.catchUp()).toBe(0);
    expect(await marks()).toEqual({ rows: 0, articles: 0 });
  });

  it('counts an article marked several times once and refreshes it in one batch', async () => {
    await mark();
    await mark();
    await mark();
    expect(await marks()).toEqual({ rows: 3, articles: 1 });
    // Queued just now, and the reader may lag a minute: left to the refresher, reported as one pending article.
    expect(await stats.catchUp(60_000)).toBe(1);
    expect(await stats.flush()).toBe(1);
    expect(await marks()).toEqual({ rows: 0, articles: 0 });
  });
});
