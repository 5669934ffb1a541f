import { HttpException } from '@nestjs/common';
import { extractArticle } from './extract';
import { contentHash, normaliseText } from './normalise';
import { buildPdf } from '../../test/support/pdf';

const file = (content: string | Buffer | Uint8Array, filename?: string) => ({
  source: 'file' as const,
  bytes: new Uint8Array(typeof content === 'string' ? Buffer.from(content) : content),
  filename,
});

async function failure(p: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await p;
  } catch (e) {
    if (e instanceof HttpException) return { status: e.getStatus(), message: e.message };
    throw e;
  }
  throw new Error('expected a failure');
}

describe('extractArticle', () => {
  it('reads a PDF', async () => {
    const r = await extractArticle(
      file(buildPdf(['ISAF said five insurgents were killed.', 'Officials said the area is calm.']), 'report.pdf'),
    );
    expect(r.format).toBe('pdf');
    expect(r.text).toBe('ISAF said five insurgents were killed.\nOfficials said the area is calm.');
    expect(r.original.mediaType).toBe('application/pdf');
    expect(r.original.filename).toBe('report.pdf');
  });

  it('refuses corrupt, encrypted and empty PDFs with 422', async () => {
    expect(await failure(extractArticle(file('%PDF-1.4\n1 0 obj garbage', 'a.pdf')))).toMatchObject({
      status: 422,
      message: expect.stringMatching(/corrupt/),
    });
    expect(await failure(extractArticle(file(buildPdf(['secret'], { encrypted: true }), 'a.pdf')))).toMatchObject({
      status: 422,
      message: expect.stringMatching(/password/),
    });
    expect(await failure(extractArticle(file(buildPdf([]), 'a.pdf')))).toMatchObject({
      status: 422,
      message: expect.stringMatching(/no extractable text/),
    });
  });

  it('refuses lying and unsupported file types with 415', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await failure(extractArticle(file(png, 'article.txt')))).toMatchObject({
      status: 415,
      message: expect.stringMatching(/PNG image/),
    });
    expect(await failure(extractArticle(file(buildPdf(['x']), 'article.html')))).toMatchObject({
      status: 415,
      message: expect.stringMatching(/named as HTML.*content is a PDF/),
    });
    expect(
      await failure(extractArticle(file('<!doctype html><html><body><p>x</p></body></html>', 'a.txt'))),
    ).toMatchObject({ status: 415 });
    expect(await failure(extractArticle(file('plain words', 'a.docx')))).toMatchObject({
      status: 415,
      message: expect.stringMatching(/\.docx/),
    });
    expect(await failure(extractArticle(file(Buffer.from('Caf\xe9', 'latin1'), 'a.txt')))).toMatchObject({
      status: 415,
      message: expect.stringMatching(/UTF-8/),
    });
  });

  it('refuses empty content with 422', async () => {
    expect(await failure(extractArticle(file('', 'a.txt')))).toMatchObject({ status: 422 });
    expect(await failure(extractArticle(file(' \n\t ', 'a.txt')))).toMatchObject({ status: 422 });
    expect(await failure(extractArticle({ source: 'html', html: '<script>only()</script>' }))).toMatchObject({
      status: 422,
    });
  });

  it('accepts Markdown as plain text, as the CLI importer does', async () => {
    const r = await extractArticle(file('# Field notes\n\nThe patrol returned before dusk.', 'notes.md'));
    expect(r).toMatchObject({
      format: 'text',
      original: { mediaType: 'text/plain; charset=utf-8', filename: 'notes.md' },
    });
  });

  it('lists every accepted ending when it refuses one', async () => {
    expect(await failure(extractArticle(file('plain words', 'a.rtf')))).toMatchObject({
      status: 415,
      message: expect.stringContaining('.txt/.text/.md, .html/.htm or .pdf'),
    });
  });

  it('uses the sniffed type when the name has no extension', async () => {
    expect((await extractArticle(file('<p>Hello there.</p>', 'upload'))).format).toBe('html');
    expect((await extractArticle(file('Hello there.'))).format).toBe('text');
  });

  it('keeps the original bytes of HTML sent as JSON', async () => {
    const r = await extractArticle({ source: 'html', html: '<p>Hi.</p>' });
    expect(Buffer.from(r.original.bytes).toString()).toBe('<p>Hi.</p>');
    expect(r.text).toBe('Hi.');
  });
});

describe('normalise', () => {
  it('unifies line endings and drops BOM and NUL', () => {
    expect(normaliseText('\uFEFF a\r\nb\rc\u0000 ')).toBe('a\nb\nc');
  });
  it('hashes content independent of whitespace layout', () => {
    expect(contentHash('a  b\n\nc')).toBe(contentHash(' a b c '));
    expect(contentHash('a b c')).not.toBe(contentHash('a b d'));
  });
});
