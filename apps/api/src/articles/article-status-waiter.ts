import { Injectable } from '@nestjs/common';
import { DatabaseNotifications } from '../database/notifications';

/** The channel the article_status_notify trigger sends on (migration 20261204090100). */
const CHANNEL = 'article_status';
/**
 * A waiter also reads the row this often, so a lost listener, or an article deleted while it was
 * queued (no notification), costs a second rather than the whole wait.
 */
const RECHECK_MS = 1_000;

/**
 * Waits for an article's scoring to finish without polling its row: the process's notification
 * connection wakes the waiters of an article when its status becomes scored or failed. A
 * notification is only a cue: the caller's `read` decides.
 */
@Injectable()
export class ArticleStatusWaiter {
  private readonly waiters = new Map<string, Set<() => void>>();

  constructor(notifications: DatabaseNotifications) {
    void notifications.subscribe(CHANNEL, {
      notified: (id) => this.waiters.get(id)?.forEach((wake) => wake()),
    });
  }

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
}
