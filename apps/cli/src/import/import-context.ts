import { BadRequestException, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { ArticleMetadata, ArticlesService } from '../../../api/src/articles/articles.service';
import type { ExtractionInput, Extracted } from '../../../api/src/extraction/extract';
import { parseEnv } from '../../../api/src/config/env';
import { prepareDatabase } from '../../../api/src/database/prepare';
import type { ScoredDocument } from '@auditor/scoring';
import { ImportMetadata } from './read-inputs';

export interface ImportServices {
  articles: ArticlesService;
  extract: (input: ExtractionInput) => Promise<Extracted>;
  /** Scores a text in this process, with the options its scoring job would use. */
  score: (text: string, meta: ArticleMetadata, extracted: Extracted) => Promise<ScoredDocument>;
  maxBytes: number;
}

/**
 * A Nest application context with the service's own article, extraction and job modules, on the
 * database the service uses (DATABASE_URL, or the embedded PostgreSQL — joined if the service is
 * running, started otherwise). The import scores on this process's main thread; job workers
 * (claim grouping) run here only when asked to, e.g. to wait for grouping.
 */
export async function importContext({ workers = false }: { workers?: boolean } = {}): Promise<{
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
    const { ScoringPool } = await import('../../../api/src/scoring-threads/scoring-pool');
    const { PrismaService } = await import('../../../api/src/database/prisma.service');
    const { outletTypeOf } = await import('../../../api/src/jobs/article-scoring.service');
    const { deriveMetadata } = await import('../../../api/src/articles/derive-metadata');

    @Module({
      imports: [ConfigModule, DatabaseModule, AuditModule, JobsModule.forRoot({ workers }), ArticlesModule],
    })
    class ImportModule {}

    const app = await NestFactory.createApplicationContext(ImportModule, { logger: ['error'] });
    await app.init();
    const pool = app.get(ScoringPool);
    const prisma = app.get(PrismaService);
    // An outlet's stored type wins over the one a record gives, as when its job scores an upload.
    const outletTypes = new Map<string, Promise<string | null>>();
    const outletType = (name: string, given: string | undefined) => {
      if (!outletTypes.has(name))
        outletTypes.set(
          name,
          prisma.outlet.findUnique({ where: { name }, select: { type: true } }).then((o) => o?.type ?? null),
        );
      return outletTypes.get(name)!.then((stored) => stored ?? given ?? null);
    };
    const score = async (text: string, meta: ArticleMetadata, extracted: Extracted) => {
      const name = meta.outlet?.trim();
      const type = name ? await outletType(name, meta.outletType) : null;
      return pool.scoreHere(text, {
        outletType: outletTypeOf(type),
        publishedAt: deriveMetadata(extracted, meta).publishedAt ?? undefined,
        author: meta.author?.trim() || undefined,
      });
    };
    return {
      app,
      services: {
        articles: app.get(ArticlesService),
        extract: extractArticle,
        score,
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
