import { json, urlencoded } from 'express';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { parse as parseContentType } from 'content-type';

/**
 * Checks that run before any controller, so no request can cost more than its size or reach the
 * database with values PostgreSQL refuses. Each failure is an `HttpProblem` the error filter
 * answers with its status and message.
 */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Body-parser's decoders; anything else is refused before a byte is read. */
const ENCODINGS = new Set(['identity', 'gzip', 'deflate', 'br']);

/**
 * Structural limits on JSON bodies, checked on the raw text before `JSON.parse`: validation cost
 * grows faster than linearly with the number of keys (500,000 keys held the event loop 141 s) and
 * deep nesting overflows the transformer's recursion. The largest legitimate body, a bulk review of
 * 200 assertion ids, has 4 keys and depth 2.
 */
export const JSON_MAX_KEYS = 1000;
export const JSON_MAX_DEPTH = 16;

export interface BodyLimits {
  /** Bytes allowed for the one route that carries whole articles. */
  articleBytes: number;
}

/** Per-route body size: sign-in bodies a few KB, other metadata small, only article text large. */
export function bodyLimitFor(req: Pick<Request, 'method' | 'path'>, limits: BodyLimits): number {
  const path = req.path.replace(/\/+$/, '');
  if (req.method === 'POST' && path === '/api/articles') return limits.articleBytes;
  if (path === '/api/auth/login' || path === '/api/auth/session' || path === '/api/auth/password') return 8 * 1024;
  return 64 * 1024;
}

/** Counts keys and nesting of a JSON text in one pass, ignoring the contents of strings. */
export function jsonShape(text: string): { keys: number; depth: number } {
  let keys = 0;
  let depth = 0;
  let maxDepth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) maxDepth = Math.max(maxDepth, ++depth);
    else if (c === 0x7d || c === 0x5d) depth--;
    else if (c === 0x3a) keys++;
  }
  return { keys, depth: maxDepth };
}

function checkJsonShape(_req: unknown, _res: unknown, buf: Buffer): void {
  const { keys, depth } = jsonShape(buf.toString('utf8'));
  if (depth > JSON_MAX_DEPTH) {
    throw new HttpProblem(400, `The JSON body is nested ${depth} levels deep; the limit is ${JSON_MAX_DEPTH}`);
  }
  if (keys > JSON_MAX_KEYS) {
    throw new HttpProblem(413, `The JSON body has ${keys} keys; the limit is ${JSON_MAX_KEYS}`);
  }
}

/** Refuses encodings and media types the parsers cannot handle, with the reason. */
export function contentHeaderGuard(req: Request, _res: Response, next: NextFunction): void {
  const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (!ENCODINGS.has(encoding)) {
    return next(
      new HttpProblem(415, `Content-Encoding "${encoding}" is not supported; send identity, gzip, deflate or br`),
    );
  }
  const type = req.headers['content-type'];
  if (type === undefined) return next();
  let media: string;
  try {
    media = parseContentType(type).type;
  } catch {
    return next(new HttpProblem(400, 'The Content-Type header is malformed'));
  }
  if (media.startsWith('multipart/') && media !== 'multipart/form-data') {
    return next(
      new HttpProblem(415, `Content-Type "${media}" is not accepted; send multipart/form-data or application/json`),
    );
  }
  next();
}

/** JSON and form parsers whose size limit depends on the route, both with the shape check. */
export function bodyParsers(limits: BodyLimits): RequestHandler[] {
  const cache = new Map<number, RequestHandler[]>();
  const parsersFor = (limit: number): RequestHandler[] => {
    let p = cache.get(limit);
    if (!p) {
      p = [json({ limit, verify: checkJsonShape }), urlencoded({ limit: Math.min(limit, 64 * 1024), extended: false })];
      cache.set(limit, p);
    }
    return p;
  };
  return [0, 1].map(
    (which) => (req: Request, res: Response, next: NextFunction) =>
      parsersFor(bodyLimitFor(req, limits))[which]!(req, res, next),
  );
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Finds the first string PostgreSQL cannot store (it refuses NUL in text, and lone UTF-16
 * surrogates cannot be encoded as UTF-8): where it is (`items[2].name`) and what is wrong.
 */
export function findUnstorableString(value: unknown, path = ''): { path: string; problem: string } | null {
  if (typeof value === 'string') {
    if (value.includes('\u0000'))
      return { path, problem: 'contains a NUL character (\\u0000), which cannot be stored' };
    if (LONE_SURROGATE.test(value))
      return { path, problem: 'contains an unpaired UTF-16 surrogate, which is not valid Unicode' };
    return null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnstorableString(value[i], `${path}[${i}]`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const at = path ? `${path}.${k}` : k;
      const found = findUnstorableString(k, at) ?? findUnstorableString(v, at);
      if (found) return found;
    }
  }
  return null;
}

/** Path, query parameters and JSON fields: one 400 naming the field instead of a database error. */
export function stringGuard(req: Request, _res: Response, next: NextFunction): void {
  let path: string;
  try {
    path = decodeURIComponent(req.path);
  } catch {
    return next(new HttpProblem(400, 'The request path is not valid percent-encoded UTF-8'));
  }
  const inPath = findUnstorableString(path);
  if (inPath) return next(new HttpProblem(400, `The request path ${inPath.problem}`));
  const inQuery = findUnstorableString(req.query);
  if (inQuery) return next(new HttpProblem(400, `Query parameter "${inQuery.path}" ${inQuery.problem}`));
  const inBody = req.body && typeof req.body === 'object' ? findUnstorableString(req.body) : null;
  if (inBody) return next(new HttpProblem(400, `Field "${inBody.path}" ${inBody.problem}`));
  next();
}
