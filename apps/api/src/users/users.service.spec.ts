import { User } from '../generated/prisma/client';
import { AuditService } from '../audit/audit.service';
import { PrismaService } from '../database/prisma.service';
import { PasswordHasher } from './password-hasher';
import { AuthUserCache, passwordVersion } from './auth-user.cache';
import { AuthChanges } from './auth-changes';
import { UsersService } from './users.service';

// UsersService over an in-memory "table": checks that every change it makes reaches the auth cache.
function setup() {
  const db = new Map<string, User>();
  const put = (u: Partial<User> & { id: string }) =>
    db.set(u.id, {
      email: `${u.id}@example.org`,
      passwordHash: 'scrypt$old',
      role: 'viewer',
      createdAt: new Date(0),
      updatedAt: new Date(0),
      disabledAt: null,
      ...u,
    } as User);
  put({ id: 'u1' });
  put({ id: 'admin', role: 'admin' });
  const user = {
    findUnique: jest.fn(
      async ({ where }: { where: { id?: string; email?: string } }) =>
        (where.id ? db.get(where.id) : [...db.values()].find((u) => u.email === where.email)) ?? null,
    ),
    update: jest.fn(async ({ where, data }: { where: { id: string }; data: Partial<User> }) => {
      const clean = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
      const next = { ...db.get(where.id)!, ...clean } as User;
      db.set(where.id, next);
      return next;
    }),
    count: jest.fn(async () => 1),
  };
  const tx = { user, $executeRaw: jest.fn(async () => 0) };
  const prisma = {
    user,
    $transaction: jest.fn(async (fn: (t: typeof tx) => unknown) => fn(tx)),
  } as unknown as PrismaService;
  const audit = { record: jest.fn(async () => undefined) } as unknown as AuditService;
  const hasher = {
    hash: jest.fn(async (p: string) => `scrypt$${p}`),
    verify: jest.fn(
      async (p: string, h: string) => h === `scrypt$${p}` || (h === 'scrypt$old' && p === 'old-password'),
    ),
    needsRehash: jest.fn(() => false),
  } as unknown as PasswordHasher;
  const cache = new AuthUserCache(60_000);
  // Not listening (no database): broadcast just runs the write.
  const changes = { broadcast: jest.fn(async (_: string, write: () => Promise<unknown>) => write()) };
  return {
    db,
    put,
    user,
    cache,
    users: new UsersService(prisma, audit, hasher, cache, changes as unknown as AuthChanges),
  };
}

describe('UsersService and the auth cache', () => {
  it('reads the user for authentication once, then from the cache', async () => {
    const { users, user } = setup();
    await users.findForAuth('u1');
    await users.findForAuth('u1');
    expect(user.findUnique).toHaveBeenCalledTimes(1);
  });

  it('a role change or disabling takes effect on the next lookup', async () => {
    const { users } = setup();
    expect((await users.findForAuth('u1'))?.role).toBe('viewer');
    await users.update('u1', { role: 'reviewer' }, { actorId: 'admin' });
    expect((await users.findForAuth('u1'))?.role).toBe('reviewer');
    await users.update('u1', { disabled: true }, { actorId: 'admin' });
    expect((await users.findForAuth('u1'))?.disabledAt).toBeInstanceOf(Date);
  });

  it('a password set by an admin or changed by its owner changes the fingerprint at once', async () => {
    const { users } = setup();
    const before = (await users.findForAuth('u1'))!.pwv;
    await users.update('u1', { password: 'admin-set-password' }, { actorId: 'admin' });
    const afterAdmin = (await users.findForAuth('u1', before))!.pwv;
    expect(afterAdmin).toBe(passwordVersion('scrypt$admin-set-password'));
    await users.changeOwnPassword('u1', 'admin-set-password', 'my-own-new-password');
    expect((await users.findForAuth('u1', afterAdmin))!.pwv).toBe(passwordVersion('scrypt$my-own-new-password'));
  });

  it('forgets the cached row even when the update fails part-way', async () => {
    const { users, user, put } = setup();
    await users.findForAuth('u1');
    user.update.mockRejectedValueOnce(new Error('serialization failure'));
    put({ id: 'u1', role: 'analyst' }); // e.g. changed by someone else meanwhile
    await expect(users.update('u1', { role: 'reviewer' })).rejects.toThrow('serialization failure');
    expect((await users.findForAuth('u1'))?.role).toBe('analyst');
  });

  it('a sign-in reads the row fresh and drops the cached copy', async () => {
    const { users, put } = setup();
    await users.findForAuth('u1');
    put({ id: 'u1', disabledAt: new Date(1) }); // disabled by another process
    await users.findByEmail('u1@example.org');
    expect((await users.findForAuth('u1'))?.disabledAt).toEqual(new Date(1));
  });
});
