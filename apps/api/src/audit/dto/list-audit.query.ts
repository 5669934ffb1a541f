import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PaginationQuery } from '../../common/dto/pagination.query';

export class ListAuditQuery extends PaginationQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Entries by this user.' })
  @IsOptional()
  @IsUUID('all', { message: 'actorId must be a UUID' })
  actorId?: string;

  @ApiPropertyOptional({ description: 'Entries by the user with this e-mail (case-insensitive).' })
  @IsOptional()
  @IsString()
  @MaxLength(320, { message: 'actor must be an e-mail address of at most 320 characters' })
  actor?: string;

  @ApiPropertyOptional({
    example: 'review.*',
    description: 'An exact action (review.override) or a prefix ending in ".*" (review.*).',
  })
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9._-]{0,99}(\.\*)?$|^\*$/i, {
    message: 'action must be an action such as review.override, or a prefix such as review.*',
  })
  action?: string;

  @ApiPropertyOptional({ example: 'assertion' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  entityId?: string;

  @ApiPropertyOptional({ description: 'At or after (YYYY-MM-DD or ISO date-time).' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be a date as YYYY-MM-DD or an ISO 8601 date-time' })
  from?: string;

  @ApiPropertyOptional({ description: 'At or before (a bare date includes that whole day).' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be a date as YYYY-MM-DD or an ISO 8601 date-time' })
  to?: string;
}
