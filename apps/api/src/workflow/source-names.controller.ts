import { BadRequestException, Controller, Get, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { SourceOption } from '@auditor/contracts';
import { NAMES_MAX, SourceNamesQuery } from './dto/source-names.query';
import { SourceNames } from './source-names.query';

/**
 * GET /api/source-names, for any signed-in user. Its own path rather than under /api/sources,
 * where `sources/:id/…` routes would be one parameter route away from swallowing it.
 */
@ApiTags('sources')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Not signed in' })
@Controller('source-names')
export class SourceNamesController {
  constructor(private readonly names: SourceNames) {}

  @Get()
  @ApiOperation({
    summary: 'Outlets and cited sources whose name or alias contains q (a typeahead), or the names of the given ids',
  })
  @ApiOkResponse({ description: '[{id, kind, name, type, matchedAlias}]' })
  @ApiBadRequestResponse({ description: 'Neither q nor ids, a malformed id, or too many ids' })
  find(@Query() q: SourceNamesQuery): Promise<SourceOption[]> {
    if (q.ids !== undefined) {
      const ids = q.ids
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      if (!ids.length || ids.length > NAMES_MAX)
        throw new BadRequestException(`ids must list 1 to ${NAMES_MAX} source ids, got ${ids.length}`);
      return this.names.byIds(ids);
    }
    if (!q.q?.trim()) throw new BadRequestException('Give q (words of a name) or ids (source ids to name)');
    return this.names.search(q.q, q.kind, q.limit);
  }
}
