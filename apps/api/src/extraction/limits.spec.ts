import { buildPdf } from '../../test/support/pdf';
import { closeHtmlPool, extractHtmlInThread, HtmlExtractionError } from './html-pool';
import { extractPdf, PdfExtractionError } from './pdf';

// Hostile documents cost a thread its time or memory, never the service: each limit answers
// with a message saying what was too much.
afterAll(() => closeHtmlPool());

describe('document limits', () => {
  it('reads HTML in a thread and gives the same result as before', async () => {
    const r = await extractHtmlInThread(
      '<html><head><title>T</title></head><body><p>The council met on Monday in Herat.</p></body></html>',
    );
    expect(r.text).toContain('The council met on Monday in Herat.');
    expect(r.title).toBe('T');
  });

  it('abandons HTML that takes longer than its time limit', async () => {
    const wide = `<html><body>${'<p>Para.</p>'.repeat(100_000)}</body></html>`;
    await expect(extractHtmlInThread(wide, 5)).rejects.toThrow(HtmlExtractionError);
    await expect(extractHtmlInThread(wide, 5)).rejects.toThrow(/took longer than/);
  });

  it('refuses HTML nested deeper than a browser would build, before parsing it', async () => {
    const nested = `<html><body>${'<div>'.repeat(400_000)}x</body></html>`;
    // the depth message, not the time limit's: the document was never parsed
    await expect(extractHtmlInThread(nested)).rejects.toThrow(/nested more than 512 elements deep/);
  });

  it('refuses a PDF with more pages than the cap, saying the cap', async () => {
    const pdf = buildPdf(['One page of text about a convoy near Jalalabad.']);
    await expect(extractPdf(pdf, { maxPages: 1 })).resolves.toMatchObject({ pages: 1 });
    const refused = extractPdf(pdf, { maxPages: 0 });
    await expect(refused).rejects.toBeInstanceOf(PdfExtractionError);
    await expect(refused).rejects.toThrow(/has 1 pages; the limit is 0/);
  });
});
