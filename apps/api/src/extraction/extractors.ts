import { ServiceUnavailableException, UnprocessableEntityException } from '@nestjs/common';
import { FORMAT_KINDS, type FormatKind } from '@auditor/vocabulary';
import { looksLikeHtml } from './html';
import { extractHtmlInThread, HtmlExtractionError, HtmlReaderBusyError } from './html-pool';
import { extractPdf, looksLikePdf, PdfExtractionError } from './pdf';

/** What an extractor found; the caller normalises `text` and refuses it when nothing is left. */
export interface Extraction {
  text: string;
  title: string | null;
}

/**
 * How the service reads one upload format: how sniffing recognises its bytes, and how the text
 * comes out. Formats read from raw bytes are tried first (before the binary signatures: some PDF
 * generators prepend junk); text formats get the content once it decoded as UTF-8.
 */
export type Extractor = (
  | { reads: 'bytes'; recognise(bytes: Uint8Array): boolean; extract(bytes: Uint8Array): Promise<Extraction> }
  /** Without `recognise` the format takes whatever valid UTF-8 no other text format claimed. */
  | { reads: 'text'; recognise?(text: string): boolean; extract(text: string): Extraction | Promise<Extraction> }
) & {
  /** The 422 message when the document holds no readable text. */
  empty: string;
};

/**
 * One extractor per format of the vocabulary's table: keyed by `FormatKind`, so a format added
 * there does not compile until it is given one here.
 */
export const EXTRACTORS = {
  text: { reads: 'text', extract: (text: string) => ({ text, title: null }), empty: 'The article text is empty' },
  html: {
    reads: 'text',
    recognise: looksLikeHtml,
    async extract(html: string) {
      try {
        return await extractHtmlInThread(html);
      } catch (e) {
        if (e instanceof HtmlExtractionError) throw new UnprocessableEntityException(e.message);
        if (e instanceof HtmlReaderBusyError) throw new ServiceUnavailableException(e.message);
        throw e;
      }
    },
    empty: 'The HTML contains no readable text outside scripts, styles and markup',
  },
  pdf: {
    reads: 'bytes',
    recognise: looksLikePdf,
    async extract(bytes: Uint8Array) {
      try {
        return await extractPdf(bytes);
      } catch (e) {
        // The PDF's own fault (corrupt, encrypted, too slow to read): the uploader can fix it.
        if (e instanceof PdfExtractionError) throw new UnprocessableEntityException(e.message);
        throw e;
      }
    },
    empty: 'The PDF contains no extractable text (is it a scanned image? run OCR first)',
  },
} as const satisfies Record<FormatKind, Extractor>;

/** Every format with its extractor, in the vocabulary table's order. */
export const FORMAT_EXTRACTORS: ReadonlyArray<{ kind: FormatKind; extractor: Extractor }> = FORMAT_KINDS.map(
  (kind) => ({ kind, extractor: EXTRACTORS[kind] }),
);
