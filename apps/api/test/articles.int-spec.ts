import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { RUBRIC_VERSION as rubricVersion } from '@auditor/scoring';
import { PrismaService } from '../src/database/prisma.service';
import { bootApp, eventually, resetDatabase, TestApp } from './support/app';
import { createUserAndLogin } from './support/users';
import { buildPdf } from './support/pdf';

// Realistic text is read from ../shared at run time and never copied into the repository.
const seed = readFileSync(resolve(__dirname, '../../../../shared/seeds/004_72d0bf9971058bc5.txt'), 'utf8');

const SHORT =
  'ISAF said five insurgents were killed in Kunduz on Monday. Reports say hundreds of foreign fighters are gathering in the north.';

interface Accepted {
  id: string;
  status: string;
  statusUrl: string;
  duplicate: boolean;
}

describe('articles', () => {
  let t: TestApp;
  let prisma: PrismaService;
  let analyst: string;
  let admin: string;
  let viewer: string;

  beforeAll(async () => {
    await resetDatabase();
    t = await bootApp();
    prisma = t.app.get(PrismaService);
    analyst = (await createUserAndLogin(t.app, t.http, 'analyst')).token;
    admin = (await createUserAndLogin(t.app, t.http, 'admin')).token;
    viewer = (await createUserAndLogin(t.app, t.http, 'viewer')).token;
  });
  afterAll(() => t.close());

  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  async function scored(id: string, token = analyst) {
    return eventually(async () => {
      const r = await t.http.get(`/api/articles/${id}`).set(auth(token)).expect(200);
      return r.body.status === 'scored' ? r.body : null;
    }, 30_000);
  }

  it('uploads JSON text, scores it in the background and lists its assertions', async () => {
    const r = await t.http
      .post('/api/articles')
      .set(auth(analyst))
      .send({
        text: seed,
        title: 'Column',
        outlet: 'Afghanistan Analysts Network',
        outletType: 'independent',
        publishedAt: '2013-08-22',
        author: 'A. Writer',
        url: 'https://example.org/column',
      })
      .expect(202);
    const body = r.body as Accepted;
    expect(body).toEqual({
      id: expect.any(String),
      status: 'queued',
      statusUrl: `/api/articles/${body.id}`,
      duplicate: false,
    });

    const article = await scored(body.id);
    expect(article).toMatchObject({
      title: 'Column',
      format: 'text',
      rubricVersion: expect.any(String),
      outlet: { name: 'Afghanistan Analysts Network', type: 'independent' },
      error: null,
    });
    expect(article.summary.assertions).toBeGreaterThan(3);
    expect(article.publishedAt).toBe('2013-08-22T00:00:00.000Z');

    const a = await t.http.get(`/api/articles/${body.id}/assertions`).set(auth(viewer)).expect(200);
    expect(a.body.rubricVersion).toBe(article.rubricVersion);
    const list = a.body.assertions as Array<{
      start: number;
      end: number;
      text: string;
      scores: { sourcingQuality: number; alarmism: number };
      attribution: unknown;
      admiralty: string;
      review: unknown;
      otherVersions: string[];
    }>;
    expect(list.length).toBe(article.summary.assertions);
    for (const x of list) {
      expect(x.scores).toEqual({ sourcingQuality: expect.any(Number), alarmism: expect.any(Number) });
      expect(x.admiralty).toMatch(/^[A-F][1-6]$/);
      expect(x.review).toBeNull();
      expect(x.otherVersions).toEqual([]);
    }
    expect(list.map((x) => x.start)).toEqual([...list.map((x) => x.start)].sort((p, q) => p - q));
    const stored = (await prisma.article.findUniqueOrThrow({ where: { id: body.id } })).text;
    for (const x of list) expect(stored.slice(x.start, x.end)).toBe(x.text);
    const attributed = list.find((x) => x.attribution);
    expect(attributed?.attribution).toMatchObject({
      source: expect.any(String),
      canonicalName: expect.any(String),
      citedSourceId: expect.any(String),
      sourceType: expect.any(String),
      named: expect.any(Boolean),
      cue: expect.any(String),
      span: [expect.any(Number), expect.any(Number)],
    });

    const audit = await prisma.auditLog.findMany({ where: { entityId: body.id }, orderBy: { id: 'asc' } });
    expect(audit.map((x) => x.action)).toEqual(['article.uploaded', 'article.scored']);
  });

  it('uploads a .txt file as multipart', async () => {
    const r = await t.http
      .post('/api/articles')
      .set(auth(analyst))
      .field('outlet', 'Upload Test Outlet')
      .field('publishedAt', '2021-09-01T10:00:00Z')
      .attach('file', Buffer.from(`${SHORT}\r\nA txt upload.`), {
        filename: 'note.txt',
        contentType: 'application/octet-stream',
      })
      .expect(202);
    const article = await scored(r.body.id);
    expect(article).toMatchObject({
      format: 'text',
      original: { mediaType: 'text/plain; charset=utf-8', filename: 'note.txt' },
    });
    expect(article.text).toBe(`${SHORT}\nA txt upload.`);
  });

  it('uploads an .html file: the article text without scripts, the page title as title, the original kept', async () => {
    const html = `<!doctype html><html><head><title>Fighters in the north</title><script>var leak = "SCRIPT-LEAK";</script><style>.x{}</style></head>
      <body><nav>Home | World</nav><article><h1>Fighters in the north</h1><p>${SHORT}</p><script>alert("INLINE-LEAK")</script>
      <p>The governor's spokesman said three suspects were detained near the market in Kunduz city after a raid by police.</p></article></body></html>`;
    const r = await t.http
      .post('/api/articles')
      .set(auth(analyst))
      .attach('file', Buffer.from(html), { filename: 'page.html', contentType: 'text/plain' })
      .expect(202);
    const article = await scored(r.body.id);
    expect(article.format).toBe('html');
    expect(article.title).toBe('Fighters in the north');
    expect(article.text).toContain('three suspects were detained');
    expect(article.text).not.toMatch(/LEAK|alert|var leak/);

    const o = await t.http.get(`/api/articles/${r.body.id}/original`).set(auth(analyst)).buffer(true).expect(200);
    expect(o.headers['content-type']).toMatch(/^text\/html/);
    expect(o.headers['content-disposition']).toMatch(/^attachment; filename="page.html"/);
    expect(o.headers['content-security-policy']).toContain('sandbox');
    expect(o.text).toBe(html);
    await t.http.get(`/api/articles/${r.body.id}/original`).set(auth(viewer)).expect(403);
  });

  it('uploads HTML as JSON and keeps it as the original', async () => {
    const html = `<p>${SHORT} Sent as JSON html.</p>`;
    const r = await t.http.post('/api/articles').set(auth(analyst)).send({ html }).expect(202);
    const o = await t.http.get(`/api/articles/${r.body.id}/original`).set(auth(analyst)).buffer(true).expect(200);
    expect(o.text).toBe(html);
    expect(o.headers['content-disposition']).toContain(`article-${r.body.id}.html`);
  });

  it('uploads a .pdf file', async () => {
    const pdf = buildPdf([
      'Officials said 300 fighters crossed the border last week.',
      'The ministry of defence said the claim was exaggerated.',
    ]);
    const r = await t.http
      .post('/api/articles')
      .set(auth(analyst))
      .field('outlet', 'PDF outlet')
      .attach('file', pdf, { filename: 'report.pdf', contentType: 'application/pdf' })
      .expect(202);
    const article = await scored(r.body.id);
    expect(article.format).toBe('pdf');
    expect(article.text).toBe(
      'Officials said 300 fighters crossed the border last week.\nThe ministry of defence said the claim was exaggerated.',
    );
    const o = await t.http
      .get(`/api/articles/${r.body.id}/original`)
      .set(auth(analyst))
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(o.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(o.body as Buffer, pdf)).toBe(0);
  });

  it('de-duplicates the same content, whitespace aside, into one article', async () => {
    const text = `${SHORT} Dedup check.`;
    const first = await t.http.post('/api/articles').set(auth(analyst)).send({ text }).expect(202);
    const again = await t.http
      .post('/api/articles')
      .set(auth(analyst))
      .send({ text: `  ${text.replace(/ /g, '  ')}\n` })
      .expect(200);
    expect(again.body).toMatchObject({
      id: first.body.id,
      duplicate: true,
      statusUrl: `/api/articles/${first.body.id}`,
    });
    const asFile = await t.http
      .post('/api/articles')
      .set(auth(analyst))
      .attach('file', Buffer.from(text), 'same.txt')
      .expect(200);
    expect(asFile.body.id).toBe(first.body.id);
    expect(await prisma.article.count({ where: { id: first.body.id } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { entityId: first.body.id, action: 'article.uploaded' } })).toBe(1);
  });

  it('creates one row when identical uploads race', async () => {
    const text = `${SHORT} Race check ${Date.now()}.`;
    const before = await prisma.article.count();
    const rs = await Promise.all(
      Array.from({ length: 6 }, () => t.http.post('/api/articles').set(auth(analyst)).send({ text })),
    );
    expect(rs.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 202]);
    expect(new Set(rs.map((r) => r.body.id)).size).toBe(1);
    expect(await prisma.article.count()).toBe(before + 1);
  });

  it('creates a new outlet once when uploads naming it race', async () => {
    const outlet = `Race Outlet ${Date.now()}`;
    // Each round starts 8 uploads of different texts at once, all naming an outlet nobody has
    // created yet: the losers wait on the winner's uncommitted row and must then find it.
    for (let round = 0; round < 3; round++) {
      const name = `${outlet} ${round}`;
      const rs = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          t.http
            .post('/api/articles')
            .set(auth(analyst))
            .send({ text: `${SHORT} Outlet race ${round}.${i} ${Date.now()}.`, outlet: name }),
        ),
      );
      expect(rs.map((r) => r.status)).toEqual(Array(8).fill(202));
      expect(await prisma.outlet.count({ where: { name } })).toBe(1);
    }
  });

  it('finds or creates outlets by name and fills in a missing type', async () => {
    await t.http
      .post('/api/articles')
      .set(auth(analyst))
      .send({ text: `${SHORT} Outlet one.`, outlet: 'Typed Later' })
      .expect(202);
    expect((await prisma.outlet.findUniqueOrThrow({ where: { name: 'Typed Later' } })).type).toBeNull();
    await t.http
      .post('/api/articles')
      .set(auth(analyst))
      .send({ text: `${SHORT} Outlet two.`, outlet: 'Typed Later', outletType: 'official' })
      .expect(202);
    await t.http
      .post('/api/articles')
      .set(auth(analyst))
      .send({ text: `${SHORT} Outlet three.`, outlet: 'Typed Later', outletType: 'insurgent' })
      .expect(202);
    expect(await prisma.outlet.findMany({ where: { name: 'Typed Later' } })).toEqual([
      expect.objectContaining({ type: 'official' }),
    ]);
  });

  it('lists with pagination and filters, newest first', async () => {
    const all = await t.http.get('/api/articles?pageSize=100').set(auth(viewer)).expect(200);
    expect(all.body.total).toBe(await prisma.article.count());
    const created = (all.body.items as Array<{ createdAt: string }>).map((i) => i.createdAt);
    expect(created).toEqual([...created].sort().reverse());
    expect(Object.keys(all.body.items[0]).sort()).toEqual([
      'assertionCount',
      'author',
      'avgAlarmism',
      'avgSourcingQuality',
      'createdAt',
      'id',
      'outlet',
      'publishedAt',
      'publishedAtSource',
      'rubricVersion',
      'scoredAt',
      'status',
      'title',
      'url',
    ]);

    const p = await t.http.get('/api/articles?page=2&pageSize=2').set(auth(viewer)).expect(200);
    expect(p.body).toMatchObject({ page: 2, pageSize: 2, total: all.body.total });
    expect(p.body.items.map((i: { id: string }) => i.id)).toEqual(
      all.body.items.slice(2, 4).map((i: { id: string }) => i.id),
    );

    const byOutlet = await t.http
      .get('/api/articles')
      .query({ outlet: 'afghanistan analysts network' })
      .set(auth(viewer))
      .expect(200);
    expect(byOutlet.body.items).toHaveLength(1);
    expect(byOutlet.body.items[0]).toMatchObject({
      title: 'Column',
      outlet: { name: 'Afghanistan Analysts Network', type: 'independent' },
      status: 'scored',
    });
    expect(byOutlet.body.items[0].assertionCount).toBeGreaterThan(3);

    // Full-text search over titles and text, best match first: the title outweighs the text.
    const north = (await t.http.get('/api/articles?q=north').set(auth(viewer)).expect(200)).body.items;
    expect(north[0].title).toBe('Fighters in the north');
    const dated = await t.http.get('/api/articles?from=2013-08-22&to=2013-08-22').set(auth(viewer)).expect(200);
    expect(dated.body.items.map((i: { title: string }) => i.title)).toEqual(['Column']);
    expect(
      (await t.http.get('/api/articles?from=2013-08-23&to=2021-09-01').set(auth(viewer)).expect(200)).body.total,
    ).toBe(1);
    expect((await t.http.get('/api/articles?status=failed').set(auth(viewer)).expect(200)).body.total).toBe(0);

    await t.http.get('/api/articles?pageSize=101').set(auth(viewer)).expect(400);
    await t.http.get('/api/articles?status=done').set(auth(viewer)).expect(400);
    await t.http.get('/api/articles?from=yesterday').set(auth(viewer)).expect(400);
    await t.http.get('/api/articles').expect(401);
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const path of ['', '/assertions', '/original']) {
      const r = await t.http.get(`/api/articles/${unknown}${path}`).set(auth(analyst)).expect(404);
      expect(r.body.message).toMatch(/not found/);
    }
    const bad = await t.http.get('/api/articles/not-a-uuid').set(auth(analyst)).expect(400);
    expect(bad.body.message).toMatch(/UUID/);
    await t.http.delete(`/api/articles/${unknown}`).set(auth(admin)).expect(404);
    await t.http.post(`/api/articles/${unknown}/rescore`).set(auth(analyst)).expect(404);
  });

  it('documents the routes, multipart upload included', async () => {
    const doc = (await t.http.get('/api/docs-json').expect(200)).body;
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/articles',
        '/api/articles/{id}',
        '/api/articles/{id}/assertions',
        '/api/articles/{id}/original',
        '/api/articles/{id}/rescore',
        '/api/rescore',
      ]),
    );
    expect(Object.keys(doc.paths['/api/articles'].post.requestBody.content)).toEqual([
      'application/json',
      'multipart/form-data',
    ]);
  });

  it('only lets analysts upload', async () => {
    await t.http.post('/api/articles').set(auth(viewer)).send({ text: SHORT }).expect(403);
    await t.http.post('/api/articles').send({ text: SHORT }).expect(401);
  });

  it('rescores an article without duplicating its assertions', async () => {
    const r = await t.http
      .post('/api/articles')
      .set(auth(analyst))
      .send({ text: seed.slice(0, 3000) + ' Rescore.' })
      .expect(202);
    const first = await scored(r.body.id);
    const assertions = await prisma.assertion.count({ where: { articleId: r.body.id } });
    const scores = await prisma.score.count({ where: { assertion: { articleId: r.body.id } } });

    const re = await t.http.post(`/api/articles/${r.body.id}/rescore`).set(auth(analyst)).expect(202);
    expect(re.body).toMatchObject({ statusUrl: `/api/articles/${r.body.id}` });
    expect(re.body.jobId === null || typeof re.body.jobId === 'string').toBe(true);
    await eventually(
      async () => (await prisma.auditLog.count({ where: { entityId: r.body.id, action: 'article.scored' } })) === 2,
      30_000,
    );
    const second = await scored(r.body.id);
    expect(new Date(second.scoredAt).getTime()).toBeGreaterThan(new Date(first.scoredAt).getTime());
    expect(await prisma.assertion.count({ where: { articleId: r.body.id } })).toBe(assertions);
    expect(await prisma.score.count({ where: { assertion: { articleId: r.body.id } } })).toBe(scores);
    expect(await prisma.auditLog.count({ where: { entityId: r.body.id, action: 'article.rescore-requested' } })).toBe(
      1,
    );
    await t.http.post(`/api/articles/${r.body.id}/rescore`).set(auth(viewer)).expect(403);
  });

  it('re-queues an article whose scoring job could not be sent', async () => {
    const { JobQueue } = await import('../src/jobs/job-queue.service');
    const queue = t.app.get(JobQueue);
    const send = jest.spyOn(queue, 'send').mockRejectedValueOnce(new Error('queue down'));
    const r = await t.http
      .post('/api/articles')
      .set(auth(analyst))
      .send({ text: `${SHORT} Queue down.` })
      .expect(202);
    send.mockRestore();
    // Stored and visibly waiting; nothing will score it until it is re-queued.
    await new Promise((res) => setTimeout(res, 300));
    expect((await prisma.article.findUniqueOrThrow({ where: { id: r.body.id } })).status).toBe('queued');
    await t.http.post(`/api/articles/${r.body.id}/rescore`).set(auth(analyst)).expect(202);
    await scored(r.body.id);
  });

  it('rescores everything on request of an admin, bringing articles stored under an older rubric to the current one', async () => {
    const r0 = await t.http
      .post('/api/articles')
      .set(auth(analyst))
      .send({ text: `${SHORT} Stored under an older rubric.` })
      .expect(202);
    const current = (await scored(r0.body.id)).rubricVersion as string;
    expect(current).toBe(rubricVersion);
    // As if scored by an earlier build: its scores and the article carry the old version.
    await prisma.score.updateMany({
      where: { assertion: { articleId: r0.body.id } },
      data: { rubricVersion: '0.9.0' },
    });
    await prisma.article.update({ where: { id: r0.body.id }, data: { rubricVersion: '0.9.0' } });
    const oldScores = await prisma.score.count({
      where: { assertion: { articleId: r0.body.id }, rubricVersion: '0.9.0' },
    });

    const r = await t.http.post('/api/rescore').set(auth(admin)).expect(202);
    expect(r.body).toHaveProperty('jobId');
    await t.http.post('/api/rescore').set(auth(analyst)).expect(403);
    expect(await prisma.auditLog.count({ where: { action: 'rubric.rescore-all-requested' } })).toBe(1);

    await eventually(
      async () => (await prisma.article.findUniqueOrThrow({ where: { id: r0.body.id } })).rubricVersion === current,
      30_000,
    );
    expect(await prisma.score.count({ where: { assertion: { articleId: r0.body.id }, rubricVersion: current } })).toBe(
      oldScores,
    );
    // The old scores are kept for comparison.
    expect(await prisma.score.count({ where: { assertion: { articleId: r0.body.id }, rubricVersion: '0.9.0' } })).toBe(
      oldScores,
    );
  });

  it('deletes for admins only, with cascade and an audit entry', async () => {
    const r = await t.http
      .post('/api/articles')
      .set(auth(analyst))
      .send({ text: `${SHORT} To delete.`, title: 'Doomed' })
      .expect(202);
    await scored(r.body.id);
    await t.http.delete(`/api/articles/${r.body.id}`).set(auth(analyst)).expect(403);
    await t.http.delete(`/api/articles/${r.body.id}`).set(auth(admin)).expect(204);
    await t.http.get(`/api/articles/${r.body.id}`).set(auth(admin)).expect(404);
    expect(await prisma.assertion.count({ where: { articleId: r.body.id } })).toBe(0);
    expect(await prisma.articleOriginal.count({ where: { articleId: r.body.id } })).toBe(0);
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { entityId: r.body.id, action: 'article.deleted' } });
    expect(entry.before).toMatchObject({ id: r.body.id, title: 'Doomed' });
    // The same content can be uploaded again afterwards.
    await t.http
      .post('/api/articles')
      .set(auth(analyst))
      .send({ text: `${SHORT} To delete.` })
      .expect(202);
  });
});
