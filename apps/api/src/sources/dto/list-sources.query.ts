import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { SourceKindTypeQuery } from './source-kind-type.query';
import { DateRangeQuery } from './date-range.query';
import { PaginationQuery } from '../../common/dto/pagination.query';

export const SORTS = ['alarmism', 'sourcingQuality', 'assertions', 'name', 'corroboration', 'amplification'] as const;
export type Sort = (typeof SORTS)[number];

/** pageSize is ignored by format=csv, which exports every match. */
export class ListSourcesQuery extends IntersectionType(DateRangeQuery, PaginationQuery, SourceKindTypeQuery) {
  @ApiPropertyOptional({
    minimum: 1,
    default: 1,
    description: 'Only sources with at least this many assertions in the period.',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'minAssertions must be a whole number' })
  @Min(0)
  @Max(1_000_000_000, { message: 'minAssertions must not be greater than 1000000000' })
  minAssertions = 1;

  @ApiPropertyOptional({ description: 'Words the name contains (case-insensitive).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: SORTS, default: 'assertions' })
  @IsOptional()
  @IsIn(SORTS, { message: `sort must be one of: ${SORTS.join(', ')}` })
  sort: Sort = 'assertions';

  @ApiPropertyOptional({ enum: ['asc', 'desc'], description: 'Defaults to asc for name, desc otherwise.' })
  @IsOptional()
  @IsIn(['asc', 'desc'], { message: 'order must be asc or desc' })
  order?: 'asc' | 'desc';
}
