import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { CitedSourceMergeResult } from '@auditor/contracts';
import { AuthedRequest, AuthUser, CurrentUser } from '../access/current-user.decorator';
import { MinRole } from '../access/roles.decorator';
import { MergeSourceDto } from './dto/merge-source.dto';
import { SourceMergeService } from './source-merge.service';

@ApiTags('sources')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Not signed in' })
@ApiForbiddenResponse({ description: 'Needs the admin role' })
@MinRole('admin')
@Controller('sources')
export class SourceMergeController {
  constructor(private readonly merges: SourceMergeService) {}

  @Post(':id/merge')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Merge a cited source into another: attributions and review overrides move to the survivor, its names become aliases, cards are recomputed; audited',
  })
  @ApiParam({ name: 'id', description: 'The cited source merged away, cited:<uuid>' })
  @ApiOkResponse({
    description: '{merged, survivor {id, name, aliases}, attributionsMoved, reviewsRepointed, articlesRefreshed}',
  })
  @ApiBadRequestResponse({ description: 'Malformed id, an outlet id, or a source merged into itself' })
  @ApiNotFoundResponse({ description: 'Either cited source does not exist' })
  @ApiConflictResponse({ description: 'Either source was already merged into another' })
  merge(
    @Param('id') id: string,
    @Body() dto: MergeSourceDto,
    @CurrentUser() user: AuthUser,
    @Req() req: AuthedRequest,
  ): Promise<CitedSourceMergeResult> {
    return this.merges.merge(id, dto.into, {
      userId: user.id,
      requestId: req.id === undefined ? null : String(req.id),
    });
  }
}
