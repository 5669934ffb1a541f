import { Module } from '@nestjs/common';
import { SourcesModule } from '../sources/sources.module';
import { AssertionsController } from './assertions.controller';
import { ReviewQueries } from './review-queries.service';
import { ReviewsController } from './reviews.controller';
import { ReviewsService } from './reviews.service';

/** The review workflow: queue, decisions (single and bulk), an assertion's page. PrismaService and AuditService come from global modules. */
@Module({
  imports: [SourcesModule],
  controllers: [AssertionsController, ReviewsController],
  providers: [ReviewsService, ReviewQueries],
  exports: [ReviewsService, ReviewQueries],
})
export class ReviewsModule {}
