import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { OUTLET_TYPES, type OutletType } from '@auditor/vocabulary';
import { PaginationQuery } from '../../common/dto/pagination.query';
import { PublishedRangeQuery } from '../../common/dto/published-range.query';
import { ArticleStatus } from '../../generated/prisma/enums';

export const ARTICLE_STATUSES = Object.values(ArticleStatus);

/** Columns the list sorts by; `relevance` needs a search (`q`). */
export const ARTICLE_SORTS = [
  'relevance',
  'uploaded',
  'published',
  'title',
  'outlet',
  'assertions',
  'sourcing',
  'alarmism',
] as const;
export type ArticleSort = (typeof ARTICLE_SORTS)[number];

const score = (name: string) =>
  function decorate(target: object, key: string) {
    ApiPropertyOptional({ minimum: 0, maximum: 100, description: `${name} of the article's mean score (0–100).` })(
      target,
      key,
    );
    Type(() => Number)(target, key);
    IsInt({ message: `${key} must be a whole number from 0 to 100` })(target, key);
    Min(0, { message: `${key} must be a whole number from 0 to 100` })(target, key);
    Max(100, { message: `${key} must be a whole number from 0 to 100` })(target, key);
    IsOptional()(target, key);
  };

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

  @ApiPropertyOptional({ enum: OUTLET_TYPES, description: "The outlet's type." })
  @IsOptional()
  @IsIn(OUTLET_TYPES, { message: `outletType must be one of: ${OUTLET_TYPES.join(', ')}` })
  outletType?: OutletType;

  @ApiPropertyOptional({
    description:
      'Full-text search over titles and text (PostgreSQL, English stemming; web-search syntax: "quoted phrase", or, -word).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || undefined : value))
  q?: string;

  @ApiPropertyOptional({ description: 'true: only articles without a publication date.' })
  @IsOptional()
  @Matches(/^(true|false)$/, { message: 'undated must be true or false' })
  undated?: string;

  @score('Lowest') sqMin?: number;
  @score('Highest') sqMax?: number;
  @score('Lowest') alMin?: number;
  @score('Highest') alMax?: number;

  @ApiPropertyOptional({
    enum: ARTICLE_SORTS,
    description:
      'Sort column: relevance (default with q), uploaded (default), published, title, outlet, assertions, sourcing, alarmism.',
  })
  @IsOptional()
  @IsIn(ARTICLE_SORTS, { message: `sort must be one of: ${ARTICLE_SORTS.join(', ')}` })
  sort?: ArticleSort;

  @ApiPropertyOptional({ enum: ['asc', 'desc'], description: 'Defaults to desc (asc for title and outlet).' })
  @IsOptional()
  @IsIn(['asc', 'desc'], { message: 'order must be asc or desc' })
  order?: 'asc' | 'desc';
}

export class AssertionsQuery {
  @ApiPropertyOptional({ description: "Rubric version of the scores to show; defaults to the article's current one." })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  rubricVersion?: string;
}
