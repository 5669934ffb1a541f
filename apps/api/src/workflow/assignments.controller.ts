import { Body, Get, HttpCode, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import type { AssignResult, ReviewerList } from '@auditor/contracts';
import { AuthUser, CurrentUser } from '../access/current-user.decorator';
import { RequestId } from '../access/request-id.decorator';
import { ReviewerRoutes } from '../access/reviewer-routes.decorator';
import { AssignmentsService } from './assignments.service';
import { ASSIGN_MAX, AssignDto } from './dto/assign.dto';

@ReviewerRoutes()
export class AssignmentsController {
  constructor(private readonly assignments: AssignmentsService) {}

  @Get('reviewers')
  @ApiOperation({ summary: 'Active reviewers and admins, by e-mail: who an assertion can be assigned to' })
  @ApiOkResponse({ description: '[{id, email}]' })
  reviewers(): Promise<ReviewerList> {
    return this.assignments.reviewers();
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
}
