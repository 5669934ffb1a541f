import { BadRequestException, PayloadTooLargeException } from '@nestjs/common';
import { ExtractionInput } from '../extraction/extract';
import { UploadArticleDto } from './dto/upload-article.dto';
import { formatBytes, UPLOAD_FIELD } from './upload.interceptor';

/** The part of a multer file this API uses (kept local: @types/multer's globals are not needed). */
export interface UploadedFileLike {
  buffer: Buffer;
  originalname: string;
  size: number;
}

/**
 * Picks the article's content from a request: exactly one of a `file` part, `text` or `html`.
 * Size is checked here for text and HTML (multer enforces it on files); the JSON body limit is a
 * little larger than MAX_UPLOAD_BYTES to leave room for escaping and metadata.
 */
export function uploadSource(
  dto: UploadArticleDto,
  file: UploadedFileLike | undefined,
  maxBytes: number,
): ExtractionInput {
  // null counts as absent: @IsOptional lets it through validation, and it carries no content.
  const given = [file && UPLOAD_FIELD, dto.text != null && 'text', dto.html != null && 'html'].filter(
    (x): x is string => Boolean(x),
  );
  if (given.length === 0)
    throw new BadRequestException(
      `Send the article as exactly one of: "text", "html", or a "${UPLOAD_FIELD}" upload (multipart/form-data)`,
    );
  if (given.length > 1)
    throw new BadRequestException(
      `Send exactly one of "text", "html" or "${UPLOAD_FIELD}", not ${given.map((g) => `"${g}"`).join(' and ')}`,
    );

  if (file)
    return {
      source: 'file',
      bytes: new Uint8Array(file.buffer.buffer, file.buffer.byteOffset, file.buffer.byteLength),
      filename: file.originalname,
    };
  const [field, value] = dto.text != null ? (['text', dto.text] as const) : (['html', dto.html ?? ''] as const);
  const size = Buffer.byteLength(value, 'utf8');
  if (size > maxBytes)
    throw new PayloadTooLargeException(
      `The ${field} is ${formatBytes(size)}, larger than the limit of ${formatBytes(maxBytes)} (MAX_UPLOAD_BYTES)`,
    );
  if (!value.trim()) throw new BadRequestException(`The ${field} is empty: send the article's content`);
  return field === 'text' ? { source: 'text', text: value } : { source: 'html', html: value };
}
