import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { Request } from 'express';

/** What the card cache needs to know about the request it is serving (none outside a request). */
export interface CardReader {
  /** Who sent it (clientKey), to let a client read its own writes. */
  client: string | null;
  /** The request said `Cache-Control: no-cache`: no stored answer however new. */
  noCache: boolean;
}

const reader = new AsyncLocalStorage<CardReader>();

export const currentReader = (): CardReader | undefined => reader.getStore();

export function asReader<T>(r: CardReader, run: () => T): T {
  return reader.run(r, run);
}

/** `Cache-Control: no-cache` (or `no-store`, or `max-age=0`) on the request. */
export function asksForFresh(req: Request): boolean {
  const cc = req.headers['cache-control'];
  return typeof cc === 'string' && /\b(?:no-cache|no-store|max-age=0)\b/i.test(cc);
}

/**
 * Who sent a request, as far as telling clients apart goes: a digest of its bearer token or its
 * cookies, verified or not (a forged credential only earns itself computed answers, which
 * `Cache-Control: no-cache` gives anyone anyway). Null for a request with neither.
 */
export function clientKey(req: Request): string | null {
  const credential = req.headers.authorization ?? req.headers.cookie;
  return credential ? createHash('sha256').update(credential).digest('base64url') : null;
}
