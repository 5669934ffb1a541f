import { Body, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import type { AssignByFilterResult, AssignmentView, AssignResult, ReviewerList } from '@auditor/contracts';
import { AuthUser, CurrentUser } from '../access/current-user.decorator';
import { RequestId } from '../access/request-id.decorator';
import { ReviewerRoutes } from '../access/reviewer-routes.decorator';
import { AssignmentsService } from './assignments.service';
import { ASSIGN_MAX, AssignByFilterDto, AssignDto } from './dto/assign.dto';

@ReviewerRoutes()
export class AssignmentsController {
  constructor(private readonly assignments: AssignmentsService) {}

  @Get('reviewers')
  @ApiOperation({ summary: 'Active reviewers and admins, by e-mail: who an assertion can be assigned to' })
  @ApiOkResponse({ description: '[{id, email}]' })
  reviewers(): Promise<ReviewerList> {
    return this.assignments.reviewers();
  }

  @Get('assignments/:assertionId')
  @ApiOperation({ summary: "One assertion's assignment (null: nobody), e.g. for its panel on the article page" })
  @ApiOkResponse({ description: '{assignment: {assignee, assignedBy, assignedAt} | null}' })
  @ApiBadRequestResponse({ description: 'A malformed assertion id' })
  @ApiNotFoundResponse({ description: 'An unknown assertion' })
  async assignmentOf(
    @Param('assertionId', new ParseUUIDPipe({ errorHttpStatusCode: 400 })) assertionId: string,
  ): Promise<{ assignment: AssignmentView | null }> {
    return { assignment: await this.assignments.assignmentOf(assertionId.toLowerCase()) };
  }

  @Put('assignments')
  @HttpCode(200)
  @ApiOperation({
    summary: `Assign up to ${ASSIGN_MAX} assertions to a reviewer (assigneeId), or unassign them (null); all or nothing, audited`,
  })
  @ApiOkResponse({ description: '{changed, assignments: [{assertionId, assignment}]}' })
  @ApiBadRequestResponse({ description: 'Malformed ids, or an assignee who is not an active reviewer or admin' })
  @ApiNotFoundResponse({ description: 'Unknown assertions (listed) or assignee; nothing was written' })
  assign(
    @Body() dto: AssignDto,
    @CurrentUser() user: AuthUser,
    @RequestId() requestId: string | undefined,
  ): Promise<AssignResult> {
    return this.assignments.assign(dto, { userId: user.id, requestId: requestId ?? null });
  }

  @Post('assignments/by-filter')
  @HttpCode(200)
  @ApiOperation({
    summary: `Assign the first limit (up to ${ASSIGN_MAX}) items of a queue view to a reviewer, or unassign them; audited`,
  })
  @ApiOkResponse({ description: "{matched (the view's total), changed, assignments}" })
  @ApiBadRequestResponse({ description: 'A query with other parameters or malformed values, a bad limit or assignee' })
  @ApiNotFoundResponse({ description: 'Unknown assignee' })
  assignByFilter(
    @Body() dto: AssignByFilterDto,
    @CurrentUser() user: AuthUser,
    @RequestId() requestId: string | undefined,
  ): Promise<AssignByFilterResult> {
    return this.assignments.assignByFilter(dto, { userId: user.id, requestId: requestId ?? null });
  }
}
