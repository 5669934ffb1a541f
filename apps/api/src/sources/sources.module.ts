import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { CardCache } from './card-cache';
import { CardCacheInvalidator } from './card-cache.invalidator';
import { ReportCardService } from './report-card.service';
import { SourceListQuery } from './source-list.query';
import { SourceStatsService } from './source-stats.service';
import { SourcesController } from './sources.controller';

/** Source report cards. PrismaService comes from the global DatabaseModule. */
@Module({
  controllers: [SourcesController],
  providers: [CardCache, SourceStatsService, SourceListQuery, ReportCardService],
  exports: [SourceStatsService, CardCache],
})
export class SourcesModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CardCacheInvalidator).forRoutes('*path');
  }
}
