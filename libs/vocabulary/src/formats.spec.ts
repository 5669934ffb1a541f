import {
  ACCEPT_ATTRIBUTE,
  ACCEPTED_EXTENSIONS,
  ACCEPTED_MEDIA_TYPES,
  describeExtensions,
  describeFormats,
  extensionOf,
  formatOfFilename,
  hasAcceptedEnding,
  UPLOAD_FORMATS,
  uploadFormat,
} from './formats';

describe('upload formats', () => {
  it('reads the kind a file name promises, case-insensitively', () => {
    expect(formatOfFilename('brief.TXT')).toBe('text');
    expect(formatOfFilename('notes.md')).toBe('text');
    expect(formatOfFilename('page.htm')).toBe('html');
    expect(formatOfFilename('page.html')).toBe('html');
    expect(formatOfFilename('report.final.pdf')).toBe('pdf');
  });

  it('tells a name without an ending from an unsupported ending', () => {
    expect(formatOfFilename('README')).toBe('none');
    expect(formatOfFilename(undefined)).toBe('none');
    expect(formatOfFilename('scan.png')).toBeNull();
    expect(formatOfFilename('letter.docx')).toBeNull();
    expect([hasAcceptedEnding('notes.md'), hasAcceptedEnding('README'), hasAcceptedEnding('scan.png')]).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('gives every ending to exactly one format', () => {
    expect(new Set(ACCEPTED_EXTENSIONS).size).toBe(ACCEPTED_EXTENSIONS.length);
    for (const ext of ACCEPTED_EXTENSIONS) expect(ext).toMatch(/^\.[a-z0-9]+$/);
  });

  it('builds the file picker filter and the sentence from the same table', () => {
    for (const f of UPLOAD_FORMATS) {
      expect(ACCEPT_ATTRIBUTE.split(',')).toContain(f.mediaType);
      for (const ext of f.extensions) expect(describeExtensions()).toContain(ext);
    }
    expect(describeExtensions()).toBe('.txt/.text/.md, .html/.htm or .pdf');
    expect(describeFormats()).toBe('text, HTML or PDF');
    expect(ACCEPTED_MEDIA_TYPES).toEqual(['text/plain', 'text/html', 'application/pdf']);
  });

  it('names the stored media type of each kind and refuses an unknown kind', () => {
    expect(uploadFormat('html').storedMediaType).toBe('text/html; charset=utf-8');
    expect(() => uploadFormat('docx' as never)).toThrow(/no upload format/);
    expect(extensionOf('a.tar.GZ')).toBe('.gz');
    expect(extensionOf('plain')).toBe('');
  });
});
