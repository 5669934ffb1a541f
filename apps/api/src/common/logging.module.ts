import { randomUUID } from 'node:crypto';
import { Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config/config.module';

/**
 * Structured JSON logs, one line per request with its request id (echoed as X-Request-Id).
 * Request and response are logged by a few fields, not with all their headers: pino-http
 * serialises the request into a child logger for every request (even when the level is
 * silent), and headers were most of that cost, as well as what redaction had to scrub.
 */
type LoggedReq = { id?: unknown; method?: string; url?: string; remoteAddress?: string };
const reqSerializer = (req: LoggedReq) => ({
  id: req.id,
  method: req.method,
  url: req.url,
  remoteAddress: req.remoteAddress,
});
const resSerializer = (res: { statusCode?: number }) => ({ statusCode: res.statusCode });

@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        // nestjs-pino's default, forRoutes('*'), is the pre-Nest-11 wildcard: under the global
        // prefix it logged "Unsupported route path: /api/*" at every start and was converted to this.
        forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
        pinoHttp: {
          level: config.get('LOG_LEVEL'),
          transport: config.get('LOG_PRETTY') ? { target: 'pino/file', options: { destination: 1 } } : undefined,
          genReqId: (req, res) => {
            const incoming = req.headers['x-request-id'];
            const id = typeof incoming === 'string' && /^[\w.-]{1,100}$/.test(incoming) ? incoming : randomUUID();
            res.setHeader('X-Request-Id', id);
            return id;
          },
          serializers: { req: reqSerializer, res: resSerializer },
          // Kept in case a handler logs a request or response object with its headers.
          redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
          autoLogging: { ignore: (req) => req.url?.startsWith('/api/health') ?? false },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
