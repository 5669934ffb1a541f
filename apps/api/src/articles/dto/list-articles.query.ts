import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PaginationQuery } from '../../common/dto/pagination.query';
import { PublishedRangeQuery } from '../../common/dto/published-range.query';
import { ArticleStatus } from '../../generated/prisma/enums';

export const ARTICLE_STATUSES = Object.values(ArticleStatus);

export class ListArticlesQuery extends IntersectionType(PaginationQuery, PublishedRangeQuery) {
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
}

export class AssertionsQuery {
  @ApiPropertyOptional({ description: "Rubric version of the scores to show; defaults to the article's current one." })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  rubricVersion?: string;
}
