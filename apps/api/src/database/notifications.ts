import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Client } from 'pg';
import { AppConfig } from '../config/config.module';

const RECONNECT_MS = 2_000;
/** Channel names are spliced into LISTEN (it takes no parameters): plain identifiers only. */
const CHANNEL_NAME = /^[a-z_][a-z0-9_]*$/;

/** Something in this process that follows what other processes commit, through one channel. */
export interface ChannelSubscriber {
  /** A notification on the channel (its payload, '' when none). */
  notified(payload: string): void;
  /** Now listening (first connection or a reconnection): whatever was sent while down was missed. */
  listening?(): Promise<void> | void;
  /** The connection is down: notifications are missed until `listening` is called again. */
  lost?(): void;
}

/**
 * The process's one LISTEN connection to PostgreSQL, shared by everything that follows changes
 * made elsewhere (job wake-ups, article status, auth changes, report-card invalidation). One
 * connection per process instead of one per feature, and one reconnect policy: when the connection
 * drops, every subscriber is told (`lost`), it reconnects every RECONNECT_MS, LISTENs again on every
 * channel and then tells every subscriber (`listening`) to catch up on what it may have missed.
 */
@Injectable()
export class DatabaseNotifications implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(DatabaseNotifications.name);
  private readonly channels = new Map<string, ChannelSubscriber[]>();
  private client?: Client;
  /** Clients already given up on: their late 'end' or 'error' events must not start another reconnect. */
  private readonly gone = new WeakSet<Client>();
  private connecting?: Promise<void>;
  /** Set at bootstrap: subscriptions made while the app is being built wait for it, then share one connection. */
  private started = false;
  private connected = false;
  private stopped = false;
  private retry?: NodeJS.Timeout;
  /** The round trip caughtUp() is waiting on, and the one queued behind it for later callers. */
  private barrier?: Promise<void>;
  private nextBarrier?: Promise<void>;

  constructor(private readonly config: AppConfig) {}

  get isListening(): boolean {
    return this.connected;
  }

  /**
   * Resolves once every notification committed before the call has been handed to the
   * subscribers: a round trip on the listening connection, because PostgreSQL sends a connection
   * the notifications it has received before it reports a statement complete (its backend is
   * signalled when the notifying transaction commits, before that commit returns to whoever made
   * it). Without it a request could reach this process before its listener had read a change
   * another process already acknowledged. Callers that arrive while a round trip is on the wire
   * share the next one (one that began before they arrived would not cover them). Resolves at once
   * when not listening: callers then bypass their caches anyway.
   */
  caughtUp(): Promise<void> {
    if (!this.connected || !this.client) return Promise.resolve();
    if (this.nextBarrier) return this.nextBarrier;
    if (!this.barrier) return (this.barrier = this.roundTrip());
    const next = this.barrier.then(() => {
      if (this.nextBarrier === next) this.nextBarrier = undefined;
      return (this.barrier = this.roundTrip());
    });
    return (this.nextBarrier = next);
  }

  private roundTrip(): Promise<void> {
    const client = this.client;
    if (!this.connected || !client) return Promise.resolve();
    const trip: Promise<void> = client
      .query('SELECT 1')
      // A failed round trip means the connection is going: `lost` switches the caches off.
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => {
        if (this.barrier === trip) this.barrier = undefined;
      });
    return trip;
  }

  /**
   * Follows `channel`. Subscribers added before the application bootstraps are served by the
   * connection it opens; a later one is LISTENed for at once (resolving once it is).
   */
  async subscribe(channel: string, subscriber: ChannelSubscriber): Promise<void> {
    if (!CHANNEL_NAME.test(channel)) throw new Error(`not a channel name: ${channel}`);
    const list = this.channels.get(channel) ?? [];
    const fresh = list.length === 0;
    list.push(subscriber);
    this.channels.set(channel, list);
    if (!this.started || this.stopped) return;
    // Connecting (or waiting to reconnect): the connection LISTENs on every channel subscribed by the time it is up.
    if (!this.connected) return this.connecting;
    const client = this.client!;
    try {
      if (fresh) await client.query(`LISTEN ${channel}`);
      await subscriber.listening?.();
    } catch (e) {
      this.lost(client, e as Error);
    }
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.started) return this.connecting;
    this.started = true;
    await this.connect();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    // A connection still being opened would otherwise be kept (open() never rejects).
    await this.connecting;
    const client = this.client;
    this.client = undefined;
    this.connected = false;
    if (client) this.gone.add(client);
    await client?.end().catch(() => undefined);
  }

  private connect(): Promise<void> {
    this.connecting ??= this.open().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private async open(): Promise<void> {
    if (this.stopped) return;
    clearTimeout(this.retry);
    this.retry = undefined;
    const client = new Client({
      connectionString: this.config.get('DATABASE_URL'),
      application_name: 'source-audit notifications',
    });
    client.on('notification', (n) => {
      for (const s of this.channels.get(n.channel) ?? []) s.notified(n.payload ?? '');
    });
    client.on('error', (e) => this.lost(client, e));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      if (this.stopped) {
        // Stopped while connecting: nobody is to be told anything any more.
        this.gone.add(client);
        await client.end().catch(() => undefined);
        return;
      }
      this.client = client;
      // LISTEN before anyone reloads: a change committed during a reload is then notified, not missed.
      // Channels subscribed while these run are picked up by the next round.
      const listened = new Set<string>();
      for (
        let next = [...this.channels.keys()];
        next.length;
        next = [...this.channels.keys()].filter((c) => !listened.has(c))
      )
        for (const channel of next) {
          await client.query(`LISTEN ${channel}`);
          listened.add(channel);
        }
      this.connected = true;
      for (const list of [...this.channels.values()]) for (const s of list) await s.listening?.();
    } catch (e) {
      this.lost(client, e as Error);
    }
  }

  private lost(client: Client, e?: Error): void {
    if (this.gone.has(client) || (this.client && client !== this.client)) return;
    this.gone.add(client);
    const wasConnected = this.connected;
    this.connected = false;
    this.client = undefined;
    for (const list of this.channels.values()) for (const s of list) s.lost?.();
    client.end().catch(() => undefined);
    if (this.stopped) return;
    if (wasConnected || e)
      this.logger.warn(
        `database notifications lost (caches off, waits and idle workers poll) until the listener reconnects${e ? `: ${e.message}` : ''}`,
      );
    clearTimeout(this.retry);
    this.retry = setTimeout(() => void this.connect(), RECONNECT_MS);
    this.retry.unref();
  }
}
