import { BadRequestException, Injectable } from '@nestjs/common';
import { Prisma } from '../generated/prisma/client';
import { PrismaService } from '../database/prisma.service';
import type { AuditLogEntry, Page } from '@auditor/contracts';
import { ListAuditQuery } from './dto/list-audit.query';

const DAY = 86_400_000;
const BARE_DATE = /^\d{4}-\d{2}-\d{2}$/;

const SELECT = {
  id: true,
  at: true,
  action: true,
  entityType: true,
  entityId: true,
  before: true,
  after: true,
  requestId: true,
  actor: { select: { id: true, email: true } },
} satisfies Prisma.AuditLogSelect;

type Row = Prisma.AuditLogGetPayload<{ select: typeof SELECT }>;

/** An entry on the wire; the bigint id as a string (JSON numbers lose precision above 2^53). */
const item = (r: Row): AuditLogEntry => ({
  id: r.id.toString(),
  at: r.at.toISOString(),
  actor: r.actor,
  action: r.action,
  entityType: r.entityType,
  entityId: r.entityId,
  before: r.before,
  after: r.after,
  requestId: r.requestId,
});

/** `action` as a filter: exact, or a prefix when it ends in ".*" ("*" alone: every action). */
export function actionFilter(action: string | undefined): Prisma.StringFilter | string | undefined {
  if (!action || action === '*') return undefined;
  return action.endsWith('.*') ? { startsWith: action.slice(0, -1) } : action;
}

/** Reads the append-only audit log, newest first (indexes: at, actorId+at, action+at, entityType+entityId). */
@Injectable()
export class AuditLogQuery {
  constructor(private readonly prisma: PrismaService) {}

  async list(q: ListAuditQuery): Promise<Page<AuditLogEntry>> {
    const at: Prisma.DateTimeFilter = {};
    if (q.from) at.gte = new Date(BARE_DATE.test(q.from) ? `${q.from}T00:00:00Z` : q.from);
    if (q.to)
      at.lt = BARE_DATE.test(q.to)
        ? new Date(new Date(`${q.to}T00:00:00Z`).getTime() + DAY)
        : new Date(new Date(q.to).getTime() + 1);
    if (at.gte && at.lt && at.gte >= at.lt) throw new BadRequestException('from must not be after to');
    const action = actionFilter(q.action);
    const where: Prisma.AuditLogWhereInput = {
      ...(q.actorId && { actorId: q.actorId }),
      // E-mails are stored trimmed and lower-cased (users' normalizeEmail): plain equality, no ILIKE pattern.
      ...(q.actor && { actor: { email: q.actor.trim().toLowerCase() } }),
      ...(action && { action }),
      ...(q.entityType && { entityType: q.entityType }),
      ...(q.entityId && { entityId: q.entityId }),
      ...((q.from || q.to) && { at }),
    };
    const [total, rows] = await this.prisma.$transaction([
      this.prisma.auditLog.count({ where }),
      this.prisma.auditLog.findMany({
        where,
        select: SELECT,
        orderBy: [{ at: 'desc' }, { id: 'desc' }],
        skip: (q.page - 1) * q.pageSize,
        take: q.pageSize,
      }),
    ]);
    return { items: rows.map(item), page: q.page, pageSize: q.pageSize, total };
  }
}
