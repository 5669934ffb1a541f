import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { ConfigError } from '../config/env';
import { EmbeddedPostgresError } from '../database/embedded-postgres';

/** One JSON log line, in pino's shape, for the moments before and after Nest's logger exists. */
export function bootLog(msg: string): void {
  process.stdout.write(`${JSON.stringify({ level: 30, time: Date.now(), msg })}\n`);
}

const IDLE_SWEEP_MS = 50;

/**
 * Stops the app in the order that loses nothing: HTTP stops taking requests and lets in-flight ones
 * finish first, and only then do the job queue and the database pools close. The other order
 * answers a request still running 500 ("Cannot use a pool after calling end"), or answers an upload
 * 202 from a process that can no longer queue its scoring.
 */
export async function closeHttpFirst(app: INestApplication): Promise<void> {
  const server = app.getHttpServer() as Server;
  if (server.listening) {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // close() drops the connections idle at that moment only; a keep-alive connection whose request
    // was still running would hold it until its keep-alive timeout. Such connections are dropped
    // as soon as they fall idle.
    const idle = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
    await closed.finally(() => clearInterval(idle));
  }
  await app.close();
}

/**
 * Graceful stop on SIGTERM/SIGINT: `close` stops taking work and lets in-flight work finish
 * (HTTP closes, job workers drain, Prisma disconnects), then `release` frees the database
 * (the embedded server stops last), then the process exits.
 */
export function stopGracefullyOnSignals(what: string, close: () => Promise<void>, release: () => Promise<void>): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    bootLog(`${signal} received: ${what}`);
    await close();
    await release();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

/**
 * Start-up failures: configuration and database-start errors as the one line they are, anything
 * else with its stack. Libraries sometimes reject with undefined or a string; that is reported too.
 */
export function failStartup(label: string): (e: unknown) => never {
  return (e) => {
    const explained = e instanceof ConfigError || e instanceof EmbeddedPostgresError;
    const text = explained
      ? e.message
      : e instanceof Error
        ? `${label}: ${e.stack ?? e.message}`
        : `${label}: ${String(e)}`;
    process.stderr.write(`${text}\n`);
    process.exit(1);
  };
}
