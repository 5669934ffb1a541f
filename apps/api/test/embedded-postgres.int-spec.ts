import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// Two checkouts on one machine, each running the real `npm start` entry point with its embedded
// PostgreSQL and no port settings: each data folder gets its own port, recorded beside it, even
// when the second folder's recorded port is the one the first checkout's server holds.
jest.setTimeout(180_000);
const root = resolve(__dirname, '../../..');
const entry = ['-r', '@swc-node/register', join(root, 'apps/api/src/main.ts')];

function freePort(): Promise<number> {
  return new Promise((res) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
  });
}

interface Checkout {
  dir: string;
  child: ChildProcess;
  base: string;
  output: string;
}

async function start(dir: string, extra: Record<string, string> = {}): Promise<Checkout> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  delete env.DATABASE_URL;
  delete env.EMBEDDED_PG_PORT;
  Object.assign(env, {
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    DATA_DIR: dir,
    EMBEDDED_PG_DIR: join(dir, 'postgres'),
    JWT_SECRET: 'checkout-test-secret-checkout-test-secret',
    ...extra,
  });
  const c: Checkout = {
    dir,
    child: spawn(process.execPath, entry, { cwd: root, env }),
    base: `http://127.0.0.1:${port}/api`,
    output: '',
  };
  c.child.stdout?.on('data', (d) => (c.output += d));
  c.child.stderr?.on('data', (d) => (c.output += d));
  return c;
}

async function ready(c: Checkout): Promise<boolean> {
  const until = Date.now() + 90_000;
  while (Date.now() < until && c.child.exitCode === null) {
    if (
      await fetch(`${c.base}/health/ready`)
        .then((r) => r.ok)
        .catch(() => false)
    )
      return true;
    await new Promise((r) => setTimeout(r, 300));
  }
  return false;
}

async function stop(c: Checkout): Promise<void> {
  if (c.child.exitCode !== null) return;
  const exited = new Promise((r) => c.child.once('exit', r));
  c.child.kill('SIGTERM');
  await exited;
}

describe('two checkouts side by side', () => {
  const parent = mkdtempSync(join(tmpdir(), 'source-audit-checkouts-'));
  // PostgreSQL runs as another OS user when the tests run as root; it must reach the folders.
  chmodSync(parent, 0o755);
  const running: Checkout[] = [];
  afterAll(async () => {
    for (const c of running) await stop(c);
  });

  it('each starts its own embedded server on its own port, both answering', async () => {
    const a = await start(join(parent, 'a'));
    running.push(a);
    expect(await ready(a)).toBe(true);
    const portA = readFileSync(join(parent, 'a', 'postgres.port'), 'utf8').trim();

    // The second checkout's record points at the port the first checkout's server holds.
    mkdirSync(join(parent, 'b'), { recursive: true });
    writeFileSync(join(parent, 'b', 'postgres.port'), `${portA}\n`);
    const b = await start(join(parent, 'b'));
    running.push(b);
    const bReady = await ready(b);
    expect({ bReady, output: bReady ? '' : b.output }).toEqual({ bReady: true, output: '' });
    const portB = readFileSync(join(parent, 'b', 'postgres.port'), 'utf8').trim();
    expect(portB).not.toBe(portA);
    expect(b.output).toContain(`embedded PostgreSQL started on port ${portB}`);
    expect((await fetch(`${a.base}/health/ready`)).ok).toBe(true);
  });

  it('a start that cannot get its port fails with one line saying what to do', async () => {
    const portA = readFileSync(join(parent, 'a', 'postgres.port'), 'utf8').trim();
    const c = await start(join(parent, 'c'), { EMBEDDED_PG_PORT: portA });
    const code = await new Promise((r) => c.child.once('exit', r));
    expect(code).toBe(1);
    const lines = c.output.split('\n').filter((l) => l && !l.startsWith('{'));
    expect(lines).toEqual([
      expect.stringMatching(
        new RegExp(`port ${portA} \\(EMBEDDED_PG_PORT\\) is used by another program.*unset EMBEDDED_PG_PORT`),
      ),
    ]);
  });
});
