import { Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { PrismaService } from '../database/prisma.service';

interface QueueRow {
  name: string;
  waiting: bigint;
  running: bigint;
  oldest: number | null;
}

/**
 * Where background work stands, for operators and the benchmarks: per queue, the jobs waiting
 * (created or due for retry), the jobs running, and how long the oldest waiting job has waited.
 * Informational: a backlog is not a reason to take the API out of rotation, so it is always "up".
 */
@Injectable()
export class JobQueuesIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly prisma: PrismaService,
  ) {}

  async check(key: 'jobs'): Promise<HealthIndicatorResult<'jobs'>> {
    const rows = await this.prisma.$queryRaw<QueueRow[]>`
      SELECT name,
             count(*) FILTER (WHERE state IN ('created', 'retry')) AS waiting,
             count(*) FILTER (WHERE state = 'active') AS running,
             EXTRACT(EPOCH FROM now() - min(created_on) FILTER (WHERE state IN ('created', 'retry')))::float8 AS oldest
        FROM pgboss.job WHERE state < 'completed' GROUP BY name ORDER BY name`.catch(() => null);
    const session = this.indicators.check(key);
    if (!rows) return session.up({ queues: {}, note: 'the job queue has not been created yet' });
    const queues = Object.fromEntries(
      rows.map((r) => [
        r.name,
        {
          waiting: Number(r.waiting),
          running: Number(r.running),
          oldestWaitingSeconds: r.oldest === null ? null : Math.round(r.oldest),
        },
      ]),
    );
    return session.up({ queues });
  }
}
