import { INestApplication, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { AppConfig } from './config/config.module';
import { HttpErrorFilter } from './common/http-error.filter';
import { bodyParsers, contentHeaderGuard, stringGuard } from './common/request-hygiene';
import { swaggerUiCsp, webAppCsp } from './web/csp';

/**
 * Builds the HTTP application exactly as `npm start` runs it; integration tests call this too,
 * so they exercise the same pipes, filters, body limits, docs and web app (WebModule, served at `/`).
 */
export async function createHttpApp(options: { logs?: boolean } = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true, bodyParser: false });
  app.useLogger(options.logs === false ? false : app.get(Logger));
  const config = app.get(AppConfig);
  const limit = config.get('MAX_UPLOAD_BYTES');
  // Headers, size and JSON shape are checked before parsing; strings PostgreSQL cannot store are
  // refused after. Only the article upload gets a large body: the upload limit plus JSON overhead.
  app.use(contentHeaderGuard, ...bodyParsers({ articleBytes: Math.ceil(limit * 1.2) + 64 * 1024 }), stringGuard);
  app.set('trust proxy', config.get('TRUST_PROXY'));
  // A strict CSP for the web app; Swagger UI's page also needs its inline <style> blocks.
  const https = config.get('COOKIE_SECURE') ?? false;
  const webHelmet = helmet({ contentSecurityPolicy: { useDefaults: false, directives: webAppCsp(https) } });
  const docsHelmet = helmet({ contentSecurityPolicy: { useDefaults: false, directives: swaggerUiCsp(https) } });
  app.use((req: Request, res: Response, next: NextFunction) =>
    (req.path === '/api/docs' || req.path.startsWith('/api/docs/') ? docsHelmet : webHelmet)(req, res, next),
  );
  app.use(cookieParser());
  app.setGlobalPrefix('api');
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  app.useGlobalFilters(new HttpErrorFilter());

  const doc = new DocumentBuilder()
    .setTitle('Source audit API')
    .setDescription('Upload articles, read scored assertions, manage users and tokens.')
    .setVersion('1')
    .addBearerAuth()
    .addCookieAuth('sa_session', {
      type: 'apiKey',
      in: 'cookie',
      description: 'Web UI session (POST /api/auth/session); unsafe methods also need X-CSRF-Token',
    })
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, doc));
  return app;
}
