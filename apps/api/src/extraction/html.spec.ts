import { blockText, extractHtml } from './html';

const PAGE = `<!doctype html><html><head><title>Taliban claims | The Daily</title>
<style>p { color: red } .evil::after { content: "STYLE-LEAK" }</style>
<script>window.secret = "SCRIPT-LEAK";</script></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article><h1>Taliban claims</h1>
<p>ISAF said five insurgents were killed in Kunduz on Monday, according to a statement released by the coalition in Kabul.</p>
<script>document.write("INLINE-SCRIPT-LEAK")</script>
<p>Officials said the area is calm now, though residents reported gunfire late into the night near the central market.</p>
<noscript>NOSCRIPT-LEAK</noscript>
<p>The governor's spokesman said <b>three</b> suspects were detained<br>and questioned.</p></article>
<footer>© 2024 The Daily</footer></body></html>`;

describe('extractHtml', () => {
  it('takes the article with Readability, paragraph by paragraph', () => {
    const r = extractHtml(PAGE);
    expect(r.readability).toBe(true);
    expect(r.text).toContain('ISAF said five insurgents were killed in Kunduz');
    expect(r.text).toContain('three suspects were detained\nand questioned.');
    // Paragraphs stay separate blocks, so sentences from two paragraphs never merge.
    expect(r.text).toMatch(/in Kabul\.\n\nOfficials said/);
    expect(r.text).not.toContain('Home');
  });

  it('never lets scripts, styles or noscript content into the text', () => {
    const r = extractHtml(PAGE);
    for (const leak of [
      'SCRIPT-LEAK',
      'STYLE-LEAK',
      'INLINE-SCRIPT-LEAK',
      'NOSCRIPT-LEAK',
      'window.secret',
      'color: red',
    ])
      expect(r.text).not.toContain(leak);
  });

  it('takes the title from the page', () => {
    expect(extractHtml(PAGE).title).toMatch(/^Taliban claims/);
  });

  it('falls back to the body text for short pages and fragments', () => {
    const r = extractHtml('<p>Just one short line.</p><p>And another.</p><script>x()</script>');
    expect(r.text).toBe('Just one short line.\n\nAnd another.');
    expect(r.title).toBeNull();
  });

  it('returns empty text when a page holds only scripts and markup', () => {
    expect(extractHtml('<html><head><script>var a = 1</script></head><body><div> </div></body></html>').text).toBe('');
  });

  it('decodes entities', () => {
    expect(extractHtml('<p>Kabul &amp; Kunduz &mdash; &#8220;quoted&#8221;</p>').text).toBe(
      'Kabul & Kunduz — “quoted”',
    );
  });
});

describe('blockText', () => {
  it('collapses inline whitespace and separates table cells', () => {
    const r = extractHtml('<table><tr><td>a</td><td>b</td></tr><tr><td>c   d</td></tr></table>');
    expect(r.text).toBe('a b\n\nc d');
    expect(typeof blockText).toBe('function');
  });
});
