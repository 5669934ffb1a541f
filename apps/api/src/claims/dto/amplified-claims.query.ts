import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

export const CLAIM_SORTS = ['amplified'] as const;
export const MAX_CLAIMS = 50;

export class AmplifiedClaimsQuery {
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
