import { Module } from '@nestjs/common';
import { SummariesModule } from '../summaries/summaries.module';
import { ReportCardService } from './report-card.service';
import { SourceListQuery } from './source-list.query';
import { SourceMapQueryService } from './source-map.query';
import { SourcesController } from './sources.controller';
import { SourceMergeModule } from './source-merge.module';

/** Source report cards, read from the summaries. PrismaService comes from the global DatabaseModule. */
@Module({
  imports: [SummariesModule, SourceMergeModule],
  controllers: [SourcesController],
  providers: [SourceListQuery, SourceMapQueryService, ReportCardService],
})
export class SourcesModule {}
