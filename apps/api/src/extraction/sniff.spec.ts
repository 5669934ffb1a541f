import { looksLikeHtml } from './html';
import { sniff } from './sniff';
import { buildPdf } from '../../test/support/pdf';

const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

describe('sniff', () => {
  it('recognises a PDF by its header, wherever the file says it is', () => {
    expect(sniff(new Uint8Array(buildPdf(['Hello'])))).toEqual({ kind: 'pdf' });
    expect(sniff(bytes('\n\n%PDF-1.7\n…'))).toEqual({ kind: 'pdf' });
  });

  it('recognises HTML documents and fragments', () => {
    expect(sniff(bytes('<!DOCTYPE html><html><body><p>x</p></body></html>'))).toEqual({ kind: 'html' });
    expect(sniff(bytes('\uFEFF  <!-- saved page -->\n<html lang="en"><p>x</p></html>'))).toEqual({ kind: 'html' });
    expect(sniff(bytes('<p>A fragment.</p><p>Another.</p>'))).toEqual({ kind: 'html' });
  });

  it('keeps text that merely mentions markup as text', () => {
    expect(sniff(bytes('The page used a <p> tag and a <div>.'))).toEqual({ kind: 'text' });
    expect(looksLikeHtml('ISAF said five <b>insurgents</b> were killed.')).toBe(false);
  });

  it('accepts UTF-8 text with and without a BOM', () => {
    expect(sniff(bytes('Kunduz — the “governor” said'))).toEqual({ kind: 'text' });
    expect(sniff(bytes('\uFEFFKunduz'))).toEqual({ kind: 'text' });
  });

  it('names common binary formats', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(sniff(png)).toEqual({ kind: 'binary', label: 'a PNG image' });
    expect(sniff(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2]))).toEqual({ kind: 'binary', label: 'a JPEG image' });
    expect(sniff(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1]))).toMatchObject({ kind: 'binary' });
    expect(sniff(bytes('text with a \u0000 NUL'))).toEqual({ kind: 'binary', label: 'binary data' });
  });

  it('tells non-UTF-8 text apart', () => {
    expect(sniff(new Uint8Array(Buffer.from('Caf\xe9 in Kunduz', 'latin1')))).toEqual({ kind: 'non-utf8' });
    expect(sniff(new Uint8Array(Buffer.from('\uFEFFhello', 'utf16le')))).toEqual({ kind: 'non-utf8' });
  });
});
