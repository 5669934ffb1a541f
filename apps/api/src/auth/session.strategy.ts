import { Injectable } from '@nestjs/common';
import { Request } from 'express';
import { AccessTokenService } from './access-token.service';
import { CredentialStrategy } from './credential-strategy';
import { AuthUser } from '../access/current-user.decorator';
import { isUnsafeMethod, SessionCookies } from './session-cookies';

/**
 * The web UI's session cookie (after BearerStrategy: a request with an Authorization header is
 * decided by it). Browsers attach cookies to cross-site requests too, so every unsafe request
 * authenticated this way must also prove it came from our page with the X-CSRF-Token header;
 * bearer and API tokens are never sent automatically and need no such proof.
 */
@Injectable()
export class SessionStrategy implements CredentialStrategy {
  constructor(
    private readonly accessTokens: AccessTokenService,
    private readonly cookies: SessionCookies,
  ) {}

  async authenticate(req: Request): Promise<AuthUser | undefined> {
    const token = this.cookies.sessionToken(req);
    if (token === undefined) return undefined;
    const user = await this.accessTokens.authenticate(token);
    if (isUnsafeMethod(req.method)) this.cookies.assertCsrf(req);
    return { ...user, via: 'session' };
  }
}
