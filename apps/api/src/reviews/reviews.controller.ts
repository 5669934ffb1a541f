import { Body, Controller, Get, HttpCode, Post, Query, Req } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { BulkReviewResult, Page, QueueItem } from '@auditor/contracts';
import { AuthedRequest, AuthUser, CurrentUser } from '../auth/current-user.decorator';
import { MinRole } from '../auth/roles.decorator';
import { reviewerOf } from './assertions.controller';
import { BulkReviewDto } from './dto/bulk-review.dto';
import { ReviewQueueQuery } from './dto/review-queue.query';
import { ReviewQueries } from './review-queries.service';
import { ReviewsService } from './reviews.service';

@ApiTags('reviews')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Not signed in' })
@ApiForbiddenResponse({ description: 'Needs the reviewer role' })
@MinRole('reviewer')
@Controller('reviews')
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService, private readonly queries: ReviewQueries) {}

  @Get('queue')
  @ApiOperation({ summary: 'Assertions worth a human look, highest priority first (low confidence, alarmism, conflicting figures, little-reviewed outlets)' })
  @ApiOkResponse({ description: '{items, page, pageSize, total}; each item has priority {score, reasons}' })
  @ApiBadRequestResponse({ description: 'Malformed source id, article id, signal or page' })
  queue(@Query() q: ReviewQueueQuery): Promise<Page<QueueItem>> {
    return this.queries.queue(q);
  }

  @Post('bulk')
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm or dismiss up to 200 assertions at once, all or nothing' })
  @ApiOkResponse({ description: '{reviewed, created, reviews}' })
  @ApiBadRequestResponse({ description: 'Empty, too long or repeated ids, or an override decision' })
  @ApiNotFoundResponse({ description: 'Some ids are unknown (listed); nothing was written' })
  @ApiConflictResponse({ description: "Some assertions are not scored under their article's current rubric; nothing was written" })
  bulk(@Body() dto: BulkReviewDto, @CurrentUser() user: AuthUser, @Req() req: AuthedRequest): Promise<BulkReviewResult> {
    return this.reviews.bulk(dto, reviewerOf(user, req));
  }
}
