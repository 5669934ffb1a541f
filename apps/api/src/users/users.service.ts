import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { Prisma, Role, User } from '../generated/prisma/client';
import { PrismaService } from '../database/prisma.service';
import { AuditService } from '../audit/audit.service';
import { PasswordHasher } from './password-hasher';
import { AuthUserCache, AuthUserSnapshot } from './auth-user.cache';
import { AuthChanges } from './auth-changes';
import { checkPasswordPolicy } from './password-policy';
import type { AuthUser } from '../access/current-user.decorator';
import { toUserView, UserPage, UserView } from './user-view';
import { USER_ADMINS_LOCK } from '../database/advisory-locks';

export interface CreateUserInput {
  email: string;
  password: string;
  role: Role;
}

export interface UpdateUserInput {
  role?: Role;
  disabled?: boolean;
  password?: string;
  /** Required with `password` when the actor changes their own. */
  currentPassword?: string;
}

/** Who asked for a change (for the audit log), and how they signed in (for password changes). */
export interface ChangeContext {
  actorId?: string | null;
  requestId?: string;
  via?: AuthUser['via'];
}

export const PASSWORD_NEEDS_SIGN_IN =
  'Passwords cannot be changed with an API token; sign in with your password (POST /api/auth/login or the web UI) and try again';
export const WRONG_CURRENT_PASSWORD = 'The current password is wrong';

/** E-mail addresses are compared case-insensitively: stored trimmed and lower-cased. */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();

const isUniqueViolation = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002';

/**
 * A leaked API token must not be turned into a password (and so into sign-ins and new tokens):
 * setting any password needs a password sign-in (a login JWT or the web session).
 */
function refuseApiToken(ctx: ChangeContext): void {
  if (ctx.via === 'api-token') throw new ForbiddenException(PASSWORD_NEEDS_SIGN_IN);
}

@Injectable()
export class UsersService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly hasher: PasswordHasher,
    private readonly authCache: AuthUserCache,
    private readonly changes: AuthChanges,
  ) {}

  /** Used by sign-in: a fresh read of the row also drops any cached copy of it. */
  async findByEmail(email: string): Promise<User | null> {
    const user = await this.prisma.user.findUnique({ where: { email: normalizeEmail(email) } });
    if (user) this.authCache.invalidate(user.id);
    return user;
  }

  findById(id: string): Promise<User | null> {
    return this.prisma.user.findUnique({ where: { id } });
  }

  /**
   * The user behind an access token, read through a per-process cache that every change to the
   * user row, in any process, invalidates at once (AuthChanges). `pwv`, the token's password fingerprint, is checked against the database when it differs.
   */
  findForAuth(id: string, pwv?: string): Promise<AuthUserSnapshot | null> {
    return this.authCache.get(id, (uid) => this.findById(uid), pwv);
  }

  /**
   * Creates a user (also what tests and the admin bootstrap use). A taken e-mail is a 409, which
   * is also how two processes bootstrapping the first admin at once find out they raced.
   */
  async create(input: CreateUserInput, ctx: ChangeContext = {}, action = 'user.created'): Promise<UserView> {
    checkPasswordPolicy(input.password, normalizeEmail(input.email));
    const passwordHash = await this.hasher.hash(input.password);
    try {
      return await this.prisma.$transaction(async (tx) => {
        const user = await tx.user.create({
          data: { email: normalizeEmail(input.email), passwordHash, role: input.role },
        });
        const view = toUserView(user);
        await this.audit.record(
          {
            actorId: ctx.actorId ?? null,
            action,
            entityType: 'user',
            entityId: user.id,
            after: view,
            requestId: ctx.requestId,
          },
          tx,
        );
        return view;
      });
    } catch (e) {
      if (isUniqueViolation(e))
        throw new ConflictException(`A user with the e-mail ${normalizeEmail(input.email)} already exists`);
      throw e;
    }
  }

  async list(page: number, pageSize: number): Promise<UserPage> {
    const [rows, total] = await this.prisma.$transaction([
      this.prisma.user.findMany({
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        skip: (page - 1) * pageSize,
        take: pageSize,
      }),
      this.prisma.user.count(),
    ]);
    return { items: rows.map(toUserView), total, page, pageSize };
  }

  /**
   * Changes role, disabled state or password. Refuses (409) any change that would leave no
   * active admin, so the service can always be administered. A password needs a password
   * sign-in (403 with an API token), and the actor's own also the current one: an admin resetting
   * someone else's (who forgot theirs) cannot know it.
   */
  async update(id: string, patch: UpdateUserInput, ctx: ChangeContext = {}): Promise<UserView> {
    if (patch.role === undefined && patch.disabled === undefined && patch.password === undefined) {
      throw new BadRequestException('Nothing to change: send role, disabled or password');
    }
    let passwordHash: string | undefined;
    if (patch.password !== undefined) {
      refuseApiToken(ctx);
      const target = await this.findById(id);
      if (!target) throw new NotFoundException(`No user with id ${id}`);
      if (ctx.actorId === id) await this.checkCurrentPassword(target, patch.currentPassword, patch.password);
      checkPasswordPolicy(patch.password, target.email);
      passwordHash = await this.hasher.hash(patch.password);
    }

    try {
      return await this.changes.broadcast(`user:${id}`, () => this.updateInTransaction(id, patch, passwordHash, ctx));
    } finally {
      // Role, disabled state and password all decide what a token may do: forget the cached row.
      this.authCache.invalidate(id);
    }
  }

  private async checkCurrentPassword(user: User, currentPassword: string | undefined, next: string): Promise<void> {
    if (currentPassword === undefined)
      throw new BadRequestException(
        'Send currentPassword to change your own password (or use POST /api/auth/password)',
      );
    // 403, not 401: the caller is signed in, and a 401 would make clients drop their session.
    if (!(await this.hasher.verify(currentPassword, user.passwordHash)))
      throw new ForbiddenException(WRONG_CURRENT_PASSWORD);
    if (currentPassword === next) throw new BadRequestException('The new password must differ from the current one');
  }

  private updateInTransaction(
    id: string,
    patch: UpdateUserInput,
    passwordHash: string | undefined,
    ctx: ChangeContext,
  ): Promise<UserView> {
    return this.prisma.$transaction(async (tx) => {
      // Serialises admin changes: two admins demoting each other at once must not both succeed.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${USER_ADMINS_LOCK}))`;
      const before = await tx.user.findUnique({ where: { id } });
      if (!before) throw new NotFoundException(`No user with id ${id}`);

      const disabledAt =
        patch.disabled === undefined ? undefined : patch.disabled ? (before.disabledAt ?? new Date()) : null;
      const wasActiveAdmin = before.role === 'admin' && before.disabledAt === null;
      const staysActiveAdmin =
        (patch.role ?? before.role) === 'admin' && (disabledAt === undefined ? before.disabledAt : disabledAt) === null;
      if (wasActiveAdmin && !staysActiveAdmin) {
        const otherAdmins = await tx.user.count({ where: { role: 'admin', disabledAt: null, id: { not: id } } });
        if (otherAdmins === 0) {
          const self = ctx.actorId === id;
          throw new ConflictException(
            `${self ? 'You are' : `${before.email} is`} the last active admin; make another user admin before ${patch.disabled ? 'disabling' : 'demoting'} ${self ? 'yourself' : 'them'}`,
          );
        }
      }

      const after = await tx.user.update({ where: { id }, data: { role: patch.role, disabledAt, passwordHash } });
      await this.audit.record(
        {
          actorId: ctx.actorId ?? null,
          action: 'user.updated',
          entityType: 'user',
          entityId: id,
          before: toUserView(before),
          // Records that the password changed, never the password or its hash.
          after: { ...toUserView(after), ...(passwordHash ? { passwordChanged: true } : {}) },
          requestId: ctx.requestId,
        },
        tx,
      );
      return toUserView(after);
    });
  }

  /** A signed-in user changing their own password: the current one must be right. */
  async changeOwnPassword(
    userId: string,
    currentPassword: string,
    newPassword: string,
    ctx: Omit<ChangeContext, 'actorId'> = {},
  ): Promise<void> {
    refuseApiToken(ctx);
    const user = await this.findById(userId);
    if (!user) throw new ForbiddenException(WRONG_CURRENT_PASSWORD);
    await this.checkCurrentPassword(user, currentPassword, newPassword);
    checkPasswordPolicy(newPassword, user.email);
    const passwordHash = await this.hasher.hash(newPassword);
    await this.changes
      .broadcast(`user:${userId}`, () =>
        this.prisma.$transaction(async (tx) => {
          await tx.user.update({ where: { id: userId }, data: { passwordHash } });
          await this.audit.record(
            {
              actorId: userId,
              action: 'auth.password-changed',
              entityType: 'user',
              entityId: userId,
              requestId: ctx.requestId,
            },
            tx,
          );
        }),
      )
      .finally(() => this.authCache.invalidate(userId));
  }

  /** Upgrades a hash made with weaker scrypt parameters, at a moment we know the password. */
  async rehashIfNeeded(user: User, password: string): Promise<void> {
    if (!this.hasher.needsRehash(user.passwordHash)) return;
    const passwordHash = await this.hasher.hash(password);
    await this.changes
      .broadcast(`user:${user.id}`, () => this.prisma.user.update({ where: { id: user.id }, data: { passwordHash } }))
      .finally(() => this.authCache.invalidate(user.id));
  }
}
