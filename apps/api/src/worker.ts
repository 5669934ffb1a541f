import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { parseEnv } from './config/env';
import { bootLog, failStartup, stopGracefullyOnSignals } from './common/process-lifecycle';
import { prepareDatabase } from './database/prepare';

/**
 * `npm run worker`: a process that only runs scoring jobs, for deployments that set
 * WORKER_MODE=off on the API (see docker-compose.yml).
 */
async function main(): Promise<void> {
  const env = parseEnv();
  const db = await prepareDatabase(env, bootLog);
  const { ConfigModule } = await import('./config/config.module');
  const { LoggingModule } = await import('./common/logging.module');
  const { DatabaseModule } = await import('./database/database.module');
  const { AuditModule } = await import('./audit/audit.module');
  const { JobsModule } = await import('./jobs/jobs.module');

  @Module({
    imports: [ConfigModule, LoggingModule, DatabaseModule, AuditModule, JobsModule.forRoot({ workers: true })],
  })
  class WorkerModule {}

  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  await app.init();
  bootLog('scoring worker started');
  stopGracefullyOnSignals('finishing running jobs', () => app.close(), db.release);
}

main().catch(failStartup('worker failed'));
