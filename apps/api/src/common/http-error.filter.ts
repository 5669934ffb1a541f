import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { Response } from 'express';

interface BodyParserError {
  type?: string;
  status?: number;
  limit?: number;
  message?: string;
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
      const message = typeof body === 'string' ? body : ((body as { message?: string | string[] }).message ?? e.message);
      // Nest turns body-parser's SyntaxError into a bare BadRequestException("… in JSON at position …").
      if (e.getStatus() === 400 && typeof message === 'string' && e.cause === undefined && /JSON/.test(message) && !message.startsWith('The request body')) {
        return { status: 400, message: `The request body is not valid JSON: ${message}` };
      }
      return { status: e.getStatus(), message };
    }
    const bp = e as BodyParserError;
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
