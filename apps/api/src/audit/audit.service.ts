import { Injectable } from '@nestjs/common';
import { Prisma } from '../generated/prisma/client';
import { PrismaService } from '../database/prisma.service';
import { toJsonInput } from '../database/json';

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
}
