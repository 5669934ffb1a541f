import { User } from '../generated/prisma/client';
import { AuthUserCache, passwordVersion } from './auth-user.cache';

const row = (over: Partial<User> = {}): User =>
  ({
    id: 'u1',
    email: 'u@example.org',
    passwordHash: 'scrypt$hash-1',
    role: 'analyst',
    createdAt: new Date(0),
    updatedAt: new Date(0),
    disabledAt: null,
    ...over,
  }) as User;

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('AuthUserCache', () => {
  let now = 1_000_000;
  beforeEach(() => {
    now = 1_000_000;
    jest.spyOn(Date, 'now').mockImplementation(() => now);
  });
  afterEach(() => jest.restoreAllMocks());

  it('keeps only a fingerprint of the password hash', async () => {
    const cache = new AuthUserCache(5_000);
    const user = await cache.get('u1', async () => row());
    expect(user).toEqual({
      id: 'u1',
      email: 'u@example.org',
      role: 'analyst',
      disabledAt: null,
      pwv: passwordVersion('scrypt$hash-1'),
    });
    expect(JSON.stringify(user)).not.toContain('scrypt$hash-1');
  });

  it('serves repeat lookups from memory until the TTL runs out', async () => {
    const cache = new AuthUserCache(5_000);
    const load = jest.fn(async () => row());
    await cache.get('u1', load);
    now += 4_999;
    await cache.get('u1', load);
    expect(load).toHaveBeenCalledTimes(1);
    now += 1;
    await cache.get('u1', load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('sees a role change or disabling made elsewhere within the TTL', async () => {
    const cache = new AuthUserCache(5_000);
    let current = row();
    const load = async () => current;
    await cache.get('u1', load);
    current = row({ role: 'viewer', disabledAt: new Date(1) });
    expect((await cache.get('u1', load))?.role).toBe('analyst');
    now += 5_000;
    expect(await cache.get('u1', load)).toMatchObject({ role: 'viewer', disabledAt: new Date(1) });
  });

  it('reloads at once after invalidate()', async () => {
    const cache = new AuthUserCache(5_000);
    let current = row();
    const load = jest.fn(async () => current);
    await cache.get('u1', load);
    current = row({ disabledAt: new Date(1) });
    cache.invalidate('u1');
    expect((await cache.get('u1', load))?.disabledAt).toEqual(new Date(1));
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('goes to the database when the token carries another password fingerprint', async () => {
    const cache = new AuthUserCache(5_000);
    let current = row();
    const load = jest.fn(async () => current);
    const old = await cache.get('u1', load);
    expect(await cache.get('u1', load, old!.pwv)).toBe(old);
    expect(load).toHaveBeenCalledTimes(1);
    // The password changed in another process, and this token was issued after that.
    current = row({ passwordHash: 'scrypt$hash-2' });
    expect((await cache.get('u1', load, passwordVersion('scrypt$hash-2')))?.pwv).toBe(passwordVersion('scrypt$hash-2'));
    expect(load).toHaveBeenCalledTimes(2);
    // A token with the old fingerprint now gets the fresh row (and the caller refuses it).
    expect((await cache.get('u1', load, old!.pwv))?.pwv).toBe(passwordVersion('scrypt$hash-2'));
  });

  it('shares one load among concurrent misses', async () => {
    const cache = new AuthUserCache(5_000);
    const d = deferred<User | null>();
    const load = jest.fn(() => d.promise);
    const all = Promise.all([cache.get('u1', load), cache.get('u1', load), cache.get('u1', load)]);
    d.resolve(row());
    expect((await all).map((u) => u?.id)).toEqual(['u1', 'u1', 'u1']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('does not store a load that was in flight when the user was invalidated', async () => {
    const cache = new AuthUserCache(5_000);
    const before = deferred<User | null>();
    const load = jest
      .fn()
      .mockReturnValueOnce(before.promise)
      .mockResolvedValue(row({ role: 'viewer' }));
    const stale = cache.get('u1', load);
    cache.invalidate('u1');
    // A request after the change does not join the older load.
    expect((await cache.get('u1', load))?.role).toBe('viewer');
    before.resolve(row({ role: 'admin' }));
    await stale;
    expect((await cache.get('u1', load))?.role).toBe('viewer');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('caches unknown users as null for the TTL, and does not cache failures', async () => {
    const cache = new AuthUserCache(5_000);
    const load = jest.fn().mockRejectedValueOnce(new Error('db down')).mockResolvedValue(null);
    await expect(cache.get('nobody', load)).rejects.toThrow('db down');
    expect(await cache.get('nobody', load)).toBeNull();
    expect(await cache.get('nobody', load)).toBeNull();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('clear() forgets everything', async () => {
    const cache = new AuthUserCache(5_000);
    const load = jest.fn(async () => row());
    await cache.get('u1', load);
    cache.clear();
    expect(cache.size).toBe(0);
    await cache.get('u1', load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('while suspended (no listener for changes) reads every lookup from the database, and caches again from empty', async () => {
    const cache = new AuthUserCache(5_000);
    const load = jest.fn(async () => row());
    await cache.get('u1', load);
    cache.suspend();
    expect(cache.size).toBe(0);
    await cache.get('u1', load);
    await cache.get('u1', load);
    expect(load).toHaveBeenCalledTimes(3);
    cache.resume();
    await cache.get('u1', load);
    await cache.get('u1', load);
    expect(load).toHaveBeenCalledTimes(4);
  });
});
