import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Role, User } from '../generated/prisma/client';

/** Fingerprint of a password hash, carried in access tokens: a new password ends older sessions. */
export const passwordVersion = (passwordHash: string) =>
  createHash('sha256').update(passwordHash).digest('base64url').slice(0, 12);

/** What the guard needs to know about a user: never the password hash itself, only its fingerprint. */
export interface AuthUserSnapshot {
  id: string;
  email: string;
  role: Role;
  disabledAt: Date | null;
  /** passwordVersion() of the current password hash. */
  pwv: string;
}

export const toAuthUserSnapshot = (u: User): AuthUserSnapshot => ({
  id: u.id,
  email: u.email,
  role: u.role,
  disabledAt: u.disabledAt,
  pwv: passwordVersion(u.passwordHash),
});

/**
 * How long a user row read for authentication is reused. Every change to a user row, made by any
 * process or by SQL, invalidates the entry at once (AuthChanges listens for the database's
 * notification); the TTL only bounds how long a notification lost in transit could go unnoticed.
 */
export const AUTH_USER_TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

interface Entry {
  user: AuthUserSnapshot | null;
  expires: number;
}

interface Load {
  promise: Promise<AuthUserSnapshot | null>;
  /** Set by invalidate() while the load is in flight: its (possibly older) result is not stored. */
  stale: boolean;
}

/**
 * A short-lived in-process cache of the users behind access tokens, so a request does not cost a
 * database round trip (and a Prisma query compilation) before it starts its own work. Concurrent
 * misses for one user share a single load. Unknown ids are cached too (as null), for the same TTL.
 */
@Injectable()
export class AuthUserCache {
  private readonly entries = new Map<string, Entry>();
  private readonly loads = new Map<string, Load>();
  private suspended = false;

  constructor(readonly ttlMs: number = AUTH_USER_TTL_MS) {}

  /**
   * Stops caching (every lookup reads the database) and forgets everything: while nothing tells
   * this process about changes made elsewhere, a cached row could be stale for the whole TTL.
   */
  suspend(): void {
    this.suspended = true;
    this.clear();
  }

  /** Caches again, from empty: changes may have been missed while suspended. */
  resume(): void {
    this.clear();
    this.suspended = false;
  }

  /**
   * The cached snapshot of `id` when it is fresh and, if `pwv` is given, carries that password
   * fingerprint; otherwise a fresh one from `load`. A fingerprint mismatch always goes to the
   * database, so a token issued after a password change made elsewhere is not refused for the TTL.
   */
  async get(id: string, load: (id: string) => Promise<User | null>, pwv?: string): Promise<AuthUserSnapshot | null> {
    if (this.suspended) {
      const row = await load(id);
      return row ? toAuthUserSnapshot(row) : null;
    }
    const hit = this.entries.get(id);
    if (hit && hit.expires > Date.now() && (pwv === undefined || hit.user?.pwv === pwv)) return hit.user;
    const pending = this.loads.get(id);
    if (pending && !pending.stale) return pending.promise;
    return this.load(id, load);
  }

  /** Forgets `id` now, including a load in flight (its result will not be stored). */
  invalidate(id: string): void {
    this.entries.delete(id);
    const pending = this.loads.get(id);
    if (pending) {
      pending.stale = true;
      this.loads.delete(id);
    }
  }

  clear(): void {
    this.entries.clear();
    for (const l of this.loads.values()) l.stale = true;
    this.loads.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  private load(id: string, load: (id: string) => Promise<User | null>): Promise<AuthUserSnapshot | null> {
    const entry: Load = { stale: false, promise: undefined! };
    entry.promise = (async () => {
      try {
        const row = await load(id);
        const user = row ? toAuthUserSnapshot(row) : null;
        if (!entry.stale) this.store(id, user);
        return user;
      } finally {
        if (this.loads.get(id) === entry) this.loads.delete(id);
      }
    })();
    this.loads.set(id, entry);
    return entry.promise;
  }

  private store(id: string, user: AuthUserSnapshot | null): void {
    const now = Date.now();
    if (this.entries.size >= MAX_ENTRIES && !this.entries.has(id)) {
      for (const [k, e] of this.entries) if (e.expires <= now) this.entries.delete(k);
      // Still full of live entries: drop the oldest inserted (Map keeps insertion order).
      if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    }
    this.entries.delete(id);
    this.entries.set(id, { user, expires: now + this.ttlMs });
  }
}
