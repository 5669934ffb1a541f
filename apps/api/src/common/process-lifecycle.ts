import { ConfigError } from '../config/env';

/** One JSON log line, in pino's shape, for the moments before and after Nest's logger exists. */
export function bootLog(msg: string): void {
  process.stdout.write(`${JSON.stringify({ level: 30, time: Date.now(), msg })}\n`);
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

/** Start-up failures: configuration errors as the plain list they are, anything else with its stack. */
export function failStartup(label: string): (e: Error) => never {
  return (e) => {
    process.stderr.write(e instanceof ConfigError ? `${e.message}\n` : `${label}: ${e.stack ?? e.message}\n`);
    process.exit(1);
  };
}
