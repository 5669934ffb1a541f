import {
  BadRequestException,
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Req,
  Res,
  StreamableFile,
  UnsupportedMediaTypeException,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
  ApiUnsupportedMediaTypeResponse,
  getSchemaPath,
  ApiExtraModels,
  ApiQuery,
} from '@nestjs/swagger';
import { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { Request, Response } from 'express';
import { ACCEPTED_MEDIA_TYPES, describeExtensions, OUTLET_TYPES, UPLOAD_FORMATS } from '@auditor/vocabulary';
import type {
  Article,
  ArticleListRow,
  AssertionsResponse,
  Page,
  RescoreAccepted,
  UploadResponse,
} from '@auditor/contracts';
import { AppConfig } from '../config/config.module';
import { AuthedRequest, AuthUser, CurrentUser } from '../access/current-user.decorator';
import { MinRole } from '../access/roles.decorator';
import { extractArticle } from '../extraction/extract';
import { ArticleQueries } from './article-queries.service';
import { Actor } from '../audit/actor';
import { ArticlesService } from './articles.service';
import { AssertionsQuery, ListArticlesQuery } from './dto/list-articles.query';
import { UploadAcceptedDto, UploadArticleDto } from './dto/upload-article.dto';
import { UpdateArticleDto } from './dto/update-article.dto';
import { ArticleMetaService } from './article-meta.service';
import { UploadedFileLike, uploadSource } from './upload-source';
import { UploadInterceptor, UPLOAD_FIELD } from './upload.interceptor';
import { inForeground } from '../common/foreground-work';

export const UUID = new ParseUUIDPipe({
  exceptionFactory: () => new BadRequestException('The article id must be a UUID'),
});

export const actorOf = (user: AuthUser, req: AuthedRequest): Actor => ({ userId: user.id, requestId: req.id ?? null });

const METADATA_FIELDS: Record<string, SchemaObject> = {
  title: { type: 'string' },
  url: { type: 'string', format: 'uri' },
  outlet: { type: 'string' },
  outletType: { type: 'string', enum: [...OUTLET_TYPES] },
  publishedAt: { type: 'string', example: '2013-08-22' },
  author: { type: 'string' },
};

/** "attachment" with an ASCII fallback name and the exact name in RFC 5987 form. */
function attachment(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

const WAIT_MS = 30_000;

@ApiTags('articles')
@ApiBearerAuth()
@ApiExtraModels(UploadArticleDto)
@Controller('articles')
export class ArticlesController {
  private readonly maxBytes: number;

  constructor(
    private readonly articles: ArticlesService,
    private readonly queries: ArticleQueries,
    private readonly meta: ArticleMetaService,
    config: AppConfig,
  ) {
    this.maxBytes = config.get('MAX_UPLOAD_BYTES');
  }

  @Post()
  @MinRole('analyst')
  @HttpCode(202)
  @UseInterceptors(UploadInterceptor)
  @ApiOperation({
    summary: `Upload an article (JSON text/html, or a ${describeExtensions()} file) and queue it for scoring`,
  })
  @ApiConsumes('application/json', 'multipart/form-data')
  @ApiBody({
    schema: {
      oneOf: [
        { $ref: getSchemaPath(UploadArticleDto) },
        {
          type: 'object',
          required: [UPLOAD_FIELD],
          properties: {
            [UPLOAD_FIELD]: {
              type: 'string',
              format: 'binary',
              description: `${describeExtensions()} (text in UTF-8); the type is checked against the content`,
            },
            ...METADATA_FIELDS,
          },
        },
      ],
    },
    // OpenAPI applies a part's encoding to the multipart form only; the JSON body ignores it.
    encoding: { [UPLOAD_FIELD]: { contentType: ACCEPTED_MEDIA_TYPES.join(', ') } },
  })
  @ApiQuery({
    name: 'wait',
    required: false,
    description: 'true: answer 200 once scoring is done (up to 30 s), with the scored assertions',
  })
  @ApiAcceptedResponse({ type: UploadAcceptedDto, description: 'Stored and queued for scoring' })
  @ApiOkResponse({
    type: UploadAcceptedDto,
    description: 'The same content was uploaded before: the existing article (duplicate: true)',
  })
  @ApiBadRequestResponse({ description: 'Invalid metadata, malformed JSON, or not exactly one of text/html/file' })
  @ApiPayloadTooLargeResponse({ description: 'Larger than MAX_UPLOAD_BYTES' })
  @ApiUnsupportedMediaTypeResponse({
    description: 'Unsupported or mislabelled file type, or a text file that is not UTF-8',
  })
  @ApiUnprocessableEntityResponse({ description: 'No text could be extracted (empty, corrupt or encrypted PDF, …)' })
  async upload(
    @Body() dto: UploadArticleDto,
    @UploadedFile() file: UploadedFileLike | undefined,
    @CurrentUser() user: AuthUser,
    @Req() req: Request & AuthedRequest,
    @Res({ passthrough: true }) res: Response,
    @Query('wait') wait?: string,
  ): Promise<UploadResponse> {
    if (!req.is(['application/json', 'multipart/form-data'])) {
      throw new UnsupportedMediaTypeException('Send the article as application/json or multipart/form-data');
    }
    // Someone is waiting for this answer: claim grouping in this process pauses meanwhile.
    return inForeground(async () => {
      const extracted = await extractArticle(uploadSource(dto, file, this.maxBytes));
      const result = await this.articles.upload(extracted, dto, actorOf(user, req));
      if (result.duplicate) res.status(200);
      if (wait === 'true' || wait === '1') {
        // For scripts and first runs: answer once scoring is done (up to 30 s), with the assertions.
        const status = await this.queries.waitForScoring(result.id, WAIT_MS);
        if (status !== 'scored' && status !== 'failed') return { ...result, status: result.status };
        res.status(200);
        return { ...result, status, assertions: (await this.queries.assertions(result.id)).assertions };
      }
      return result;
    });
  }

  @Get()
  @ApiOperation({
    summary:
      'List articles: full-text search (q), filters by outlet, type, publication date and mean scores, sortable (newest upload first by default; by relevance when searching)',
  })
  list(@Query() query: ListArticlesQuery): Promise<Page<ArticleListRow>> {
    return this.queries.list(query);
  }

  @Patch(':id')
  @MinRole('analyst')
  @ApiOperation({ summary: "Correct an article's title or publication date (audited); answers the article" })
  @ApiBody({ type: UpdateArticleDto })
  @ApiOkResponse()
  @ApiBadRequestResponse({ description: 'Neither field, a blank title or an invalid date' })
  @ApiNotFoundResponse()
  async update(
    @Param('id', UUID) id: string,
    @Body() dto: UpdateArticleDto,
    @CurrentUser() user: AuthUser,
    @Req() req: AuthedRequest,
  ): Promise<Article> {
    await this.meta.update(id, dto, actorOf(user, req));
    return this.queries.get(id);
  }

  @Get(':id')
  @ApiOperation({ summary: "An article's metadata, text, status and stored summary" })
  @ApiNotFoundResponse()
  get(@Param('id', UUID) id: string): Promise<Article> {
    return this.queries.get(id);
  }

  @Get(':id/assertions')
  @ApiOperation({ summary: 'Scored assertions in text order, under the current (or a given) rubric version' })
  @ApiNotFoundResponse()
  assertions(@Param('id', UUID) id: string, @Query() query: AssertionsQuery): Promise<AssertionsResponse> {
    return this.queries.assertions(id, query.rubricVersion);
  }

  @Get(':id/original')
  @MinRole('analyst')
  @ApiOperation({ summary: 'The bytes as uploaded, for audit' })
  @ApiProduces(...UPLOAD_FORMATS.map((f) => f.mediaType))
  @ApiNotFoundResponse()
  async original(@Param('id', UUID) id: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const o = await this.queries.original(id);
    // Uploaded HTML is untrusted: even if a browser renders it, it runs nothing.
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    return new StreamableFile(Buffer.from(o.bytes), {
      type: o.mediaType,
      disposition: attachment(o.filename),
      length: o.bytes.length,
    });
  }

  @Delete(':id')
  @MinRole('admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an article with its assertions, scores and reviews' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse()
  async remove(@Param('id', UUID) id: string, @CurrentUser() user: AuthUser, @Req() req: AuthedRequest): Promise<void> {
    await this.articles.remove(id, actorOf(user, req));
  }

  @Post(':id/rescore')
  @MinRole('analyst')
  @HttpCode(202)
  @ApiOperation({ summary: 'Queue the article for scoring again (jobId null when a job is already waiting)' })
  @ApiAcceptedResponse()
  @ApiNotFoundResponse()
  rescore(
    @Param('id', UUID) id: string,
    @CurrentUser() user: AuthUser,
    @Req() req: AuthedRequest,
  ): Promise<RescoreAccepted> {
    return this.articles.rescore(id, actorOf(user, req));
  }
}
