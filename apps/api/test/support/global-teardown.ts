import { rmSync } from 'node:fs';

/**
 * What the global setups made in the temp folder, removed once the run is over. On globalThis, as
 * the database handle is: setup and teardown modules need not share one module instance.
 */
export const runTempDirs: string[] = ((globalThis as { __testTempDirs?: string[] }).__testTempDirs ??= []);

/**
 * Stops the run's PostgreSQL even if a connection leaked (it would otherwise keep Jest alive), then
 * removes the run's temp folders: about 70 MB of database per run, which piled up in /tmp.
 */
export default async function globalTeardown(): Promise<void> {
  const db = (globalThis as { __testDb?: { stop(): Promise<void> } }).__testDb;
  await db?.stop();
  for (const dir of runTempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}
