import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, IsUrl, Matches, MaxLength } from 'class-validator';
import { OUTLET_TYPES, OutletType } from '@auditor/scoring';
import { ARTICLE_STATUSES, type ArticleStatus } from '@auditor/vocabulary';
import type { UploadAccepted } from '@auditor/contracts';

/** YYYY-MM-DD, or a full ISO 8601 date-time with a time zone. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2}))?$/;

/**
 * Metadata and content of an upload. The same class validates JSON bodies and multipart form
 * fields (where the content is the `file` part instead of `text`/`html`); which content fields
 * are present is checked by the controller, since it depends on whether a file came along.
 */
export class UploadArticleDto {
  @ApiPropertyOptional({
    description: 'Plain article text. Send exactly one of text, html or a file.',
    example: 'ISAF said five insurgents were killed in Kunduz.',
  })
  @IsOptional()
  @IsString({ message: 'text must be a string' })
  text?: string;

  @ApiPropertyOptional({
    description: 'A web page; the article is extracted with Readability. Send exactly one of text, html or a file.',
  })
  @IsOptional()
  @IsString({ message: 'html must be a string' })
  html?: string;

  @ApiPropertyOptional({ maxLength: 500, description: 'Defaults to the title found in the HTML or PDF.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  title?: string;

  @ApiPropertyOptional({
    example: 'https://www.example.org/news/2013/taleban-in-tajikistan',
    description: 'Where the article was published (http or https).',
  })
  @IsOptional()
  @MaxLength(2048)
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { message: 'url must be an http(s) URL, e.g. https://example.org/article' },
  )
  url?: string;

  @ApiPropertyOptional({ example: 'Afghanistan Analysts Network', description: 'Outlet name; created on first use.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(/\S/, { message: 'outlet must not be blank' })
  outlet?: string;

  @ApiPropertyOptional({
    enum: OUTLET_TYPES,
    description: "The outlet's type; set on the outlet when it has none yet.",
  })
  @IsOptional()
  @IsIn(OUTLET_TYPES, { message: `outletType must be one of: ${OUTLET_TYPES.join(', ')}` })
  outletType?: OutletType;

  @ApiPropertyOptional({ example: '2013-08-22', description: 'YYYY-MM-DD or a full ISO 8601 date-time.' })
  @IsOptional()
  @Matches(ISO_DATE, {
    message:
      'publishedAt must be a date as YYYY-MM-DD or an ISO 8601 date-time, e.g. 2013-08-22 or 2013-08-22T10:00:00Z',
  })
  @IsISO8601({ strict: true }, { message: 'publishedAt is not a real calendar date' })
  publishedAt?: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  author?: string;
}

export class UploadAcceptedDto implements UploadAccepted {
  @ApiPropertyOptional({ format: 'uuid' }) id!: string;
  @ApiPropertyOptional({ enum: ARTICLE_STATUSES }) status!: ArticleStatus;
  @ApiPropertyOptional({ example: '/api/articles/3f1c…' }) statusUrl!: string;
  @ApiPropertyOptional({
    description: 'True when the same content was uploaded before; the existing article is returned (200).',
  })
  duplicate!: boolean;
}
