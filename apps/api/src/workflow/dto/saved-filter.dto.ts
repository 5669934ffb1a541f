import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, ValidateIf } from 'class-validator';

export const FILTER_NAME_MAX = 100;
export const FILTER_QUERY_MAX = 1000;

const NAME_LONG = `name must be at most ${FILTER_NAME_MAX} characters`;
const QUERY_LONG = `query must be at most ${FILTER_QUERY_MAX} characters`;

export class SavedFilterDto {
  @ApiProperty({ maxLength: FILTER_NAME_MAX, example: 'Anonymous sources, mine' })
  @IsString({ message: 'name must be a string' })
  @MaxLength(FILTER_NAME_MAX, { message: NAME_LONG })
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @ApiProperty({
    maxLength: FILTER_QUERY_MAX,
    example: 'signal=anonymous-source&assignee=me',
    description: "The review queue's filters as a query string: source, articleId, signal, assignee, includeReviewed.",
  })
  @IsString({ message: 'query must be a string' })
  @MaxLength(FILTER_QUERY_MAX, { message: QUERY_LONG })
  query!: string;
}

/** Absent means "unchanged"; null is not a value either field can take, so it must fail as a non-string. */
const UnlessAbsent = () => ValidateIf((_: unknown, v: unknown) => v !== undefined);

export class UpdateSavedFilterDto {
  @ApiPropertyOptional({ maxLength: FILTER_NAME_MAX })
  @UnlessAbsent()
  @IsString({ message: 'name must be a string' })
  @MaxLength(FILTER_NAME_MAX, { message: NAME_LONG })
  @Matches(/\S/, { message: 'name must not be blank' })
  name?: string;

  @ApiPropertyOptional({ maxLength: FILTER_QUERY_MAX })
  @UnlessAbsent()
  @IsString({ message: 'query must be a string' })
  @MaxLength(FILTER_QUERY_MAX, { message: QUERY_LONG })
  query?: string;
}
