import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { ConfigError, parseEnv } from './config/env';
import { prepareDatabase } from './database/prepare';

/**
 * `npm run worker`: a process that only runs scoring jobs, for deployments that set
 * WORKER_MODE=off on the API (see docker-compose.yml).
 */
async function main(): Promise<void> {
  const env = parseEnv();
  const log = (msg: string) => process.stdout.write(`${JSON.stringify({ level: 30, time: Date.now(), msg })}\n`);
  const db = await prepareDatabase(env, log);
  const { ConfigModule } = await import('./config/config.module');
  const { LoggingModule } = await import('./common/logging.module');
  const { DatabaseModule } = await import('./database/database.module');
  const { AuditModule } = await import('./audit/audit.module');
  const { JobsModule } = await import('./jobs/jobs.module');

  @Module({ imports: [ConfigModule, LoggingModule, DatabaseModule, AuditModule, JobsModule.forRoot({ workers: true })] })
  class WorkerModule {}

  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  await app.init();
  log('scoring worker started');
  const shutdown = async (signal: string) => {
    log(`${signal} received: finishing running jobs`);
    await app.close();
    await db.release();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((e: Error) => {
  process.stderr.write(e instanceof ConfigError ? `${e.message}\n` : `worker failed: ${e.stack ?? e.message}\n`);
  process.exit(1);
});
