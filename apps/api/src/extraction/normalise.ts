import { createHash } from 'node:crypto';

/**
 * The text stored and scored: line endings unified, BOM and NULs dropped (PostgreSQL text cannot
 * hold NUL), outer whitespace trimmed. Inner layout is kept — paragraph breaks matter to the
 * segmenter, and assertion offsets index exactly this string.
 */
export function normaliseText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replaceAll('\u0000', '')
    .trim();
}

/**
 * Identity of an article's content: SHA-256 of its text with whitespace collapsed, so the same
 * article pasted, uploaded as .txt or re-wrapped by a PDF reader's line breaks is one article.
 */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.trim().replace(/\s+/g, ' '), 'utf8').digest('hex');
}
