import {
  BadRequestException,
  ConflictException,
  HttpException,
  HttpStatus,
  Injectable,
  Logger,
  NotFoundException,
} from '@nestjs/common';
import type { CitedSourceMergeResult } from '@auditor/contracts';
import { PrismaService } from '../database/prisma.service';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../audit/actor';
import { formatSourceId, parseSourceId, type SourceRef } from '../summaries/source-id';
import { followMerges } from '../summaries/merged-sources';
import { CardCache, STATS_CHANNEL } from '../summaries/card-cache';
import { ADVISORY_LOCKS } from '../database/advisory-locks';
import { JobQueue } from '../jobs/job-queue.service';
import { REANALYSE_CLAIM_GROUPS, type ReanalyseClaimGroupsData } from '../jobs/job-names';

const TX = { timeout: 60_000, maxWait: 10_000 };

interface SourceRow {
  id: string;
  canonicalName: string;
  type: string;
  named: boolean;
  aliases: string[];
  mergedIntoId: string | null;
}

const cited = (ref: SourceRef, role: string): string => {
  if (ref.kind !== 'cited')
    throw new BadRequestException(
      `Only cited sources can be merged: ${role} ${formatSourceId(ref.kind, ref.uuid)} is an outlet (a publisher, not a source its articles cite)`,
    );
  return ref.uuid;
};

/**
 * The survivor's aliases after a merge: its own, then the merged source's name and aliases (exact
 * strings, as scoring records surface forms), so searches and the card list every name it went by.
 */
export const keptAliases = (
  survivor: Pick<SourceRow, 'canonicalName' | 'aliases'>,
  merged: Pick<SourceRow, 'canonicalName' | 'aliases'>,
): string[] => [
  ...new Set(
    [...survivor.aliases, merged.canonicalName, ...merged.aliases].filter(
      (a) => a.trim() && a !== survivor.canonicalName,
    ),
  ),
];

/**
 * Merging two cited sources the engine took for different ones ("ISAF" and "the International
 * Security Assistance Force" from an alias the table lacked). The merged row stays as a tombstone
 * (mergedIntoId) rather than being deleted: its canonical name keeps the unique index, so scoring
 * resolves the name to the survivor (jobs/cited-sources.ts), and its id can answer with a redirect.
 */
@Injectable()
export class SourceMergeService {
  private readonly logger = new Logger(SourceMergeService.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly queue: JobQueue,
    private readonly cache: CardCache,
  ) {}

  async merge(fromId: string, intoId: string, who: Actor): Promise<CitedSourceMergeResult> {
    const from = cited(parseSourceId(fromId), 'the source');
    const into = cited(parseSourceId(intoId), 'into');
    if (from === into) throw new BadRequestException('A cited source cannot be merged into itself');

    let groupIds: string[] = [];
    const result = await this.prisma.$transaction(async (tx) => {
      // FOR UPDATE, in id order: concurrent merges cannot deadlock, and scoring jobs' attribution
      // writes (whose trigger reads the source FOR KEY SHARE) wait and then follow the merge.
      const rows = await tx.$queryRaw<SourceRow[]>`
        SELECT "id"::text AS id, "canonicalName", "type"::text AS type, "named", "aliases", "mergedIntoId"::text AS "mergedIntoId"
        FROM "CitedSource" WHERE "id" = ANY(${[from, into]}::uuid[]) ORDER BY "id" FOR UPDATE`;
      const merged = rows.find((r) => r.id === from);
      const survivor = rows.find((r) => r.id === into);
      if (!merged) throw new NotFoundException(`Cited source ${formatSourceId('cited', from)} not found`);
      if (!survivor) throw new NotFoundException(`Cited source ${formatSourceId('cited', into)} (into) not found`);
      if (merged.mergedIntoId)
        throw new ConflictException(
          `"${merged.canonicalName}" was already merged into ${formatSourceId('cited', merged.mergedIntoId)}`,
        );
      if (survivor.mergedIntoId)
        throw new ConflictException(
          `"${survivor.canonicalName}" was itself merged into ${formatSourceId('cited', survivor.mergedIntoId)}: merge into that source instead`,
        );

      const moved = await tx.$queryRaw<Array<{ article_id: string }>>`
        WITH moved AS (
          UPDATE "Attribution" SET "citedSourceId" = ${into}::uuid WHERE "citedSourceId" = ${from}::uuid RETURNING "scoreId"
        )
        SELECT x."articleId"::text AS article_id FROM moved
        JOIN "Score" s ON s."id" = moved."scoreId" JOIN "Assertion" x ON x."id" = s."assertionId"`;
      // Overrides are JSON, so no foreign key keeps them true: rewrite the id where it is stored.
      const repointed = await tx.$queryRaw<Array<{ article_id: string }>>`
        WITH moved AS (
          UPDATE "Review" SET "overrides" = jsonb_set("overrides"::jsonb, '{attribution,citedSourceId}', to_jsonb(${into}::text))
          WHERE jsonb_typeof("overrides"::jsonb) = 'object' AND jsonb_typeof("overrides"::jsonb->'attribution') = 'object'
            AND lower("overrides"::jsonb->'attribution'->>'citedSourceId') = ${from}
          RETURNING "assertionId"
        )
        SELECT x."articleId"::text AS article_id FROM moved JOIN "Assertion" x ON x."id" = moved."assertionId"`;

      const aliases = keptAliases(survivor, merged);
      await tx.$executeRaw`UPDATE "CitedSource" SET "aliases" = ${aliases}::text[] WHERE "id" = ${into}::uuid`;
      await tx.$executeRaw`
        UPDATE "CitedSource" SET "mergedIntoId" = ${into}::uuid, "mergedAt" = now() WHERE "id" = ${from}::uuid`;
      // Sources merged into this one earlier now point straight at the survivor (chains stay one hop).
      await tx.$executeRaw`
        UPDATE "CitedSource" SET "mergedIntoId" = ${into}::uuid WHERE "mergedIntoId" = ${from}::uuid`;
      // Claim grouping compares cited sources by name when telling independent origins from repeats:
      // the groups holding the merged name are analysed again (two "origins" may now be one). Under
      // the grouping lock, so the renewed seqs are replayed in order by every process's claim index.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADVISORY_LOCKS.corroboration})`;
      const regroup = await tx.$queryRaw<Array<{ group_id: string }>>`
        UPDATE "ClaimMembership" SET "citedSource" = ${survivor.canonicalName} WHERE "citedSource" = ${merged.canonicalName}
        RETURNING "groupId" AS group_id`;
      groupIds = [...new Set(regroup.map((r) => r.group_id))];

      // Cached cards and merge lookups (redirectIfMerged) drop at commit, even when no article moved.
      await tx.$executeRaw`SELECT true AS sent FROM pg_notify(${STATS_CHANNEL}, 'merged')`;
      // The Review update's trigger queues its articles already; moved attributions need it done here.
      const articles = [...new Set([...moved, ...repointed].map((r) => r.article_id))];
      if (articles.length)
        await tx.$executeRaw`
          INSERT INTO "source_stats_dirty" ("article_id") SELECT unnest(${articles}::uuid[])`;

      const result: CitedSourceMergeResult = {
        merged: { id: formatSourceId('cited', from), name: merged.canonicalName },
        survivor: { id: formatSourceId('cited', into), name: survivor.canonicalName, aliases },
        attributionsMoved: moved.length,
        reviewsRepointed: repointed.length,
        articlesRefreshed: articles.length,
      };
      const view = (r: SourceRow) => ({
        canonicalName: r.canonicalName,
        type: r.type,
        named: r.named,
        aliases: r.aliases,
      });
      await this.audit.record(
        {
          actorId: who.userId,
          requestId: who.requestId,
          action: 'cited-source.merged',
          entityType: 'cited-source',
          entityId: from,
          before: { merged: view(merged), survivor: { id: into, ...view(survivor) } },
          after: {
            mergedInto: into,
            survivor: { id: into, ...view(survivor), aliases },
            attributionsMoved: result.attributionsMoved,
            reviewsRepointed: result.reviewsRepointed,
            articles,
          },
        },
        tx,
      );
      return result;
    }, TX);
    // After commit, like a re-dating's; if queueing fails the groups keep the two names apart
    // until their next change, while the cards (trigger-driven) already count them as one.
    if (groupIds.length)
      await this.queue
        .send<ReanalyseClaimGroupsData>(REANALYSE_CLAIM_GROUPS, { groupIds })
        .catch((e: Error) => this.logger.error(`claim groups of merged source ${fromId} not requeued: ${e.message}`));
    return result;
  }

  /** Merged cited sources replaced by their survivors (see followMerges). */
  follow(refs: SourceRef[]): Promise<SourceRef[]> {
    return followMerges(this.prisma, refs);
  }

  /**
   * A merged source's report answers 301 Moved Permanently with the survivor's report as Location
   * (the same query string), so bookmarks and old links keep working and clients learn the new id.
   */
  async redirectIfMerged(ref: SourceRef, originalUrl: string, setLocation: (url: string) => void): Promise<void> {
    if (ref.kind !== 'cited') return;
    // Asked on every cited card, cached or not, so it is cached with the cards: a merge notifies
    // the cards' channel (see merge), and readers see it as they see any change to the cards.
    const row = await this.cache.get(`merged|${ref.uuid}`, async () => {
      const [r] = await this.prisma.$queryRaw<Array<{ name: string; into: string | null; intoName: string | null }>>`
        SELECT c."canonicalName" AS name, c."mergedIntoId"::text AS into, m."canonicalName" AS "intoName"
          FROM "CitedSource" c LEFT JOIN "CitedSource" m ON m."id" = c."mergedIntoId" WHERE c."id" = ${ref.uuid}::uuid`;
      return r ?? null;
    });
    if (!row?.into) return;
    const survivor = formatSourceId('cited', row.into);
    const search = originalUrl.includes('?') ? originalUrl.slice(originalUrl.indexOf('?')) : '';
    setLocation(`/api/sources/${survivor}/report${search}`);
    throw new HttpException(
      `Cited source "${row.name}" was merged into "${row.intoName}" (${survivor}); its report card is at that id`,
      HttpStatus.MOVED_PERMANENTLY,
    );
  }
}
