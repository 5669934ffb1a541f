import { BadRequestException, Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { AmplifiedClaimsResponse, ArticlePublications, ClaimPage } from '@auditor/contracts';
import { parseSourceId } from '../summaries/source-id';
import { AmplifiedClaimsQuery } from './dto/amplified-claims.query';
import { ClaimsService } from './claims.service';
import { parseWindow } from '../sources/date-window';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Claim groups, for any signed-in user (reads only). */
@ApiTags('claims')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Not signed in' })
@Controller()
export class ClaimsController {
  constructor(private readonly claims: ClaimsService) {}

  @Get('claims/:id')
  @ApiOperation({
    summary:
      'A claim group: its members by publication date (syndicated copies included), origins, who repeated whom, conflicting figures',
  })
  @ApiParam({ name: 'id', description: "The group's id (Corroboration.groupId of any of its assertions)" })
  @ApiOkResponse({
    description:
      '{id, members, origin, origins, independentOrigins, amplifications, corroborations, amplifiedOnly, edges, conflictingFigures, updatedAt}',
  })
  @ApiBadRequestResponse({ description: 'A malformed id' })
  @ApiNotFoundResponse({ description: 'No claim group has this id' })
  claim(@Param('id') id: string): Promise<ClaimPage> {
    if (!UUID.test(id)) throw new BadRequestException(`Malformed claim id "${id.slice(0, 100)}": expected a uuid`);
    return this.claims.claim(id.toLowerCase());
  }

  @Get('articles/:id/publications')
  @ApiOperation({ summary: "Other outlets' publications of the article's text (syndicated copies)" })
  @ApiOkResponse({
    description: '{articleId, publications}; publications: outlet, publishedAt, title, url, recordedAt',
  })
  @ApiBadRequestResponse({ description: 'A malformed id' })
  @ApiNotFoundResponse({ description: 'No article has this id' })
  publications(@Param('id') id: string): Promise<ArticlePublications> {
    if (!UUID.test(id)) throw new BadRequestException(`Malformed article id "${id.slice(0, 100)}": expected a uuid`);
    return this.claims.publications(id.toLowerCase());
  }

  @Get('sources/:id/claims')
  @ApiOperation({ summary: "A source's most amplified claims: the claim groups it took part in" })
  @ApiParam({ name: 'id', description: 'outlet:<uuid> or cited:<uuid>' })
  @ApiOkResponse({
    description:
      '{sourceId, items}; items: id, text, origin, members, amplifications, independentOrigins, amplifiedOnly, sourceMembers',
  })
  @ApiBadRequestResponse({ description: 'A malformed id, sort, limit or date' })
  @ApiNotFoundResponse({ description: 'An unknown source' })
  amplified(@Param('id') id: string, @Query() q: AmplifiedClaimsQuery): Promise<AmplifiedClaimsResponse> {
    return this.claims.mostAmplified(parseSourceId(id), q.limit, parseWindow(q.from, q.to));
  }
}
