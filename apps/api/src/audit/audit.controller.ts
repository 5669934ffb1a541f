import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { AuditLogEntry, Page } from '@auditor/contracts';
import { MinRole } from '../access/roles.decorator';
import { AuditLogQuery } from './audit-log.query';
import { ListAuditQuery } from './dto/list-audit.query';

@ApiTags('audit')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Not signed in' })
@ApiForbiddenResponse({ description: 'Needs the admin role' })
@MinRole('admin')
@Controller('audit')
export class AuditController {
  constructor(private readonly log: AuditLogQuery) {}

  @Get()
  @ApiOperation({
    summary: 'The audit log, newest first: filter by actor (id or e-mail), action (exact or prefix.*), entity, date',
  })
  @ApiOkResponse({
    description:
      '{items, page, pageSize, total}; items: id (string), at, actor {id, email} | null, action, entityType, entityId, before, after, requestId',
  })
  @ApiBadRequestResponse({ description: 'Invalid filter or page' })
  list(@Query() q: ListAuditQuery): Promise<Page<AuditLogEntry>> {
    return this.log.list(q);
  }
}
