import { AppConfig } from '../config/config.module';
import { ChannelSubscriber, DatabaseNotifications } from '../database/notifications';
import { CardCache, WRITER_WINDOW_MS } from './card-cache';
import { asReader } from './card-freshness';

/** A cache over a stand-in notification channel (already listening) and a fixed staleness interval. */
function cacheWith(maxStaleMs: number): { cache: CardCache; channel: ChannelSubscriber } {
  let channel: ChannelSubscriber | undefined;
  const notifications = {
    subscribe: (_name: string, s: ChannelSubscriber) => {
      channel = s;
      return Promise.resolve();
    },
  } as unknown as DatabaseNotifications;
  const config = { get: () => maxStaleMs } as unknown as AppConfig;
  const cache = new CardCache(notifications, config);
  void channel!.listening?.(); // which drops the (empty) cache: start past its interval
  jest.advanceTimersByTime(maxStaleMs);
  return { cache, channel: channel! };
}

/** A card whose value counts how often it was computed. */
function counter(): () => Promise<number> {
  let n = 0;
  return () => Promise.resolve(++n);
}

describe('CardCache', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('keeps a card until a change, and drops it at once when nothing changed within the interval', async () => {
    const { cache, channel } = cacheWith(1000);
    const card = counter();
    expect(await cache.get('k', card)).toBe(1);
    expect(await cache.get('k', card)).toBe(1);
    jest.advanceTimersByTime(1500);
    channel.notified('');
    expect(await cache.get('k', card)).toBe(2);
    expect(cache.deferred).toBe(0);
  });

  it('under a stream of changes drops at most once per interval, never later than its end', async () => {
    const { cache, channel } = cacheWith(1000);
    const card = counter();
    await cache.get('k', card);
    channel.notified(''); // nothing dropped within the interval before: at once
    expect(await cache.get('k', card)).toBe(2);
    jest.advanceTimersByTime(100);
    channel.notified('');
    jest.advanceTimersByTime(300);
    cache.changed();
    expect(await cache.get('k', card)).toBe(2); // up to 1 s behind
    expect(cache.deferred).toBe(2);
    jest.advanceTimersByTime(599);
    expect(await cache.get('k', card)).toBe(2);
    jest.advanceTimersByTime(1); // 1 s after the last drop: both changes applied by one drop
    expect(await cache.get('k', card)).toBe(3);
    expect(await cache.get('k', card)).toBe(3);
  });

  it('lets the client who made a deferred change, and a no-cache request, read past the cache until it is applied', async () => {
    const { cache } = cacheWith(1000);
    const card = counter();
    await cache.get('k', card);
    cache.changed('writer'); // at once
    expect(await cache.get('k', card)).toBe(2);
    cache.changed('writer'); // deferred
    const other = { client: 'reader', noCache: false };
    const writer = { client: 'writer', noCache: false };
    expect(await asReader(other, () => cache.get('k', card))).toBe(2);
    expect(await asReader(writer, () => cache.get('k', card))).toBe(3);
    // What the writer computed is newer than what was cached, so others get it too.
    expect(await asReader(other, () => cache.get('k', card))).toBe(3);
    expect(await asReader({ client: 'reader', noCache: true }, () => cache.get('k', card))).toBe(4);
    expect(cache.bypasses).toBe(2);
    jest.advanceTimersByTime(1000);
    expect(await asReader(writer, () => cache.get('k', card))).toBe(5); // the drop
    expect(await asReader(writer, () => cache.get('k', card))).toBe(5); // nothing pending: served from the cache
  });

  it("lets a writer read past drops pending for a minute after its change: the change's own effects come later", async () => {
    const { cache, channel } = cacheWith(1000);
    const card = counter();
    const writer = { client: 'writer', noCache: false };
    await cache.get('k', card);
    cache.changed('writer'); // the upload, applied at once
    jest.advanceTimersByTime(300);
    channel.notified(''); // its scoring, deferred
    expect(await cache.get('k', card)).toBe(2);
    expect(await asReader(writer, () => cache.get('k', card))).toBe(3);
    jest.advanceTimersByTime(WRITER_WINDOW_MS);
    channel.notified(''); // at once: the last drop was long ago
    channel.notified(''); // deferred; the writer's minute is over
    expect(await cache.get('k', card)).toBe(4);
    expect(await asReader(writer, () => cache.get('k', card))).toBe(4);
  });

  it('with an interval of 0 drops at every change', async () => {
    const { cache, channel } = cacheWith(0);
    const card = counter();
    await cache.get('k', card);
    channel.notified('');
    expect(await cache.get('k', card)).toBe(2);
    channel.notified('');
    expect(await cache.get('k', card)).toBe(3);
    expect(cache.deferred).toBe(0);
  });

  it('caches nothing while the listener is down, and drops everything when it is back', async () => {
    const { cache, channel } = cacheWith(1000);
    const card = counter();
    await cache.get('k', card);
    channel.lost?.();
    expect(await cache.get('k', card)).toBe(2);
    expect(await cache.get('k', card)).toBe(3);
    await channel.listening?.();
    expect(await cache.get('k', card)).toBe(4);
    expect(await cache.get('k', card)).toBe(4);
  });

  it('lets only readers who neither wrote lately nor asked for no-cache lag behind, and only with an interval', () => {
    const { cache } = cacheWith(1000);
    cache.changed('writer');
    expect(cache.mayLag()).toBe(false); // outside a request
    expect(asReader({ client: 'reader', noCache: false }, () => cache.mayLag())).toBe(true);
    expect(asReader({ client: null, noCache: false }, () => cache.mayLag())).toBe(true);
    expect(asReader({ client: 'reader', noCache: true }, () => cache.mayLag())).toBe(false);
    expect(asReader({ client: 'writer', noCache: false }, () => cache.mayLag())).toBe(false);
    jest.advanceTimersByTime(WRITER_WINDOW_MS + 1);
    expect(asReader({ client: 'writer', noCache: false }, () => cache.mayLag())).toBe(true);
    expect(asReader({ client: 'reader', noCache: false }, () => cacheWith(0).cache.mayLag())).toBe(false);
    // The bound a reader's catch-up may leave queued: the interval when it may lag, nothing otherwise.
    expect(asReader({ client: 'reader', noCache: false }, () => cache.readerLagMs())).toBe(1000);
    expect(asReader({ client: 'reader', noCache: true }, () => cache.readerLagMs())).toBe(0);
  });
});
