import { UnprocessableEntityException, UnsupportedMediaTypeException } from '@nestjs/common';
import {
  describeExtensions,
  describeFormats,
  extensionOf,
  formatOfFilename,
  uploadFormat,
  type FormatKind,
} from '@auditor/vocabulary';
import { EXTRACTORS, type Extraction, type Extractor } from './extractors';
import { normaliseText } from './normalise';
import { sniff } from './sniff';

export type ArticleFormat = FormatKind;

export type ExtractionInput =
  | { source: 'text'; text: string }
  | { source: 'html'; html: string }
  | { source: 'file'; bytes: Uint8Array; filename?: string };

export interface Extracted {
  /** Normalised text to store and score (never empty). */
  text: string;
  /** Title found in the document (HTML <title>/Readability, PDF metadata). */
  title: string | null;
  format: ArticleFormat;
  original: { bytes: Uint8Array; mediaType: string; filename: string | null };
}

const formatName = (f: ArticleFormat) => uploadFormat(f).label;

/**
 * Turns an upload into article text. Errors are HTTP errors with a message meant for the person
 * uploading: 415 when the bytes are not (or not honestly) a supported type, 422 when they are
 * the right type but yield no usable text (corrupt or encrypted PDF, empty document).
 */
export async function extractArticle(input: ExtractionInput): Promise<Extracted> {
  switch (input.source) {
    case 'text':
      return finish('text', await EXTRACTORS.text.extract(input.text), Buffer.from(input.text, 'utf8'), null);
    case 'html':
      return finish('html', await EXTRACTORS.html.extract(input.html), Buffer.from(input.html, 'utf8'), null);
    case 'file':
      return extractFile(input.bytes, input.filename);
  }
}

async function extractFile(bytes: Uint8Array, filename: string | undefined): Promise<Extracted> {
  const name = filename?.trim() || null;
  const declared = formatOfFilename(name);
  if (declared === null) {
    throw new UnsupportedMediaTypeException(
      `Unsupported file type "${extensionOf(name) || name}": upload a ${describeExtensions()} file`,
    );
  }
  if (bytes.length === 0) throw new UnprocessableEntityException('The uploaded file is empty');

  const actual = sniff(bytes);
  const label = name ? `"${name}"` : 'The uploaded file';
  if (actual.kind === 'binary') {
    throw new UnsupportedMediaTypeException(`${label} looks like ${actual.label}, not a ${describeFormats()} article`);
  }
  if (actual.kind === 'non-utf8') {
    // 415, like a request body in an unsupported charset: the fix is to re-save the file as UTF-8.
    throw new UnsupportedMediaTypeException(`${label} is not valid UTF-8 text; save it as UTF-8 and upload it again`);
  }
  if (declared !== 'none' && declared !== actual.kind) {
    throw new UnsupportedMediaTypeException(
      `${label} is named as ${formatName(declared)} file but its content is ${formatName(actual.kind)}; rename it or upload the right file`,
    );
  }

  const extractor: Extractor = EXTRACTORS[actual.kind];
  // A text format is named only once the bytes decoded as strict UTF-8.
  const found =
    extractor.reads === 'bytes'
      ? await extractor.extract(bytes)
      : await extractor.extract(new TextDecoder('utf-8').decode(bytes));
  return finish(actual.kind, found, bytes, name);
}

function finish(format: ArticleFormat, found: Extraction, bytes: Uint8Array, filename: string | null): Extracted {
  const text = normaliseText(found.text);
  if (!text) throw new UnprocessableEntityException(EXTRACTORS[format].empty);
  return {
    text,
    title: found.title,
    format,
    original: { bytes, mediaType: uploadFormat(format).storedMediaType, filename },
  };
}
