import { Client } from 'pg';
import type { AppConfig } from '../src/config/config.module';
import { DatabaseNotifications } from '../src/database/notifications';
import { eventually } from './support/app';

jest.setTimeout(60_000);

const config = { get: (key: string) => ({ DATABASE_URL: process.env.DATABASE_URL })[key] } as unknown as AppConfig;

/** A subscriber that records what it is told. */
function recorder() {
  const r = {
    payloads: [] as string[],
    listening: 0,
    lost: 0,
    subscriber: {
      notified: (p: string) => void r.payloads.push(p),
      listening: () => void r.listening++,
      lost: () => void r.lost++,
    },
  };
  return r;
}

describe('one notification connection per process', () => {
  let admin: Client;
  let hub: DatabaseNotifications;

  beforeAll(async () => {
    admin = new Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
  });
  afterAll(() => admin.end());
  afterEach(() => hub?.onModuleDestroy());

  const notify = (channel: string, payload: string) => admin.query(`SELECT pg_notify($1, $2)`, [channel, payload]);
  const connections = async () =>
    Number(
      (
        await admin.query<{ n: string }>(
          `SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = 'source-audit notifications'`,
        )
      ).rows[0]!.n,
    );

  it('serves every channel from one connection, subscribed before or after it opened', async () => {
    const before = await connections();
    hub = new DatabaseNotifications(config);
    const early = recorder();
    const alsoEarly = recorder();
    void hub.subscribe('test_early', early.subscriber);
    void hub.subscribe('test_early', alsoEarly.subscriber);
    // Nothing connects before the application bootstraps.
    expect(hub.isListening).toBe(false);
    await hub.onApplicationBootstrap();
    expect(early.listening).toBe(1);
    const late = recorder();
    await hub.subscribe('test_late', late.subscriber);
    expect(late.listening).toBe(1);

    await notify('test_early', 'a');
    await notify('test_late', 'b');
    await notify('test_unrelated', 'c');
    await eventually(async () => early.payloads.length === 1 && late.payloads.length === 1, 5_000);
    expect(early.payloads).toEqual(['a']);
    expect(alsoEarly.payloads).toEqual(['a']);
    expect(late.payloads).toEqual(['b']);
    expect(await connections()).toBe(before + 1);
  });

  it('tells subscribers when the connection drops, reconnects and tells them to catch up', async () => {
    hub = new DatabaseNotifications(config);
    const r = recorder();
    void hub.subscribe('test_reconnect', r.subscriber);
    await hub.onApplicationBootstrap();
    await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'source-audit notifications'`,
    );
    await eventually(async () => r.lost === 1, 5_000);
    expect(hub.isListening).toBe(false);
    // Reconnects on its own, LISTENs again, then asks the subscriber to catch up.
    await eventually(async () => r.listening === 2, 15_000);
    expect(hub.isListening).toBe(true);
    await notify('test_reconnect', 'after');
    await eventually(async () => r.payloads.includes('after'), 5_000);
  });

  it('closes a connection still being opened when the process stops', async () => {
    const before = await connections();
    hub = new DatabaseNotifications(config);
    void hub.subscribe('test_stop', recorder().subscriber);
    const starting = hub.onApplicationBootstrap();
    await hub.onModuleDestroy();
    await starting;
    await eventually(async () => (await connections()) === before, 5_000);
    expect(hub.isListening).toBe(false);
  });

  it('caughtUp: a notification committed before the call has reached the subscribers once it resolves', async () => {
    hub = new DatabaseNotifications(config);
    const r = recorder();
    void hub.subscribe('test_barrier', r.subscriber);
    await hub.onApplicationBootstrap();
    for (let i = 0; i < 20; i++) {
      await notify('test_barrier', `n${i}`);
      // Callers arriving together share round trips; every one of them must see the change.
      const seen = await Promise.all(
        Array.from({ length: 5 }, () => hub.caughtUp().then(() => r.payloads.includes(`n${i}`))),
      );
      expect(seen).toEqual([true, true, true, true, true]);
    }
  });

  it('caughtUp resolves at once when not listening (callers then bypass their caches)', async () => {
    hub = new DatabaseNotifications(config);
    await expect(hub.caughtUp()).resolves.toBeUndefined();
  });

  it('refuses a channel name it would have to splice into SQL unquoted', async () => {
    hub = new DatabaseNotifications(config);
    await expect(hub.subscribe('x; DROP TABLE "Article"', recorder().subscriber)).rejects.toThrow(/not a channel name/);
  });
});
