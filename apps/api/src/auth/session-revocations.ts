import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service';
import { AuthChanges, AuthChangeSubscriber } from '../users/auth-changes';

/**
 * Sessions (login JWTs and web session cookies, by their `jti`) ended before they expire: signed
 * out. Each process keeps the revoked ids in memory, filled from the table when its listener
 * connects and by the notification every revocation sends, so checking a request costs no query;
 * while the listener is down every check asks the database.
 */
@Injectable()
export class SessionRevocations implements AuthChangeSubscriber {
  readonly prefix = 'session:';
  /** jti → expiry (ms since the epoch): past it the JWT is refused anyway and the entry is dropped. */
  private readonly revoked = new Map<string, number>();
  private trusted = false;

  constructor(
    private readonly prisma: PrismaService,
    private readonly changes: AuthChanges,
  ) {
    changes.subscribe(this);
  }

  async isRevoked(jti: string): Promise<boolean> {
    if (this.trusted) return this.revoked.has(jti);
    return (await this.prisma.revokedSession.findUnique({ where: { jti }, select: { jti: true } })) !== null;
  }

  /** Ends a session in every process; returns once they all know (see AuthChanges.broadcast). */
  async revoke(jti: string, userId: string, expiresAt: Date): Promise<void> {
    const payload = `${this.prefix}${jti} ${Math.floor(expiresAt.getTime() / 1000)}`;
    await this.changes.broadcast(
      payload,
      () => this.prisma.$executeRaw`
        INSERT INTO "RevokedSession" ("jti", "userId", "expiresAt") VALUES (${jti}::uuid, ${userId}::uuid, ${expiresAt})
        ON CONFLICT ("jti") DO NOTHING`,
      // Already revoked: nothing was inserted, so nothing is notified.
      (inserted) => inserted > 0,
    );
    this.remember(jti, expiresAt.getTime());
    // Rows for sessions that have expired anyway are dead weight.
    await this.prisma.revokedSession.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  }

  changed(rest: string): void {
    const [jti, expires] = rest.split(' ');
    this.remember(jti, Number(expires) * 1000);
  }

  async listening(): Promise<void> {
    const rows = await this.prisma.revokedSession.findMany({
      where: { expiresAt: { gt: new Date() } },
      select: { jti: true, expiresAt: true },
    });
    for (const r of rows) this.remember(r.jti, r.expiresAt.getTime());
    this.trusted = true;
  }

  lost(): void {
    this.trusted = false;
  }

  private remember(jti: string, expiresMs: number): void {
    const now = Date.now();
    for (const [id, until] of this.revoked) if (until <= now) this.revoked.delete(id);
    this.revoked.set(jti, Number.isFinite(expiresMs) ? expiresMs : now + 86_400_000);
  }
}
