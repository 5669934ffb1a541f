import { Client } from 'pg';
import { ADMIN, bootApp, eventually, login, resetDatabase, TestApp } from './support/app';
import { ArticleQueries } from '../src/articles/article-queries.service';

// `POST /api/articles?wait=true`: the one-call path for scripts and first runs.
describe('upload and wait for scoring', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    // From an empty database, as the other files do: users.int-spec leaves the bootstrap admin disabled.
    await resetDatabase();
    t = await bootApp();
    token = await login(t.http, ADMIN.email, ADMIN.password);
  });
  afterAll(() => t.close());

  it('answers 200 with the scored assertions once scoring is done', async () => {
    const res = await t.http
      .post('/api/articles?wait=true')
      .set('Authorization', `Bearer ${token}`)
      .send({
        text: `ISAF said two insurgents were detained in Kunduz (release ${Date.now()}). Reports say the valley is a hotbed of militancy.`,
        outletType: 'media',
      })
      .expect(200);
    expect(res.body.status).toBe('scored');
    expect(res.body.assertions).toHaveLength(2);
    expect(res.body.assertions[0].attribution.sourceType).toBe('military');
    expect(res.body.assertions[1].scores.alarmism).toBeGreaterThan(res.body.assertions[0].scores.alarmism);
  });

  it('without wait, answers 202 at once', async () => {
    const res = await t.http
      .post('/api/articles')
      .set('Authorization', `Bearer ${token}`)
      .send({ text: `A unique claim made at ${Date.now()} in Herat.` })
      .expect(202);
    expect(res.body.assertions).toBeUndefined();
  });

  it('notifies the waiters of an article when its scoring ends, at commit and only then', async () => {
    const listener = new Client({ connectionString: process.env.DATABASE_URL });
    const heard: string[] = [];
    listener.on('notification', (n) => heard.push(n.payload ?? ''));
    await listener.connect();
    try {
      await listener.query('LISTEN article_status');
      const res = await t.http
        .post('/api/articles')
        .set('Authorization', `Bearer ${token}`)
        .send({ text: `A second unique claim made at ${Date.now()} in Balkh.` })
        .expect(202);
      const id: string = res.body.id;
      expect(await t.app.get(ArticleQueries).waitForScoring(id, 30_000)).toBe('scored');
      await eventually(async () => heard.includes(id));
      // A status that is rolled back is never announced, and neither is a change to a non-final status.
      const before = heard.length;
      const writer = new Client({ connectionString: process.env.DATABASE_URL });
      await writer.connect();
      await writer.query('BEGIN');
      await writer.query(`UPDATE "Article" SET status = 'failed' WHERE id = $1`, [id]);
      await writer.query('ROLLBACK');
      await writer.query(`UPDATE "Article" SET status = 'queued' WHERE id = $1`, [id]);
      await writer.query(`UPDATE "Article" SET status = 'failed' WHERE id = $1`, [id]);
      await writer.end();
      await eventually(async () => heard.length > before);
      expect(heard.slice(before)).toEqual([id]);
    } finally {
      await listener.end();
    }
  });
});
