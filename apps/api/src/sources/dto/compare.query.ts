import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { DateRangeQuery } from './date-range.query';

export const COMPARE_MIN = 2;
export const COMPARE_MAX = 5;

export class CompareSourcesQuery extends DateRangeQuery {
  @ApiProperty({
    description: `${COMPARE_MIN}–${COMPARE_MAX} source ids, comma-separated`,
    example: 'outlet:3f1c…,cited:9a2b…',
  })
  @IsString({ message: 'ids is required: 2–5 comma-separated source ids' })
  @MaxLength(1000)
  ids!: string;
}
