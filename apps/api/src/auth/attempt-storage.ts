import { Logger } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import { PrismaService } from '../database/prisma.service';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

const PRUNE_EVERY_MS = 60_000;

/**
 * @nestjs/throttler's counts kept in PostgreSQL (table AuthAttempt) instead of process memory, so
 * every API process behind a load balancer enforces one limit. A key's window opens at its first
 * attempt and lasts `ttl`; an attempt past `limit` is refused until the window closes. The clock
 * is the database's, the same for every process, and each attempt is one atomic upsert.
 */
export class PgAttemptStorage implements ThrottlerStorage {
  private readonly logger = new Logger(PgAttemptStorage.name);
  private lastPrune = 0;

  constructor(private readonly prisma: PrismaService) {}

  async increment(key: string, ttl: number, limit: number): Promise<ThrottlerStorageRecord> {
    const seconds = ttl / 1000;
    const [row] = await this.prisma.$queryRaw<{ count: number; secondsLeft: number }[]>`
      INSERT INTO "AuthAttempt" AS a ("key", "windowStart", "count") VALUES (${key}, now(), 1)
      ON CONFLICT ("key") DO UPDATE SET
        "windowStart" = CASE WHEN a."windowStart" <= now() - make_interval(secs => ${seconds}::float8)
                             THEN now() ELSE a."windowStart" END,
        "count" = CASE WHEN a."windowStart" <= now() - make_interval(secs => ${seconds}::float8)
                       THEN 1 ELSE a."count" + 1 END
      RETURNING "count",
        GREATEST(1, ceil(extract(epoch FROM "windowStart" + make_interval(secs => ${seconds}::float8) - now())))::int
          AS "secondsLeft"`;
    await this.prune(seconds);
    const isBlocked = row.count > limit;
    return {
      totalHits: row.count,
      timeToExpire: row.secondsLeft,
      isBlocked,
      timeToBlockExpire: isBlocked ? row.secondsLeft : 0,
    };
  }

  // Closed windows are dead weight (addresses and accounts seen once): dropped about once a minute.
  private async prune(seconds: number): Promise<void> {
    if (Date.now() - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = Date.now();
    await this.prisma.$executeRaw`
      DELETE FROM "AuthAttempt" WHERE "windowStart" < now() - make_interval(secs => ${seconds}::float8)`.catch(
      (e: Error) => this.logger.warn(`pruning sign-in attempt counts failed: ${e.message}`),
    );
  }
}
