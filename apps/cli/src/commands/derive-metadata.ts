import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Command } from 'commander';
import { parseEnv } from '../../../api/src/config/env';
import { prepareDatabase } from '../../../api/src/database/prepare';

export interface DeriveSummary {
  examined: number;
  titled: number;
  dated: number;
}

/**
 * Gives articles stored before titles and dates were derived at upload what an upload now gets
 * (ArticleMetaService.deriveMissing: missing values only, audited). Runs over the service's
 * database like `import`; a running service picks up the changed dates' summaries itself.
 */
export async function runDeriveMetadata(): Promise<DeriveSummary> {
  const db = await prepareDatabase(parseEnv(), () => undefined);
  try {
    const { ConfigModule } = await import('../../../api/src/config/config.module');
    const { DatabaseModule } = await import('../../../api/src/database/database.module');
    const { AuditModule } = await import('../../../api/src/audit/audit.module');
    const { JobsModule } = await import('../../../api/src/jobs/jobs.module');
    const { ArticlesModule } = await import('../../../api/src/articles/articles.module');
    const { ArticleMetaService } = await import('../../../api/src/articles/article-meta.service');

    @Module({
      imports: [ConfigModule, DatabaseModule, AuditModule, JobsModule.forRoot({ workers: false }), ArticlesModule],
    })
    class DeriveModule {}

    const app = await NestFactory.createApplicationContext(DeriveModule, { logger: ['error'] });
    await app.init();
    try {
      return await app.get(ArticleMetaService).deriveMissing({ userId: null, requestId: 'derive-metadata-cli' });
    } finally {
      await app.close();
    }
  } finally {
    await db.release();
  }
}

export function deriveMetadataCommand(): Command {
  return new Command('derive-metadata')
    .description(
      'fill in titles and publication dates missing from stored articles, from their text or HTML (never overwrites)',
    )
    .action(async () => {
      const s = await runDeriveMetadata();
      process.stdout.write(
        `examined ${s.examined} articles without a title or date: ${s.titled} titled, ${s.dated} dated (estimated from the text or page)\n`,
      );
    });
}
