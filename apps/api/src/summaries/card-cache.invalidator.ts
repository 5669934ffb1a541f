import { Injectable, NestMiddleware } from '@nestjs/common';
import { NextFunction, Request, Response } from 'express';
import { CardCache } from './card-cache';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A successful write through this process (a review, an upload, a deletion) retires cached cards
 * at once, before the client can send its next request: the database notification covers other
 * processes, but may arrive a moment after this client reads back what it just changed.
 */
@Injectable()
export class CardCacheInvalidator implements NestMiddleware {
  constructor(private readonly cache: CardCache) {}

  use(req: Request, res: Response, next: NextFunction): void {
    if (!SAFE.has(req.method)) res.on('finish', () => res.statusCode < 400 && this.cache.invalidate());
    next();
  }
}
