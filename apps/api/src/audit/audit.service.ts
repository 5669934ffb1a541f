import { Injectable } from '@nestjs/common';
import { Prisma } from '../generated/prisma/client';
import { PrismaService } from '../database/prisma.service';
import { toJsonInput } from '../database/json';
import type { Sql } from '../database/sql';

export interface AuditEntry {
  actorId?: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
}

type Db = Pick<PrismaService, 'auditLog'> | Prisma.TransactionClient;

const json = (v: unknown) => (v === undefined || v === null ? Prisma.JsonNull : toJsonInput(v));

const row = (entry: AuditEntry) => ({
  actorId: entry.actorId ?? null,
  action: entry.action,
  entityType: entry.entityType,
  entityId: entry.entityId ?? null,
  before: json(entry.before),
  after: json(entry.after),
  requestId: entry.requestId ?? null,
});

/**
 * Writes the append-only audit log. Pass the transaction client when the change itself is
 * transactional, so the change and its audit entry commit or roll back together.
 */
@Injectable()
export class AuditService {
  constructor(private readonly prisma: PrismaService) {}

  async record(entry: AuditEntry, db: Db = this.prisma): Promise<void> {
    await db.auditLog.create({ data: row(entry) });
  }

  /** Several entries in one INSERT (bulk actions: one entry per entity, committed with the change). */
  async recordMany(entries: AuditEntry[], db: Db = this.prisma): Promise<void> {
    if (entries.length) await db.auditLog.createMany({ data: entries.map(row) });
  }

  /** The same entry over a plain SQL connection (the scoring job's transaction, see SqlPool). */
  async recordVia(sql: Sql, entry: AuditEntry): Promise<void> {
    await this.recordManyVia(sql, [entry]);
  }

  /** Several entries in one INSERT over a plain SQL connection (a bulk import's batch). */
  async recordManyVia(sql: Sql, entries: readonly AuditEntry[]): Promise<void> {
    if (!entries.length) return;
    // As row(): an absent value is stored as JSON null, like Prisma.JsonNull.
    const json = (v: unknown) => JSON.stringify(v ?? null);
    const col = <T>(f: (e: AuditEntry) => T) => entries.map(f);
    await sql.query(
      `INSERT INTO "AuditLog" ("actorId", "action", "entityType", "entityId", "before", "after", "requestId")
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::jsonb[], $6::jsonb[], $7::text[])`,
      [
        col((e) => e.actorId ?? null),
        col((e) => e.action),
        col((e) => e.entityType),
        col((e) => e.entityId ?? null),
        col((e) => json(e.before)),
        col((e) => json(e.after)),
        col((e) => e.requestId ?? null),
      ],
    );
  }
}
