import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { PublishedRangeQuery } from '../../common/dto/published-range.query';

export const CLAIM_SORTS = ['amplified'] as const;
export const MAX_CLAIMS = 50;

/** from/to: only the source's appearances published in that period count (as on its card). */
export class AmplifiedClaimsQuery extends PublishedRangeQuery {
  @ApiPropertyOptional({
    enum: CLAIM_SORTS,
    default: 'amplified',
    description: 'amplified: most amplifications first (then most members).',
  })
  @IsOptional()
  @IsIn(CLAIM_SORTS, { message: `sort must be one of: ${CLAIM_SORTS.join(', ')}` })
  sort: (typeof CLAIM_SORTS)[number] = 'amplified';

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_CLAIMS, default: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: 'limit must be at least 1' })
  @Max(MAX_CLAIMS, { message: `limit must not be greater than ${MAX_CLAIMS}` })
  limit = 10;
}
