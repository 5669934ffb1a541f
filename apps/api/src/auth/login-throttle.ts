import { createHash } from 'node:crypto';
import { ExecutionContext } from '@nestjs/common';
import { ThrottlerModuleOptions, ThrottlerStorage } from '@nestjs/throttler';
import { Request, Response } from 'express';
import { AppConfig } from '../config/config.module';
import { AuthedRequest } from '../access/current-user.decorator';
import { normalizeEmail } from '../users/users.service';

/** Counts attempts per client address. */
export const LOGIN_THROTTLER = 'login';
/** Counts attempts per account (normalised e-mail), from any address. */
export const ACCOUNT_THROTTLER = 'account';

type AttemptRequest = Request & AuthedRequest;

const bodyField = (req: AttemptRequest, field: string): unknown =>
  req.body !== null && typeof req.body === 'object' ? (req.body as Record<string, unknown>)[field] : undefined;

/**
 * The password a request asks us to check, if any: sign-in sends `password`; a signed-in user
 * changing their own sends `currentPassword` (an admin setting someone else's checks none).
 */
const checkedPassword = (req: AttemptRequest): unknown => bodyField(req, req.user ? 'currentPassword' : 'password');

/** The account the attempt is against: the signed-in user's, or the e-mail being signed in to. */
function account(req: AttemptRequest): string {
  if (req.user) return req.user.email;
  const email = bodyField(req, 'email');
  return typeof email === 'string' ? normalizeEmail(email) : '';
}

// Hashed: the table holds neither addresses nor e-mails, and every key has the same short size.
const attemptKey = (_ctx: ExecutionContext, tracker: string, name: string) =>
  `${name}:${createHash('sha256').update(tracker).digest('base64url')}`;

/**
 * The ThrottlerGuard on every route that checks a password: POST /api/auth/login, POST
 * /api/auth/session, POST /api/auth/password and PATCH /api/users/:id with currentPassword.
 * LOGIN_RATE_LIMIT_PER_MINUTE attempts a minute per client address (behind a proxy, set
 * TRUST_PROXY so the address is the client's) and as many per account, counted in PostgreSQL
 * (`storage`) so that several API processes share one count. A request that carries no password
 * to check is not counted.
 */
export function loginThrottleOptions(config: AppConfig, storage: ThrottlerStorage): ThrottlerModuleOptions {
  const limit = config.get('LOGIN_RATE_LIMIT_PER_MINUTE');
  return {
    storage,
    skipIf: (ctx) => typeof checkedPassword(ctx.switchToHttp().getRequest<AttemptRequest>()) !== 'string',
    // The same names, hence the same counts, on every route: one per address, one per account.
    throttlers: [
      { name: LOGIN_THROTTLER, ttl: 60_000, limit, generateKey: attemptKey },
      {
        name: ACCOUNT_THROTTLER,
        ttl: 60_000,
        limit,
        generateKey: attemptKey,
        getTracker: (req) => account(req as AttemptRequest),
      },
    ],
    errorMessage: (ctx, detail) => {
      const http = ctx.switchToHttp();
      const seconds = Math.max(1, Math.ceil(detail.timeToBlockExpire));
      // The standard header too (the guard only sets its own per-throttler Retry-After-<name>).
      http.getResponse<Response>().setHeader('Retry-After', String(seconds));
      const what = http.getRequest<AttemptRequest>().user ? 'password attempts' : 'sign-in attempts';
      const whose = detail.key.startsWith(`${ACCOUNT_THROTTLER}:`) ? 'for this account' : 'from this address';
      return `Too many ${what} ${whose}: at most ${detail.limit} a minute. Try again in ${seconds} seconds.`;
    },
  };
}
