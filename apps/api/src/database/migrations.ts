import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { ADVISORY_LOCKS } from './advisory-locks';

const LOCK_KEY = ADVISORY_LOCKS.migrations;

export function migrationsDir(): string {
  for (const candidate of [
    resolve(process.cwd(), 'prisma/migrations'),
    resolve(__dirname, '../../../../prisma/migrations'),
  ]) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error('prisma/migrations not found: run from the repository root');
}

/**
 * Applies prisma/migrations in order, each in its own transaction, recording them in Prisma's own
 * `_prisma_migrations` table so `prisma migrate status` agrees. We do not shell out to
 * `prisma migrate deploy`: its driver-adapter engine (the only one that runs without downloading
 * native engines) splits scripts on every semicolon, which breaks function bodies.
 */
export async function applyMigrations(
  url: string,
  dir = migrationsDir(),
  log: (msg: string) => void = () => undefined,
): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const applied: string[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
    const done = await client.query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      rolled_back_at: Date | null;
    }>('SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"');
    const byName = new Map(done.rows.filter((r) => !r.rolled_back_at).map((r) => [r.migration_name, r]));
    const names = readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    for (const name of names) {
      const sql = readFileSync(join(dir, name, 'migration.sql'), 'utf8');
      const checksum = createHash('sha256').update(sql).digest('hex');
      const row = byName.get(name);
      if (row?.finished_at) {
        if (row.checksum !== checksum) log(`warning: migration ${name} was edited after it was applied`);
        continue;
      }
      if (row)
        throw new Error(
          `migration ${name} is recorded as started but not finished; resolve it by hand before starting`,
        );
      await client.query('BEGIN');
      try {
        await client.query(sql);
        await client.query(
          'INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)',
          [randomUUID(), checksum, name],
        );
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK');
        throw new Error(`migration ${name} failed and was rolled back: ${(e as Error).message}`, { cause: e });
      }
      applied.push(name);
      log(`applied migration ${name}`);
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
  return applied;
}
