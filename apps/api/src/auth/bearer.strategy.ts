import { Injectable, UnauthorizedException } from '@nestjs/common';
import { Request } from 'express';
import { AccessTokenService } from './access-token.service';
import { API_TOKEN_PREFIX, ApiTokensService } from './api-tokens.service';
import { CredentialStrategy } from './credential-strategy';
import { AuthUser } from '../access/current-user.decorator';

/** `Authorization: Bearer …` carrying either a login JWT or a `sat_…` API token. */
@Injectable()
export class BearerStrategy implements CredentialStrategy {
  constructor(
    private readonly accessTokens: AccessTokenService,
    private readonly apiTokens: ApiTokensService,
  ) {}

  async authenticate(req: Request): Promise<AuthUser | undefined> {
    const header = req.headers.authorization;
    if (header === undefined) return undefined;
    const m = /^Bearer +(\S+) *$/i.exec(header);
    if (!m) throw new UnauthorizedException('The Authorization header must be "Bearer <token>"');
    const token = m[1];
    return token.startsWith(API_TOKEN_PREFIX)
      ? this.apiTokens.authenticate(token)
      : this.accessTokens.authenticate(token);
  }
}
