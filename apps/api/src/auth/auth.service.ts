import { Injectable, UnauthorizedException } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { UsersService } from '../users/users.service';
import { AccessTokenService, IssuedAccessToken } from './access-token.service';
import { PasswordHasher } from '../users/password-hasher';

export const WRONG_CREDENTIALS = 'Wrong email or password';

/** Password sign-in. Every attempt, good or bad, lands in the audit log. */
@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly hasher: PasswordHasher,
    private readonly accessTokens: AccessTokenService,
    private readonly audit: AuditService,
  ) {}

  async login(
    email: string,
    password: string,
    meta: { requestId?: string; ip?: string; web?: boolean },
  ): Promise<IssuedAccessToken> {
    const user = await this.users.findByEmail(email);
    // Unknown e-mail and wrong password get the same answer after the same scrypt work.
    const ok = user ? await this.hasher.verify(password, user.passwordHash) : await this.hasher.verifyDummy(password);
    if (!user || !ok || user.disabledAt) {
      const reason = !user ? 'unknown-email' : !ok ? 'wrong-password' : 'disabled';
      await this.audit.record({
        actorId: null,
        action: 'auth.login-failed',
        entityType: 'user',
        entityId: user?.id ?? null,
        after: { email: email.slice(0, 254), reason, ip: meta.ip },
        requestId: meta.requestId,
      });
      // Only someone who knows the password learns the account is disabled.
      throw new UnauthorizedException(
        reason === 'disabled' ? 'This account is disabled; ask an admin to enable it' : WRONG_CREDENTIALS,
      );
    }
    await this.users.rehashIfNeeded(user, password);
    const fresh = (await this.users.findById(user.id)) ?? user;
    const issued = await this.accessTokens.issue(fresh);
    await this.audit.record({
      actorId: user.id,
      action: 'auth.login',
      entityType: 'user',
      entityId: user.id,
      after: { via: 'password', ip: meta.ip, ...(meta.web ? { session: true } : {}) },
      requestId: meta.requestId,
    });
    return issued;
  }
}
