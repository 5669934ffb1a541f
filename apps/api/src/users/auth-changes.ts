import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Client } from 'pg';
import { AppConfig } from '../config/config.module';
import { AuthUserCache } from './auth-user.cache';

/**
 * Channel of the triggers of migration account_sessions_and_attempts: `user:<id>` after any
 * update or deletion of a user row, `session:<jti> <expiry epoch s>` when a session is revoked.
 */
export const AUTH_CHANNEL = 'auth_changes';
const RECONNECT_MS = 2_000;
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
 * true across processes: one LISTEN connection per process receives every change committed by
 * any process (or by SQL), and while it is down the caches are bypassed. A change made here also
 * waits (briefly) until its own notification has come back, by which time PostgreSQL has handed
 * it to every other listener, so the next request, wherever it lands, sees the change.
 */
@Injectable()
export class AuthChanges implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(AuthChanges.name);
  private readonly subscribers: AuthChangeSubscriber[] = [];
  private readonly echoes = new Map<string, Set<() => void>>();
  private listener?: Client;
  /** Clients already given up on: their late 'end' or 'error' events must not start another reconnect. */
  private readonly gone = new WeakSet<Client>();
  private connected = false;
  private stopped = false;
  private retry?: NodeJS.Timeout;

  constructor(
    private readonly config: AppConfig,
    cache: AuthUserCache,
  ) {
    cache.suspend();
    this.subscribe({
      prefix: 'user:',
      changed: (id) => cache.invalidate(id),
      listening: async () => cache.resume(),
      lost: () => cache.suspend(),
    });
  }

  get isListening(): boolean {
    return this.connected;
  }

  subscribe(subscriber: AuthChangeSubscriber): void {
    this.subscribers.push(subscriber);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.connect();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    this.releaseEchoes();
    await this.listener?.end().catch(() => undefined);
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

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.config.get('DATABASE_URL') });
    client.on('notification', (n) => this.dispatch(n.payload ?? ''));
    client.on('error', (e) => this.lost(client, e));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      this.listener = client;
      // LISTEN before reloading: a change committed during the reload is then notified, not missed.
      await client.query(`LISTEN ${AUTH_CHANNEL}`);
      for (const s of this.subscribers) await s.listening();
      this.connected = true;
    } catch (e) {
      this.lost(client, e as Error);
    }
  }

  private lost(client: Client, e?: Error): void {
    if (this.gone.has(client) || (this.listener && client !== this.listener)) return;
    this.gone.add(client);
    const wasConnected = this.connected;
    this.connected = false;
    this.listener = undefined;
    for (const s of this.subscribers) s.lost();
    this.releaseEchoes();
    client.end().catch(() => undefined);
    if (this.stopped) return;
    if (wasConnected || e)
      this.logger.warn(
        `auth caches off (every request reads the database) until the listener reconnects${e ? `: ${e.message}` : ''}`,
      );
    clearTimeout(this.retry);
    this.retry = setTimeout(() => void this.connect(), RECONNECT_MS);
    this.retry.unref();
  }
}
