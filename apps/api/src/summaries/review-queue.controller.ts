import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Page, QueueItem } from '@auditor/contracts';
import { MinRole } from '../access/roles.decorator';
import { ReviewQueueQuery } from './dto/review-queue.query';
import { ReviewQueue } from './review-queue.query';

/** GET /api/reviews/queue: served beside the rows it reads, which the summaries refresh writes. */
@ApiTags('reviews')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Not signed in' })
@ApiForbiddenResponse({ description: 'Needs the reviewer role' })
@MinRole('reviewer')
@Controller('reviews')
export class ReviewQueueController {
  constructor(private readonly queue: ReviewQueue) {}

  @Get('queue')
  @ApiOperation({ summary: 'Assertions worth a human look, highest priority first (low confidence, alarmism, conflicting figures, little-reviewed outlets)' })
  @ApiOkResponse({ description: '{items, page, pageSize, total}; each item has priority {score, reasons}' })
  @ApiBadRequestResponse({ description: 'Malformed source id, article id, signal or page' })
  page(@Query() q: ReviewQueueQuery): Promise<Page<QueueItem>> {
    return this.queue.page(q);
  }
}
