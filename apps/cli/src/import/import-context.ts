import { BadRequestException, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { ArticleMetadata, ArticlesService } from '../../../api/src/articles/articles.service';
import type { ExtractionInput, Extracted } from '../../../api/src/extraction/extract';
import { parseEnv } from '../../../api/src/config/env';
import { prepareDatabase } from '../../../api/src/database/prepare';
import { ImportMetadata } from './read-inputs';

export interface ImportServices {
  articles: ArticlesService;
  extract: (input: ExtractionInput) => Promise<Extracted>;
  maxBytes: number;
}

/**
 * A Nest application context with the service's own article, extraction and job modules, on the
 * database the service uses (DATABASE_URL, or the embedded PostgreSQL — joined if the service is
 * running, started otherwise). Scoring workers run in this process while the import lasts.
 */
export async function importContext(): Promise<{
  app: INestApplicationContext;
  services: ImportServices;
  release: () => Promise<void>;
}> {
  const env = parseEnv();
  const db = await prepareDatabase(env, () => undefined);
  try {
    const { ConfigModule, AppConfig } = await import('../../../api/src/config/config.module');
    const { DatabaseModule } = await import('../../../api/src/database/database.module');
    const { AuditModule } = await import('../../../api/src/audit/audit.module');
    const { JobsModule } = await import('../../../api/src/jobs/jobs.module');
    const { ArticlesModule } = await import('../../../api/src/articles/articles.module');
    const { ArticlesService } = await import('../../../api/src/articles/articles.service');
    const { extractArticle } = await import('../../../api/src/extraction/extract');

    @Module({
      imports: [ConfigModule, DatabaseModule, AuditModule, JobsModule.forRoot({ workers: true }), ArticlesModule],
    })
    class ImportModule {}

    const app = await NestFactory.createApplicationContext(ImportModule, { logger: ['error'] });
    await app.init();
    return {
      app,
      services: {
        articles: app.get(ArticlesService),
        extract: extractArticle,
        maxBytes: app.get(AppConfig).get('MAX_UPLOAD_BYTES'),
      },
      release: db.release,
    };
  } catch (e) {
    await db.release();
    throw e;
  }
}

/** "2013-10" (month precision, as in INDEX.json) becomes the first of the month. */
function fullDate(d: string | undefined): string | undefined {
  if (!d) return undefined;
  if (/^\d{4}-\d{2}$/.test(d)) return `${d}-01`;
  if (/^\d{4}$/.test(d)) return `${d}-01-01`;
  return d;
}

/** Validates a record's metadata with the upload API's own DTO, so imports and uploads agree. */
export async function validateMetadata(m: ImportMetadata): Promise<ArticleMetadata> {
  const { UploadArticleDto } = await import('../../../api/src/articles/dto/upload-article.dto');
  const plain = { ...m, publishedAt: fullDate(m.publishedAt) };
  for (const k of Object.keys(plain) as (keyof typeof plain)[]) if (plain[k] === undefined) delete plain[k];
  const dto = plainToInstance(UploadArticleDto, plain);
  const errors = await validate(dto, { whitelist: true });
  if (errors.length)
    throw new BadRequestException(errors.flatMap((e) => Object.values(e.constraints ?? {})).join('; '));
  return dto as ArticleMetadata;
}
