import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { PublishedRangeQuery } from '../../common/dto/published-range.query';
import { SourceKindTypeQuery } from './source-kind-type.query';

export const MAP_LIMIT_MAX = 1000;

export class SourceMapQuery extends IntersectionType(PublishedRangeQuery, SourceKindTypeQuery) {
  // Below a handful of assertions a point's interval spans most of the axis and says nothing.
  @ApiPropertyOptional({
    minimum: 1,
    default: 5,
    description: 'Only sources with at least this many assertions in the period.',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'minAssertions must be a whole number' })
  @Min(1, { message: 'minAssertions must be at least 1' })
  @Max(1_000_000_000, { message: 'minAssertions must not be greater than 1000000000' })
  minAssertions = 5;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: MAP_LIMIT_MAX,
    default: 300,
    description: 'At most this many points, the largest samples first (a scatter of thousands is unreadable).',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: 'limit must be at least 1' })
  @Max(MAP_LIMIT_MAX, { message: `limit must not be greater than ${MAP_LIMIT_MAX}` })
  limit = 300;
}
