import { Injectable, Logger } from '@nestjs/common';
import {
  analyseGroup,
  ClaimIndex,
  ClaimRecord,
  fingerprint,
  SyndicatedCopy,
  withSyndicatedCopies,
} from '@auditor/corroboration';
import { isCorroborated, type Provenance, type SignalId } from '@auditor/scoring';
import { Sql } from '../database/sql';
import { SqlPool } from '../database/sql-pool';
import { yieldToForeground } from '../common/foreground-work';
import { ADVISORY_LOCKS } from '../database/advisory-locks';
import { currentScore } from '../assertion-view/current-score.sql';

const LOCK_KEY = ADVISORY_LOCKS.corroboration;

/** Scoring's signal for cited evidence, spliced into the SQL as text: a typed constant, never input. */
const EVIDENCE_CITED: SignalId = 'evidence-cited';
const HAS_EVIDENCE = `s.signals @> '[{"id": "${EVIDENCE_CITED}"}]'::jsonb`;

/** A membership as stored, with its assertion's text: what the index is rebuilt from. */
interface StoredMembership {
  assertionId: string;
  articleId: string;
  publishedAt: Date | null;
  outlet: string;
  citedSource: string | null;
  provenance: string;
  hasEvidence: boolean;
  groupId: string;
  specific: boolean;
  seq: string;
  text: string;
}

interface NewMembership {
  assertionId: string;
  groupId: string;
  matchedAssertionId: string | null;
  score: number;
  specific: boolean;
  articleId: string;
  publishedAt: Date | null;
  outlet: string;
  citedSource: string | null;
  provenance: Provenance;
  hasEvidence: boolean;
}

interface ClaimRow {
  id: string;
  text: string;
  provenance: Provenance;
  /** Null for an undated article: its upload date would misplace it on the claim's timeline. */
  publishedAt: Date | null;
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
  /** The deletions counter the index was built under (a migration's trigger bumps it). */
  private deletions: string | null = null;

  constructor(private readonly db: SqlPool) {}

  async corroborateArticle(articleId: string): Promise<{ added: number; groupsChanged: number }> {
    return this.corroborateArticles([articleId]);
  }

  /**
   * Groups several articles' assertions, in the order given, in one locked transaction: one
   * catch-up of the index, one read, one insert and one analysis of the groups they changed,
   * instead of a transaction and a dozen round trips each. The groups come out as if the
   * articles had been grouped one after another (each group is analysed once, with all its
   * members, rather than once per article that joined it).
   */
  async corroborateArticles(articleIds: readonly string[]): Promise<{ added: number; groupsChanged: number }> {
    if (!articleIds.length) return { added: 0, groupsChanged: 0 };
    // The job starts as its article's scoring commits, often while that upload is still being
    // answered: its queries wait for the answer rather than run beside it (and before taking the lock).
    await yieldToForeground();
    return this.locked(async (sql) => {
      const index = await this.currentIndex(sql);
      // One round trip for the articles' not-yet-indexed assertions with what grouping needs
      // (Prisma's nested includes cost four queries per article and most of this job's time).
      const assertions = await sql.query<ClaimRow & { articleId: string }>(
        `SELECT x.id::text AS id, ar.id::text AS "articleId", x.text, s.provenance::text AS provenance,
               ar."publishedAt",
               COALESCE(o.name, 'unknown outlet') AS outlet,
               cs."canonicalName" AS "citedSource",
               ${HAS_EVIDENCE} AS "hasEvidence"
        FROM unnest($1::uuid[]) WITH ORDINALITY AS wanted(id, n)
        JOIN "Article" ar ON ar.id = wanted.id
        JOIN "Assertion" x ON x."articleId" = ar.id
        ${currentScore().text}
        LEFT JOIN "Outlet" o ON o.id = ar."outletId"
        LEFT JOIN "Attribution" at ON at."scoreId" = s.id
        LEFT JOIN "CitedSource" cs ON cs.id = at."citedSourceId"
        WHERE NOT EXISTS (SELECT 1 FROM "ClaimMembership" m WHERE m."assertionId" = x.id)
        ORDER BY wanted.n, x.start`,
        [[...new Set(articleIds)]],
      );
      const changed = new Set<string>();
      const rows: NewMembership[] = [];
      for (const a of assertions) {
        await yieldToForeground();
        const input = {
          assertionId: a.id,
          articleId: a.articleId,
          text: a.text,
          publishedAt: a.publishedAt,
          outlet: a.outlet,
          citedSource: a.citedSource,
          provenance: a.provenance,
          hasEvidence: a.hasEvidence,
        };
        const r = index.add(input);
        changed.add(r.groupId);
        rows.push({
          assertionId: a.id,
          groupId: r.groupId,
          matchedAssertionId: r.matchedAssertionId,
          score: r.score,
          specific: r.specific,
          articleId: a.articleId,
          publishedAt: input.publishedAt,
          outlet: input.outlet,
          citedSource: input.citedSource,
          provenance: input.provenance,
          hasEvidence: input.hasEvidence,
        });
      }
      const grouped = [...new Set(rows.map((r) => r.articleId))];
      if (rows.length) {
        await this.passOwnMembers(sql, await this.insertMemberships(sql, rows));
        // The articles' summary rows count their claims; they were computed when each was scored,
        // before it had memberships (the trigger only sees memberships that change later).
        await sql.query(`INSERT INTO "source_stats_dirty" ("article_id") SELECT unnest($1::uuid[])`, [grouped]);
      }
      // Most sentences stay alone: a new group of one has nothing to analyse or store, unless
      // another outlet published the same text (a syndicated copy repeats every claim in it).
      const syndicated = await this.publicationsOf(sql, grouped);
      const stored = new Set(
        [...changed].filter(
          (g) =>
            index.group(g).length > 1 ||
            (index.group(g).some((m) => syndicated.has(m.articleId)) && this.isSpecific(index, g)),
        ),
      );
      await this.writeGroups(sql, index, stored);
      return { added: rows.length, groupsChanged: changed.size };
    });
  }

  /**
   * Recomputes groups that lost members (their article was deleted): the memberships are gone
   * with the assertions, so the index is rebuilt and each group analysed again, or dissolved.
   */
  async reanalyseGroups(groupIds: string[]): Promise<{ groups: number }> {
    if (!groupIds.length) return { groups: 0 };
    return this.locked(async (sql) => {
      const index = await this.currentIndex(sql);
      await this.writeGroups(sql, index, new Set(groupIds));
      return { groups: groupIds.length };
    });
  }

  /**
   * Stores each group's analysis and every member's standing (role, corroborated, contradicted);
   * the articles whose standing changed are queued for a refresh by a trigger. Unchanged members
   * are not touched, so a fiftieth copy of a release does not refresh the other forty-nine.
   */
  private async writeGroups(sql: Sql, index: ClaimIndex, groupIds: Set<string>): Promise<void> {
    const ids: string[] = [];
    const roles: Array<string | null> = [];
    const corroborated: boolean[] = [];
    const contradicted: boolean[] = [];
    const dissolved: string[] = [];
    const stored: Array<{
      id: string;
      members: number;
      independentOrigins: number;
      amplifications: number;
      corroborations: number;
      amplifiedOnly: boolean;
      conflictingFigures: number;
      analysis: string;
    }> = [];
    const publications = await this.publicationsOf(sql, [
      ...new Set([...groupIds].flatMap((g) => index.group(g).map((m) => m.articleId))),
    ]);
    for (const groupId of groupIds) {
      await yieldToForeground();
      const members = index.group(groupId);
      // Non-specific sentences are not claims: a copy of one makes no group either.
      const copies: SyndicatedCopy[] = members.flatMap((m) =>
        m.specific ? (publications.get(m.articleId) ?? []).map((p) => ({ assertionId: m.assertionId, ...p })) : [],
      );
      if (members.length + copies.length < 2) {
        dissolved.push(groupId);
        for (const m of members) {
          ids.push(m.assertionId);
          roles.push(null);
          corroborated.push(false);
          contradicted.push(false);
        }
        continue;
      }
      const analysis = withSyndicatedCopies(analyseGroup(members), copies);
      const disputed = new Set(analysis.conflictingFigures.flatMap((c) => [c.a.assertionId, c.b.assertionId]));
      const confirmed = isCorroborated(analysis.independentOrigins);
      for (const r of analysis.roles) {
        ids.push(r.assertionId);
        roles.push(r.role);
        corroborated.push(confirmed);
        contradicted.push(disputed.has(r.assertionId));
      }
      stored.push({
        id: groupId,
        members: analysis.size,
        independentOrigins: analysis.independentOrigins,
        amplifications: analysis.amplifications,
        corroborations: analysis.corroborations,
        amplifiedOnly: analysis.amplifiedOnly,
        conflictingFigures: analysis.conflictingFigures.length,
        analysis: JSON.stringify(analysis),
      });
    }
    // Every group in one statement: an upsert each cost a round trip, 155 of them for an article
    // whose every sentence is in a group (a syndicated release).
    if (stored.length) {
      const col = <K extends keyof (typeof stored)[number]>(k: K) => stored.map((g) => g[k]);
      await sql.query(
        `INSERT INTO "ClaimGroup" ("id", "members", "independentOrigins", "amplifications", "corroborations",
                                   "amplifiedOnly", "conflictingFigures", "analysis", "updatedAt")
         SELECT t.*, now() FROM unnest($1::uuid[], $2::int[], $3::int[], $4::int[], $5::int[], $6::boolean[], $7::int[], $8::jsonb[]) AS t
         ON CONFLICT ("id") DO UPDATE SET
           "members" = EXCLUDED."members", "independentOrigins" = EXCLUDED."independentOrigins",
           "amplifications" = EXCLUDED."amplifications", "corroborations" = EXCLUDED."corroborations",
           "amplifiedOnly" = EXCLUDED."amplifiedOnly", "conflictingFigures" = EXCLUDED."conflictingFigures",
           "analysis" = EXCLUDED."analysis", "updatedAt" = EXCLUDED."updatedAt"`,
        [
          col('id'),
          col('members'),
          col('independentOrigins'),
          col('amplifications'),
          col('corroborations'),
          col('amplifiedOnly'),
          col('conflictingFigures'),
          col('analysis'),
        ],
      );
    }
    if (dissolved.length) await sql.query(`DELETE FROM "ClaimGroup" WHERE "id" = ANY($1::uuid[])`, [dissolved]);
    if (!ids.length) return;
    // A trigger queues the articles of changed rows for the report cards and the review queue.
    await sql.query(
      `UPDATE "ClaimMembership" m SET "role" = s.role, "corroborated" = s.corroborated, "contradicted" = s.contradicted
         FROM unnest($1::uuid[], $2::text[], $3::boolean[], $4::boolean[]) s(id, role, corroborated, contradicted)
        WHERE m."assertionId" = s.id
          AND (m."role", m."corroborated", m."contradicted") IS DISTINCT FROM (s.role, s.corroborated, s.contradicted)`,
      [ids, roles, corroborated, contradicted],
    );
  }

  /**
   * The index already holds the members just inserted: unless someone else's member took a seq
   * among them, the next job need not replay them (it would fingerprint each sentence again).
   */
  private async passOwnMembers(sql: Sql, seqs: bigint[]): Promise<void> {
    const max = seqs.reduce((a, b) => (b > a ? b : a), this.lastSeq);
    const [{ others }] = await sql.query<{ others: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM "ClaimMembership" WHERE "seq" > $1::bigint AND "seq" <= $2::bigint
                        AND NOT ("seq" = ANY($3::bigint[]))) AS others`,
      [this.lastSeq.toString(), max.toString(), seqs.map(String)],
    );
    if (!others) this.lastSeq = max;
  }

  /** New members in one statement; returns their seq numbers. */
  private async insertMemberships(sql: Sql, rows: readonly NewMembership[]): Promise<bigint[]> {
    const col = <K extends keyof NewMembership>(k: K) => rows.map((r) => r[k]);
    const inserted = await sql.query<{ seq: string }>(
      `INSERT INTO "ClaimMembership" ("assertionId", "groupId", "matchedAssertionId", "score", "specific", "articleId",
                                      "publishedAt", "outlet", "citedSource", "provenance", "hasEvidence")
       SELECT a, g, m, sc, sp, ar, p, o, c, pv::"Provenance", e
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::float8[], $5::boolean[], $6::uuid[], $7::timestamptz[],
                     $8::text[], $9::text[], $10::text[], $11::boolean[]) AS t(a, g, m, sc, sp, ar, p, o, c, pv, e)
       RETURNING "seq"::text AS seq`,
      [
        col('assertionId'),
        col('groupId'),
        col('matchedAssertionId'),
        col('score'),
        col('specific'),
        col('articleId'),
        col('publishedAt'),
        col('outlet'),
        col('citedSource'),
        col('provenance'),
        col('hasEvidence'),
      ],
    );
    return inserted.map((r) => BigInt(r.seq));
  }

  /** Other outlets' publications of these articles' texts (syndicated copies), by article. */
  private async publicationsOf(
    sql: Sql,
    articleIds: string[],
  ): Promise<Map<string, Array<Omit<SyndicatedCopy, 'assertionId'>>>> {
    const out = new Map<string, Array<Omit<SyndicatedCopy, 'assertionId'>>>();
    if (!articleIds.length) return out;
    const rows = await sql.query<{ articleId: string; outlet: string; publishedAt: Date | null }>(
      `SELECT p."articleId"::text AS "articleId", o.name AS outlet, COALESCE(p."publishedAt", m."publishedAt") AS "publishedAt"
      FROM "ArticlePublication" p JOIN "Outlet" o ON o.id = p."outletId"
      -- An undated copy is dated as the original was when it was grouped.
      LEFT JOIN LATERAL (SELECT min(cm."publishedAt") AS "publishedAt" FROM "ClaimMembership" cm WHERE cm."articleId" = p."articleId") m ON true
      WHERE p."articleId" = ANY($1::uuid[])
      ORDER BY 3, 2`,
      [articleIds],
    );
    for (const r of rows) {
      const list = out.get(r.articleId) ?? [];
      list.push({ outlet: r.outlet, publishedAt: r.publishedAt });
      out.set(r.articleId, list);
    }
    return out;
  }

  private isSpecific(index: ClaimIndex, groupId: string): boolean {
    return index.group(groupId).some((m) => m.specific);
  }

  /** Runs under the corroboration lock; a failed transaction drops the index, which may hold its members. */
  private async locked<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction(async (sql) => {
        await sql.query(`SELECT pg_advisory_xact_lock($1)`, [LOCK_KEY]);
        return work(sql);
      });
    } catch (e) {
      this.index = null;
      this.lastSeq = 0n;
      this.deletions = null;
      throw e;
    }
  }

  /**
   * Brings the in-memory index up to date with what other processes stored or changed: only
   * memberships newer (by seq, which a change of their attributes renews) than the last one seen
   * are replayed (a full replay per job would make grouping quadratic when the API and a worker
   * alternate). Any deletion since the index was built (a counter kept by a trigger) forces a
   * full rebuild.
   */
  private async currentIndex(sql: Sql): Promise<ClaimIndex> {
    const [{ deletions }] = await sql.query<{ deletions: string }>(
      `SELECT coalesce((SELECT "n"::text FROM "claim_membership_deletions"), 'none') AS deletions`,
    );
    if (!this.index || deletions !== this.deletions) {
      this.index = new ClaimIndex();
      this.lastSeq = 0n;
      this.deletions = deletions;
    }
    const rows = await sql.query<StoredMembership>(
      `SELECT m."assertionId"::text AS "assertionId", m."articleId"::text AS "articleId", m."publishedAt", m."outlet",
              m."citedSource", m."provenance"::text AS provenance, m."hasEvidence", m."groupId"::text AS "groupId",
              m."specific", m."seq"::text AS seq, x."text"
         FROM "ClaimMembership" m JOIN "Assertion" x ON x."id" = m."assertionId"
        WHERE m."seq" > $1::bigint
        ORDER BY m."seq"`,
      [this.lastSeq.toString()],
    );
    let restored = 0;
    for (const r of rows) {
      await yieldToForeground();
      const record: ClaimRecord = {
        assertionId: r.assertionId,
        articleId: r.articleId,
        publishedAt: r.publishedAt,
        outlet: r.outlet,
        citedSource: r.citedSource,
        provenance: r.provenance as Provenance,
        hasEvidence: r.hasEvidence,
        fingerprint: fingerprint(r.text, r.publishedAt),
        groupId: r.groupId,
        specific: r.specific,
      };
      // A replayed member already indexed was changed since (re-dated, source merged): see the trigger claim_membership_replay.
      if (this.index.restore(record)) restored++;
      else this.index.refresh(record);
      this.lastSeq = BigInt(r.seq);
    }
    if (restored > 50) this.logger.log(`claim index caught up with ${restored} stored memberships`);
    return this.index;
  }
}
