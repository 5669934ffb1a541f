import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { DocumentOptions, OutletType, OUTLET_TYPES, ScoredAssertion, ScoredDocument } from '@auditor/scoring';
import { PrismaService } from '../database/prisma.service';
import { Sql } from '../database/sql';
import { SqlPool } from '../database/sql-pool';
import { AuditService } from '../audit/audit.service';
import { ScoringPool } from '../scoring-threads/scoring-pool';
import { citesSource, sourceKey, SourceWanted, upsertCitedSources } from './cited-sources';

/** How long a document scored at upload waits for its job in this process before it is dropped. */
const EARLY_TTL_MS = 60_000;

/** Assertions per statement: bounded statements keep each await short and memory flat on long documents. */
const CHUNK = 1000;

const chunks = <T>(rows: T[]): T[][] =>
  Array.from({ length: Math.ceil(rows.length / CHUNK) }, (_, i) => rows.slice(i * CHUNK, (i + 1) * CHUNK));

export interface ScoringOutcome {
  articleId: string;
  rubricVersion: string;
  assertions: number;
  /** Scores written by this run (0 when a previous run already stored them). */
  created: number;
}

export interface ScoringRequest {
  articleId: string;
  /** Who asked for it (null for uploads scored automatically). */
  requestedBy?: string | null;
}

/** A stored article and the library's output for its text, ready to be written. */
export interface ScoredArticle {
  articleId: string;
  doc: ScoredDocument;
}

export const outletTypeOf = (type: string | null | undefined): OutletType | undefined =>
  type && (OUTLET_TYPES as readonly string[]).includes(type) ? (type as OutletType) : undefined;

interface Row {
  item: ScoredArticle;
  a: ScoredAssertion;
}

/**
 * Assertions, their scores and attributions for many rows, one multi-row INSERT per table: the
 * rows travel as one array per column (unnest), so each statement has the same parameters for 1
 * row or 1,000. Ids are made here rather than by the database, so no statement has to join what
 * an earlier one returned (chained in one statement, the planner estimated such joins at one row
 * and compared every score with every assertion: 70 % of a 500-row write). Assertions already
 * stored (unique by span: a retried job, or a rescore under a new rubric) are reused; scores
 * already stored under this version are left alone (unique per assertion × version) and their
 * attributions with them. Returns the scores created per article.
 */
async function insertScored(
  sql: Sql,
  rubricVersion: string,
  rows: readonly Row[],
  sourceIds: ReadonlyMap<string, string>,
): Promise<Map<string, number>> {
  const col = <T>(f: (r: Row) => T): T[] => rows.map(f);
  const spanKey = (articleId: string, start: number, end: number) => `${articleId}:${start}:${end}`;
  const ids: string[] = col(() => randomUUID());
  const inserted = await sql.query<{ id: string }>(
    `INSERT INTO "Assertion" ("id", "articleId", "position", "start", "end", "text")
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::int[], $5::int[], $6::text[])
     ON CONFLICT ("articleId", "start", "end") DO NOTHING
     RETURNING "id"::text AS id`,
    [
      ids,
      col((r) => r.item.articleId),
      col((r) => r.a.index),
      col((r) => r.a.start),
      col((r) => r.a.end),
      col((r) => r.a.text),
    ],
  );
  if (inserted.length < rows.length) {
    // Spans stored before keep their rows' ids. A span another run stored meanwhile is found too:
    // the insert's ON CONFLICT waited for that run to commit, and this read is a new statement.
    const isNew = new Set(inserted.map((r) => r.id));
    const stored = await sql.query<{ id: string; articleId: string; start: number; end: number }>(
      `SELECT "id"::text AS id, "articleId"::text AS "articleId", "start", "end" FROM "Assertion"
        WHERE "articleId" = ANY($1::uuid[])`,
      [[...new Set(col((r) => r.item.articleId))]],
    );
    const byKey = new Map(stored.map((x) => [spanKey(x.articleId, x.start, x.end), x.id]));
    rows.forEach((r, k) => {
      if (!isNew.has(ids[k])) ids[k] = byKey.get(spanKey(r.item.articleId, r.a.start, r.a.end)) ?? ids[k];
    });
  }
  const scoreIds = col(() => randomUUID());
  // Scores travel as one JSON document rather than a jsonb[] of JSON strings: escaped twice into an
  // array literal, 155 signal lists cost 9-18 ms to send and parse, as one document 4-6 ms.
  const createdScores = new Set(
    (
      await sql.query<{ id: string }>(
        `INSERT INTO "Score" ("id", "assertionId", "rubricVersion", "provenance", "sourcingQuality", "alarmism",
                              "hedged", "admiralty", "signals")
         SELECT id, assertion_id, $1, provenance::"Provenance", sq, al, hedged, admiralty, signals
           FROM jsonb_to_recordset($2::jsonb)
                AS t(id uuid, assertion_id uuid, provenance text, sq int, al int, hedged boolean, admiralty text, signals jsonb)
         ON CONFLICT ("assertionId", "rubricVersion") DO NOTHING
         RETURNING "id"::text AS id`,
        [
          rubricVersion,
          JSON.stringify(
            rows.map((r, k) => ({
              id: scoreIds[k],
              assertion_id: ids[k],
              provenance: r.a.provenance,
              sq: r.a.scores.sourcingQuality,
              al: r.a.scores.alarmism,
              hedged: r.a.hedged,
              admiralty: r.a.admiralty,
              signals: r.a.signals,
            })),
          ),
        ],
      )
    ).map((r) => r.id),
  );
  const created = new Map<string, number>();
  const cited: Array<{ scoreId: string; at: NonNullable<ScoredAssertion['attribution']> }> = [];
  rows.forEach((r, k) => {
    if (!createdScores.has(scoreIds[k])) return;
    created.set(r.item.articleId, (created.get(r.item.articleId) ?? 0) + 1);
    if (citesSource(r.a.attribution)) cited.push({ scoreId: scoreIds[k], at: r.a.attribution });
  });
  if (cited.length)
    await sql.query(
      `INSERT INTO "Attribution" ("id", "scoreId", "citedSourceId", "sourceText", "spanStart", "spanEnd", "cue", "named", "via")
       SELECT gen_random_uuid(), t.*
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::int[], $5::int[], $6::text[], $7::boolean[], $8::text[]) AS t
       ON CONFLICT DO NOTHING`,
      [
        cited.map((c) => c.scoreId),
        cited.map((c) => sourceIds.get(sourceKey(c.at.canonical))!),
        cited.map((c) => c.at.source),
        cited.map((c) => c.at.span[0]),
        cited.map((c) => c.at.span[1]),
        cited.map((c) => c.at.cue),
        cited.map((c) => c.at.named),
        cited.map((c) => c.at.via ?? null),
      ],
    );
  return created;
}

@Injectable()
export class ArticleScoringService {
  private readonly logger = new Logger(ArticleScoringService.name);
  /** Test seam: runs inside the transaction just before commit (e.g. to simulate a crash). */
  beforeCommit?: (articleId: string) => Promise<void> | void;
  /** Documents whose scoring started with their upload, by article, for this process's job to take. */
  private readonly early = new Map<string, Promise<ScoredDocument | null>>();

  constructor(
    private readonly prisma: PrismaService,
    private readonly sqlPool: SqlPool,
    private readonly audit: AuditService,
    private readonly pool: ScoringPool,
  ) {}

  /**
   * Starts scoring an upload's text while its transaction commits and its job is picked up, so
   * the job (when this process runs it) finds the document ready: scoring overlaps the upload
   * instead of following it. Failures are swallowed; the job then scores the text itself.
   */
  scoreEarly(text: string, options: DocumentOptions): Promise<ScoredDocument | null> | undefined {
    // Only ordinary articles, whose latency it is for: a large document's scoring is held in memory
    // until its job takes it, and uploads are not bounded by the job concurrency as jobs are
    // (four 1 MB uploads at once took the API past 1.2 GB in the hostile bench).
    if (!this.pool.isPrompt(text)) return undefined;
    return this.pool.score(text, options).catch(() => null);
  }

  /** Hands an early scoring to the article's job; dropped after a while if another process runs it. */
  adoptEarly(articleId: string, doc: Promise<ScoredDocument | null>): void {
    this.early.set(articleId, doc);
    setTimeout(() => this.early.delete(articleId), EARLY_TTL_MS).unref();
  }

  async score(articleId: string, requestedBy?: string | null): Promise<ScoringOutcome | null> {
    const [outcome] = await this.scoreMany([{ articleId, requestedBy }]);
    return outcome ?? null;
  }

  /**
   * Scores articles and stores them in one transaction: one UPDATE marks them all as being
   * scored and reads their texts, the scoring threads score them, then one statement per table
   * writes every row (a queue's worth of articles costs a dozen round trips, not a dozen each).
   * `inTransaction` runs inside the write before commit, with what was stored (the worker queues
   * claim grouping there, so a scored article is never left without its grouping job). Articles
   * deleted meanwhile are left out of the outcomes. Any failure fails all of them: the caller
   * retries them one by one.
   */
  async scoreMany(
    requests: readonly ScoringRequest[],
    inTransaction?: (sql: Sql, outcomes: readonly ScoringOutcome[]) => Promise<void>,
  ): Promise<ScoringOutcome[]> {
    const early = requests.map((r) => this.early.get(r.articleId));
    for (const r of requests) this.early.delete(r.articleId);
    const ids = requests.map((r) => r.articleId);
    // One round trip marks the articles as being scored and reads what scoring needs (meanwhile
    // early scorings, if any, finish).
    const [articles, earlyDocs] = await Promise.all([this.markScoring(ids), Promise.all(early)]);
    const byId = new Map(articles.map((a) => [a.id, a]));
    const score = async (r: ScoringRequest, k: number): Promise<ScoredArticle & { requestedBy: string | null }> => {
      const article = byId.get(r.articleId)!;
      const doc =
        earlyDocs[k] ??
        (await this.pool.score(article.text, {
          outletType: outletTypeOf(article.outletType),
          publishedAt: article.publishedAt ?? undefined,
          author: article.author ?? undefined,
        }));
      return { articleId: r.articleId, requestedBy: r.requestedBy ?? null, doc };
    };
    // Articles deleted while queued are not marked, and left out: nothing to do.
    const items = await Promise.all(requests.flatMap((r, k) => (byId.has(r.articleId) ? [score(r, k)] : [])));
    if (!items.length) return [];

    return this.sqlPool.transaction(async (sql) => {
      // Visible without waiting for its WAL flush (4-8 ms here): the job's completion, committed
      // synchronously right after, flushes it. If the machine dies in between, the job is not
      // complete either and runs again, and a second run adds nothing.
      await sql.query(`SET LOCAL synchronous_commit = off`);
      const created = await this.writeScored(sql, items);
      const outcomes = items.map((item, k) => ({
        articleId: item.articleId,
        rubricVersion: item.doc.rubricVersion,
        assertions: item.doc.assertions.length,
        created: created[k]!,
      }));
      await this.audit.recordManyVia(
        sql,
        items.map((item, k) => ({
          actorId: item.requestedBy,
          action: 'article.scored',
          entityType: 'article',
          entityId: item.articleId,
          after: {
            rubricVersion: item.doc.rubricVersion,
            assertions: item.doc.assertions.length,
            scoresCreated: created[k],
          },
        })),
      );
      await inTransaction?.(sql, outcomes);
      for (const item of items) await this.beforeCommit?.(item.articleId);
      return outcomes;
    });
  }

  private markScoring(articleIds: readonly string[]) {
    return this.sqlPool.query<{
      id: string;
      text: string;
      publishedAt: Date | null;
      author: string | null;
      outletType: string | null;
    }>(
      `UPDATE "Article" a SET "status" = 'scoring', "updatedAt" = now() WHERE a.id = ANY($1::uuid[])
       RETURNING a.id::text AS id, a."text", a."publishedAt", a."author",
                 (SELECT o."type"::text FROM "Outlet" o WHERE o.id = a."outletId") AS "outletType"`,
      [articleIds],
    );
  }

  /** Marks a scoring that failed for good; previous scores stay untouched. */
  async markFailed(articleId: string, error: Error): Promise<void> {
    this.logger.warn(`scoring of article ${articleId} failed: ${error.message}`);
    await this.prisma.article.updateMany({
      where: { id: articleId },
      data: { status: 'failed', error: error.message.slice(0, 2000) },
    });
  }

  /**
   * Stores scored documents inside the caller's transaction and marks their articles scored:
   * cited sources for all of them at once, then assertions, scores and attributions of up to
   * CHUNK assertions per statement (one INSERT each, chained in one statement), then one UPDATE
   * of the articles. Returns the scores created per item, in order. Used by the scoring job (one
   * article) and by the bulk import (a batch of articles in one transaction).
   */
  async writeScored(
    sql: Sql,
    items: readonly ScoredArticle[],
    { markScored = true }: { markScored?: boolean } = {},
  ): Promise<number[]> {
    if (!items.length) return [];
    const sourceIds = await this.upsertSources(
      sql,
      items.flatMap((i) => i.doc.assertions),
    );
    const created = new Map<string, number>();
    const rows = items.flatMap((item) => item.doc.assertions.map((a, k) => ({ item, a, k })));
    for (const part of chunks(rows)) {
      const versions = new Set(part.map((r) => r.item.doc.rubricVersion));
      for (const version of versions) {
        const these = part.filter((r) => r.item.doc.rubricVersion === version);
        for (const [articleId, n] of await insertScored(sql, version, these, sourceIds))
          created.set(articleId, (created.get(articleId) ?? 0) + n);
      }
    }
    // An import inserts its articles already scored: updating them again would rewrite each row.
    if (markScored)
      await sql.query(
        `UPDATE "Article" a SET "status" = 'scored', "error" = NULL, "rubricVersion" = s.version,
                "summary" = s.summary, "scoredAt" = now(), "updatedAt" = now()
           FROM unnest($1::uuid[], $2::text[], $3::jsonb[]) AS s(id, version, summary)
          WHERE a.id = s.id`,
        [
          items.map((i) => i.articleId),
          items.map((i) => i.doc.rubricVersion),
          items.map((i) => JSON.stringify(i.doc.summary)),
        ],
      );
    return items.map((i) => created.get(i.articleId) ?? 0);
  }

  /**
   * Cited sources are shared across articles by canonical name, compared case-insensitively; new
   * surface forms become aliases. Vague (anonymous) attributions cite no source (cited-sources.ts).
   */
  private upsertSources(sql: Sql, assertions: readonly ScoredAssertion[]): Promise<Map<string, string>> {
    const wanted = new Map<string, SourceWanted & { aliases: Set<string> }>();
    for (const a of assertions) {
      const at = a.attribution;
      if (!citesSource(at)) continue;
      const key = sourceKey(at.canonical);
      const s = wanted.get(key) ?? {
        canonical: at.canonical.trim(),
        type: at.sourceType,
        named: at.named,
        aliases: new Set<string>(),
      };
      s.aliases.add(at.source);
      wanted.set(key, s);
    }
    return upsertCitedSources(sql, wanted);
  }
}
