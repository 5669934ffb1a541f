import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const port = z.coerce.number().int().min(1).max(65535);
const optionalString = z.string().trim().min(1).optional();

/**
 * Every setting the service reads, validated once at start-up. A bad value stops the process with
 * one line per problem naming the variable, instead of failing later somewhere deep.
 */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('0.0.0.0'),
  PORT: port.default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL')
    .optional(),
  EMBEDDED_PG_DIR: z.string().default('.data/postgres'),
  // Unset: each data folder picks a free port and records it beside itself (two checkouts never collide).
  EMBEDDED_PG_PORT: port.optional(),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  JWT_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .default(12 * 3600),
  ADMIN_EMAIL: z.email('must be an e-mail address').optional(),
  ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(5 * 1024 * 1024),
  WORKER_MODE: z.enum(['inline', 'off']).default('inline'),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(2),
  // Real articles and reports have hundreds to a few thousand sentences; far more is a mistake or an attack.
  MAX_ASSERTIONS_PER_ARTICLE: z.coerce.number().int().min(10).default(10_000),
  SCORING_THREAD_HEAP_MB: z.coerce.number().int().min(64).default(512),
  JOB_RETRY_LIMIT: z.coerce.number().int().min(0).max(20).default(3),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  /** How far behind the summaries a cached card or list page may be under a stream of changes (0: never). */
  CARD_CACHE_MAX_STALE_MS: z.coerce.number().int().min(0).max(60_000).default(5000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_PRETTY: bool.default(false),
  /** The site is served over https: Secure, __Host- prefixed cookies and upgrade-insecure-requests. */
  COOKIE_SECURE: bool.optional(),
  /** The built web app (default apps/web/dist). */
  WEB_DIST_DIR: optionalString,
  DATA_DIR: z.string().default('.data'),
  TRUST_PROXY: bool.default(false),
  DEFAULT_OUTLET_TYPE: optionalString,
});

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {}

/** Parses the environment, throwing one readable message listing every bad variable. */
export function parseEnv(raw: NodeJS.ProcessEnv = process.env): Env {
  // Empty strings (e.g. `DATABASE_URL=` in a .env) mean "unset".
  const cleaned = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== ''));
  const r = envSchema.safeParse(cleaned);
  if (r.success) {
    if (r.data.NODE_ENV === 'production' && !r.data.JWT_SECRET) {
      throw new ConfigError(
        'Invalid configuration:\n  - JWT_SECRET: required when NODE_ENV=production (at least 32 characters)',
      );
    }
    return r.data;
  }
  const lines = r.error.issues.map((i) => {
    const key = String(i.path[0]);
    const got = cleaned[key];
    return `  - ${key}: ${i.message}${got !== undefined && !/SECRET|PASSWORD/.test(key) ? ` (got "${got}")` : ''}`;
  });
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}
