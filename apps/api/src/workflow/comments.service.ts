import { Injectable, NotFoundException } from '@nestjs/common';
import type { AssertionComment } from '@auditor/contracts';
import { Actor } from '../audit/actor';
import { AuditService } from '../audit/audit.service';
import { PrismaService } from '../database/prisma.service';

const COMMENT_SELECT = {
  id: true,
  assertionId: true,
  body: true,
  createdAt: true,
  author: { select: { id: true, email: true } },
} as const;

const view = (c: {
  id: string;
  assertionId: string;
  body: string;
  createdAt: Date;
  author: { id: string; email: string } | null;
}): AssertionComment => ({ ...c, createdAt: c.createdAt.toISOString() });

/** Reviewers' notes on an assertion: anyone signed in reads them, reviewers write them (audited). */
@Injectable()
export class CommentsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
  ) {}

  /** Oldest first, as a conversation reads. */
  async list(assertionId: string): Promise<AssertionComment[]> {
    const assertion = await this.prisma.assertion.findUnique({
      where: { id: assertionId },
      select: { comments: { select: COMMENT_SELECT, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] } },
    });
    if (!assertion) throw new NotFoundException(`Assertion ${assertionId} not found`);
    return assertion.comments.map(view);
  }

  /** The comment and its audit entry commit together; the assertion is share-locked so a delete cannot slip between. */
  async create(assertionId: string, body: string, who: Actor): Promise<AssertionComment> {
    const text = body.trim();
    return this.prisma.$transaction(async (tx) => {
      const found = await tx.$queryRaw<
        unknown[]
      >`SELECT 1 FROM "Assertion" WHERE "id" = ${assertionId}::uuid FOR SHARE`;
      if (!found.length) throw new NotFoundException(`Assertion ${assertionId} not found`);
      const c = await tx.assertionComment.create({
        data: { assertionId, authorId: who.userId, body: text },
        select: COMMENT_SELECT,
      });
      await this.audit.record(
        {
          actorId: who.userId,
          requestId: who.requestId,
          action: 'comment.created',
          entityType: 'assertion',
          entityId: assertionId,
          after: { commentId: c.id, body: text },
        },
        tx,
      );
      return view(c);
    });
  }
}
