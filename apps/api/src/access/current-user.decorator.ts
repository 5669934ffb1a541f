import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Role } from '../generated/prisma/enums';

export interface AuthUser {
  id: string;
  email: string;
  role: Role;
  /** How the caller authenticated: a login JWT, an API token, or the web session cookie. */
  via: 'jwt' | 'api-token' | 'session';
}

export interface AuthedRequest {
  user?: AuthUser;
  id?: string;
}

export const CurrentUser = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): AuthUser | undefined => ctx.switchToHttp().getRequest<AuthedRequest>().user,
);
