import { Injectable, Logger } from '@nestjs/common';
import { analyseGroup, ClaimIndex, ClaimRecord, fingerprint } from '@auditor/corroboration';
import type { Provenance } from '@auditor/scoring';
import { Prisma } from '../generated/prisma/client';
import { PrismaService } from '../database/prisma.service';

// Every process that corroborates takes this transaction lock: the claim index is shared state,
// so articles are added one at a time, in the same order everywhere.
const LOCK_KEY = 7_265_022;
const asJson = (v: unknown) => JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue;

interface ClaimRow {
  id: string;
  text: string;
  provenance: Provenance;
  publishedAt: Date;
  outlet: string;
  citedSource: string | null;
  hasEvidence: boolean;
}

/**
 * Groups an article's assertions with the same claims made elsewhere in the corpus and records,
 * per claim group, its origins and which appearances merely repeat one origin (amplification)
 * versus add an independent one (corroboration) — the critique's "amplified by repetition".
 * The in-memory index is rebuilt from ClaimMembership rows whenever another process has added
 * to it, and dropped whenever a transaction fails, so it never holds uncommitted members.
 */
@Injectable()
export class CorroborationService {
  private readonly logger = new Logger(CorroborationService.name);
  private index: ClaimIndex | null = null;

  constructor(private readonly prisma: PrismaService) {}

  async corroborateArticle(articleId: string): Promise<{ added: number; groupsChanged: number }> {
    try {
      return await this.prisma.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_KEY})`;
        const index = await this.currentIndex(tx);
        // One round trip for the article's not-yet-indexed assertions with what grouping needs
        // (Prisma's nested includes cost four queries and most of this job's time).
        const assertions = await tx.$queryRaw<ClaimRow[]>`
          SELECT a.id, a.text, s.provenance::text AS provenance,
                 COALESCE(ar."publishedAt", ar."createdAt") AS "publishedAt",
                 COALESCE(o.name, 'unknown outlet') AS outlet,
                 cs."canonicalName" AS "citedSource",
                 s.signals @> '[{"id": "evidence-cited"}]'::jsonb AS "hasEvidence"
          FROM "Article" ar
          JOIN "Assertion" a ON a."articleId" = ar.id
          JOIN "Score" s ON s."assertionId" = a.id AND s."rubricVersion" = ar."rubricVersion"
          LEFT JOIN "Outlet" o ON o.id = ar."outletId"
          LEFT JOIN "Attribution" at ON at."scoreId" = s.id
          LEFT JOIN "CitedSource" cs ON cs.id = at."citedSourceId"
          WHERE ar.id = ${articleId}::uuid
            AND NOT EXISTS (SELECT 1 FROM "ClaimMembership" m WHERE m."assertionId" = a.id)
          ORDER BY a.start`;
        const changed = new Set<string>();
        const rows: Prisma.ClaimMembershipCreateManyInput[] = [];
        for (const a of assertions) {
          const input = { assertionId: a.id, articleId, text: a.text, publishedAt: a.publishedAt, outlet: a.outlet, citedSource: a.citedSource, provenance: a.provenance, hasEvidence: a.hasEvidence };
          const r = index.add(input);
          changed.add(r.groupId);
          rows.push({ assertionId: a.id, groupId: r.groupId, matchedAssertionId: r.matchedAssertionId, score: r.score, specific: r.specific, articleId, publishedAt: input.publishedAt, outlet: input.outlet, citedSource: input.citedSource, provenance: input.provenance, hasEvidence: input.hasEvidence });
        }
        if (rows.length) await tx.claimMembership.createMany({ data: rows });
        for (const groupId of changed) {
          const members = index.group(groupId);
          if (members.length < 2) continue;
          const analysis = analyseGroup(members);
          const data = { members: analysis.size, independentOrigins: analysis.independentOrigins, amplifications: analysis.amplifications, corroborations: analysis.corroborations, amplifiedOnly: analysis.amplifiedOnly, conflictingFigures: analysis.conflictingFigures.length, analysis: asJson(analysis) };
          await tx.claimGroup.upsert({ where: { id: groupId }, create: { id: groupId, ...data }, update: data });
        }
        return { added: rows.length, groupsChanged: changed.size };
      }, { timeout: 120_000, maxWait: 60_000 });
    } catch (e) {
      this.index = null; // it may hold members of the rolled-back transaction
      throw e;
    }
  }

  private async currentIndex(tx: Prisma.TransactionClient): Promise<ClaimIndex> {
    const stored = await tx.claimMembership.count();
    if (this.index && this.index.size === stored) return this.index;
    const rows = await tx.claimMembership.findMany({ orderBy: { seq: 'asc' }, include: { assertion: { select: { text: true } } } });
    const records: ClaimRecord[] = rows.map((r) => ({
      assertionId: r.assertionId,
      articleId: r.articleId,
      publishedAt: r.publishedAt,
      outlet: r.outlet,
      citedSource: r.citedSource,
      provenance: r.provenance as Provenance,
      hasEvidence: r.hasEvidence,
      fingerprint: fingerprint(r.assertion.text, r.publishedAt),
      groupId: r.groupId,
      specific: r.specific,
    }));
    // The library's own defaults (threshold, posting cap), with the stored decisions replayed.
    const defaults = new ClaimIndex().toJSON();
    this.index = ClaimIndex.fromJSON({ ...defaults, records: records.map((r) => ({ ...r, publishedAt: r.publishedAt ? r.publishedAt.toISOString() : null })) });
    if (rows.length) this.logger.log(`claim index rebuilt from ${rows.length} stored memberships`);
    return this.index;
  }
}
