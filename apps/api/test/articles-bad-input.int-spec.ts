import type { PrismaService } from '../src/database/prisma.service';
import { bootApp, resetDatabase, TestApp } from './support/app';
import { createUserAndLogin } from './support/users';
import { buildPdf } from './support/pdf';

// Every bad upload gets a 4xx with a message a person can act on, and writes nothing.
// The upload limit is lowered so "too large" needs only a few kilobytes.
const MAX = 8 * 1024;
const MAX_SENTENCES = 40;
const TEXT = 'ISAF said five insurgents were killed in Kunduz on Monday.';
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

describe('article upload: bad input', () => {
  let t: TestApp;
  let prisma: PrismaService;
  let token: string;

  beforeAll(async () => {
    await resetDatabase();
    t = await bootApp({ MAX_UPLOAD_BYTES: String(MAX), MAX_ASSERTIONS_PER_ARTICLE: String(MAX_SENTENCES) });
    // Loaded only now: importing app code earlier would read the configuration before bootApp sets it.
    prisma = t.app.get((await import('../src/database/prisma.service')).PrismaService);
    token = (await createUserAndLogin(t.app, t.http, 'analyst')).token;
  });
  afterAll(() => t.close());

  const post = () => t.http.post('/api/articles').set('Authorization', `Bearer ${token}`);
  const rows = async () => ({
    articles: await prisma.article.count(),
    originals: await prisma.articleOriginal.count(),
    outlets: await prisma.outlet.count(),
    audit: await prisma.auditLog.count({ where: { action: 'article.uploaded' } }),
  });

  type Case = [name: string, send: () => ReturnType<typeof post>, status: number, message: RegExp];
  const cases: Case[] = [
    // JSON content
    ['neither text nor html', () => post().send({ title: 'x' }), 400, /exactly one of/],
    ['both text and html', () => post().send({ text: TEXT, html: `<p>${TEXT}</p>` }), 400, /not "text" and "html"/],
    ['empty text', () => post().send({ text: '' }), 400, /text is empty/],
    ['whitespace-only text', () => post().send({ text: ' \n\t  ' }), 400, /text is empty/],
    ['text that is not a string', () => post().send({ text: 42 }), 400, /text must be a string/],
    [
      'html with only a script',
      () => post().send({ html: '<html><body><script>alert(1)</script></body></html>' }),
      422,
      /no readable text/,
    ],
    [
      'more sentences than MAX_ASSERTIONS_PER_ARTICLE',
      () => post().send({ text: Array.from({ length: 60 }, (_, i) => `Patrol ${i} returned to base.`).join(' ') }),
      422,
      /has 60 sentences to score; the limit is 40 \(MAX_ASSERTIONS_PER_ARTICLE\)/,
    ],
    ['text over the limit', () => post().send({ text: 'a'.repeat(MAX + 1) }), 413, /larger than the limit of 8 KB/],
    [
      'JSON body over the body limit',
      () => post().send({ text: 'a'.repeat(MAX * 2 + 70 * 1024) }),
      413,
      /larger than the limit/,
    ],
    [
      'malformed JSON',
      () => post().set('Content-Type', 'application/json').send('{"text": "unterminated'),
      400,
      /JSON/,
    ],
    [
      'an unsupported content type',
      () => post().set('Content-Type', 'text/plain').send(TEXT),
      415,
      /application\/json or multipart/,
    ],
    // metadata
    [
      'unknown outlet type',
      () => post().send({ text: TEXT, outletType: 'blog' }),
      400,
      /outletType must be one of: official, military, insurgent, independent, media/,
    ],
    [
      'malformed date',
      () => post().send({ text: TEXT, publishedAt: '22/08/2013' }),
      400,
      /publishedAt must be a date as YYYY-MM-DD/,
    ],
    ['impossible date', () => post().send({ text: TEXT, publishedAt: '2013-02-30' }), 400, /not a real calendar date/],
    [
      'non-http url',
      () => post().send({ text: TEXT, url: 'ftp://example.org/a' }),
      400,
      /url must be an http\(s\) URL/,
    ],
    [
      'javascript url',
      () => post().send({ text: TEXT, url: 'javascript:alert(1)' }),
      400,
      /url must be an http\(s\) URL/,
    ],
    ['unknown field', () => post().send({ text: TEXT, colour: 'red' }), 400, /property colour should not exist/],
    ['blank outlet', () => post().send({ text: TEXT, outlet: '   ' }), 400, /outlet must not be blank/],
    // files
    [
      'PNG named .txt',
      () => post().attach('file', PNG, { filename: 'article.txt', contentType: 'text/plain' }),
      415,
      /looks like a PNG image/,
    ],
    [
      'PDF named .html',
      () => post().attach('file', buildPdf([TEXT]), { filename: 'article.html', contentType: 'text/html' }),
      415,
      /named as HTML file but its content is a PDF/,
    ],
    [
      'HTML named .pdf',
      () =>
        post().attach('file', Buffer.from(`<html><body><p>${TEXT}</p></body></html>`), {
          filename: 'article.pdf',
          contentType: 'application/pdf',
        }),
      415,
      /named as a PDF file but its content is HTML/,
    ],
    [
      'unsupported extension',
      () => post().attach('file', Buffer.from(TEXT), { filename: 'article.docx' }),
      415,
      /Unsupported file type "\.docx"/,
    ],
    [
      'Latin-1 .txt',
      () => post().attach('file', Buffer.from(`Caf\xe9 in Kunduz. ${TEXT}`, 'latin1'), { filename: 'latin1.txt' }),
      415,
      /not valid UTF-8/,
    ],
    [
      'UTF-16 .txt',
      () => post().attach('file', Buffer.from(`\uFEFF${TEXT}`, 'utf16le'), { filename: 'utf16.txt' }),
      415,
      /not valid UTF-8/,
    ],
    [
      'binary with NULs named .txt',
      () => post().attach('file', Buffer.from([0x41, 0x00, 0x42, 0x00, 0x43]), { filename: 'a.txt' }),
      415,
      /binary data/,
    ],
    ['empty file', () => post().attach('file', Buffer.alloc(0), { filename: 'empty.txt' }), 422, /file is empty/],
    [
      'whitespace-only file',
      () => post().attach('file', Buffer.from('  \r\n\t '), { filename: 'blank.txt' }),
      422,
      /text is empty/,
    ],
    [
      'corrupt PDF',
      () => post().attach('file', Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog'), { filename: 'bad.pdf' }),
      422,
      /corrupt or truncated/,
    ],
    [
      'truncated PDF',
      () => post().attach('file', buildPdf([TEXT]).subarray(0, 200), { filename: 'cut.pdf' }),
      422,
      /corrupt|no extractable text/,
    ],
    [
      'encrypted PDF',
      () => post().attach('file', buildPdf([TEXT], { encrypted: true }), { filename: 'locked.pdf' }),
      422,
      /password-protected/,
    ],
    [
      'PDF without text',
      () => post().attach('file', buildPdf([]), { filename: 'scan.pdf' }),
      422,
      /no extractable text/,
    ],
    [
      'file over the limit',
      () => post().attach('file', Buffer.from('a '.repeat(MAX)), { filename: 'big.txt' }),
      413,
      /larger than the limit of 8 KB/,
    ],
    [
      'file in the wrong field',
      () => post().attach('upload', Buffer.from(TEXT), { filename: 'a.txt' }),
      400,
      /single form field named "file"/,
    ],
    [
      'two files',
      () =>
        post()
          .attach('file', Buffer.from(TEXT), { filename: 'a.txt' })
          .attach('file', Buffer.from(TEXT), { filename: 'b.txt' }),
      400,
      /single form field|Too many/,
    ],
    [
      'file and text together',
      () => post().field('text', TEXT).attach('file', Buffer.from(TEXT), { filename: 'a.txt' }),
      400,
      /not "file" and "text"/,
    ],
    [
      'file with a bad date',
      () => post().field('publishedAt', 'last week').attach('file', Buffer.from(TEXT), { filename: 'a.txt' }),
      400,
      /publishedAt/,
    ],
    [
      'file with an unknown outlet type',
      () => post().field('outletType', 'tabloid').attach('file', Buffer.from(TEXT), { filename: 'a.txt' }),
      400,
      /outletType must be one of/,
    ],
  ];

  it.each(cases.map(([name, send, status, message]) => [name, status, message, send] as const))(
    '%s → %i',
    async (_name, status, message, send) => {
      const before = await rows();
      const r = await send();
      expect({ status: r.status, body: r.body }).toMatchObject({ status, body: { statusCode: status } });
      const text = Array.isArray(r.body.message) ? r.body.message.join('; ') : String(r.body.message);
      expect(text).toMatch(message);
      expect(await rows()).toEqual(before);
    },
  );

  it('still accepts a good upload with the same limits', async () => {
    await post()
      .send({
        text: TEXT,
        outlet: 'Fine',
        outletType: 'media',
        publishedAt: '2013-08-22T09:30:00+04:30',
        url: 'https://example.org/a',
      })
      .expect(202);
    await post()
      .attach('file', Buffer.from(`${TEXT} File.`), 'ok')
      .expect(202);
  });
});
