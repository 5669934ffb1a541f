import {
  BadRequestException,
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Response } from 'express';
import type { AssertionDetail, ReviewResult } from '@auditor/contracts';
import { AuthedRequest, AuthUser, CurrentUser } from '../access/current-user.decorator';
import { MinRole } from '../access/roles.decorator';
import { CreateReviewDto } from './dto/create-review.dto';
import { ReviewQueries } from './review-queries.service';
import { Reviewer, ReviewsService } from './reviews.service';

export const ASSERTION_ID = new ParseUUIDPipe({
  exceptionFactory: () => new BadRequestException('The assertion id must be a UUID'),
});

export const reviewerOf = (user: AuthUser, req: AuthedRequest): Reviewer => ({
  userId: user.id,
  email: user.email,
  requestId: req.id === undefined ? null : String(req.id),
});

@ApiTags('reviews')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Not signed in' })
@Controller('assertions')
export class AssertionsController {
  constructor(
    private readonly reviews: ReviewsService,
    private readonly queries: ReviewQueries,
  ) {}

  @Get(':id')
  @ApiOperation({
    summary:
      'One assertion: article, automatic values under the current rubric, effective values (newest review applied), review history and disagreements',
  })
  @ApiNotFoundResponse({ description: 'No such assertion' })
  get(@Param('id', ASSERTION_ID) id: string): Promise<AssertionDetail> {
    return this.queries.assertion(id.toLowerCase());
  }

  @Post(':id/reviews')
  @MinRole('reviewer')
  @HttpCode(201)
  @ApiOperation({
    summary:
      'Confirm, override (reason required) or dismiss an assertion; an identical retry by the same reviewer returns the stored review (200)',
  })
  @ApiCreatedResponse({
    description:
      'The review {id, assertionId, decision, overrides, reason, reviewer, createdAt} and the effective values',
  })
  @ApiOkResponse({ description: 'An identical retry: the review stored before' })
  @ApiBadRequestResponse({ description: 'Invalid decision, override values or reason' })
  @ApiForbiddenResponse({ description: 'Needs the reviewer role' })
  @ApiNotFoundResponse({ description: 'No such assertion, or no such cited source in overrides.attribution' })
  @ApiConflictResponse({ description: "The assertion is not scored under its article's current rubric" })
  async create(
    @Param('id', ASSERTION_ID) id: string,
    @Body() dto: CreateReviewDto,
    @CurrentUser() user: AuthUser,
    @Req() req: AuthedRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ReviewResult> {
    const { created, result } = await this.reviews.review(id.toLowerCase(), dto, reviewerOf(user, req));
    if (!created) res.status(200);
    return result;
  }
}
