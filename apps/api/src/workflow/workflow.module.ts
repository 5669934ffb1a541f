import { Module } from '@nestjs/common';
import { SummariesModule } from '../summaries/summaries.module';
import { AssignmentsController } from './assignments.controller';
import { AssignmentsService } from './assignments.service';
import { CommentsController } from './comments.controller';
import { CommentsService } from './comments.service';
import { SavedFiltersController } from './saved-filters.controller';
import { SavedFiltersService } from './saved-filters.service';
import { SourceNamesController } from './source-names.controller';
import { SourceNames } from './source-names.query';

/**
 * The review workflow around decisions: assignments, comments, saved queue filters, and the
 * source-name lookup behind the pickers. The queue reads assignments itself (summaries/ does not
 * import this folder). PrismaService and AuditService come from global modules.
 */
@Module({
  imports: [SummariesModule],
  controllers: [AssignmentsController, CommentsController, SavedFiltersController, SourceNamesController],
  providers: [AssignmentsService, CommentsService, SavedFiltersService, SourceNames],
})
export class WorkflowModule {}
