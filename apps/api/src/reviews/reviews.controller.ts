import { Body, HttpCode, Post, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
} from '@nestjs/swagger';
import type { BulkReviewResult } from '@auditor/contracts';
import { AuthedRequest, AuthUser, CurrentUser } from '../access/current-user.decorator';
import { reviewerOf } from './assertions.controller';
import { BulkReviewDto } from './dto/bulk-review.dto';
import { ReviewerRoutes } from '../access/reviewer-routes.decorator';
import { ReviewsService } from './reviews.service';

@ReviewerRoutes()
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  @Post('bulk')
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm or dismiss up to 200 assertions at once, all or nothing' })
  @ApiOkResponse({ description: '{reviewed, created, reviews}' })
  @ApiBadRequestResponse({ description: 'Empty, too long or repeated ids, or an override decision' })
  @ApiNotFoundResponse({ description: 'Some ids are unknown (listed); nothing was written' })
  @ApiConflictResponse({
    description: "Some assertions are not scored under their article's current rubric; nothing was written",
  })
  bulk(
    @Body() dto: BulkReviewDto,
    @CurrentUser() user: AuthUser,
    @Req() req: AuthedRequest,
  ): Promise<BulkReviewResult> {
    return this.reviews.bulk(dto, reviewerOf(user, req));
  }
}
