import { ThrottlerModuleOptions } from '@nestjs/throttler';
import { AppConfig } from '../config/config.module';

export const LOGIN_THROTTLER = 'login';

/**
 * Options for the ThrottlerGuard on POST /api/auth/login and POST /api/auth/session: LOGIN_RATE_LIMIT_PER_MINUTE attempts per
 * client IP per minute (behind a proxy, set TRUST_PROXY so the IP is the client's). Counts live in
 * process memory: with several API processes the effective limit is per process.
 */
export function loginThrottleOptions(config: AppConfig): ThrottlerModuleOptions {
  return {
    // One count per address across both sign-in routes (bearer login and web session), not one per route.
    throttlers: [
      {
        name: LOGIN_THROTTLER,
        ttl: 60_000,
        limit: config.get('LOGIN_RATE_LIMIT_PER_MINUTE'),
        generateKey: (_ctx, tracker, name) => `${name}:${tracker}`,
      },
    ],
    errorMessage: (_ctx, detail) =>
      `Too many sign-in attempts from this address: at most ${detail.limit} a minute. Try again in ${Math.max(1, Math.ceil(detail.timeToBlockExpire))} seconds.`,
  };
}
