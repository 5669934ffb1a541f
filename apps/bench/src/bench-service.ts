import type { INestApplication } from '@nestjs/common';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function json<T>(res: Response): Promise<T> {
  if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export const BENCH_ADMIN = { email: 'bench@example.test', password: 'benchmark-password' };

/** Signs in at `origin` (as the bench admin, ADMIN_EMAIL/ADMIN_PASSWORD below, by default); the access token. */
export async function login(origin: string, account = BENCH_ADMIN): Promise<string> {
  return (
    await json<{ accessToken: string }>(
      await fetch(`${origin}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(account),
      }),
    )
  ).accessToken;
}

/**
 * A viewer account, created by the bench admin (`adminToken`), signed in: readers under load are
 * other people than the analysts who upload, as in a deployment (the card cache lets a client who
 * just wrote read past it, so readers sharing the writers' credential would all do so).
 */
export async function signInViewer(origin: string, adminToken: string): Promise<string> {
  const viewer = { email: 'bench-viewer@example.test', password: 'benchmark-viewer-password' };
  await json(
    await fetch(`${origin}/api/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
      body: JSON.stringify({ ...viewer, role: 'viewer' }),
    }),
  );
  return login(origin, viewer);
}

export interface BenchService {
  app: INestApplication;
  /** The API's base URL, ending in /api. */
  base: string;
  /** The bench admin's bearer token and a JSON content type. */
  headers: Record<string, string>;
  db: { url: string; release: () => Promise<void> };
  /** The scratch folder holding the embedded database. */
  dir: string;
}

/**
 * The real service on a fresh embedded PostgreSQL in a scratch folder, listening on a free port,
 * signed in as the bench admin: what the service and scale benches measure against.
 */
export async function startBenchService(name: string, workerMode: 'inline' | 'off'): Promise<BenchService> {
  const dir = mkdtempSync(join(tmpdir(), `bench-${name}-`));
  chmodSync(dir, 0o755);
  Object.assign(process.env, {
    NODE_ENV: 'production',
    EMBEDDED_PG_DIR: join(dir, 'postgres'),
    DATA_DIR: dir,
    JWT_SECRET: 'benchmark-secret-benchmark-secret-0123456789',
    ADMIN_EMAIL: BENCH_ADMIN.email,
    ADMIN_PASSWORD: BENCH_ADMIN.password,
    LOG_LEVEL: 'silent',
    WORKER_MODE: workerMode,
  });
  const { parseEnv } = await import('../../api/src/config/env');
  const { prepareDatabase } = await import('../../api/src/database/prepare');
  const db = await prepareDatabase(parseEnv(), () => undefined);
  const { createHttpApp } = await import('../../api/src/http-app');
  const app = await createHttpApp({ logs: false });
  await app.listen(0, '127.0.0.1');
  const base = `${await app.getUrl()}/api`.replace('[::1]', '127.0.0.1');
  const accessToken = await login(base.replace(/\/api$/, ''));
  return {
    app,
    base,
    headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
    db,
    dir,
  };
}
