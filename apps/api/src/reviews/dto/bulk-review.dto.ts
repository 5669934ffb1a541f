import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { REASON_MAX } from '../review-values';

export const BULK_DECISIONS = ['confirm', 'dismiss'] as const;
export const BULK_MAX = 200;

export class BulkReviewDto {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: BULK_MAX, uniqueItems: true })
  @IsArray({ message: 'assertionIds must be an array of assertion ids' })
  @ArrayMinSize(1, { message: 'assertionIds must list at least one assertion' })
  @ArrayMaxSize(BULK_MAX, { message: `assertionIds must list at most ${BULK_MAX} assertions` })
  @ArrayUnique({ message: 'assertionIds must not repeat an id' })
  @IsUUID('all', { each: true, message: 'each of assertionIds must be a UUID' })
  assertionIds!: string[];

  @ApiProperty({ enum: BULK_DECISIONS, description: 'Overrides are made one assertion at a time.' })
  @IsIn(BULK_DECISIONS, { message: 'decision must be confirm or dismiss (overrides are made one assertion at a time)' })
  decision!: (typeof BULK_DECISIONS)[number];

  @ApiPropertyOptional({ maxLength: REASON_MAX })
  @ValidateIf((_: unknown, v: unknown) => v !== undefined && v !== null)
  @IsString({ message: 'reason must be a string' })
  @MaxLength(REASON_MAX, { message: `reason must be at most ${REASON_MAX} characters` })
  reason?: string | null;
}
