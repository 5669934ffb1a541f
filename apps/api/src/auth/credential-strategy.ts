import { Request } from 'express';
import { AuthUser } from '../access/current-user.decorator';

/**
 * One way a request can prove who it is. The guard asks each strategy in order; the first that
 * recognises a credential decides. Bearer tokens come first, then the web UI's session cookie
 * (SessionStrategy, with its CSRF check).
 */
export interface CredentialStrategy {
  /**
   * undefined when the request carries no credential of this kind (let the next strategy look);
   * throws UnauthorizedException when it carries one that is invalid, expired or revoked.
   */
  authenticate(req: Request): Promise<AuthUser | undefined>;
}

export const CREDENTIAL_STRATEGIES = Symbol('CREDENTIAL_STRATEGIES');
