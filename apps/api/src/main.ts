import 'reflect-metadata';
import { ConfigError, parseEnv } from './config/env';
import { prepareDatabase } from './database/prepare';

/** `npm start`: prepares the database (embedded unless DATABASE_URL is set), then serves HTTP. */
async function main(): Promise<void> {
  const env = parseEnv();
  const log = (msg: string) => process.stdout.write(`${JSON.stringify({ level: 30, time: Date.now(), msg })}\n`);
  const db = await prepareDatabase(env, log);
  // Imported after the database is ready: modules read DATABASE_URL when they are constructed.
  const { createHttpApp } = await import('./http-app');
  const app = await createHttpApp();
  await app.listen(env.PORT, env.HOST);
  log(`source-audit API listening on http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${env.PORT}/api (docs at /api/docs)`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received: finishing in-flight work and shutting down`);
    // close() stops accepting connections, then runs module destroy hooks (job workers drain,
    // Prisma disconnects); only then is the embedded database released.
    await app.close();
    await db.release();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((e: Error) => {
  process.stderr.write(e instanceof ConfigError ? `${e.message}\n` : `startup failed: ${e.stack ?? e.message}\n`);
  process.exit(1);
});
