import 'reflect-metadata';
import type { AppConfig } from '../../src/config/config.module';
import { DatabaseNotifications } from '../../src/database/notifications';
import { JobQueue } from '../../src/jobs/job-queue.service';

// A worker process whose handler never returns: the job-leases test kills it with SIGKILL while
// it holds a job, as a crash or an out-of-memory kill would.
async function main(): Promise<void> {
  const config = {
    get: (k: string) => ({ DATABASE_URL: process.env.DATABASE_URL, JOB_RETRY_LIMIT: 3 })[k],
  } as unknown as AppConfig;
  const notifications = new DatabaseNotifications(config);
  await notifications.onApplicationBootstrap();
  const queue = new JobQueue(config, notifications);
  await queue.onModuleInit();
  const name = process.argv[2]!;
  await queue.boss.createQueue(name, { name, policy: 'standard', retryLimit: 3, retryDelay: 1, expireInSeconds: 600 });
  await queue.work(name, 1, async (job) => {
    process.stdout.write(`running ${job.id}\n`);
    await new Promise(() => undefined);
  });
  process.stdout.write('ready\n');
}

void main();
