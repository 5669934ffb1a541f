import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional } from 'class-validator';

/** `?from&to` on publication dates, shared by article lists and report cards. */
export class PublishedRangeQuery {
  @ApiPropertyOptional({ description: 'Published on or after (YYYY-MM-DD or ISO date-time).' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be a date as YYYY-MM-DD or an ISO 8601 date-time' })
  from?: string;

  @ApiPropertyOptional({ description: 'Published on or before (a bare date includes that whole day).' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be a date as YYYY-MM-DD or an ISO 8601 date-time' })
  to?: string;
}
