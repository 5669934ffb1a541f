import 'reflect-metadata';
import type { Server } from 'node:http';
import { parseEnv } from './config/env';
import { prepareDatabase } from './database/prepare';
import { bootLog, closeHttpFirst, failStartup, stopGracefullyOnSignals } from './common/process-lifecycle';

/** `npm start`: prepares the database (embedded unless DATABASE_URL is set), then serves HTTP. */
async function main(): Promise<void> {
  const env = parseEnv();
  const db = await prepareDatabase(env, bootLog);
  // Imported after the database is ready: modules read DATABASE_URL when they are constructed.
  const { createHttpApp } = await import('./http-app');
  const app = await createHttpApp();
  await app.listen(env.PORT, env.HOST);
  const origin = `http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${env.PORT}`;
  bootLog(`source-audit listening on ${origin}/ (web app), API at ${origin}/api (docs at /api/docs)`);
  const server = app.getHttpServer() as Server;
  // A request (headers and body) that trickles in slower than this is cut off rather than held open.
  server.headersTimeout = 20_000;
  server.requestTimeout = 120_000;
  stopGracefullyOnSignals('finishing in-flight work and shutting down', () => closeHttpFirst(app), db.release);
}

main().catch(failStartup('startup failed'));
