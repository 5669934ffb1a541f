import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional } from 'class-validator';

export const FORMATS = ['json', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/** Date filter and output format shared by the list, the card and the comparison. */
export class DateRangeQuery {
  @ApiPropertyOptional({ description: 'Articles published on or after (YYYY-MM-DD or ISO date-time; undated articles count by upload date).' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be a date as YYYY-MM-DD or an ISO 8601 date-time' })
  from?: string;

  @ApiPropertyOptional({ description: 'Published on or before (a bare date includes that whole day).' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be a date as YYYY-MM-DD or an ISO 8601 date-time' })
  to?: string;

  @ApiPropertyOptional({ enum: FORMATS, default: 'json', description: 'csv: a download (Content-Disposition: attachment).' })
  @IsOptional()
  @IsIn(FORMATS, { message: 'format must be json or csv' })
  format: Format = 'json';
}
