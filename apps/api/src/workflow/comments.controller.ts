import { BadRequestException, Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { AssertionComment } from '@auditor/contracts';
import { AuthUser, CurrentUser } from '../access/current-user.decorator';
import { RequestId } from '../access/request-id.decorator';
import { MinRole } from '../access/roles.decorator';
import { CommentsService } from './comments.service';
import { COMMENT_MAX, CommentDto } from './dto/comment.dto';

const ASSERTION_ID = new ParseUUIDPipe({
  exceptionFactory: () => new BadRequestException('The assertion id must be a UUID'),
});

@ApiTags('reviews')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Not signed in' })
@Controller('assertions')
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  @Get(':id/comments')
  @ApiOperation({ summary: "Reviewers' comments on an assertion, oldest first (any signed-in user)" })
  @ApiOkResponse({ description: '[{id, assertionId, author, body, createdAt}]' })
  @ApiNotFoundResponse({ description: 'No such assertion' })
  list(@Param('id', ASSERTION_ID) id: string): Promise<AssertionComment[]> {
    return this.comments.list(id.toLowerCase());
  }

  @Post(':id/comments')
  @MinRole('reviewer')
  @HttpCode(201)
  @ApiOperation({ summary: `Comment on an assertion (up to ${COMMENT_MAX} characters); audited` })
  @ApiCreatedResponse({ description: 'The comment' })
  @ApiBadRequestResponse({ description: 'Blank or too long body' })
  @ApiForbiddenResponse({ description: 'Needs the reviewer role' })
  @ApiNotFoundResponse({ description: 'No such assertion' })
  create(
    @Param('id', ASSERTION_ID) id: string,
    @Body() dto: CommentDto,
    @CurrentUser() user: AuthUser,
    @RequestId() requestId: string | undefined,
  ): Promise<AssertionComment> {
    return this.comments.create(id.toLowerCase(), dto.body, { userId: user.id, requestId: requestId ?? null });
  }
}
