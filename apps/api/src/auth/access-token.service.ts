import { randomUUID } from 'node:crypto';
import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { User } from '../generated/prisma/client';
import { AppConfig } from '../config/config.module';
import { passwordVersion } from '../users/auth-user.cache';
import { UsersService } from '../users/users.service';
import { AuthChanges } from '../users/auth-changes';
import { AuthUser } from '../access/current-user.decorator';
import { SessionRevocations } from './session-revocations';

interface AccessTokenClaims {
  sub: string;
  /** Fingerprint of the password hash: changing the password ends every session issued before. */
  pwv: string;
  /** This session's id, which signing out revokes (SessionRevocations). */
  jti: string;
  exp?: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

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
    private readonly revocations: SessionRevocations,
    private readonly changes: AuthChanges,
  ) {}

  async issue(user: User): Promise<IssuedAccessToken> {
    const expiresIn = this.config.get('JWT_TTL_SECONDS');
    const claims: AccessTokenClaims = { sub: user.id, pwv: passwordVersion(user.passwordHash), jti: randomUUID() };
    const accessToken = await this.jwt.signAsync(claims, {
      expiresIn,
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithm: 'HS256',
    });
    return { accessToken, tokenType: 'Bearer', expiresIn, user: { id: user.id, email: user.email, role: user.role } };
  }

  /**
   * Verifies the signature, expiry and that the session was not signed out, then looks the user
   * up (through UsersService's per-process cache, which every change to the user, in any
   * process, invalidates): role changes, disabling and password changes take effect on the next
   * request rather than when the token expires.
   */
  async authenticate(token: string): Promise<AuthUser> {
    const claims = await this.verify(token);
    // Both checks below read per-process caches: first take in any change another process has
    // already acknowledged (a sign-out, a disabled account), so it holds on this very request.
    await this.changes.caughtUp();
    if (await this.revocations.isRevoked(claims.jti))
      throw new UnauthorizedException('This session was signed out; sign in again');
    const user = await this.users
      .findForAuth(claims.sub, typeof claims.pwv === 'string' ? claims.pwv : undefined)
      .catch(() => null);
    if (!user) throw new UnauthorizedException('The access token is invalid; sign in again');
    if (user.disabledAt) throw new UnauthorizedException('This account is disabled');
    if (claims.pwv !== user.pwv)
      throw new UnauthorizedException('The password was changed since this token was issued; sign in again');
    return { id: user.id, email: user.email, role: user.role, via: 'jwt' };
  }

  /**
   * Signs a session out in every process: its token (bearer or cookie) is refused from now on.
   * Does nothing for a token that is forged or has expired anyway.
   */
  async revoke(token: string): Promise<void> {
    const claims = await this.verify(token).catch(() => undefined);
    if (!claims?.exp) return;
    await this.revocations.revoke(claims.jti, claims.sub, new Date(claims.exp * 1000));
  }

  private async verify(token: string): Promise<AccessTokenClaims> {
    let claims: AccessTokenClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(token, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
      });
    } catch (e) {
      if (e instanceof Error && e.name === 'TokenExpiredError')
        throw new UnauthorizedException('Your session has expired; sign in again', { cause: e });
      throw new UnauthorizedException('The access token is invalid; sign in again', { cause: e });
    }
    // Tokens issued before sessions had ids cannot be signed out, so they are not accepted either.
    if (
      typeof claims.jti !== 'string' ||
      !UUID.test(claims.jti) ||
      typeof claims.sub !== 'string' ||
      !UUID.test(claims.sub)
    )
      throw new UnauthorizedException('The access token is invalid; sign in again');
    return claims;
  }
}
