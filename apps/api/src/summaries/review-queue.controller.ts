import { Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import type { Page, QueueItem } from '@auditor/contracts';
import { ReviewerRoutes } from '../access/reviewer-routes.decorator';
import { AuthUser, CurrentUser } from '../access/current-user.decorator';
import { ReviewQueueQuery } from './dto/review-queue.query';
import { ReviewQueue } from './review-queue.query';

/** GET /api/reviews/queue: served beside the rows it reads, which the summaries refresh writes. */
@ReviewerRoutes()
export class ReviewQueueController {
  constructor(private readonly queue: ReviewQueue) {}

  @Get('queue')
  @ApiOperation({
    summary:
      'Assertions worth a human look, highest priority first (low confidence, alarmism, conflicting figures, little-reviewed outlets)',
  })
  @ApiOkResponse({ description: '{items, page, pageSize, total}; each item has priority {score, reasons}' })
  @ApiBadRequestResponse({ description: 'Malformed source id, article id, signal, assignee or page' })
  page(@Query() q: ReviewQueueQuery, @CurrentUser() user: AuthUser): Promise<Page<QueueItem>> {
    return this.queue.page(q, user.id);
  }
}
