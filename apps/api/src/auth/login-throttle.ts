import { ThrottlerModuleOptions } from '@nestjs/throttler';
import { AppConfig } from '../config/config.module';

export const LOGIN_THROTTLER = 'login';

/**
 * Options for the ThrottlerGuard on POST /api/auth/login: LOGIN_RATE_LIMIT_PER_MINUTE attempts per
 * client IP per minute (behind a proxy, set TRUST_PROXY so the IP is the client's). Counts live in
 * process memory: with several API processes the effective limit is per process.
 */
export function loginThrottleOptions(config: AppConfig): ThrottlerModuleOptions {
  return {
    throttlers: [{ name: LOGIN_THROTTLER, ttl: 60_000, limit: config.get('LOGIN_RATE_LIMIT_PER_MINUTE') }],
    errorMessage: (_ctx, detail) =>
      `Too many sign-in attempts from this address: at most ${detail.limit} a minute. Try again in ${Math.max(1, Math.ceil(detail.timeToBlockExpire))} seconds.`,
  };
}
