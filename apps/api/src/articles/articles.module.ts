import { Module } from '@nestjs/common';
import { ArticleQueries } from './article-queries.service';
import { ArticlesController } from './articles.controller';
import { ArticlesService } from './articles.service';
import { RescoreController } from './rescore.controller';
import { UploadInterceptor } from './upload.interceptor';

/** Upload, read, delete and rescore articles. PrismaService, AuditService, AppConfig and JobQueue come from global modules. */
@Module({
  controllers: [ArticlesController, RescoreController],
  providers: [ArticlesService, ArticleQueries, UploadInterceptor],
  exports: [ArticlesService, ArticleQueries],
})
export class ArticlesModule {}
