import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { ADMIRALTY } from '../../assertion-view/effective-values';
import { REASON_MAX } from '../review-values';
import {
  PROVENANCES,
  type Provenance,
  REVIEW_DECISIONS,
  type ReviewDecision,
  SOURCE_TYPES,
  type SourceType,
} from '@auditor/vocabulary';

/** Validate when the field is present (null included, so `"alarmism": null` is refused, not ignored). */
const Present = () => ValidateIf((_: unknown, v: unknown) => v !== undefined);
const score = (field: string) => `${field} must be a whole number from 0 to 100`;

/**
 * The attribution override: `{citedSourceId}` of an existing cited source, or `{name, type}` (found
 * by canonical name, case-insensitively, or created). Exactly one form: checked by the service.
 */
export class AttributionOverrideDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'An existing cited source (GET /api/sources?kind=cited).' })
  @Present()
  @IsUUID('all', { message: 'citedSourceId must be the UUID of a cited source' })
  citedSourceId?: string;

  @ApiPropertyOptional({
    maxLength: 200,
    example: 'ISAF',
    description: 'Source name; aliases are normalised ("International Security Assistance Force" → ISAF).',
  })
  @Present()
  @IsString({ message: 'name must be a string' })
  @MaxLength(200, { message: 'name must be at most 200 characters' })
  @Matches(/\S/, { message: 'name must not be blank' })
  name?: string;

  @ApiPropertyOptional({ enum: SOURCE_TYPES, description: 'Required with name; used when the source is created.' })
  @Present()
  @IsIn(SOURCE_TYPES, { message: `type must be one of: ${SOURCE_TYPES.join(', ')}` })
  type?: SourceType;
}

export class OverridesDto {
  @ApiPropertyOptional({ enum: PROVENANCES })
  @Present()
  @IsIn(PROVENANCES, { message: `provenance must be one of: ${PROVENANCES.join(', ')}` })
  provenance?: Provenance;

  @ApiPropertyOptional({ minimum: 0, maximum: 100 })
  @Present()
  @IsInt({ message: score('sourcingQuality') })
  @Min(0, { message: score('sourcingQuality') })
  @Max(100, { message: score('sourcingQuality') })
  sourcingQuality?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 100 })
  @Present()
  @IsInt({ message: score('alarmism') })
  @Min(0, { message: score('alarmism') })
  @Max(100, { message: score('alarmism') })
  alarmism?: number;

  @ApiPropertyOptional()
  @Present()
  @IsBoolean({ message: 'hedged must be true or false' })
  hedged?: boolean;

  @ApiPropertyOptional({ example: 'C3', pattern: ADMIRALTY.source })
  @Present()
  @IsString({ message: 'admiralty must be a grade such as C3: a reliability letter A–F and a credibility digit 1–6' })
  @Matches(ADMIRALTY, {
    message: 'admiralty must be a grade such as C3: a reliability letter A–F and a credibility digit 1–6',
  })
  admiralty?: string;

  @ApiPropertyOptional({
    nullable: true,
    type: AttributionOverrideDto,
    description: 'null: the assertion is not attributed to anyone.',
  })
  @ValidateIf((_: unknown, v: unknown) => v !== undefined && v !== null)
  @IsObject({ message: 'attribution must be null, {citedSourceId} or {name, type}' })
  @ValidateNested()
  @Type(() => AttributionOverrideDto)
  attribution?: AttributionOverrideDto | null;
}

export class CreateReviewDto {
  @ApiProperty({
    enum: REVIEW_DECISIONS,
    description:
      'confirm: the automatic values are right; override: replace some (reason required); dismiss: not an assertion.',
  })
  @IsIn(REVIEW_DECISIONS, { message: `decision must be one of: ${REVIEW_DECISIONS.join(', ')}` })
  decision!: ReviewDecision;

  @ApiPropertyOptional({ type: OverridesDto, description: 'Only with decision "override": at least one field.' })
  @ValidateIf((_: unknown, v: unknown) => v !== undefined && v !== null)
  @IsObject({ message: 'overrides must be an object, e.g. {"alarmism": 20}' })
  @ValidateNested()
  @Type(() => OverridesDto)
  overrides?: OverridesDto | null;

  @ApiPropertyOptional({ maxLength: REASON_MAX, description: 'Required (not blank) for an override.' })
  @ValidateIf((_: unknown, v: unknown) => v !== undefined && v !== null)
  @IsString({ message: 'reason must be a string' })
  @MaxLength(REASON_MAX, { message: `reason must be at most ${REASON_MAX} characters` })
  reason?: string | null;
}
