import { Module } from '@nestjs/common';
import { ReportCardService } from './report-card.service';
import { SourceListQuery } from './source-list.query';
import { SourceStatsService } from './source-stats.service';
import { SourcesController } from './sources.controller';

/** Source report cards. PrismaService comes from the global DatabaseModule. */
@Module({
  controllers: [SourcesController],
  providers: [SourceStatsService, SourceListQuery, ReportCardService],
  exports: [SourceStatsService],
})
export class SourcesModule {}
