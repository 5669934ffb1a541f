import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { CardCache } from './card-cache';
import { CardCacheInvalidator } from './card-cache.invalidator';
import { ReviewQueueController } from './review-queue.controller';
import { ReviewQueue } from './review-queue.query';
import { SourceStatsService } from './source-stats.service';
import { SummaryReader } from './summary-reader';

/**
 * The tables derived from scores and reviews: per-source summaries (source_article_stats,
 * source_day_stats, source_month_stats), the review-queue rows, the cache of reads over them, and the queue page.
 * One dirty queue refreshes them all. PrismaService comes from the global DatabaseModule.
 */
@Module({
  controllers: [ReviewQueueController],
  providers: [CardCache, SourceStatsService, ReviewQueue, SummaryReader],
  exports: [SourceStatsService, CardCache, ReviewQueue, SummaryReader],
})
export class SummariesModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CardCacheInvalidator).forRoutes('*path');
  }
}
