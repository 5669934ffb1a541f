import { Module } from '@nestjs/common';
import { SourceMergeController } from './source-merge.controller';
import { SourceMergeService } from './source-merge.service';
import { SummariesModule } from '../summaries/summaries.module';

/**
 * Admins merging cited sources. Its own module, beside SourcesModule, so the report route can ask
 * whether an id was merged away (the service is exported) without the two controllers sharing one.
 */
@Module({
  imports: [SummariesModule],
  controllers: [SourceMergeController],
  providers: [SourceMergeService],
  exports: [SourceMergeService],
})
export class SourceMergeModule {}
