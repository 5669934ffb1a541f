import { Module } from '@nestjs/common';
import { ArticleMetaService } from './article-meta.service';
import { ArticleQueries } from './article-queries.service';
import { ArticleStatusWaiter } from './article-status-waiter';
import { ArticlesController } from './articles.controller';
import { ArticlesService } from './articles.service';
import { PublicationsController } from './publications.controller';
import { RescoreController } from './rescore.controller';
import { UploadInterceptor } from './upload.interceptor';

/** Upload, read, delete and rescore articles. PrismaService, AuditService, AppConfig and JobQueue come from global modules. */
@Module({
  controllers: [ArticlesController, RescoreController, PublicationsController],
  providers: [ArticlesService, ArticleQueries, ArticleMetaService, ArticleStatusWaiter, UploadInterceptor],
  exports: [ArticlesService, ArticleQueries],
})
export class ArticlesModule {}
