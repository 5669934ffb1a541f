import { createHash, randomBytes } from 'node:crypto';
import { ForbiddenException, Injectable, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { ApiToken } from '../generated/prisma/client';
import { PrismaService } from '../database/prisma.service';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../access/current-user.decorator';
import { atLeast } from '../access/roles.decorator';
import { ApiTokenView, CreatedApiToken } from './dto/api-token.views';

/** Every API token starts with this, so a leaked one is recognisable (and scannable) as ours. */
export const API_TOKEN_PREFIX = 'sat_';
const SECRET_BYTES = 32;
/** `sat_` plus six characters: enough to tell a user's tokens apart in a list, useless to guess with. */
const SHOWN_PREFIX_LENGTH = API_TOKEN_PREFIX.length + 6;
const LAST_USED_RESOLUTION_MS = 60_000;

const iso = (d: Date | null) => d?.toISOString() ?? null;

export const hashApiToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

export function toApiTokenView(t: ApiToken): ApiTokenView {
  return {
    id: t.id,
    userId: t.userId,
    name: t.name,
    prefix: t.prefix,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: iso(t.lastUsedAt),
    expiresAt: iso(t.expiresAt),
    revokedAt: iso(t.revokedAt),
  };
}

/**
 * Long-lived tokens for scripts. The secret is 256 random bits, so a plain SHA-256 (not a slow
 * password hash) is enough to make the stored value useless to someone who reads the database.
 */
@Injectable()
export class ApiTokensService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
  ) {}

  async create(
    owner: AuthUser,
    name: string,
    expiresInDays: number | undefined,
    requestId?: string,
  ): Promise<CreatedApiToken> {
    const token = API_TOKEN_PREFIX + randomBytes(SECRET_BYTES).toString('base64url');
    const prefix = token.slice(0, SHOWN_PREFIX_LENGTH);
    const expiresAt = expiresInDays === undefined ? null : new Date(Date.now() + expiresInDays * 86_400_000);
    return this.prisma.$transaction(async (tx) => {
      const row = await tx.apiToken.create({
        data: { userId: owner.id, name, tokenHash: hashApiToken(token), prefix, expiresAt },
      });
      await this.audit.record(
        {
          actorId: owner.id,
          action: 'api-token.created',
          entityType: 'api-token',
          entityId: row.id,
          after: toApiTokenView(row),
          requestId,
        },
        tx,
      );
      return { id: row.id, name: row.name, token, prefix, expiresAt: iso(expiresAt) };
    });
  }

  /** The caller's tokens; admins may ask for another user's (`userId`) or everyone's (`all`). */
  async list(caller: AuthUser, filter: { userId?: string; all?: boolean }): Promise<ApiTokenView[]> {
    const others = filter.all === true || (filter.userId !== undefined && filter.userId !== caller.id);
    if (others && !atLeast(caller.role, 'admin'))
      throw new ForbiddenException("Only admins may list other users' tokens");
    const where = filter.all === true ? {} : { userId: filter.userId ?? caller.id };
    const rows = await this.prisma.apiToken.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }] });
    return rows.map(toApiTokenView);
  }

  /** Revokes a token (idempotent). Someone else's token is "not found" unless the caller is an admin. */
  async revoke(caller: AuthUser, id: string, requestId?: string): Promise<void> {
    const row = await this.prisma.apiToken.findUnique({ where: { id } });
    if (!row || (row.userId !== caller.id && !atLeast(caller.role, 'admin')))
      throw new NotFoundException(`No API token with id ${id}`);
    if (row.revokedAt) return;
    await this.prisma.$transaction(async (tx) => {
      const after = await tx.apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
      await this.audit.record(
        {
          actorId: caller.id,
          action: 'api-token.revoked',
          entityType: 'api-token',
          entityId: id,
          before: toApiTokenView(row),
          after: toApiTokenView(after),
          requestId,
        },
        tx,
      );
    });
  }

  async authenticate(token: string): Promise<AuthUser> {
    const row = await this.prisma.apiToken.findUnique({
      where: { tokenHash: hashApiToken(token) },
      include: { user: true },
    });
    if (!row) throw new UnauthorizedException('The API token is not valid');
    if (row.revokedAt) throw new UnauthorizedException('The API token was revoked');
    if (row.expiresAt && row.expiresAt.getTime() <= Date.now())
      throw new UnauthorizedException('The API token has expired');
    if (row.user.disabledAt) throw new UnauthorizedException('This account is disabled');
    await this.touch(row);
    return { id: row.user.id, email: row.user.email, role: row.user.role, via: 'api-token' };
  }

  // At most one write a minute per token: a script making many calls must not turn every read into a write.
  private async touch(row: ApiToken): Promise<void> {
    const cutoff = new Date(Date.now() - LAST_USED_RESOLUTION_MS);
    if (row.lastUsedAt && row.lastUsedAt > cutoff) return;
    // Conditional, so concurrent requests with the same token write once.
    await this.prisma.apiToken.updateMany({
      where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: cutoff } }] },
      data: { lastUsedAt: new Date() },
    });
  }
}
