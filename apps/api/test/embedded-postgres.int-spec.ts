import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { becomesReady, ServiceProcess, spawnService, stopService } from './support/service-process';

// Two checkouts on one machine, each running the real `npm start` entry point with its embedded
// PostgreSQL and no port settings: each data folder gets its own port, recorded beside it, even
// when the second folder's recorded port is the one the first checkout's server holds.
jest.setTimeout(180_000);

/** A checkout's `npm start`: its own data folder, embedded PostgreSQL, no port settings. */
const start = (dir: string, extra: Record<string, string> = {}): Promise<ServiceProcess> =>
  spawnService({
    DATABASE_URL: undefined,
    EMBEDDED_PG_PORT: undefined,
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    DATA_DIR: dir,
    EMBEDDED_PG_DIR: join(dir, 'postgres'),
    JWT_SECRET: 'checkout-test-secret-checkout-test-secret',
    ...extra,
  });

describe('two checkouts side by side', () => {
  const parent = mkdtempSync(join(tmpdir(), 'source-audit-checkouts-'));
  // PostgreSQL runs as another OS user when the tests run as root; it must reach the folders.
  chmodSync(parent, 0o755);
  const running: ServiceProcess[] = [];
  afterAll(async () => {
    for (const c of running) await stopService(c);
    rmSync(parent, { recursive: true, force: true });
  });

  it('each starts its own embedded server on its own port, both answering', async () => {
    const a = await start(join(parent, 'a'));
    running.push(a);
    expect(await becomesReady(a, 90_000)).toBe(true);
    const portA = readFileSync(join(parent, 'a', 'postgres.port'), 'utf8').trim();

    // The second checkout's record points at the port the first checkout's server holds.
    mkdirSync(join(parent, 'b'), { recursive: true });
    writeFileSync(join(parent, 'b', 'postgres.port'), `${portA}\n`);
    const b = await start(join(parent, 'b'));
    running.push(b);
    const bReady = await becomesReady(b, 90_000);
    expect({ bReady, output: bReady ? '' : b.output() }).toEqual({ bReady: true, output: '' });
    const portB = readFileSync(join(parent, 'b', 'postgres.port'), 'utf8').trim();
    expect(portB).not.toBe(portA);
    expect(b.output()).toContain(`embedded PostgreSQL started on port ${portB}`);
    expect((await fetch(`${a.base}/health/ready`)).ok).toBe(true);
  });

  it('a start that cannot get its port fails with one line saying what to do', async () => {
    const portA = readFileSync(join(parent, 'a', 'postgres.port'), 'utf8').trim();
    const c = await start(join(parent, 'c'), { EMBEDDED_PG_PORT: portA });
    const code = await new Promise((r) => c.child.once('exit', r));
    expect(code).toBe(1);
    const lines = c
      .output()
      .split('\n')
      .filter((l) => l && !l.startsWith('{'));
    expect(lines).toEqual([
      expect.stringMatching(
        new RegExp(`port ${portA} \\(EMBEDDED_PG_PORT\\) is used by another program.*unset EMBEDDED_PG_PORT`),
      ),
    ]);
  });

  it('stops the server on a graceful exit even when the process that started it was killed', async () => {
    const dir = join(parent, 'e');
    const first = await start(dir);
    // The output on failure: a start that exits early (a port taken in between) says why.
    const firstReady = await becomesReady(first, 90_000);
    expect({ firstReady, output: firstReady ? '' : first.output() }).toEqual({ firstReady: true, output: '' });
    await stopService(first, 'SIGKILL');
    // The killed process's server is still up; a new start joins it.
    const second = await start(dir);
    const secondReady = await becomesReady(second, 90_000);
    expect({ secondReady, output: secondReady ? '' : second.output() }).toEqual({ secondReady: true, output: '' });
    expect(second.output()).toMatch(/joined embedded PostgreSQL/);
    expect(await stopService(second)).toBe(0);
    expect(second.output()).toMatch(/embedded PostgreSQL stopped/);
    expect(existsSync(join(dir, 'postgres', 'postmaster.pid'))).toBe(false);
  });
});
