import { htmlNestingDepth, MAX_HTML_DEPTH } from './html-depth';

describe('htmlNestingDepth', () => {
  it('counts nested elements, not siblings', () => {
    expect(htmlNestingDepth('<html><body><div><section><p>a</p></section></div><div>b</div></body></html>')).toBe(4);
  });

  it('does not count void elements, self-closed tags or implied end tags (old pages of unclosed paragraphs)', () => {
    const old = `<html><body>${'<p>Paragraph<br>line<img src=x>'.repeat(5_000)}<li>x<li>y<td>z<svg/></body></html>`;
    expect(htmlNestingDepth(old)).toBe(2);
  });

  it('ignores markup inside scripts, styles and comments', () => {
    const html = `<body><script>var s = "${'<div>'.repeat(1000)}";</script><!-- ${'<div>'.repeat(1000)} --><div>x</div></body>`;
    expect(htmlNestingDepth(html)).toBe(2);
  });

  it('finds hostile nesting quickly and stops counting past the limit', () => {
    const nested = `<html><body>${'<div>'.repeat(400_000)}x</body></html>`;
    expect(htmlNestingDepth(nested, MAX_HTML_DEPTH)).toBe(MAX_HTML_DEPTH + 1);
    expect(htmlNestingDepth(nested)).toBe(400_002);
  });
});
