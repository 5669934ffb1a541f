import { segment } from './index';
import { splitLines } from './lines';
import { isPdfLike, isTitleLine } from './pdf';
import { kinds } from './testing';

const RULE = ' '.repeat(59);
const PDF = [
  ' The northern provinces went through a long season of raids, kidnappings and ',
  '',
  'bombings during the years of the first regime in Kabul, which ended in 2001. That era ',
  '',
  'let several foreign armed groups find shelter and training under the protection of the ',
  '',
  'movement,1 which turned the valleys into a base for attacks, the conse-',
  '',
  'quences of which reached well beyond the border. Displaced families crossed in their ',
  '',
  'thousands and strained the clinics and schools of the towns that received them.  ',
  '',
  ' ',
  '',
  'The Displacement Question ',
  '',
  'The change of government in the capital pushed many families northwards across the ',
  '',
  'river into the neighbouring republics, where local officials opened temporary camps. The ',
  '',
  'arrival of so many people is bound to strain the small health services of the ',
  RULE,
  '1 “Militants Celebrate in the Valleys, Promise More Raids”, The Daily Record, 14 ',
  '',
  'March 2020.  ',
  '2 Ibid. ',
  '',
  'https://www.example.org/news/militants-celebrate-in-the-valleys/article1234.ece',
  ' border districts, which already lack doctors, medicine and reliable electricity. ',
  '',
  'One republic seems ready to host more families, while another has sealed its frontier entirely. ',
].join('\n');

describe('PDF-extracted text', () => {
  it('detects hard-wrapped text but not web paragraphs or press releases', () => {
    expect(isPdfLike(PDF, splitLines(PDF))).toBe(true);
    const web = Array(12)
      .fill('This is a long web paragraph that ends properly with a full stop and goes on for a while.')
      .join('\n\n');
    expect(isPdfLike(web, splitLines(web))).toBe(false);
  });

  it('joins broken lines into sentences that are still slices of the input', () => {
    const doc = segment(PDF);
    const s = doc.segments.find((x) => x.text.startsWith('That era'));
    expect(s?.kind).toBe('assertion');
    expect(s?.text).toContain('\n');
    expect(s?.text.endsWith('well beyond the border.')).toBe(true);
    expect(s?.references).toEqual(['1']);
    for (const seg of doc.segments) expect(PDF.slice(seg.start, seg.end)).toBe(seg.text);
  });

  it('keeps a title-case line standing alone as a heading', () => {
    expect(kinds(PDF).find(([, t]) => t === 'The Displacement Question')?.[0]).toBe('heading');
    expect(isTitleLine('Smuggling Routes and Border Posts')).toBe(true);
    expect(isTitleLine('Herders. The border guards moved the families to camps, however')).toBe(false);
    expect(isTitleLine('the commanders placed a local militia in charge of')).toBe(false);
  });

  it('carves footnotes and their URLs out of the body and pairs them up', () => {
    const doc = segment(PDF);
    expect(doc.referenceEntries.map((e) => [e.label, e.urls.length])).toEqual([
      ['1', 1],
      ['2', 0],
    ]);
    expect(doc.referenceEntries[0].text).toContain('March 2020.');
    const refs = doc.segments.filter((s) => s.kind === 'reference').map((s) => s.text.slice(0, 12));
    expect(refs).toEqual(['1 “Militants', '2 Ibid.', 'https://www.']);
    // The body resumes after the link list; no body sentence swallows a footnote.
    for (const s of doc.segments.filter((x) => x.kind === 'assertion'))
      expect(s.text).not.toMatch(/Daily Record|https?:/);
    expect(doc.segments.some((s) => s.text.startsWith('One republic seems ready'))).toBe(true);
  });
});
