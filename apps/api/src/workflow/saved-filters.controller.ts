import { BadRequestException, Body, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
} from '@nestjs/swagger';
import type { SavedFilter } from '@auditor/contracts';
import { AuthUser, CurrentUser } from '../access/current-user.decorator';
import { RequestId } from '../access/request-id.decorator';
import { ReviewerRoutes } from '../access/reviewer-routes.decorator';
import { SavedFilterDto, UpdateSavedFilterDto } from './dto/saved-filter.dto';
import { SavedFiltersService } from './saved-filters.service';

const FILTER_ID = new ParseUUIDPipe({
  exceptionFactory: () => new BadRequestException('The saved filter id must be a UUID'),
});

/** /api/reviews/saved-filters: the caller's own queue filters; nobody else's are visible. */
@ReviewerRoutes()
export class SavedFiltersController {
  constructor(private readonly filters: SavedFiltersService) {}

  @Get('saved-filters')
  @ApiOperation({ summary: "The caller's saved queue filters, by name" })
  @ApiOkResponse({ description: '[{id, name, query, createdAt, updatedAt}]' })
  list(@CurrentUser() user: AuthUser): Promise<SavedFilter[]> {
    return this.filters.list(user.id);
  }

  @Post('saved-filters')
  @HttpCode(201)
  @ApiOperation({ summary: 'Save the queue filters under a name (audited)' })
  @ApiCreatedResponse({ description: 'The saved filter' })
  @ApiBadRequestResponse({ description: 'Blank or long name, a query with other parameters or malformed values' })
  @ApiConflictResponse({ description: 'The caller already has a filter of that name' })
  create(
    @Body() dto: SavedFilterDto,
    @CurrentUser() user: AuthUser,
    @RequestId() requestId: string | undefined,
  ): Promise<SavedFilter> {
    return this.filters.create(dto, { userId: user.id, requestId: requestId ?? null });
  }

  @Patch('saved-filters/:id')
  @ApiOperation({ summary: 'Rename a saved filter or change its query (owner only; audited)' })
  @ApiOkResponse({ description: 'The saved filter' })
  @ApiNotFoundResponse({ description: "No such filter among the caller's" })
  @ApiConflictResponse({ description: 'The caller already has a filter of that name' })
  update(
    @Param('id', FILTER_ID) id: string,
    @Body() dto: UpdateSavedFilterDto,
    @CurrentUser() user: AuthUser,
    @RequestId() requestId: string | undefined,
  ): Promise<SavedFilter> {
    return this.filters.update(id.toLowerCase(), dto, { userId: user.id, requestId: requestId ?? null });
  }

  @Delete('saved-filters/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a saved filter (owner only; audited)' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiNotFoundResponse({ description: "No such filter among the caller's" })
  async remove(
    @Param('id', FILTER_ID) id: string,
    @CurrentUser() user: AuthUser,
    @RequestId() requestId: string | undefined,
  ): Promise<void> {
    await this.filters.remove(id.toLowerCase(), { userId: user.id, requestId: requestId ?? null });
  }
}
