import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { User } from '../generated/prisma/client';
import { AppConfig } from '../config/config.module';
import { passwordVersion } from '../users/auth-user.cache';
import { UsersService } from '../users/users.service';
import { AuthUser } from '../access/current-user.decorator';

interface AccessTokenClaims {
  sub: string;
  /** Fingerprint of the password hash: changing the password ends every session issued before. */
  pwv: string;
}

export interface IssuedAccessToken {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  user: { id: string; email: string; role: User['role'] };
}

const ISSUER = 'source-audit';
const AUDIENCE = 'source-audit-api';

export { passwordVersion };

/** The short-lived bearer JWTs handed out by POST /api/auth/login. */
@Injectable()
export class AccessTokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly users: UsersService,
    private readonly config: AppConfig,
  ) {}

  async issue(user: User): Promise<IssuedAccessToken> {
    const expiresIn = this.config.get('JWT_TTL_SECONDS');
    const claims: AccessTokenClaims = { sub: user.id, pwv: passwordVersion(user.passwordHash) };
    const accessToken = await this.jwt.signAsync(claims, {
      expiresIn,
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithm: 'HS256',
    });
    return { accessToken, tokenType: 'Bearer', expiresIn, user: { id: user.id, email: user.email, role: user.role } };
  }

  /**
   * Verifies the signature and expiry, then looks the user up (through UsersService's cache of a
   * few seconds): role changes, disabling and password changes made through this process take
   * effect on the next request, those made by another process within AUTH_USER_TTL_MS (5 s),
   * rather than when the token expires.
   */
  async authenticate(token: string): Promise<AuthUser> {
    let claims: AccessTokenClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(token, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
      });
    } catch (e) {
      if (e instanceof Error && e.name === 'TokenExpiredError')
        throw new UnauthorizedException('Your session has expired; sign in again');
      throw new UnauthorizedException('The access token is invalid; sign in again');
    }
    const user =
      typeof claims.sub === 'string'
        ? await this.users
            .findForAuth(claims.sub, typeof claims.pwv === 'string' ? claims.pwv : undefined)
            .catch(() => null)
        : null;
    if (!user) throw new UnauthorizedException('The access token is invalid; sign in again');
    if (user.disabledAt) throw new UnauthorizedException('This account is disabled');
    if (claims.pwv !== user.pwv)
      throw new UnauthorizedException('The password was changed since this token was issued; sign in again');
    return { id: user.id, email: user.email, role: user.role, via: 'jwt' };
  }
}
