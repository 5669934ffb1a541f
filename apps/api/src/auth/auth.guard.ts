import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Request } from 'express';
import { Role } from '../generated/prisma/enums';
import { CREDENTIAL_STRATEGIES, CredentialStrategy } from './credential-strategy';
import { AuthedRequest, AuthUser } from '../access/current-user.decorator';
import { IS_PUBLIC } from '../access/public.decorator';
import { atLeast, ROLES } from '../access/roles.decorator';

const withArticle = (role: Role) => (/^[aeiou]/.test(role) ? `an ${role}` : `a ${role}`);

/**
 * The global guard: every route needs a signed-in user unless marked @Public(), and at least the
 * @MinRole of the handler (or else of its controller).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(CREDENTIAL_STRATEGIES) private readonly strategies: CredentialStrategy[],
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, targets)) return true;

    const req = ctx.switchToHttp().getRequest<Request & AuthedRequest>();
    const user = await this.identify(req);
    req.user = user;

    const need = this.reflector.getAllAndOverride<Role | undefined>(ROLES, targets);
    if (need && !atLeast(user.role, need))
      throw new ForbiddenException(`This action needs the ${need} role; you are ${withArticle(user.role)}`);
    return true;
  }

  private async identify(req: Request): Promise<AuthUser> {
    for (const strategy of this.strategies) {
      const user = await strategy.authenticate(req);
      if (user) return user;
    }
    throw new UnauthorizedException(
      'Sign in first: send "Authorization: Bearer <token>" with an access token from POST /api/auth/login or an API token',
    );
  }
}
