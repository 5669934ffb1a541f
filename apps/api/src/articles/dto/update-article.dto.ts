import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import type { ArticleMetaUpdate } from '@auditor/contracts';

/** YYYY-MM-DD, or a full ISO 8601 date-time with a time zone (as on upload). */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2}))?$/;

/** PATCH /api/articles/:id: an analyst's correction of the title or the publication date. */
export class UpdateArticleDto implements ArticleMetaUpdate {
  @ApiPropertyOptional({ maxLength: 500, example: 'The Rise of Taliban-IMU Nexus in Northern Afghanistan' })
  // Not @IsOptional(), which lets null through too: an article keeps a title, and null reached .trim() as a 500.
  @ValidateIf((_, v) => v !== undefined)
  @IsString({ message: 'title must be a string' })
  @MaxLength(500, { message: 'title must be at most 500 characters' })
  @Matches(/\S/, { message: 'title must not be blank' })
  title?: string;

  @ApiPropertyOptional({
    nullable: true,
    example: '2019-08-22',
    description: 'YYYY-MM-DD or an ISO 8601 date-time; null marks the article undated.',
  })
  @ValidateIf((_, v) => v !== null && v !== undefined)
  @IsString({ message: 'publishedAt must be a date string or null' })
  @Matches(ISO_DATE, {
    message: 'publishedAt must be a date as YYYY-MM-DD or an ISO 8601 date-time, e.g. 2013-08-22, or null',
  })
  @IsISO8601({ strict: true }, { message: 'publishedAt is not a real calendar date' })
  publishedAt?: string | null;
}
