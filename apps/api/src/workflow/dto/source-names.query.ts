import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { SOURCE_KINDS, SourceKind } from '../../summaries/source-id';

export const NAMES_MAX = 20;

export class SourceNamesQuery {
  @ApiPropertyOptional({ description: 'Words the name or an alias contains (case-insensitive).', example: 'interior' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'q must be at most 200 characters' })
  q?: string;

  @ApiPropertyOptional({
    description: `Up to ${NAMES_MAX} comma-separated source ids (outlet:<uuid>, cited:<uuid>) to name instead of a search.`,
  })
  @IsOptional()
  @IsString()
  @MaxLength(NAMES_MAX * 50, { message: `ids must list at most ${NAMES_MAX} source ids` })
  ids?: string;

  @ApiPropertyOptional({ enum: SOURCE_KINDS, description: 'Outlets or cited sources; both when omitted.' })
  @IsOptional()
  @IsIn(SOURCE_KINDS, { message: 'kind must be outlet or cited' })
  kind?: SourceKind;

  @ApiPropertyOptional({ minimum: 1, maximum: NAMES_MAX, default: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: 'limit must be at least 1' })
  @Max(NAMES_MAX, { message: `limit must be at most ${NAMES_MAX}` })
  limit = 10;
}
