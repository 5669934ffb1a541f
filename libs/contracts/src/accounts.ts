import type { Role } from '@auditor/vocabulary';
import type { IsoDateTime, Page } from './common';

/** How the caller authenticated: a login JWT, an API token, or the web session cookie. */
export type AuthVia = 'jwt' | 'api-token' | 'session';

/** GET /api/auth/me, and the user of a web session. */
export interface SessionUser {
  id: string;
  email: string;
  role: Role;
  via: AuthVia;
}

/** A signed-in web session (POST /api/auth/session). */
export interface Session {
  user: SessionUser;
  csrfToken: string;
}

/** GET /api/auth/session: signed in, or `{user: null, csrfToken: null, reason}`. */
export type SessionState = Session | { user: null; csrfToken: null; reason?: string };

/** POST /api/auth/login. */
export interface LoginResult {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  user: { id: string; email: string; role: Role };
}

/** A user as the API shows it: never the password hash. */
export interface User {
  id: string;
  email: string;
  role: Role;
  disabled: boolean;
  disabledAt: IsoDateTime | null;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

export type UserPage = Page<User>;

/** An API token as listed: never the secret, never its hash. */
export interface ApiToken {
  id: string;
  userId: string;
  name: string;
  prefix: string;
  createdAt: IsoDateTime;
  lastUsedAt: IsoDateTime | null;
  expiresAt: IsoDateTime | null;
  revokedAt: IsoDateTime | null;
}

/** The answer to creating a token: the only time the secret is shown. */
export interface CreatedApiToken {
  id: string;
  name: string;
  token: string;
  prefix: string;
  expiresAt: IsoDateTime | null;
}
