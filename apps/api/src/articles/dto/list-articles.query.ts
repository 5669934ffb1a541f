import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ArticleStatus } from '../../generated/prisma/enums';

export const ARTICLE_STATUSES = Object.values(ArticleStatus);

export class ListArticlesQuery {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'page must be a whole number' })
  @Min(1)
  page = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'pageSize must be a whole number' })
  @Min(1)
  @Max(100, { message: 'pageSize must not be greater than 100' })
  pageSize = 20;

  @ApiPropertyOptional({ enum: ARTICLE_STATUSES })
  @IsOptional()
  @IsIn(ARTICLE_STATUSES, { message: `status must be one of: ${ARTICLE_STATUSES.join(', ')}` })
  status?: ArticleStatus;

  @ApiPropertyOptional({ description: 'Outlet name (case-insensitive, exact).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  outlet?: string;

  @ApiPropertyOptional({ description: 'Words the title contains (case-insensitive).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ description: 'Published on or after (YYYY-MM-DD or ISO date-time).' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be a date as YYYY-MM-DD or an ISO 8601 date-time' })
  from?: string;

  @ApiPropertyOptional({ description: 'Published on or before (a bare date includes that whole day).' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be a date as YYYY-MM-DD or an ISO 8601 date-time' })
  to?: string;
}

export class AssertionsQuery {
  @ApiPropertyOptional({ description: "Rubric version of the scores to show; defaults to the article's current one." })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  rubricVersion?: string;
}
