import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import TestAgent from 'supertest/lib/agent';
import type { Role } from '../../src/generated/prisma/enums';
import type { UserView } from '../../src/users/user-view';
import { login } from './app';

export interface SignedInTestUser {
  /** Bearer access token from POST /api/auth/login. */
  token: string;
  user: UserView;
  password: string;
}

/**
 * Creates a user with a unique e-mail and the given role, and signs them in over HTTP.
 * UsersService is loaded here, not at the top: importing app code before bootApp() would read the
 * configuration before testEnv() has set it.
 */
export async function createUserAndLogin(
  app: INestApplication,
  http: TestAgent,
  role: Role,
  opts: { email?: string; password?: string } = {},
): Promise<SignedInTestUser> {
  const email = opts.email ?? `${role}-${randomUUID().slice(0, 8)}@example.test`;
  const password = opts.password ?? `pw-${randomUUID()}`;
  const { UsersService } = await import('../../src/users/users.service');
  const user = await app.get(UsersService).create({ email, password, role });
  const token = await login(http, email, password);
  return { token, user, password };
}
