import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { DatabaseNotifications } from '../database/notifications';
import { AuthUserCache } from './auth-user.cache';

/**
 * Channel of the triggers of migration account_sessions_and_attempts: `user:<id>` after any
 * update or deletion of a user row, `session:<jti> <expiry epoch s>` when a session is revoked.
 */
export const AUTH_CHANNEL = 'auth_changes';
/** How long a change waits for its own notification to come back (normally a few milliseconds). */
const ECHO_TIMEOUT_MS = 1_000;

/** Something cached per process that must follow the changes notified on AUTH_CHANNEL. */
export interface AuthChangeSubscriber {
  /** The payload prefix it handles, e.g. `session:`. */
  readonly prefix: string;
  /** A notified change; `rest` is the payload after the prefix. */
  changed(rest: string): void;
  /** The listener is (again) connected: reload what may have been missed before trusting the cache. */
  listening(): Promise<void>;
  /** The listener is down: stop trusting what is cached. */
  lost(): void;
}

/**
 * Per-process caches of who may do what (the users behind access tokens, revoked sessions) kept
 * true across processes: the process's notification connection receives every change committed
 * by any process (or by SQL), and while it is down the caches are bypassed. A change made here also
 * waits (briefly) until its own notification has come back, by which time PostgreSQL has queued
 * it for every other listener; a request in any process first catches up with its listener
 * (caughtUp), so the next request, wherever it lands, sees the change.
 */
@Injectable()
export class AuthChanges implements OnModuleDestroy {
  private readonly subscribers: AuthChangeSubscriber[] = [];
  private readonly echoes = new Map<string, Set<() => void>>();
  private connected = false;

  constructor(
    private readonly notifications: DatabaseNotifications,
    cache: AuthUserCache,
  ) {
    cache.suspend();
    this.subscribe({
      prefix: 'user:',
      changed: (id) => cache.invalidate(id),
      listening: async () => cache.resume(),
      lost: () => cache.suspend(),
    });
    void notifications.subscribe(AUTH_CHANNEL, {
      notified: (payload) => this.dispatch(payload),
      listening: async () => {
        for (const s of this.subscribers) await s.listening();
        this.connected = true;
      },
      lost: () => {
        this.connected = false;
        for (const s of this.subscribers) s.lost();
        this.releaseEchoes();
      },
    });
  }

  get isListening(): boolean {
    return this.connected;
  }

  /**
   * Resolves once every change committed before the call has reached this process's caches: what
   * a request awaits before trusting them. A change made in another process is acknowledged there
   * only after PostgreSQL has queued its notification for every listener, but this process's
   * listener may not have read it yet when the next request arrives (DatabaseNotifications.caughtUp).
   */
  caughtUp(): Promise<void> {
    return this.connected ? this.notifications.caughtUp() : Promise.resolve();
  }

  subscribe(subscriber: AuthChangeSubscriber): void {
    this.subscribers.push(subscriber);
  }

  onModuleDestroy(): void {
    this.releaseEchoes();
  }

  /**
   * Runs `write` (which makes the database notify `payload` on commit) and returns once this
   * process has received that notification, or after ECHO_TIMEOUT_MS. `notifies` says whether the
   * write's result means a notification was sent at all (an insert that conflicted sends none).
   */
  async broadcast<T>(
    payload: string,
    write: () => Promise<T>,
    notifies: (result: T) => boolean = () => true,
  ): Promise<T> {
    if (!this.connected) return write();
    let seen!: () => void;
    const echo = new Promise<void>((resolve) => (seen = resolve));
    const waiting = this.echoes.get(payload) ?? new Set();
    waiting.add(seen);
    this.echoes.set(payload, waiting);
    let timer: NodeJS.Timeout | undefined;
    try {
      const result = await write();
      if (notifies(result)) {
        const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, ECHO_TIMEOUT_MS)));
        await Promise.race([echo, timeout]);
      }
      return result;
    } finally {
      clearTimeout(timer);
      waiting.delete(seen);
      if (waiting.size === 0 && this.echoes.get(payload) === waiting) this.echoes.delete(payload);
    }
  }

  private dispatch(payload: string): void {
    for (const s of this.subscribers) if (payload.startsWith(s.prefix)) s.changed(payload.slice(s.prefix.length));
    const waiting = this.echoes.get(payload);
    if (waiting) for (const seen of waiting) seen();
  }

  private releaseEchoes(): void {
    for (const waiting of this.echoes.values()) for (const seen of waiting) seen();
    this.echoes.clear();
  }
}
