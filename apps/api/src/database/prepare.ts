import { Env } from '../config/env';
import { startEmbeddedPostgres } from './embedded-postgres';
import { applyMigrations } from './migrations';

export interface PreparedDatabase {
  url: string;
  embedded: boolean;
  release(): Promise<void>;
}

/**
 * Makes the database ready before Nest boots: an external PostgreSQL when DATABASE_URL is set,
 * else the embedded one (started or joined); then migrations, applied idempotently. Sets
 * process.env.DATABASE_URL so the Prisma client and job queue connect to the same place.
 */
export async function prepareDatabase(env: Env, log: (msg: string) => void): Promise<PreparedDatabase> {
  let url = env.DATABASE_URL;
  let release: () => Promise<void> = async () => undefined;
  if (!url) {
    const db = await startEmbeddedPostgres(env.EMBEDDED_PG_DIR, env.EMBEDDED_PG_PORT, log);
    url = db.url;
    release = db.release;
  }
  process.env.DATABASE_URL = url;
  try {
    await applyMigrations(url, undefined, log);
  } catch (e) {
    await release();
    throw e;
  }
  return { url, embedded: !env.DATABASE_URL, release };
}
