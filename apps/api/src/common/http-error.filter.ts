import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { Response } from 'express';
import { HttpProblem } from './request-hygiene';

interface BodyParserError {
  type?: string;
  status?: number;
  limit?: number;
  message?: string;
  code?: string;
}

/** zlib's and brotli's error codes (Z_DATA_ERROR, ERR__ERROR_FORMAT_PADDING_2…): a body that says it is compressed but does not decompress. */
const DECOMPRESSION_CODE = /^(Z_|ERR__ERROR|ERR_BROTLI|ERR_ZLIB)/;

/**
 * SQLSTATE class 22 (data exception: invalid byte sequence, numeric out of range, invalid text
 * representation) from PostgreSQL, however deeply Prisma or its driver adapter wrapped it. These
 * come from values in the request, so they are the client's error; everything else stays a 500.
 */
export function dataExceptionOf(e: unknown): string | null {
  const seen = new Set<unknown>();
  const visit = (x: unknown, depth: number): string | null => {
    if (!x || typeof x !== 'object' || seen.has(x) || depth > 4) return null;
    seen.add(x);
    const o = x as Record<string, unknown>;
    for (const key of ['originalCode', 'code']) {
      const code = o[key];
      if (typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code)) return code;
    }
    for (const key of ['cause', 'meta', 'driverAdapterError']) {
      const found = visit(o[key], depth + 1);
      if (found) return found;
    }
    return null;
  };
  const code = visit(e, 0);
  if (code) return code;
  const message = e instanceof Error ? e.message : '';
  return /invalid byte sequence for encoding|value out of range|out of range for type|invalid input syntax for type/.test(
    message,
  )
    ? '22000'
    : null;
}

/**
 * One error shape for every failure: `{statusCode, error, message}` with a message a person can
 * act on. Body-parser failures (too large, wrong charset) become 413/415 here, invalid JSON 400;
 * anything unexpected is logged and answered with a plain 500.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const { status, message } = this.describe(exception);
    if (status >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    res.status(status).json({ statusCode: status, error: HttpStatus[status] ?? 'Error', message });
  }

  private describe(e: unknown): { status: number; message: string | string[] } {
    if (e instanceof HttpException) {
      const body = e.getResponse();
      const message =
        typeof body === 'string' ? body : ((body as { message?: string | string[] }).message ?? e.message);
      // Nest turns body-parser's SyntaxError into a bare BadRequestException("… in JSON at position …").
      if (
        e.getStatus() === 400 &&
        typeof message === 'string' &&
        e.cause === undefined &&
        /JSON/.test(message) &&
        !message.startsWith('The request body')
      ) {
        return { status: 400, message: `The request body is not valid JSON: ${message}` };
      }
      return { status: e.getStatus(), message };
    }
    // Also the JSON shape check's error: body-parser passes its verify hook's error on as it is.
    if (e instanceof HttpProblem) return { status: e.status, message: e.message };
    const bp = e as BodyParserError;
    if (typeof bp?.code === 'string' && DECOMPRESSION_CODE.test(bp.code))
      return { status: 400, message: 'The request body could not be decompressed as its Content-Encoding says' };
    if (dataExceptionOf(e))
      return { status: 400, message: 'A value in the request is out of range or not valid text for the database' };
    switch (bp?.type) {
      case 'entity.too.large':
        return { status: 413, message: `The request body is larger than the limit of ${bp.limit} bytes` };
      case 'encoding.unsupported':
      case 'charset.unsupported':
        return { status: 415, message: 'The request body must be UTF-8 encoded' };
      case 'request.aborted':
        return { status: 400, message: 'The request was aborted before its body arrived' };
    }
    return { status: 500, message: 'Internal server error' };
  }
}
