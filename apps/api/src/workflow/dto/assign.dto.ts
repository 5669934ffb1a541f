import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsUUID, ValidateIf } from 'class-validator';

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
