import { ApiProperty } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsInt,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';

export const ASSIGN_MAX = 200;

export class AssignDto {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: ASSIGN_MAX, uniqueItems: true })
  @IsArray({ message: 'assertionIds must be an array of assertion ids' })
  @ArrayMinSize(1, { message: 'assertionIds must list at least one assertion' })
  @ArrayMaxSize(ASSIGN_MAX, { message: `assertionIds must list at most ${ASSIGN_MAX} assertions` })
  @ArrayUnique({ message: 'assertionIds must not repeat an id' })
  @IsUUID('all', { each: true, message: 'each of assertionIds must be a UUID' })
  assertionIds!: string[];

  @ApiProperty({
    format: 'uuid',
    nullable: true,
    description: 'The reviewer (or admin) to assign them to; null unassigns them.',
  })
  // Required: a missing field must not silently unassign.
  @ValidateIf((_: unknown, v: unknown) => v !== null)
  @IsUUID('all', { message: 'assigneeId must be the id of a reviewer, or null to unassign' })
  assigneeId!: string | null;
}

/** The first `limit` items of a queue view (its query string, as saved filters hold it), in queue order. */
export class AssignByFilterDto {
  @ApiProperty({ example: 'source=outlet%3A3f1c2a9e-0b7d-4c36-9a51-2f4e8d6b7c10&assignee=none' })
  @IsString({ message: 'query must be a string' })
  @MaxLength(1000, { message: 'query must be at most 1000 characters' })
  query!: string;

  @ApiProperty({ minimum: 1, maximum: ASSIGN_MAX })
  @IsInt({ message: `limit must be a whole number from 1 to ${ASSIGN_MAX}` })
  @Min(1, { message: `limit must be a whole number from 1 to ${ASSIGN_MAX}` })
  @Max(ASSIGN_MAX, { message: `limit must be a whole number from 1 to ${ASSIGN_MAX}` })
  limit!: number;

  @ApiProperty({ format: 'uuid', nullable: true, description: 'The reviewer to assign them to; null unassigns them.' })
  @ValidateIf((_: unknown, v: unknown) => v !== null)
  @IsUUID('all', { message: 'assigneeId must be the id of a reviewer, or null to unassign' })
  assigneeId!: string | null;
}
