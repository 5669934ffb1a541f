import { BadRequestException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import type { PublishedAtSource } from '@auditor/vocabulary';
import { Prisma } from '../generated/prisma/client';
import { PrismaService } from '../database/prisma.service';
import type { Extracted } from '../extraction/extract';
import { deriveMetadata } from './derive-metadata';
import { Actor } from '../audit/actor';
import { AuditService } from '../audit/audit.service';
import { JobQueue } from '../jobs/job-queue.service';
import { ADVISORY_LOCKS } from '../database/advisory-locks';
import { REANALYSE_CLAIM_GROUPS, ReanalyseClaimGroupsData } from '../jobs/job-names';
import { UpdateArticleDto } from './dto/update-article.dto';

const META_SELECT = { title: true, publishedAt: true, publishedAtSource: true } as const;
/**
 * A re-dating waits for the claim-grouping lock, which a grouping job holds for a second or two
 * (longer while it catches up): Prisma's default 5 s would fail the edit with a 500.
 */
const LOCKING_TX = { timeout: 60_000, maxWait: 10_000 };
type MetaData = { title?: string; publishedAt?: Date | null; publishedAtSource?: PublishedAtSource };

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
    const data: MetaData = {};
    if (dto.title !== undefined) data.title = dto.title.trim();
    if (dto.publishedAt !== undefined) {
      data.publishedAt = dto.publishedAt === null ? null : new Date(dto.publishedAt);
      // A cleared date is given too (as none): derive-metadata then leaves the analyst's decision alone.
      data.publishedAtSource = 'given';
    }
    const groupIds = await this.prisma.$transaction(async (tx) => {
      const before = await tx.article.findUnique({ where: { id }, select: META_SELECT });
      if (!before) throw new NotFoundException(`Article ${id} not found`);
      return this.write(tx, id, before, data, 'article.metadata-edited', actor);
    }, LOCKING_TX);
    await this.reanalyse(id, groupIds);
  }

  /**
   * Fills in what older uploads lack (they were stored before titles and dates were derived): a
   * title where there is none, a date where none was given or estimated, from the stored text and
   * original, as an upload now would. Never overwrites a value. Batches of `batch` articles, each
   * in its own transaction with its audit entries ('article.metadata-derived').
   */
  async deriveMissing(actor: Actor, batch = 200): Promise<{ examined: number; titled: number; dated: number }> {
    const out = { examined: 0, titled: 0, dated: 0 };
    let after: string | undefined;
    for (;;) {
      const rows = await this.prisma.article.findMany({
        where: {
          OR: [{ title: null }, { publishedAt: null, publishedAtSource: 'none' }],
          ...(after && { id: { gt: after } }),
        },
        orderBy: { id: 'asc' },
        take: batch,
        select: {
          id: true,
          text: true,
          format: true,
          ...META_SELECT,
          original: { select: { bytes: true, mediaType: true, filename: true } },
        },
      });
      if (rows.length === 0) return out;
      after = rows[rows.length - 1].id;
      out.examined += rows.length;
      const requeue: Array<[string, string[]]> = [];
      await this.prisma.$transaction(async (tx) => {
        for (const r of rows) {
          const derived = deriveMetadata(
            {
              text: r.text,
              title: null,
              format: r.format as Extracted['format'],
              original: {
                bytes: r.original?.bytes ?? new Uint8Array(),
                mediaType: r.original?.mediaType ?? '',
                filename: r.original?.filename ?? null,
              },
            },
            {},
          );
          const data: MetaData = {};
          if (r.title === null && derived.title) data.title = derived.title;
          if (r.publishedAt === null && derived.publishedAt) {
            data.publishedAt = derived.publishedAt;
            data.publishedAtSource = derived.publishedAtSource;
          }
          if (Object.keys(data).length === 0) continue;
          if (data.title) out.titled++;
          if (data.publishedAt) out.dated++;
          const before = { title: r.title, publishedAt: r.publishedAt, publishedAtSource: r.publishedAtSource };
          requeue.push([r.id, await this.write(tx, r.id, before, data, 'article.metadata-derived', actor)]);
        }
      }, LOCKING_TX);
      for (const [id, groups] of requeue) await this.reanalyse(id, groups);
    }
  }

  /** Updates the article and audits it; a changed date moves its claim memberships too. Returns the groups to analyse again. */
  private async write(
    tx: Prisma.TransactionClient,
    id: string,
    before: { title: string | null; publishedAt: Date | null; publishedAtSource: PublishedAtSource },
    data: MetaData,
    action: string,
    actor: Actor,
  ): Promise<string[]> {
    const after = await tx.article.update({ where: { id }, data, select: META_SELECT });
    await this.audit.record(
      { actorId: actor.userId, requestId: actor.requestId, action, entityType: 'article', entityId: id, before, after },
      tx,
    );
    if (before.publishedAt?.getTime() === after.publishedAt?.getTime()) return [];
    // Under the grouping lock: the members' renewed seqs must reach every claim index in order.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADVISORY_LOCKS.corroboration})`;
    await tx.claimMembership.updateMany({ where: { articleId: id }, data: { publishedAt: after.publishedAt } });
    const groups = await tx.claimMembership.findMany({
      where: { articleId: id, role: { not: null } },
      select: { groupId: true },
      distinct: ['groupId'],
    });
    return groups.map((g) => g.groupId);
  }

  private async reanalyse(id: string, groupIds: string[]): Promise<void> {
    if (groupIds.length) {
      // After commit; if queueing fails the groups keep their old order until their next change.
      await this.queue
        .send<ReanalyseClaimGroupsData>(REANALYSE_CLAIM_GROUPS, { groupIds })
        .catch((e: Error) => this.logger.error(`claim groups of re-dated article ${id} not requeued: ${e.message}`));
    }
  }
}
