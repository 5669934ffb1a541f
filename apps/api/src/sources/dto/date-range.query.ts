import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PublishedRangeQuery } from '../../common/dto/published-range.query';

export const FORMATS = ['json', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/** Date filter and output format shared by the list, the card and the comparison. */
export class DateRangeQuery extends PublishedRangeQuery {
  @ApiPropertyOptional({
    enum: FORMATS,
    default: 'json',
    description: 'csv: a download (Content-Disposition: attachment).',
  })
  @IsOptional()
  @IsIn(FORMATS, { message: 'format must be json or csv' })
  format: Format = 'json';
}
