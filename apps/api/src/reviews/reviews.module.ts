import { Module } from '@nestjs/common';
import { AssertionsController } from './assertions.controller';
import { ReviewQueries } from './review-queries.service';
import { ReviewsController } from './reviews.controller';
import { ReviewsService } from './reviews.service';

/** The review workflow: decisions (single and bulk), an assertion's page (the queue is served by SummariesModule). PrismaService and AuditService come from global modules. */
@Module({
  controllers: [AssertionsController, ReviewsController],
  providers: [ReviewsService, ReviewQueries],
  exports: [ReviewsService, ReviewQueries],
})
export class ReviewsModule {}
