import { Injectable, NestMiddleware } from '@nestjs/common';
import { NextFunction, Request, Response } from 'express';
import { CardCache } from './card-cache';
import { asksForFresh, asReader, clientKey } from './card-freshness';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A successful write through this process (a review, an upload, a deletion) tells the cache the
 * summaries changed, naming its client, who then reads past the cache until that change is applied
 * (see CardCache.changed): the database notification covers other processes, but may arrive a
 * moment after this client reads back what it just changed. Reads run as that client.
 */
@Injectable()
export class CardCacheInvalidator implements NestMiddleware {
  constructor(private readonly cache: CardCache) {}

  use(req: Request, res: Response, next: NextFunction): void {
    const client = clientKey(req);
    if (!SAFE.has(req.method)) res.on('finish', () => res.statusCode < 400 && this.cache.changed(client));
    asReader({ client, noCache: asksForFresh(req) }, next);
  }
}
