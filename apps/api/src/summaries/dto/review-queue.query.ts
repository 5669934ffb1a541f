import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PaginationQuery } from '../../common/dto/pagination.query';

const toBool = ({ value }: { value: unknown }) =>
  value === 'true' || value === '1' || value === true
    ? true
    : value === 'false' || value === '0' || value === false
      ? false
      : value;

export class ReviewQueueQuery extends PaginationQuery {
  @ApiPropertyOptional({
    example: 'outlet:3f1c2a9e-0b7d-4c36-9a51-2f4e8d6b7c10',
    description:
      'outlet:<uuid> (assertions of its articles) or cited:<uuid> (assertions automatically attributed to it)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'source must be outlet:<uuid> or cited:<uuid>' })
  source?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'articleId must be a UUID' })
  articleId?: string;

  @ApiPropertyOptional({
    example: 'anonymous-source',
    description: 'A signal id the assertion carries under the current rubric.',
  })
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9-]{0,59}$/, {
    message: 'signal must be a signal id such as anonymous-source or threat-metaphor',
  })
  signal?: string;

  @ApiPropertyOptional({
    example: 'me',
    description: 'me (assigned to the caller), none (assigned to nobody) or a user id (assigned to that reviewer).',
  })
  @IsOptional()
  @Matches(/^(?:me|none|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/, {
    message: 'assignee must be me, none or a user id',
  })
  assignee?: string;

  @ApiPropertyOptional({ default: false, description: 'true: keep assertions that already have a review.' })
  @IsOptional()
  @Transform(toBool)
  @IsBoolean({ message: 'includeReviewed must be true or false' })
  includeReviewed = false;
}
