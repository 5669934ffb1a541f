import {
  BadRequestException,
  CallHandler,
  ExecutionContext,
  HttpException,
  Injectable,
  NestInterceptor,
  PayloadTooLargeException,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { Observable } from 'rxjs';
import { AppConfig } from '../config/config.module';

export const UPLOAD_FIELD = 'file';

/** "5 MB", "1.5 MB", "800 KB": limits in messages people read. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

/**
 * Multer for the one `file` field, in memory (uploads are small and go straight into the
 * database), with limits from MAX_UPLOAD_BYTES read at start-up rather than fixed in a decorator.
 * Multer's own errors ("File too large", "Unexpected field") are rewritten into messages that say
 * what the limit is and what to send instead.
 */
@Injectable()
export class UploadInterceptor implements NestInterceptor {
  private readonly inner: NestInterceptor;
  private readonly max: number;

  constructor(config: AppConfig) {
    this.max = config.get('MAX_UPLOAD_BYTES');
    const Inner = FileInterceptor(UPLOAD_FIELD, {
      // Text fields may carry a whole article (text/html), so they get the same limit as files.
      limits: { fileSize: this.max, files: 1, fields: 20, fieldSize: this.max, parts: 24 },
    });
    this.inner = new Inner();
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await this.inner.intercept(context, next);
    } catch (e) {
      throw this.explain(e);
    }
  }

  private explain(e: unknown): unknown {
    if (!(e instanceof HttpException)) return e;
    const m = e.message;
    if (e instanceof PayloadTooLargeException || /too large|too long/i.test(m)) {
      return new PayloadTooLargeException(
        `The upload is larger than the limit of ${formatBytes(this.max)} (MAX_UPLOAD_BYTES)`,
      );
    }
    if (/unexpected (file )?field/i.test(m))
      return new BadRequestException(`Upload the article in a single form field named "${UPLOAD_FIELD}"`);
    if (/too many/i.test(m))
      return new BadRequestException(
        `Too many parts in the form: send one "${UPLOAD_FIELD}" and the metadata fields only`,
      );
    if (/multipart|boundary|unexpected end/i.test(m))
      return new BadRequestException(`The multipart form is malformed: ${m}`);
    return e;
  }
}
