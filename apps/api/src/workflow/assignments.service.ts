import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import type { AssignByFilterResult, AssignmentView, AssignResult, ReviewerList } from '@auditor/contracts';
import { atLeast } from '../access/roles.decorator';
import { Actor } from '../audit/actor';
import { AuditEntry, AuditService } from '../audit/audit.service';
import { PrismaService } from '../database/prisma.service';
import { ReviewQueueQuery } from '../summaries/dto/review-queue.query';
import { ReviewQueue } from '../summaries/review-queue.query';
import { AssignByFilterDto, AssignDto } from './dto/assign.dto';
import { normaliseQueueQuery } from './queue-query';

const TX = { timeout: 30_000, maxWait: 10_000 };

const ASSIGNMENT_SELECT = {
  assertionId: true,
  assignedAt: true,
  assignee: { select: { id: true, email: true } },
  assignedBy: { select: { id: true, email: true } },
} as const;

interface Row {
  assertionId: string;
  assignedAt: Date;
  assignee: { id: string; email: string };
  assignedBy: { id: string; email: string } | null;
}

const view = (r: Row): AssignmentView => ({
  assignee: r.assignee,
  assignedBy: r.assignedBy,
  assignedAt: r.assignedAt.toISOString(),
});

/** Who reviews what: one assignee per assertion, set or cleared for up to 200 assertions at once. */
@Injectable()
export class AssignmentsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly queue: ReviewQueue,
  ) {}

  /** Active reviewers and admins: the only people an assertion can be assigned to. */
  async reviewers(): Promise<ReviewerList> {
    return this.prisma.user.findMany({
      where: { role: { in: ['reviewer', 'admin'] }, disabledAt: null },
      select: { id: true, email: true },
      orderBy: { email: 'asc' },
    });
  }

  /** Who an assertion is assigned to (null: nobody); 404 for an unknown assertion. */
  async assignmentOf(assertionId: string): Promise<AssignmentView | null> {
    const [assertion, row] = await Promise.all([
      this.prisma.assertion.findUnique({ where: { id: assertionId }, select: { id: true } }),
      this.prisma.reviewAssignment.findUnique({ where: { assertionId }, select: ASSIGNMENT_SELECT }),
    ]);
    if (!assertion) throw new NotFoundException(`Assertion ${assertionId} not found`);
    return row ? view(row) : null;
  }

  /**
   * The first `limit` items of a queue view, as the queue ranks them for the caller (`assignee=me`
   * is the caller), then assign() on those ids: what is assigned is what the reviewer would have
   * seen on the screen at that moment.
   */
  async assignByFilter(dto: AssignByFilterDto, who: Actor & { userId: string }): Promise<AssignByFilterResult> {
    const r = normaliseQueueQuery(dto.query);
    if ('problem' in r) throw new BadRequestException(r.problem);
    const p = new URLSearchParams(r.query);
    const q = Object.assign(new ReviewQueueQuery(), {
      source: p.get('source') ?? undefined,
      articleId: p.get('articleId') ?? undefined,
      signal: p.get('signal') ?? undefined,
      assignee: p.get('assignee') ?? undefined,
      includeReviewed: p.get('includeReviewed') === 'true',
      page: 1,
      pageSize: dto.limit,
    });
    const page = await this.queue.page(q, who.userId);
    const assertionIds = page.items.map((i) => i.assertionId);
    if (!assertionIds.length) return { matched: page.total, changed: 0, assignments: [] };
    return { matched: page.total, ...(await this.assign({ assertionIds, assigneeId: dto.assigneeId }, who)) };
  }

  /**
   * All or nothing, in one transaction that locks the assertions (so two people assigning the same
   * ones are serialised and each audit entry's "before" is exact). Assertions that already have
   * this assignee keep their assignment (and its date) and get no audit entry.
   */
  async assign(dto: AssignDto, who: Actor): Promise<AssignResult> {
    const ids = dto.assertionIds.map((id) => id.toLowerCase());
    const assigneeId = dto.assigneeId?.toLowerCase() ?? null;
    return this.prisma.$transaction(async (tx) => {
      let assignee: { id: string; email: string } | null = null;
      if (assigneeId) {
        const u = await tx.user.findUnique({
          where: { id: assigneeId },
          select: { id: true, email: true, role: true, disabledAt: true },
        });
        if (!u) throw new NotFoundException(`User ${assigneeId} not found (assigneeId)`);
        if (u.disabledAt)
          throw new BadRequestException(`${u.email} is disabled: assign the assertions to someone else`);
        if (!atLeast(u.role, 'reviewer'))
          throw new BadRequestException(
            `${u.email} is ${u.role === 'analyst' ? 'an' : 'a'} ${u.role}: assertions can only be assigned to reviewers and admins`,
          );
        assignee = { id: u.id, email: u.email };
      }
      const found = await tx.$queryRaw<Array<{ id: string }>>`
        SELECT "id"::text AS id FROM "Assertion" WHERE "id" = ANY(${ids}::uuid[]) ORDER BY "id" FOR UPDATE`;
      const known = new Set(found.map((r) => r.id));
      const missing = ids.filter((id) => !known.has(id));
      if (missing.length)
        throw new NotFoundException(
          ids.length === 1
            ? `Assertion ${missing[0]} not found`
            : `${missing.length} of ${ids.length} assertions not found (nothing was assigned): ${missing.join(', ')}`,
        );

      const before = new Map(
        (await tx.reviewAssignment.findMany({ where: { assertionId: { in: ids } }, select: ASSIGNMENT_SELECT })).map(
          (r) => [r.assertionId, r],
        ),
      );
      const changed = ids.filter((id) => (before.get(id)?.assignee.id ?? null) !== assigneeId);
      if (changed.length) {
        await tx.reviewAssignment.deleteMany({ where: { assertionId: { in: changed } } });
        if (assignee)
          await tx.reviewAssignment.createMany({
            data: changed.map((assertionId) => ({ assertionId, assigneeId: assignee.id, assignedById: who.userId })),
          });
      }
      const after = new Map(
        (await tx.reviewAssignment.findMany({ where: { assertionId: { in: ids } }, select: ASSIGNMENT_SELECT })).map(
          (r) => [r.assertionId, r],
        ),
      );
      const who_ = (r: Row | undefined) => (r ? { assigneeId: r.assignee.id, assignee: r.assignee.email } : null);
      const entries: AuditEntry[] = changed.map((id) => ({
        actorId: who.userId,
        requestId: who.requestId,
        action: assignee ? 'assignment.set' : 'assignment.cleared',
        entityType: 'assertion',
        entityId: id,
        before: who_(before.get(id)),
        after: who_(after.get(id)),
      }));
      await this.audit.recordMany(entries, tx);
      return {
        changed: changed.length,
        assignments: ids.map((assertionId) => {
          const r = after.get(assertionId);
          return { assertionId, assignment: r ? view(r) : null };
        }),
      };
    }, TX);
  }
}
