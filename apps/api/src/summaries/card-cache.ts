import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '../config/config.module';
import { DatabaseNotifications } from '../database/notifications';
import { CardReader, currentReader } from './card-freshness';

/** Channel the summaries' triggers and refreshes notify (migration notify_source_stats_changes). */
export const STATS_CHANNEL = 'source_stats';
const MAX_ENTRIES = 1_000;
/** Clients remembered as having written lately; past it the oldest read like everyone else. */
const MAX_WRITERS = 10_000;
/**
 * How long after a change through this process's API its client reads past a pending drop: the
 * change's own effects arrive later (an upload is scored, its summaries refreshed, its claims
 * grouped, each notifying in turn), and the analyst who uploaded opens the card meanwhile.
 */
export const WRITER_WINDOW_MS = 60_000;

/**
 * Finished report cards and source lists, kept until the summaries change. Cards are identical
 * for every reader and change only when summaries do, so under load most reads skip the
 * database entirely. Any process that queues or refreshes summaries notifies STATS_CHANNEL; this
 * process listens and drops every entry computed before (see `changed` for how soon). While the
 * listener is down nothing is cached.
 *
 * Bounded staleness: a change drops the cache at once unless the cache was dropped less than
 * CARD_CACHE_MAX_STALE_MS ago; then the drop waits for the end of that interval, and every change
 * meanwhile shares it. Under a stream of uploads the cache is therefore emptied at most once per
 * interval instead of at every upload (which left most reads computing a card), and a card is at
 * most that far behind the summaries. The client who made a change through this process's API
 * (CardCacheInvalidator) reads past a pending drop for WRITER_WINDOW_MS, and so does any request
 * with `Cache-Control: no-cache`, so nobody reads their own write stale.
 */
@Injectable()
export class CardCache implements OnModuleDestroy {
  private readonly entries = new Map<string, { generation: number; value: Promise<unknown> }>();
  private generation = 0;
  private listening = false;
  readonly maxStaleMs: number;
  private lastDrop = Number.NEGATIVE_INFINITY;
  private pendingDrop: NodeJS.Timeout | undefined;
  /** When each client last changed something through this process's API (performance.now()). */
  private readonly writers = new Map<string, number>();
  hits = 0;
  misses = 0;
  /** Reads that went past the cache to see a change not yet applied to it. */
  bypasses = 0;
  /** Changes whose drop waited for the end of the staleness interval. */
  deferred = 0;

  constructor(notifications: DatabaseNotifications, config: AppConfig) {
    this.maxStaleMs = config.get('CARD_CACHE_MAX_STALE_MS');
    void notifications.subscribe(STATS_CHANNEL, {
      notified: () => this.changed(),
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

  onModuleDestroy(): void {
    clearTimeout(this.pendingDrop);
  }

  /**
   * The summaries changed (`client`: who changed them through this process's API). Drops the cache
   * now, or at the end of the staleness interval if it was dropped within it.
   */
  changed(client: string | null = null): void {
    const now = performance.now();
    if (client !== null) {
      this.writers.delete(client);
      this.writers.set(client, now);
      if (this.writers.size > MAX_WRITERS) this.writers.delete(this.writers.keys().next().value!);
    }
    const since = now - this.lastDrop;
    if (since >= this.maxStaleMs) return this.invalidate();
    this.deferred++;
    this.pendingDrop ??= setTimeout(() => this.invalidate(), this.maxStaleMs - since).unref();
  }

  /** Drops everything cached at once (a change was made, or may have been missed). */
  invalidate(): void {
    clearTimeout(this.pendingDrop);
    this.pendingDrop = undefined;
    this.generation++;
    this.entries.clear();
    this.lastDrop = performance.now();
  }

  /** Whether the request being served must not be answered from entries a pending drop will retire. */
  private mustCompute(): boolean {
    return this.pendingDrop !== undefined && this.wantsCommitted(currentReader());
  }

  /**
   * Whether the request being served may see the summaries up to the interval behind (so a card it
   * computes need not first refresh articles queued less than that long ago): a request that is
   * neither from a recent writer nor `no-cache`, with an interval set. Outside a request, no.
   */
  mayLag(): boolean {
    const r = currentReader();
    return this.maxStaleMs > 0 && r !== undefined && !this.wantsCommitted(r);
  }

  /** How far behind the request being served may see the summaries (SourceStatsService.catchUpBeforeRead's bound). */
  readerLagMs(): number {
    return this.mayLag() ? this.maxStaleMs : 0;
  }

  private wantsCommitted(r: CardReader | undefined): boolean {
    if (r === undefined) return false;
    if (r.noCache) return true;
    const wrote = r.client === null ? undefined : this.writers.get(r.client);
    if (wrote === undefined) return false;
    if (performance.now() - wrote <= WRITER_WINDOW_MS) return true;
    this.writers.delete(r.client!);
    return false;
  }

  /**
   * The cached value for `key`, or `compute()` stored under the generation current when it
   * started: a change applied while it runs makes it stale at once. Concurrent misses for one
   * key share one computation. `cacheable` may refuse a result (e.g. a card still catching up).
   */
  async get<T>(key: string, compute: () => Promise<T>, cacheable: (v: T) => boolean = () => true): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && hit.generation === this.generation && this.listening) {
      if (!this.mustCompute()) {
        this.hits++;
        // Re-insert: Map order is the eviction order, oldest use first.
        this.entries.delete(key);
        this.entries.set(key, hit);
        return hit.value as Promise<T>;
      }
      // Computed afresh, and kept: it is newer than the entry it replaces.
      this.bypasses++;
    } else this.misses++;
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
