export default async function globalTeardown(): Promise<void> {
  const db = (globalThis as { __testDb?: { release(): Promise<void> } }).__testDb;
  await db?.release();
}
