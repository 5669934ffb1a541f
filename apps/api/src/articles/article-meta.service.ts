import { BadRequestException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import type { PublishedAtSource } from '@auditor/vocabulary';
import { PrismaService } from '../database/prisma.service';
import { Actor } from '../audit/actor';
import { AuditService } from '../audit/audit.service';
import { JobQueue } from '../jobs/job-queue.service';
import { REANALYSE_CLAIM_GROUPS, ReanalyseClaimGroupsData } from '../jobs/job-names';
import { UpdateArticleDto } from './dto/update-article.dto';

const META_SELECT = { title: true, publishedAt: true, publishedAtSource: true } as const;

/** An analyst's corrections to an article's title and publication date. */
@Injectable()
export class ArticleMetaService {
  private readonly logger = new Logger(ArticleMetaService.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly queue: JobQueue,
  ) {}

  /**
   * Writes the new values with the audit entry (before/after) in one transaction. A date set here
   * is "given": no longer an estimate. The date feeds report-card months (the Article trigger
   * queues the summaries) and the claim timeline, so the article's claim memberships take the new
   * date and their groups are analysed again after commit.
   */
  async update(id: string, dto: UpdateArticleDto, actor: Actor): Promise<void> {
    if (dto.title === undefined && dto.publishedAt === undefined)
      throw new BadRequestException('Send title, publishedAt or both');
    const data: { title?: string; publishedAt?: Date | null; publishedAtSource?: PublishedAtSource } = {};
    if (dto.title !== undefined) data.title = dto.title.trim();
    if (dto.publishedAt !== undefined) {
      data.publishedAt = dto.publishedAt === null ? null : new Date(dto.publishedAt);
      data.publishedAtSource = dto.publishedAt === null ? 'none' : 'given';
    }
    const groupIds = await this.prisma.$transaction(async (tx) => {
      const before = await tx.article.findUnique({ where: { id }, select: META_SELECT });
      if (!before) throw new NotFoundException(`Article ${id} not found`);
      const after = await tx.article.update({ where: { id }, data, select: META_SELECT });
      await this.audit.record(
        {
          actorId: actor.userId,
          requestId: actor.requestId,
          action: 'article.metadata-edited',
          entityType: 'article',
          entityId: id,
          before,
          after,
        },
        tx,
      );
      if (before.publishedAt?.getTime() === after.publishedAt?.getTime()) return [];
      await tx.claimMembership.updateMany({ where: { articleId: id }, data: { publishedAt: after.publishedAt } });
      const groups = await tx.claimMembership.findMany({
        where: { articleId: id, role: { not: null } },
        select: { groupId: true },
        distinct: ['groupId'],
      });
      return groups.map((g) => g.groupId);
    });
    if (groupIds.length) {
      // After commit; if queueing fails the groups keep their old order until their next change.
      await this.queue
        .send<ReanalyseClaimGroupsData>(REANALYSE_CLAIM_GROUPS, { groupIds })
        .catch((e: Error) => this.logger.error(`claim groups of re-dated article ${id} not requeued: ${e.message}`));
    }
  }
}
