/** Stops the run's PostgreSQL even if a connection leaked: it would otherwise keep Jest alive. */
export default async function globalTeardown(): Promise<void> {
  const db = (globalThis as { __testDb?: { stop(): Promise<void> } }).__testDb;
  await db?.stop();
}
