import { Injectable } from '@nestjs/common';
import { DatabaseNotifications } from '../database/notifications';

/** Channel the summaries' triggers and refreshes notify (migration notify_source_stats_changes). */
export const STATS_CHANNEL = 'source_stats';
const MAX_ENTRIES = 1_000;

/**
 * Finished report cards and source lists, kept until the summaries change. Cards are identical
 * for every reader and change only when summaries do, so under load most reads skip the
 * database entirely. Any process that queues or refreshes summaries notifies STATS_CHANNEL; this
 * process listens and bumps its generation, which retires every entry computed before. Changes
 * made through this process's own HTTP API bump it synchronously (CardCacheInvalidator), so a
 * client never reads its own write stale. While the listener is down nothing is cached.
 */
@Injectable()
export class CardCache {
  private readonly entries = new Map<string, { generation: number; value: Promise<unknown> }>();
  private generation = 0;
  private listening = false;
  hits = 0;
  misses = 0;

  constructor(notifications: DatabaseNotifications) {
    void notifications.subscribe(STATS_CHANNEL, {
      notified: () => this.invalidate(),
      // Anything may have changed while nobody listened.
      listening: () => {
        this.invalidate();
        this.listening = true;
      },
      lost: () => {
        this.listening = false;
        this.invalidate();
      },
    });
  }

  /** Drops everything cached (a change was made, or may have been missed). */
  invalidate(): void {
    this.generation++;
    this.entries.clear();
  }

  /**
   * The cached value for `key`, or `compute()` stored under the generation current when it
   * started: a change notified while it runs makes it stale at once. Concurrent misses for one
   * key share one computation. `cacheable` may refuse a result (e.g. a card still catching up).
   */
  async get<T>(key: string, compute: () => Promise<T>, cacheable: (v: T) => boolean = () => true): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && hit.generation === this.generation && this.listening) {
      this.hits++;
      // Re-insert: Map order is the eviction order, oldest use first.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value as Promise<T>;
    }
    this.misses++;
    const generation = this.generation;
    const value = compute();
    if (!this.listening) return value;
    this.entries.set(key, { generation, value });
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    try {
      const v = await value;
      if (!cacheable(v)) this.drop(key, value);
      return v;
    } catch (e) {
      this.drop(key, value);
      throw e;
    }
  }

  private drop(key: string, value: Promise<unknown>): void {
    if (this.entries.get(key)?.value === value) this.entries.delete(key);
  }
}
