import { DynamicModule, Module, Provider } from '@nestjs/common';
import { ArticleScoringService } from './article-scoring.service';
import { JobQueue } from './job-queue.service';
import { ScoringWorker } from './scoring.worker';
import { JobSweeper } from './job-sweeper.service';
import { CorroborationModule } from '../corroboration/corroboration.module';
import { ScoringThreadsModule } from '../scoring-threads/scoring-threads.module';

export interface JobsOptions {
  /** Run job handlers in this process. Defaults to WORKER_MODE (inline unless set to "off"). */
  workers?: boolean;
}

@Module({})
export class JobsModule {
  static forRoot(options: JobsOptions = {}): DynamicModule {
    const workers = options.workers ?? (process.env.WORKER_MODE ?? 'inline') === 'inline';
    const providers: Provider[] = [JobQueue, ArticleScoringService, ...(workers ? [ScoringWorker, JobSweeper] : [])];
    return {
      module: JobsModule,
      global: true,
      imports: [CorroborationModule, ScoringThreadsModule],
      providers,
      exports: [JobQueue, ArticleScoringService],
    };
  }
}
