import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** The highest page a list accepts: it keeps the row offset inside what PostgreSQL's OFFSET and Prisma's skip accept. */
export const MAX_PAGE = 100_000;

/** `?page&pageSize` for every paginated list: 1-based pages of at most 100 items. */
export class PaginationQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'page must be a whole number' })
  @Min(1)
  @Max(MAX_PAGE, { message: `page must not be greater than ${MAX_PAGE}` })
  page = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'pageSize must be a whole number' })
  @Min(1)
  @Max(100, { message: 'pageSize must not be greater than 100' })
  pageSize = 20;
}
