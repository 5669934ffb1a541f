import { hkdfSync } from 'node:crypto';
import { ForbiddenException, Inject, Injectable } from '@nestjs/common';
import { doubleCsrf, DoubleCsrfUtilities } from 'csrf-csrf';
import { CookieOptions, Request, Response } from 'express';
import { AppConfig } from '../config/config.module';

/** The HMAC key for CSRF tokens (derived from the JWT secret, see csrfKeyFromJwtSecret). */
export const CSRF_KEY = Symbol('CSRF_KEY');

export const CSRF_HEADER = 'X-CSRF-Token';
export const CSRF_ERROR = 'missing or invalid CSRF token; reload the page';

/**
 * A key of its own for CSRF tokens, derived from the JWT secret with HKDF: no new setting to
 * configure, yet a CSRF token can never be confused with (or used to forge) a JWT signature.
 * Rotating JWT_SECRET rotates both.
 */
export function csrfKeyFromJwtSecret(jwtSecret: string): string {
  return Buffer.from(
    hkdfSync('sha256', Buffer.from(jwtSecret, 'utf8'), 'source-audit', 'csrf-token-hmac v1', 32),
  ).toString('hex');
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const isUnsafeMethod = (method: string) => UNSAFE.has(method.toUpperCase());

/**
 * The web UI's two cookies: the session (the same JWT POST /api/auth/login hands out, HttpOnly,
 * SameSite=Strict) and csrf-csrf's double-submit cookie, whose token is bound to that session
 * (HMAC over the session cookie's value) and must come back in the X-CSRF-Token header on every
 * unsafe request. With COOKIE_SECURE the cookies are Secure and carry the `__Host-` prefix, which
 * browsers only accept from https with Path=/ and no Domain, so a sibling subdomain cannot plant them.
 */
@Injectable()
export class SessionCookies {
  readonly secure: boolean;
  readonly sessionName: string;
  readonly csrfName: string;
  private readonly maxAgeMs: number;
  private readonly csrf: DoubleCsrfUtilities;

  constructor(config: AppConfig, @Inject(CSRF_KEY) csrfKey: string) {
    this.secure = config.get('COOKIE_SECURE') ?? false;
    this.sessionName = this.secure ? '__Host-sa_session' : 'sa_session';
    this.csrfName = this.secure ? '__Host-sa_csrf' : 'sa_csrf';
    this.maxAgeMs = config.get('JWT_TTL_SECONDS') * 1000;
    this.csrf = doubleCsrf({
      getSecret: () => csrfKey,
      getSessionIdentifier: (req) => this.sessionToken(req) ?? '',
      cookieName: this.csrfName,
      cookieOptions: this.cookieOptions(),
      getCsrfTokenFromRequest: (req) => req.get(CSRF_HEADER),
    });
  }

  private cookieOptions(): CookieOptions {
    return { httpOnly: true, sameSite: 'strict', path: '/', secure: this.secure, maxAge: this.maxAgeMs };
  }

  /** The session cookie's value (a JWT), or undefined when the request has none. */
  sessionToken(req: Request): string | undefined {
    const v = (req.cookies as Record<string, unknown> | undefined)?.[this.sessionName];
    return typeof v === 'string' && v !== '' ? v : undefined;
  }

  /** Sets the session cookie and a CSRF token bound to it; returns the token for the page to keep. */
  start(req: Request, res: Response, jwt: string): string {
    res.cookie(this.sessionName, jwt, this.cookieOptions());
    // The token is bound to the session identifier csrf-csrf reads from the request: the new one.
    req.cookies = { ...(req.cookies as Record<string, string> | undefined), [this.sessionName]: jwt };
    return this.csrf.generateCsrfToken(req, res, { overwrite: true });
  }

  /**
   * The current CSRF token for the request's session: the cookie's when it is still valid for
   * this session (so other open tabs keep working), else a new one.
   */
  csrfToken(req: Request, res: Response): string {
    return this.csrf.generateCsrfToken(req, res, { overwrite: false });
  }

  /** Throws 403 unless the X-CSRF-Token header matches the CSRF cookie and both belong to this session. */
  assertCsrf(req: Request): void {
    if (!this.csrf.validateRequest(req)) throw new ForbiddenException(CSRF_ERROR);
  }

  clear(res: Response): void {
    const { maxAge: _, ...options } = this.cookieOptions();
    res.clearCookie(this.sessionName, options);
    res.clearCookie(this.csrfName, options);
  }
}
