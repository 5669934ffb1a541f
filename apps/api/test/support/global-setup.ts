import { chmodSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';
import { applyMigrations } from '../../src/database/migrations';
import { runTempDirs } from './global-teardown';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/**
 * One real PostgreSQL for the whole integration run: embedded, created fresh in a temp folder,
 * migrated once (immich's "medium" tests do the same with testcontainers).
 */
export default async function globalSetup(): Promise<void> {
  const parent = mkdtempSync(join(tmpdir(), 'source-audit-test-'));
  // PostgreSQL refuses to run as root, so embedded-postgres runs it as another user who must reach the folder.
  chmodSync(parent, 0o755);
  runTempDirs.push(parent);
  const dir = join(parent, 'postgres');
  const port = await freePort();
  const db = await startEmbeddedPostgres(dir, port);
  await applyMigrations(db.url);
  process.env.DATABASE_URL = db.url;
  process.env.TEST_PG_DIR = dir;
  (globalThis as { __testDb?: typeof db }).__testDb = db;
}
