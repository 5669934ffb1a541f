import { Injectable, Logger } from '@nestjs/common';
import { analyseGroup, ClaimIndex, ClaimRecord, fingerprint } from '@auditor/corroboration';
import type { Provenance } from '@auditor/scoring';
import { Prisma } from '../generated/prisma/client';
import { PrismaService } from '../database/prisma.service';
import { toJsonInput } from '../database/json';

// Every process that corroborates takes this transaction lock: the claim index is shared state,
// so articles are added one at a time, in the same order everywhere.
const LOCK_KEY = 7_265_022;

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
  /** Highest ClaimMembership.seq already in the index. */
  private lastSeq = 0n;

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
          const data = { members: analysis.size, independentOrigins: analysis.independentOrigins, amplifications: analysis.amplifications, corroborations: analysis.corroborations, amplifiedOnly: analysis.amplifiedOnly, conflictingFigures: analysis.conflictingFigures.length, analysis: toJsonInput(analysis) };
          await tx.claimGroup.upsert({ where: { id: groupId }, create: { id: groupId, ...data }, update: data });
        }
        return { added: rows.length, groupsChanged: changed.size };
      }, { timeout: 120_000, maxWait: 60_000 });
    } catch (e) {
      this.index = null; // it may hold members of the rolled-back transaction
      this.lastSeq = 0n;
      throw e;
    }
  }

  /**
   * Brings the in-memory index up to date with what other processes stored: only memberships newer
   * than the last one seen are replayed (a full replay per job would make grouping quadratic when
   * the API and a worker alternate). Deletions shrink the table and force a full rebuild.
   */
  private async currentIndex(tx: Prisma.TransactionClient): Promise<ClaimIndex> {
    const [{ total }] = await tx.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM "ClaimMembership"`;
    if (this.index && Number(total) < this.index.size) this.index = null;
    if (!this.index) {
      this.index = new ClaimIndex();
      this.lastSeq = 0n;
    }
    const rows = await tx.claimMembership.findMany({ where: { seq: { gt: this.lastSeq } }, orderBy: { seq: 'asc' }, include: { assertion: { select: { text: true } } } });
    let restored = 0;
    for (const r of rows) {
      const record: ClaimRecord = {
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
      };
      if (this.index.restore(record)) restored++;
      this.lastSeq = r.seq;
    }
    if (restored > 50) this.logger.log(`claim index caught up with ${restored} stored memberships`);
    return this.index;
  }
}
