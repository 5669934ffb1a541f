import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DynamicModule, Injectable, Logger, Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import type { Express, NextFunction, Request, Response } from 'express';
import { AppConfig } from '../config/config.module';
import { DEFAULT_WEB_DIST_DIR, isApiPath, SPA_ROUTES } from './web-paths';

const IMMUTABLE = 'public, max-age=31536000, immutable';

const distDir = (config: AppConfig) => config.get('WEB_DIST_DIR') ?? DEFAULT_WEB_DIST_DIR;
const isBuilt = (dir: string) => existsSync(join(dir, 'index.html'));

/**
 * Vite names every file under assets/ by its content hash, so those are cached for a year; the
 * rest (index.html above all, which names the current hashes) is revalidated on every load.
 */
export function setWebCacheHeaders(res: Response, path: string): void {
  res.setHeader('Cache-Control', /[\\/]assets[\\/]/.test(path) ? IMMUTABLE : 'no-cache');
}

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Source audit: web app not built</title></head>
<body><h1>The web app has not been built</h1>
<p>The API is running (<a href="/api/docs">/api/docs</a>), but <code>apps/web/dist</code> is missing.
Run <code>npm run web:build</code> (or <code>npm install</code>, which builds it) and restart.</p></body></html>
`;

/** Registered only when the build is missing: every non-API GET answers 503 with how to fix it. */
@Injectable()
export class WebAppNotBuilt implements OnModuleInit {
  private readonly logger = new Logger('WebModule');

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const dir = distDir(this.config);
    if (isBuilt(dir)) return;
    this.logger.warn(`${join(dir, 'index.html')} is missing: the web UI answers 503 until you run "npm run web:build"`);
    const app = this.adapterHost.httpAdapter.getInstance<Express>();
    app.get('{*any}', (req: Request, res: Response, next: NextFunction) => {
      if (isApiPath(req.path)) return next();
      res.status(503).type('html').setHeader('Cache-Control', 'no-store').send(NOT_BUILT_PAGE);
    });
  }
}

/**
 * Serves the React app (apps/web/dist) at `/`: files as they are, index.html for every other GET
 * outside /api and /assets so client-side routes (/articles/123) load the app. Registered after
 * the API's routes, so it never shadows one; unknown /api paths keep their JSON 404.
 */
@Module({})
export class WebModule {
  static forRoot(): DynamicModule {
    return {
      module: WebModule,
      imports: [
        ServeStaticModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => {
            const rootPath = distDir(config);
            if (!isBuilt(rootPath)) return [];
            return [
              {
                rootPath,
                renderPath: SPA_ROUTES,
                serveStaticOptions: { cacheControl: false, setHeaders: setWebCacheHeaders, fallthrough: true },
              },
            ];
          },
        }),
      ],
      providers: [WebAppNotBuilt],
    };
  }
}
