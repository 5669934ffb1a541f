import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, PrismaHealthIndicator } from '@nestjs/terminus';
import { PrismaService } from '../database/prisma.service';
import { Public } from '../access/public.decorator';
import { JobQueuesIndicator } from './job-queues.indicator';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: PrismaHealthIndicator,
    private readonly prisma: PrismaService,
    private readonly jobs: JobQueuesIndicator,
  ) {}

  /** Liveness: the process is up and serving HTTP. */
  @Get()
  live() {
    return { status: 'ok' };
  }

  /** Readiness: the database answers; also each job queue's depth and the age of its oldest waiting job. */
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.db.pingCheck('database', this.prisma, { timeout: 2000 }),
      () => this.jobs.check('jobs'),
    ]);
  }
}
