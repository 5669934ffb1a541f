import { Module } from '@nestjs/common';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { LoggingModule } from './common/logging.module';
import { HealthModule } from './health/health.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { JobsModule } from './jobs/jobs.module';
import { ArticlesModule } from './articles/articles.module';
import { SummariesModule } from './summaries/summaries.module';
import { SourcesModule } from './sources/sources.module';
import { ClaimsModule } from './claims/claims.module';
import { ReviewsModule } from './reviews/reviews.module';
import { WorkflowModule } from './workflow/workflow.module';
import { ScoreBandsModule } from './score-bands/score-bands.module';
import { EngineModule } from './engine/engine.module';
import { WebModule } from './web/web.module';

@Module({
  imports: [
    ConfigModule,
    LoggingModule,
    DatabaseModule,
    AuditModule,
    AuthModule,
    JobsModule.forRoot(),
    HealthModule,
    ArticlesModule,
    SummariesModule,
    SourcesModule,
    ClaimsModule,
    ReviewsModule,
    WorkflowModule,
    ScoreBandsModule,
    EngineModule,
    WebModule.forRoot(),
  ],
})
export class AppModule {}
