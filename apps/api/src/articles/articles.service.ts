import {
  Injectable,
  Logger,
  NotFoundException,
  ServiceUnavailableException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { OutletType, ScoredDocument } from '@auditor/scoring';
import { Prisma } from '../generated/prisma/client';
import type { RescoreAccepted, UploadAccepted } from '@auditor/contracts';
import { PrismaService } from '../database/prisma.service';
import { isUniqueViolationCode, Sql, viaPrisma } from '../database/sql';
import { SqlPool } from '../database/sql-pool';
import { Actor } from '../audit/actor';
import { AuditService } from '../audit/audit.service';
import { JobQueue } from '../jobs/job-queue.service';
import { ScoringPool, TooManyAssertionsError } from '../scoring-threads/scoring-pool';
import { ArticleScoringService, outletTypeOf } from '../jobs/article-scoring.service';
import {
  CORROBORATE_ARTICLES,
  CorroborateArticlesData,
  REANALYSE_CLAIM_GROUPS,
  ReanalyseClaimGroupsData,
  RESCORE_ALL,
  RescoreAllData,
  SCORE_ARTICLE,
  ScoreArticleData,
} from '../jobs/job-names';
import { Extracted } from '../extraction/extract';
import { deriveMetadata } from './derive-metadata';
import { answerKnownText, SyndicationDeps } from './syndication';

export interface ArticleMetadata {
  title?: string;
  url?: string;
  outlet?: string;
  outletType?: OutletType;
  publishedAt?: string;
  author?: string;
}

export type UploadResult = UploadAccepted;

/** One article of a bulk import, extracted and scored by the importing process. */
export interface ImportItem {
  extracted: Extracted;
  meta: ArticleMetadata;
  hash: string;
  doc: ScoredDocument;
}

export const statusUrl = (id: string) => `/api/articles/${id}`;

// Prisma's code from its own client, PostgreSQL's from the pg connection the upload writes on.
const isUniqueViolation = (e: unknown) =>
  (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002') || isUniqueViolationCode(e);

/** What an upload's audit entry records of the stored article. */
interface StoredUpload {
  id: string;
  title: string | null;
  url: string | null;
  author: string | null;
  publishedAt: Date | null;
  publishedAtSource: string;
  format: string;
  outletId: string | null;
}

/** Writes: uploads, deletes and scoring requests. Reads live in ArticleQueries. */
@Injectable()
export class ArticlesService {
  private readonly logger = new Logger(ArticlesService.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly sqlPool: SqlPool,
    private readonly audit: AuditService,
    private readonly queue: JobQueue,
    private readonly scoring: ScoringPool,
    private readonly scorer: ArticleScoringService,
  ) {}

  /**
   * Stores an extracted article, or returns the existing one with the same content. The article,
   * its original bytes, its outlet and the audit entry commit together; the scoring job is sent
   * only after commit, so a worker never looks for an article that is not there yet.
   */
  async upload(extracted: Extracted, meta: ArticleMetadata, actor: Actor): Promise<UploadResult> {
    // Hash and sentence count come from a scoring thread, so a huge upload does not hold the event loop.
    const { hash, assertions: sentences } = await this.scoring.inspect(extracted.text);
    const existing = await this.findByHash(hash);
    if (existing) {
      // Uploading a stuck article again queues it again (its first job may have died with its
      // process); the queue is stately per article, so a job already waiting absorbs this one.
      if (existing.status === 'queued') {
        await this.send(() =>
          this.queue.send<ScoreArticleData>(
            SCORE_ARTICLE,
            { articleId: existing.id, requestedBy: actor.userId },
            existing.id,
          ),
        );
      }
      return answerKnownText(this.syndication, existing, meta, actor);
    }
    // Refused before anything is stored: a document the scorer would refuse is not worth keeping.
    if (sentences > this.scoring.maxAssertions) {
      throw new UnprocessableEntityException(new TooManyAssertionsError(sentences, this.scoring.maxAssertions).message);
    }

    let id: string;
    // When this process runs the scoring job, scoring starts as soon as the options are known and
    // overlaps the rest of the transaction, the commit and the job's pickup.
    const early = this.queue.runs(SCORE_ARTICLE);
    let scored: Promise<ScoredDocument | null> | undefined;
    try {
      // Plain pg, like the scoring job's write: Prisma's client spent longer on the text, the
      // original's bytes and the audit JSON than PostgreSQL spends storing them.
      id = await this.sqlPool.transaction(async (sql) => {
        const outlet = meta.outlet ? await this.outlet(sql, meta.outlet.trim(), meta.outletType) : null;
        const derived = deriveMetadata(extracted, meta);
        const author = meta.author?.trim() || null;
        if (early)
          scored = this.scorer.scoreEarly(extracted.text, {
            outletType: outletTypeOf(outlet?.type),
            publishedAt: derived.publishedAt ?? undefined,
            author: author ?? undefined,
          });
        const [article] = await sql.query<StoredUpload>(
          `INSERT INTO "Article" ("id", "outletId", "title", "url", "author", "publishedAt", "publishedAtSource",
                                  "contentHash", "text", "format", "createdById", "updatedAt")
           VALUES (gen_random_uuid(), $1::uuid, $2, $3, $4, $5::timestamptz, $6::"PublishedAtSource", $7, $8, $9, $10::uuid, now())
           RETURNING "id"::text AS id, "title", "url", "author", "publishedAt", "publishedAtSource"::text AS "publishedAtSource",
                     "format", "outletId"::text AS "outletId"`,
          [
            outlet?.id ?? null,
            derived.title,
            meta.url ?? null,
            author,
            derived.publishedAt,
            derived.publishedAtSource,
            hash,
            extracted.text,
            extracted.format,
            actor.userId,
          ],
        );
        const { bytes, mediaType, filename } = extracted.original;
        await sql.query(
          `INSERT INTO "ArticleOriginal" ("articleId", "mediaType", "filename", "bytes") VALUES ($1::uuid, $2, $3, $4)`,
          [article!.id, mediaType, filename ?? null, Buffer.from(bytes)],
        );
        await this.audit.recordVia(sql, {
          actorId: actor.userId,
          requestId: actor.requestId,
          action: 'article.uploaded',
          entityType: 'article',
          entityId: article!.id,
          after: { ...article, contentHash: hash, bytes: bytes.length, filename, mediaType },
        });
        return article!.id;
      });
    } catch (e) {
      // Two identical uploads at once: the unique contentHash lets one insert win; the other
      // rolled back whole and answers with the winner.
      if (isUniqueViolation(e)) {
        const winner = await this.findByHash(hash);
        if (winner) return answerKnownText(this.syndication, winner, meta, actor);
      }
      throw e;
    }

    if (scored) this.scorer.adoptEarly(id, scored);
    try {
      await this.queue.send<ScoreArticleData>(SCORE_ARTICLE, { articleId: id, requestedBy: actor.userId }, id);
    } catch (e) {
      // The article is stored and stays "queued"; POST /api/articles/:id/rescore (or rescore-all)
      // queues it again. Failing the upload now would hide an article that exists.
      this.logger.error(`article ${id} stored but its scoring job could not be queued: ${(e as Error).message}`);
    }
    return { id, status: 'queued', statusUrl: statusUrl(id), duplicate: false };
  }

  /**
   * Writes a batch of new, already scored articles in one transaction: outlets, articles (status
   * scored), originals, audit entries, assertions, scores and attributions, each a multi-row
   * statement. A text stored meanwhile by someone else is skipped (its id is absent from the
   * answer; the caller treats it as a known text). After commit one grouping job covers the batch.
   * Returns the new article ids by content hash.
   */
  async importBatch(items: readonly ImportItem[], actor: Actor): Promise<Map<string, string>> {
    if (!items.length) return new Map();
    // Plain pg, as the scoring job: the batch's texts and their scores are large array parameters.
    const ids = await this.sqlPool.transaction(async (sql) => {
      const outlets = new Map<string, { id: string; type: string | null }>();
      for (const item of items) {
        const name = item.meta.outlet?.trim();
        if (name && !outlets.has(name)) outlets.set(name, await this.outlet(sql, name, item.meta.outletType));
      }
      const rows = items.map((item) => ({
        item,
        outletId: item.meta.outlet ? outlets.get(item.meta.outlet.trim())!.id : null,
        derived: deriveMetadata(item.extracted, item.meta),
      }));
      const inserted = await sql.query<{ id: string; hash: string }>(
        `INSERT INTO "Article" ("id", "outletId", "title", "url", "author", "publishedAt", "publishedAtSource",
                                  "contentHash", "text", "format", "status", "rubricVersion", "summary", "scoredAt",
                                  "createdById", "updatedAt")
           SELECT gen_random_uuid(), t.outlet_id, t.title, t.url, t.author, t.published_at, t.published_at_source::"PublishedAtSource",
                  t.hash, t.text, t.format, 'scored', t.rubric_version, t.summary, now(), $12::uuid, now()
             FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::text[], $7::text[],
                         $8::text[], $9::text[], $10::text[], $11::jsonb[])
                  AS t(outlet_id, title, url, author, published_at, published_at_source, hash, text, format, rubric_version, summary)
           ON CONFLICT ("contentHash") DO NOTHING
           RETURNING "id"::text AS id, "contentHash" AS hash`,
        [
          rows.map((r) => r.outletId),
          rows.map((r) => r.derived.title),
          rows.map((r) => r.item.meta.url ?? null),
          rows.map((r) => r.item.meta.author?.trim() || null),
          rows.map((r) => r.derived.publishedAt),
          rows.map((r) => r.derived.publishedAtSource),
          rows.map((r) => r.item.hash),
          rows.map((r) => r.item.extracted.text),
          rows.map((r) => r.item.extracted.format),
          rows.map((r) => r.item.doc.rubricVersion),
          rows.map((r) => JSON.stringify(r.item.doc.summary)),
          actor.userId,
        ],
      );
      const idOf = new Map(inserted.map((r) => [r.hash, r.id]));
      const stored = rows.filter((r) => idOf.has(r.item.hash));
      if (!stored.length) return idOf;
      await sql.query(
        `INSERT INTO "ArticleOriginal" ("articleId", "mediaType", "filename", "bytes")
           SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::bytea[])`,
        [
          stored.map((r) => idOf.get(r.item.hash)!),
          stored.map((r) => r.item.extracted.original.mediaType),
          stored.map((r) => r.item.extracted.original.filename ?? null),
          stored.map((r) => Buffer.from(r.item.extracted.original.bytes)),
        ],
      );
      const created = await this.scorer.writeScored(
        sql,
        stored.map((r) => ({ articleId: idOf.get(r.item.hash)!, doc: r.item.doc })),
        { markScored: false },
      );
      await this.audit.recordManyVia(
        sql,
        stored.flatMap((r, k) => {
          const id = idOf.get(r.item.hash)!;
          const { bytes, mediaType, filename } = r.item.extracted.original;
          return [
            {
              actorId: actor.userId,
              requestId: actor.requestId,
              action: 'article.uploaded',
              entityType: 'article',
              entityId: id,
              after: {
                id,
                ...r.derived,
                url: r.item.meta.url ?? null,
                author: r.item.meta.author?.trim() || null,
                format: r.item.extracted.format,
                outletId: r.outletId,
                contentHash: r.item.hash,
                bytes: bytes.length,
                filename,
                mediaType,
              },
            },
            {
              actorId: actor.userId,
              requestId: actor.requestId,
              action: 'article.scored',
              entityType: 'article',
              entityId: id,
              after: {
                rubricVersion: r.item.doc.rubricVersion,
                assertions: r.item.doc.assertions.length,
                scoresCreated: created[k],
              },
            },
          ];
        }),
      );
      return idOf;
    });
    if (ids.size) {
      // After commit; if queueing fails, the sweeper finds the batch's articles ungrouped.
      await this.queue
        .send<CorroborateArticlesData>(CORROBORATE_ARTICLES, { articleIds: [...ids.values()] })
        .catch((e: Error) => this.logger.error(`grouping of an imported batch not queued: ${e.message}`));
    }
    return ids;
  }

  /** Stored articles by content hash, with their outlet: a bulk import's known texts in one query. */
  async findByHashes(
    hashes: readonly string[],
  ): Promise<Map<string, { id: string; status: string; outlet: string | null }>> {
    if (!hashes.length) return new Map();
    const rows = await this.prisma.$queryRaw<
      Array<{ hash: string; id: string; status: string; outlet: string | null }>
    >`
      SELECT a."contentHash" AS hash, a.id::text AS id, a.status::text AS status, o.name AS outlet
        FROM "Article" a LEFT JOIN "Outlet" o ON o.id = a."outletId"
       WHERE a."contentHash" = ANY(${[...hashes]}::text[])`;
    return new Map(rows.map((r) => [r.hash, r]));
  }

  /** Deletes an article and (by cascade) its original, assertions, scores and reviews. */
  async remove(id: string, actor: Actor): Promise<void> {
    const groupIds = await this.prisma.$transaction(async (tx) => {
      const before = await tx.article.findUnique({
        where: { id },
        select: {
          id: true,
          title: true,
          url: true,
          author: true,
          publishedAt: true,
          format: true,
          status: true,
          contentHash: true,
          rubricVersion: true,
          createdById: true,
          createdAt: true,
          outlet: { select: { id: true, name: true } },
          _count: { select: { assertions: true } },
        },
      });
      if (!before) throw new NotFoundException(`Article ${id} not found`);
      // Claim groups that lose members with it must be analysed again (or dissolved).
      const groups = await tx.claimMembership.findMany({
        where: { articleId: id, role: { not: null } },
        select: { groupId: true },
        distinct: ['groupId'],
      });
      await tx.article.delete({ where: { id } });
      await this.audit.record(
        {
          actorId: actor.userId,
          requestId: actor.requestId,
          action: 'article.deleted',
          entityType: 'article',
          entityId: id,
          before,
        },
        tx,
      );
      return groups.map((g) => g.groupId);
    });
    // After commit; if queueing fails the groups stay as they were until their next change.
    if (groupIds.length) {
      await this.queue
        .send<ReanalyseClaimGroupsData>(REANALYSE_CLAIM_GROUPS, { groupIds })
        .catch((e: Error) => this.logger.error(`claim groups of deleted article ${id} not requeued: ${e.message}`));
    }
  }

  /**
   * Queues one article for (re)scoring. The status is set to "queued" before the job is sent, so
   * a fast worker's "scoring"/"scored" can never be overwritten by this request; a job already
   * waiting for the article absorbs the request (jobId null).
   */
  async rescore(id: string, actor: Actor): Promise<RescoreAccepted> {
    const found = await this.prisma.article.updateMany({
      where: { id, status: { not: 'scoring' } },
      data: { status: 'queued', error: null },
    });
    if (found.count === 0 && !(await this.prisma.article.findUnique({ where: { id }, select: { id: true } })))
      throw new NotFoundException(`Article ${id} not found`);
    const jobId = await this.send(() =>
      this.queue.send<ScoreArticleData>(SCORE_ARTICLE, { articleId: id, requestedBy: actor.userId }, id),
    );
    await this.audit.record({
      actorId: actor.userId,
      requestId: actor.requestId,
      action: 'article.rescore-requested',
      entityType: 'article',
      entityId: id,
      after: { jobId },
    });
    return { jobId, statusUrl: statusUrl(id) };
  }

  /** Asks the worker to queue every article not scored under the current rubric (one such job at a time). */
  async rescoreAll(actor: Actor): Promise<RescoreAccepted> {
    const jobId = await this.send(() => this.queue.send<RescoreAllData>(RESCORE_ALL, { requestedBy: actor.userId }));
    await this.audit.record({
      actorId: actor.userId,
      requestId: actor.requestId,
      action: 'rubric.rescore-all-requested',
      entityType: 'rubric',
      after: { jobId },
    });
    return { jobId };
  }

  private get syndication(): SyndicationDeps {
    return {
      prisma: this.prisma,
      audit: this.audit,
      queue: this.queue,
      outletId: async (tx, name, type) => (await this.outlet(viaPrisma(tx), name, type)).id,
    };
  }

  private async send(fn: () => Promise<string | null>): Promise<string | null> {
    try {
      return await fn();
    } catch (e) {
      this.logger.error(`could not queue a job: ${(e as Error).message}`);
      throw new ServiceUnavailableException('The job queue is unavailable; try again in a moment');
    }
  }

  private async findByHash(hash: string): Promise<UploadResult | null> {
    const [a] = await this.sqlPool.query<{ id: string; status: UploadResult['status'] }>(
      `SELECT "id"::text AS id, "status"::text AS status FROM "Article" WHERE "contentHash" = $1`,
      [hash],
    );
    return a ? { id: a.id, status: a.status, statusUrl: statusUrl(a.id), duplicate: true } : null;
  }

  /**
   * Find-or-create by unique name without a race: INSERT … ON CONFLICT DO NOTHING, or the row
   * already there, in one round trip (two when a concurrent upload was creating it). A type given with the upload fills in an outlet that has
   * none; it never overwrites one. Returns the outlet's type as scoring will read it.
   */
  private async outlet(
    sql: Sql,
    name: string,
    type: OutletType | undefined,
  ): Promise<{ id: string; type: string | null }> {
    let [outlet] = await sql.query<{ id: string; type: string | null }>(
      `WITH ins AS (
         INSERT INTO "Outlet" ("id", "name", "type") VALUES (gen_random_uuid(), $1, $2::"SourceType")
         ON CONFLICT ("name") DO NOTHING RETURNING "id", "type"
       )
       SELECT "id"::text AS id, "type"::text AS type FROM ins
       UNION ALL
       SELECT "id"::text, "type"::text FROM "Outlet" WHERE "name" = $1`,
      [name, type ?? null],
    );
    // Created meanwhile by a concurrent upload: ON CONFLICT waited for its commit, but the SELECT
    // above ran on the statement's earlier snapshot; a new statement sees the committed row.
    outlet ??= (
      await sql.query<{ id: string; type: string | null }>(
        `SELECT "id"::text AS id, "type"::text AS type FROM "Outlet" WHERE "name" = $1`,
        [name],
      )
    )[0];
    if (!outlet) throw new Error(`outlet "${name}" was neither found nor created`);
    if (type && !outlet.type) {
      await sql.query(`UPDATE "Outlet" SET "type" = $2::"SourceType" WHERE "id" = $1::uuid AND "type" IS NULL`, [
        outlet.id,
        type,
      ]);
      return { id: outlet.id, type };
    }
    return outlet;
  }
}
