import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Client } from 'pg';
import { AppConfig } from '../config/config.module';

/** The channel the article_status_notify trigger sends on (migration 20261204090100). */
const CHANNEL = 'article_status';
/**
 * A waiter also reads the row this often, so a lost listener, or an article deleted while it was
 * queued (no notification), costs a second rather than the whole wait.
 */
const RECHECK_MS = 1_000;

/**
 * Waits for an article's scoring to finish without polling its row: one LISTEN connection per
 * process, opened on the first wait, wakes the waiters of an article when its status becomes
 * scored or failed. A notification is only a cue: the caller's `read` decides.
 */
@Injectable()
export class ArticleStatusWaiter implements OnModuleDestroy {
  private readonly logger = new Logger(ArticleStatusWaiter.name);
  private readonly waiters = new Map<string, Set<() => void>>();
  private listener?: Promise<Client | null>;
  private stopped = false;

  constructor(private readonly config: AppConfig) {}

  /**
   * Resolves with `read()`'s answer once `done` accepts it, or with the last answer after `ms`.
   * Subscribes before the first read, so a scoring that commits in between is not missed.
   */
  async wait<T>(id: string, ms: number, read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
    const until = Date.now() + ms;
    // A notification that arrives while `read` is in flight is kept, so the next read follows at once.
    let notified = false;
    let wake = () => void (notified = true);
    const woken = () => wake();
    const set = this.waiters.get(id) ?? new Set();
    set.add(woken);
    this.waiters.set(id, set);
    try {
      await this.listen();
      for (;;) {
        const value = await read();
        const left = until - Date.now();
        if (done(value) || left <= 0) return value;
        if (notified) {
          notified = false;
          continue;
        }
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, Math.min(left, RECHECK_MS));
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake = () => void (notified = true);
      }
    } finally {
      set.delete(woken);
      if (!set.size && this.waiters.get(id) === set) this.waiters.delete(id);
    }
  }

  /** The shared listener; null while it cannot connect (waiters then fall back to re-reading). */
  private listen(): Promise<Client | null> {
    if (this.stopped) return Promise.resolve(null);
    this.listener ??= this.connect();
    return this.listener;
  }

  private async connect(): Promise<Client | null> {
    const client = new Client({ connectionString: this.config.get('DATABASE_URL') });
    client.on('notification', (n) => this.waiters.get(n.payload ?? '')?.forEach((wake) => wake()));
    const lost = (e?: Error) => {
      if (e) this.logger.warn(`article status listener lost, waits re-read every ${RECHECK_MS} ms: ${e.message}`);
      // The next wait connects again.
      this.listener = undefined;
      client.end().catch(() => undefined);
    };
    client.on('error', lost);
    client.on('end', () => lost());
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      return client;
    } catch (e) {
      lost(e as Error);
      return null;
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    const client = await this.listener;
    this.listener = undefined;
    await client?.end().catch(() => undefined);
  }
}
