import { dateFromHtml, dateFromText, deriveTitle, htmlTitle } from '@auditor/scoring';
import type { PublishedAtSource } from '@auditor/vocabulary';
import type { Extracted } from '../extraction/extract';

export interface DerivedMetadata {
  title: string | null;
  publishedAt: Date | null;
  publishedAtSource: PublishedAtSource;
}

/** The stored title column's bound (the upload DTO's MaxLength). */
const MAX_TITLE = 500;

/**
 * Title and publication date of a new article: what the uploader gave, else what the document
 * says about itself (HTML metadata, then the text's masthead or dateline). The upload date is
 * never a stand-in: an article nobody dated stays undated (publishedAt null, source "none").
 */
export function deriveMetadata(
  extracted: Extracted,
  given: { title?: string; publishedAt?: string },
  now = new Date(),
): DerivedMetadata {
  const html = extracted.format === 'html' ? Buffer.from(extracted.original.bytes).toString('utf8') : null;
  const title =
    given.title?.trim() ||
    extracted.title?.trim().slice(0, MAX_TITLE) ||
    (html && htmlTitle(html)) ||
    deriveTitle(extracted.text);
  if (given.publishedAt)
    return { title: title || null, publishedAt: new Date(given.publishedAt), publishedAtSource: 'given' };
  const fromMeta = html ? dateFromHtml(html, now) : null;
  if (fromMeta) return { title: title || null, publishedAt: fromMeta, publishedAtSource: 'metadata' };
  const fromText = dateFromText(extracted.text, now);
  return { title: title || null, publishedAt: fromText, publishedAtSource: fromText ? 'text' : 'none' };
}
