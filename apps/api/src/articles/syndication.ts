import { Logger, NotFoundException } from '@nestjs/common';
import type { KnownText, UploadAccepted } from '@auditor/contracts';
import type { OutletType } from '@auditor/scoring';
import { Prisma } from '../generated/prisma/client';
import { PrismaService } from '../database/prisma.service';
import { ADVISORY_LOCKS } from '../database/advisory-locks';
import { Actor } from '../audit/actor';
import { AuditService } from '../audit/audit.service';
import { JobQueue } from '../jobs/job-queue.service';
import { REANALYSE_CLAIM_GROUPS, ReanalyseClaimGroupsData } from '../jobs/job-names';

const logger = new Logger('Syndication');
/** Waiting for the claim lock can outlast Prisma's 5 s default while a long corroboration job holds it. */
const LOCKED_WRITE = { timeout: 60_000, maxWait: 10_000 };

export interface SyndicationMeta {
  outlet?: string;
  outletType?: OutletType;
  title?: string;
  url?: string;
  publishedAt?: string;
}

export interface SyndicationDeps {
  prisma: PrismaService;
  audit: AuditService;
  queue: JobQueue;
  /** Find-or-create of the uploading outlet, as a new upload does it. */
  outletId: (tx: Prisma.TransactionClient, name: string, type: OutletType | undefined) => Promise<string>;
}

/**
 * An upload whose text is already stored. Under the original's outlet (or no outlet) it is a
 * no-op; under another outlet it is that outlet's publication of the text: one row that the
 * summaries count for the outlet and the claim analysis counts as an amplification of each
 * grouped claim — never new assertions or scores. The answer says which happened, and where the
 * text was first stored.
 */
export async function answerKnownText(
  deps: SyndicationDeps,
  known: UploadAccepted,
  meta: SyndicationMeta,
  actor: Actor,
): Promise<UploadAccepted> {
  const original = await deps.prisma.article.findUniqueOrThrow({
    where: { id: known.id },
    select: { id: true, title: true, outlet: { select: { id: true, name: true } } },
  });
  const name = meta.outlet?.trim();
  const base: KnownText = {
    articleId: original.id,
    title: original.title,
    outlet: original.outlet,
    recorded: 'nothing',
    publication: null,
  };
  if (!name || name === original.outlet?.name) return { ...known, knownText: base };

  const { knownText, groupIds } = await deps.prisma.$transaction(async (tx) => {
    // Taken before looking at the article's claim memberships: the corroboration job holds it
    // while it groups the article, so either it has finished (its memberships are visible and
    // are queued for analysis below) or it has not started (it will read this publication).
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADVISORY_LOCKS.corroboration})`;
    const outletId = await deps.outletId(tx, name, meta.outletType);
    const publishedAt = meta.publishedAt ? new Date(meta.publishedAt) : null;
    const created = await tx.articlePublication.createMany({
      data: [
        {
          articleId: original.id,
          outletId,
          publishedAt,
          title: meta.title?.trim() || null,
          url: meta.url ?? null,
          uploadedById: actor.userId,
        },
      ],
      skipDuplicates: true,
    });
    const publication = await tx.articlePublication.findUniqueOrThrow({
      where: { articleId_outletId: { articleId: original.id, outletId } },
      select: { id: true, publishedAt: true, title: true, url: true, outlet: { select: { id: true, name: true } } },
    });
    const answer: KnownText = {
      ...base,
      recorded: created.count ? 'syndicated-copy' : 'already-syndicated',
      publication: { outlet: publication.outlet, publishedAt: publication.publishedAt?.toISOString() ?? null },
    };
    if (!created.count) return { knownText: answer, groupIds: [] };
    await deps.audit.record(
      {
        actorId: actor.userId,
        requestId: actor.requestId,
        action: 'article.syndicated',
        entityType: 'article',
        entityId: original.id,
        after: { publicationId: publication.id, ...publication, publishedAt: publication.publishedAt },
      },
      tx,
    );
    const groups = await tx.claimMembership.findMany({
      where: { articleId: original.id, specific: true },
      select: { groupId: true },
      distinct: ['groupId'],
    });
    return { knownText: answer, groupIds: groups.map((g) => g.groupId) };
  }, LOCKED_WRITE);
  // After commit, like a deletion's re-analysis; if queueing fails the groups miss this copy
  // until their next change, while the summaries (trigger-driven) already count it.
  if (groupIds.length) {
    await deps.queue
      .send<ReanalyseClaimGroupsData>(REANALYSE_CLAIM_GROUPS, { groupIds })
      .catch((e: Error) =>
        logger.error(`claim groups of syndicated article ${original.id} not requeued: ${e.message}`),
      );
  }
  return { ...known, knownText };
}

/**
 * Removes an outlet's publication of an article's text (a syndicated copy recorded by mistake):
 * its outlet's summaries drop it (trigger) and its claims are analysed again without it.
 */
export async function removePublication(
  deps: Omit<SyndicationDeps, 'outletId'>,
  articleId: string,
  outletId: string,
  actor: Actor,
): Promise<void> {
  const groupIds = await deps.prisma.$transaction(async (tx) => {
    // As when recording one: the claim job must not analyse the article's groups half-way.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADVISORY_LOCKS.corroboration})`;
    const before = await tx.articlePublication.findUnique({
      where: { articleId_outletId: { articleId, outletId } },
      select: {
        id: true,
        articleId: true,
        publishedAt: true,
        title: true,
        url: true,
        uploadedById: true,
        createdAt: true,
        outlet: { select: { id: true, name: true } },
      },
    });
    if (!before) throw new NotFoundException(`Article ${articleId} has no syndicated copy by outlet ${outletId}`);
    await tx.articlePublication.delete({ where: { id: before.id } });
    await deps.audit.record(
      {
        actorId: actor.userId,
        requestId: actor.requestId,
        action: 'article.syndication-removed',
        entityType: 'article',
        entityId: articleId,
        before,
      },
      tx,
    );
    const groups = await tx.claimMembership.findMany({
      where: { articleId, specific: true },
      select: { groupId: true },
      distinct: ['groupId'],
    });
    return groups.map((g) => g.groupId);
  }, LOCKED_WRITE);
  if (groupIds.length) {
    await deps.queue
      .send<ReanalyseClaimGroupsData>(REANALYSE_CLAIM_GROUPS, { groupIds })
      .catch((e: Error) => logger.error(`claim groups of article ${articleId} not requeued: ${e.message}`));
  }
}
