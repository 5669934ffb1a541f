import { BadRequestException, Controller, Delete, HttpCode, Param, ParseUUIDPipe, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AuthedRequest, AuthUser, CurrentUser } from '../access/current-user.decorator';
import { MinRole } from '../access/roles.decorator';
import { AuditService } from '../audit/audit.service';
import { PrismaService } from '../database/prisma.service';
import { JobQueue } from '../jobs/job-queue.service';
import { actorOf, UUID } from './articles.controller';
import { removePublication } from './syndication';

export const OUTLET_UUID = new ParseUUIDPipe({
  exceptionFactory: () => new BadRequestException('The outlet id must be a UUID'),
});

/** Syndicated copies are recorded by uploads (see syndication.ts); an admin removes a mistaken one. */
@ApiTags('articles')
@ApiBearerAuth()
@Controller('articles')
export class PublicationsController {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly queue: JobQueue,
  ) {}

  @Delete(':id/publications/:outletId')
  @MinRole('admin')
  @HttpCode(204)
  @ApiOperation({
    summary:
      "Remove an outlet's syndicated copy of the article: its card stops counting it, its claims are re-analysed",
  })
  @ApiNoContentResponse()
  @ApiBadRequestResponse({ description: 'A malformed id' })
  @ApiForbiddenResponse({ description: 'Not an admin' })
  @ApiNotFoundResponse({ description: 'The article has no copy by that outlet' })
  async remove(
    @Param('id', UUID) id: string,
    @Param('outletId', OUTLET_UUID) outletId: string,
    @CurrentUser() user: AuthUser,
    @Req() req: AuthedRequest,
  ): Promise<void> {
    await removePublication(
      { prisma: this.prisma, audit: this.audit, queue: this.queue },
      id,
      outletId,
      actorOf(user, req),
    );
  }
}
