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
import { MIN_PASSWORD_LENGTH, PasswordHasher } from './password-hasher';
import { AuthUserCache, AuthUserSnapshot } from './auth-user.cache';
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
}

/** Who asked for a change, for the audit log. */
export interface ChangeContext {
  actorId?: string | null;
  requestId?: string;
}

/** E-mail addresses are compared case-insensitively: stored trimmed and lower-cased. */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();

const isUniqueViolation = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002';

function checkPasswordLength(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH)
    throw new BadRequestException(`The password must be at least ${MIN_PASSWORD_LENGTH} characters`);
}

@Injectable()
export class UsersService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly hasher: PasswordHasher,
    private readonly authCache: AuthUserCache,
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
   * The user behind an access token, read through a cache of a few seconds (AUTH_USER_TTL_MS):
   * every change made here invalidates it at once, changes made by other processes within the TTL.
   * `pwv`, the token's password fingerprint, is checked against the database when it differs.
   */
  findForAuth(id: string, pwv?: string): Promise<AuthUserSnapshot | null> {
    return this.authCache.get(id, (uid) => this.findById(uid), pwv);
  }

  /**
   * Creates a user (also what tests and the admin bootstrap use). A taken e-mail is a 409, which
   * is also how two processes bootstrapping the first admin at once find out they raced.
   */
  async create(input: CreateUserInput, ctx: ChangeContext = {}, action = 'user.created'): Promise<UserView> {
    checkPasswordLength(input.password);
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
   * active admin, so the service can always be administered.
   */
  async update(id: string, patch: UpdateUserInput, ctx: ChangeContext = {}): Promise<UserView> {
    if (patch.role === undefined && patch.disabled === undefined && patch.password === undefined) {
      throw new BadRequestException('Nothing to change: send role, disabled or password');
    }
    if (patch.password !== undefined) checkPasswordLength(patch.password);
    const passwordHash = patch.password === undefined ? undefined : await this.hasher.hash(patch.password);

    try {
      return await this.updateInTransaction(id, patch, passwordHash, ctx);
    } finally {
      // Role, disabled state and password all decide what a token may do: forget the cached row.
      this.authCache.invalidate(id);
    }
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
    requestId?: string,
  ): Promise<void> {
    const user = await this.findById(userId);
    if (!user || !(await this.hasher.verify(currentPassword, user.passwordHash))) {
      // 403, not 401: the caller is signed in, and a 401 would make clients drop their session.
      throw new ForbiddenException('The current password is wrong');
    }
    checkPasswordLength(newPassword);
    if (currentPassword === newPassword)
      throw new BadRequestException('The new password must differ from the current one');
    const passwordHash = await this.hasher.hash(newPassword);
    await this.prisma
      .$transaction(async (tx) => {
        await tx.user.update({ where: { id: userId }, data: { passwordHash } });
        await this.audit.record(
          { actorId: userId, action: 'auth.password-changed', entityType: 'user', entityId: userId, requestId },
          tx,
        );
      })
      .finally(() => this.authCache.invalidate(userId));
  }

  /** Upgrades a hash made with weaker scrypt parameters, at a moment we know the password. */
  async rehashIfNeeded(user: User, password: string): Promise<void> {
    if (!this.hasher.needsRehash(user.passwordHash)) return;
    await this.prisma.user
      .update({ where: { id: user.id }, data: { passwordHash: await this.hasher.hash(password) } })
      .finally(() => this.authCache.invalidate(user.id));
  }
}
