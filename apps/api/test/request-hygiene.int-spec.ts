import { gzipSync } from 'node:zlib';
import type { PrismaService } from '../src/database/prisma.service';
import { bootApp, resetDatabase, TestApp } from './support/app';
import { createUserAndLogin } from './support/users';

// Malformed requests that used to reach PostgreSQL or the parsers and answer 500: each now gets a
// 4xx naming what is wrong, and writes nothing.
const TEXT = 'The provincial governor said on Tuesday that two bridges near the border had reopened.';

describe('request hygiene: malformed requests get a 4xx, never a 500', () => {
  let t: TestApp;
  let prisma: PrismaService;
  let admin: string;

  beforeAll(async () => {
    await resetDatabase();
    t = await bootApp();
    prisma = t.app.get((await import('../src/database/prisma.service')).PrismaService);
    admin = (await createUserAndLogin(t.app, t.http, 'admin')).token;
  });
  afterAll(() => t.close());

  const auth = (r: ReturnType<TestApp['http']['get']>) => r.set('Authorization', `Bearer ${admin}`);
  const get = (url: string) => auth(t.http.get(url));
  const post = (url: string) => auth(t.http.post(url));
  const writes = async () => ({
    articles: await prisma.article.count(),
    users: await prisma.user.count(),
    reviews: await prisma.review.count(),
    audit: await prisma.auditLog.count(),
  });

  const deepJson = (depth: number) => `{"text":${'['.repeat(depth)}${']'.repeat(depth)}}`;
  const manyKeys = (n: number) =>
    JSON.stringify(Object.fromEntries([['text', TEXT], ...Array.from({ length: n }, (_, i) => [`k${i}`, i])]));

  type Case = [name: string, send: () => ReturnType<typeof get>, status: number, message: RegExp];
  const cases: Case[] = [
    ['NUL in a search query', () => get('/api/articles?q=a%00b'), 400, /Query parameter "q" contains a NUL/],
    ['NUL in an outlet filter', () => get('/api/articles?outlet=%00'), 400, /"outlet" contains a NUL/],
    ['NUL in a source search', () => get('/api/sources?q=%00'), 400, /"q" contains a NUL/],
    ['NUL in an audit filter', () => get('/api/audit?actor=%00'), 400, /"actor" contains a NUL/],
    ['NUL in an entity id', () => get('/api/audit?entityId=a%00b'), 400, /"entityId" contains a NUL/],
    ['NUL in a path', () => get('/api/articles/a%00b'), 400, /request path contains a NUL/],
    ['NUL in article text', () => post('/api/articles').send({ text: 'a\u0000b' }), 400, /Field "text" contains a NUL/],
    [
      'a lone surrogate in article text',
      () => post('/api/articles').set('Content-Type', 'application/json').send('{"text":"\\ud800 and more"}'),
      400,
      /Field "text" contains an unpaired UTF-16 surrogate/,
    ],
    [
      'a lone surrogate in a nested field',
      () => post('/api/reviews/bulk').set('Content-Type', 'application/json').send('{"items":[{"reason":"\\udc00"}]}'),
      400,
      /Field "items\[0\].reason" contains an unpaired/,
    ],
    ['text: null', () => post('/api/articles').send({ text: null }), 400, /text|exactly one of/],
    ['text: an object', () => post('/api/articles').send({ text: { a: 1 } }), 400, /text must be a string/],
    [
      'a review with wrong JSON types',
      () =>
        post('/api/assertions/00000000-0000-4000-8000-000000000000/reviews').send({ decision: ['confirm'], reason: 5 }),
      400,
      /decision|reason/,
    ],
    [
      'an overflowing page number',
      () => get('/api/articles?page=99999999999999999999'),
      400,
      /page must not be greater than 100000/,
    ],
    [
      'an overflowing page on sources',
      () => get('/api/sources?page=99999999999999999999'),
      400,
      /page must not be greater/,
    ],
    [
      'JSON nested too deep',
      () => post('/api/articles').set('Content-Type', 'application/json').send(deepJson(40)),
      400,
      /nested 41 levels deep; the limit is 16/,
    ],
    [
      'JSON with too many keys',
      () => post('/api/articles').set('Content-Type', 'application/json').send(manyKeys(5000)),
      413,
      /5001 keys; the limit is 1000/,
    ],
    [
      'a sign-in body larger than a sign-in needs',
      () => t.http.post('/api/auth/login').set('Content-Type', 'application/json').send(manyKeys(2000)),
      413,
      /larger than the limit of 8192 bytes/,
    ],
    [
      'Content-Encoding br with a corrupt body',
      () =>
        post('/api/articles')
          .set('Content-Type', 'application/json')
          .set('Content-Encoding', 'br')
          .send('{"text":"x"}'),
      400,
      /could not be decompressed/,
    ],
    [
      'Content-Encoding gzip with a corrupt body',
      () =>
        post('/api/articles').set('Content-Type', 'application/json').set('Content-Encoding', 'gzip').send('not gzip'),
      400,
      /could not be decompressed/,
    ],
    [
      'an unknown Content-Encoding',
      () =>
        post('/api/articles').set('Content-Type', 'application/json').set('Content-Encoding', 'compress').send('{}'),
      415,
      /Content-Encoding "compress" is not supported/,
    ],
    [
      'a malformed Content-Type',
      () =>
        post('/api/articles')
          .set('Content-Type', 'application/json; charset')
          .send(JSON.stringify({ text: TEXT })),
      400,
      /Content-Type header is malformed/,
    ],
    [
      'multipart that is not form-data',
      () => post('/api/articles').set('Content-Type', 'multipart/mixed; boundary=x').send('--x--'),
      415,
      /multipart\/mixed" is not accepted/,
    ],
  ];

  it.each(cases)('%s', async (_name, send, status, message) => {
    const before = await writes();
    const res = await send();
    expect(res.status).toBe(status);
    expect(String(res.body.message)).toMatch(message);
    expect(await writes()).toEqual(before);
  });

  it('treats LIKE metacharacters in filters as plain text', async () => {
    for (const url of [
      '/api/articles?outlet=%25_%5C',
      '/api/audit?actor=%25_%5C',
      '/api/sources?q=%25_%5C',
      '/api/articles?q=%25_%5C',
    ]) {
      const res = await get(url);
      expect({ url, status: res.status, total: res.body.total }).toEqual({ url, status: 200, total: 0 });
    }
    await post('/api/articles').send({ text: TEXT, title: 'Losses up 100% in a year' }).expect(202);
    await post('/api/articles')
      .send({ text: `${TEXT} Again.`, title: 'Losses up 1000 in a year' })
      .expect(202);
    const literal = await get('/api/articles?q=100%25');
    expect(literal.body.items.map((a: { title: string }) => a.title)).toEqual(['Losses up 100% in a year']);
  });

  it('bounds minAssertions', async () => {
    const res = await get('/api/sources?minAssertions=99999999999999999999');
    expect(res.status).toBe(400);
    expect(res.body.message).toEqual(
      expect.arrayContaining([expect.stringMatching(/minAssertions must not be greater than/)]),
    );
  });

  it('still accepts a gzip-compressed upload and ordinary requests', async () => {
    const res = await post('/api/articles')
      .set('Content-Type', 'application/json')
      .set('Content-Encoding', 'gzip')
      // superagent would JSON-encode a Buffer under a JSON content type; send the bytes as they are.
      .serialize((body: Buffer) => body as unknown as string)
      .send(gzipSync(JSON.stringify({ text: `${TEXT} Sent compressed.` })));
    expect([res.status, res.body.message]).toEqual([202, undefined]);
    expect((await get('/api/articles?q=bridges&page=2')).status).toBe(200);
  });
});
