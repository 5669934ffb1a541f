import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { Prisma } from '../generated/prisma/client';
import { PrismaService } from '../database/prisma.service';
import { SqlPool } from '../database/sql-pool';
import { ArticleSort, ListArticlesQuery } from './dto/list-articles.query';
import type { Article, ArticleListItem, ArticleListRow, AssertionsResponse, Page } from '@auditor/contracts';
import { nestAssertionRow, toAssertionView, type FlatAssertionRow } from '../assertion-view/assertion-view';
import { ArticleStatusWaiter } from './article-status-waiter';
import { phraseTotal, planSearch, SAMPLE_SIZE, type SearchPlan } from './search-plan';

const LIST_SELECT = {
  id: true,
  title: true,
  url: true,
  author: true,
  publishedAt: true,
  publishedAtSource: true,
  status: true,
  rubricVersion: true,
  createdAt: true,
  scoredAt: true,
  outlet: { select: { id: true, name: true, type: true } },
} satisfies Prisma.ArticleSelect;

type ListRow = Prisma.ArticleGetPayload<{ select: typeof LIST_SELECT }>;
interface Means {
  sq: number | null;
  al: number | null;
}
const iso = (d: Date | null) => d?.toISOString() ?? null;
const round1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);
// Spread first, then the dates as ISO strings: the keys keep their places in the JSON.
const toListItem = (a: ListRow, assertions: number, means: Means | undefined): ArticleListItem => ({
  ...a,
  publishedAt: iso(a.publishedAt),
  createdAt: a.createdAt.toISOString(),
  scoredAt: iso(a.scoredAt),
  assertionCount: assertions,
  avgSourcingQuality: round1(means?.sq ?? null),
  avgAlarmism: round1(means?.al ?? null),
});

/** A bare date as an upper bound means "up to the end of that day". */
function upperBound(to: string): Date {
  if (/^\d{4}-\d{2}-\d{2}$/.test(to)) return new Date(new Date(`${to}T00:00:00Z`).getTime() + 86_400_000);
  return new Date(new Date(to).getTime() + 1);
}

/**
 * An article's mean scores come from its corpus summary row (source_article_stats, kept current by
 * the summaries module: current rubric, reviews applied, dismissed assertions left out), so sorting
 * a million assertions' articles by score reads one row per article, not their assertions.
 */
// Kind 'corpus' has the one source CORPUS_ID; leaving it out of the condition lets the partial
// covering index source_article_stats_article_means_idx serve the join.
const MEANS_JOIN = Prisma.sql`LEFT JOIN "source_article_stats" st ON st."article_id" = ar."id" AND st."kind" = 'corpus'
  AND st."variant" = 'reviewed'`;
const SQ = Prisma.sql`(st."sq_sum"::float8 / nullif(st."n", 0))`;
const AL = Prisma.sql`(st."al_sum"::float8 / nullif(st."n", 0))`;

const SORT_COLUMNS: Record<Exclude<ArticleSort, 'relevance'>, Prisma.Sql> = {
  uploaded: Prisma.sql`ar."createdAt"`,
  published: Prisma.sql`ar."publishedAt"`,
  title: Prisma.sql`lower(ar."title")`,
  outlet: Prisma.sql`lower(o."name")`,
  assertions: Prisma.sql`coalesce(ac."n", 0)`,
  sourcing: SQ,
  alarmism: AL,
};

/** Reads for the articles API; every list is answered with a fixed, small number of queries. */
@Injectable()
export class ArticleQueries {
  constructor(
    private readonly prisma: PrismaService,
    private readonly sql: SqlPool,
    private readonly statusWaiter: ArticleStatusWaiter,
  ) {}

  /**
   * Filters, full-text search and sorting run in one SQL statement over Article (stored tsvector,
   * GIN index), joined to outlets and the articles' summary rows only when a filter or the sort
   * needs them; the page's rows are then read through Prisma, and for a search, the matching
   * assertions of the page's articles are counted. Phrases take two steps (see search-plan.ts).
   */
  async list(q: ListArticlesQuery): Promise<Page<ArticleListRow>> {
    if (q.sort === 'relevance' && !q.q) throw new BadRequestException('sort=relevance needs a search (q)');
    if (q.sqMin !== undefined && q.sqMax !== undefined && q.sqMin > q.sqMax)
      throw new BadRequestException('sqMin must not be above sqMax');
    if (q.alMin !== undefined && q.alMax !== undefined && q.alMin > q.alMax)
      throw new BadRequestException('alMin must not be above alMax');
    const search = q.q ? await this.planSearch(q.q) : null;
    const exact = search ? Prisma.sql`${search.exact}::tsquery` : null;

    const sort: ArticleSort = q.sort ?? (q.q ? 'relevance' : 'uploaded');
    const scoreFilter = [q.sqMin, q.sqMax, q.alMin, q.alMax].some((x) => x !== undefined);
    const joinOutlet = Boolean(q.outlet || q.outletType) || sort === 'outlet';
    const joinMeans = scoreFilter || sort === 'sourcing' || sort === 'alarmism';
    const joinCounts = sort === 'assertions';
    const conds: Prisma.Sql[] = [];
    if (q.status) conds.push(Prisma.sql`ar."status" = ${q.status}::"ArticleStatus"`);
    if (q.outlet) conds.push(Prisma.sql`lower(o."name") = lower(${q.outlet.trim()})`);
    if (q.outletType) conds.push(Prisma.sql`o."type" = ${q.outletType}::"SourceType"`);
    if (search) conds.push(Prisma.sql`ar."search" @@ ${search.relaxed ?? search.exact}::tsquery`);
    if (q.from) conds.push(Prisma.sql`ar."publishedAt" >= ${new Date(q.from)}`);
    if (q.to) conds.push(Prisma.sql`ar."publishedAt" < ${upperBound(q.to)}`);
    if (q.undated === 'true') conds.push(Prisma.sql`ar."publishedAt" IS NULL`);
    if (q.sqMin !== undefined) conds.push(Prisma.sql`${SQ} >= ${q.sqMin}`);
    if (q.sqMax !== undefined) conds.push(Prisma.sql`${SQ} <= ${q.sqMax}`);
    if (q.alMin !== undefined) conds.push(Prisma.sql`${AL} >= ${q.alMin}`);
    if (q.alMax !== undefined) conds.push(Prisma.sql`${AL} <= ${q.alMax}`);

    const dir = Prisma.raw((q.order ?? (sort === 'title' || sort === 'outlet' ? 'asc' : 'desc')).toUpperCase());
    // Relevance: title matches first (ranked on the title's own small vector), then the newest.
    const keys: [Prisma.Sql, Prisma.Sql] =
      sort === 'relevance'
        ? [Prisma.sql`ts_rank(ar."titleSearch", ${exact!})`, Prisma.sql`ar."publishedAt"`]
        : [SORT_COLUMNS[sort], Prisma.sql`NULL::int`];
    const where = conds.length ? Prisma.sql`WHERE ${Prisma.join(conds, ' AND ')}` : Prisma.empty;
    const from = Prisma.sql`FROM "Article" ar
      ${joinOutlet ? Prisma.sql`LEFT JOIN "Outlet" o ON o."id" = ar."outletId"` : Prisma.empty}
      ${joinMeans ? MEANS_JOIN : Prisma.empty}
      ${joinCounts ? Prisma.sql`LEFT JOIN "article_assertion_counts" ac ON ac."article_id" = ar."id"` : Prisma.empty} ${where}`;
    const offset = (q.page - 1) * q.pageSize;

    const { ids, total, estimated } = search?.relaxed
      ? await this.phrasePage(from, keys, dir, search.exact, offset, q.pageSize)
      : await this.plainPage(from, keys, dir, offset, q.pageSize, Boolean(search));
    const [rows, counts, means, hits] = await Promise.all([
      this.prisma.article.findMany({ where: { id: { in: ids } }, select: LIST_SELECT }),
      this.assertionCounts(ids),
      this.meansOf(ids),
      exact && ids.length ? this.matchingAssertions(ids, exact) : Promise.resolve([]),
    ]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const hitById = new Map(hits.map((h) => [h.article_id, h]));
    const items = ids.flatMap((id): ArticleListRow[] => {
      const row = byId.get(id);
      if (!row) return []; // deleted between the two reads
      const item: ArticleListRow = toListItem(row, counts.get(id) ?? 0, means.get(id));
      if (search) {
        const h = hitById.get(id);
        item.match = { matchingAssertions: h?.n ?? 0, snippet: h?.first ?? null };
      }
      return [item];
    });
    return { items, page: q.page, pageSize: q.pageSize, total, ...(estimated ? { totalEstimated: true } : {}) };
  }

  /** The search as PostgreSQL parses it (web-search syntax), and whether a phrase can be relaxed. */
  private async planSearch(text: string): Promise<SearchPlan> {
    const [{ query }] = await this.prisma.$queryRaw<Array<{ query: string }>>`
      SELECT websearch_to_tsquery('english', ${text})::text AS query`;
    return planSearch(query);
  }

  /** One statement: the page in order and the total over the window. */
  private async plainPage(
    from: Prisma.Sql,
    [k1, k2]: [Prisma.Sql, Prisma.Sql],
    dir: Prisma.Sql,
    offset: number,
    limit: number,
    searched: boolean,
  ): Promise<{ ids: string[]; total: number; estimated: boolean }> {
    // Undated articles and unscored ones sort last whichever the direction: they have no value to compare.
    const select = this.prisma.$queryRaw<Array<{ id: string; total: bigint }>>`
      SELECT ar."id", count(*) OVER () AS total
      ${from}
      ORDER BY ${k1} ${dir} NULLS LAST, ${k2} ${dir} NULLS LAST, ar."createdAt" DESC, ar."id" DESC
      LIMIT ${limit} OFFSET ${offset}`;
    const page = searched ? await this.withoutSeqScan(select) : await select;
    const total = page.length
      ? Number(page[0].total)
      : Number((await this.prisma.$queryRaw<Array<{ n: bigint }>>`SELECT count(*) AS n ${from}`)[0].n);
    return { ids: page.map((r) => r.id), total, estimated: false };
  }

  /**
   * A phrase search: candidates (every word, through the index alone) sorted, then checked for the
   * phrase one by one until the page is full; the sample for the total is checked in the same
   * statement. The scalar subquery keeps the check per row, after the sort, under the LIMIT.
   */
  private async phrasePage(
    from: Prisma.Sql,
    [k1, k2]: [Prisma.Sql, Prisma.Sql],
    dir: Prisma.Sql,
    exact: string,
    offset: number,
    limit: number,
  ): Promise<{ ids: string[]; total: number; estimated: boolean }> {
    const holds = (id: Prisma.Sql) =>
      Prisma.sql`(SELECT v."search" @@ ${exact}::tsquery FROM "Article" v WHERE v."id" = ${id})`;
    const rows = await this.withoutSeqScan(
      this.prisma.$queryRaw<Array<{ id: string | null; candidates: bigint; sampled: bigint; matched: bigint }>>`
        WITH cand AS MATERIALIZED (
          SELECT ar."id", ar."createdAt", ${k1} AS k1, ${k2} AS k2 ${from}
        ),
        page AS (
          SELECT p."id", row_number() OVER () AS ord FROM (
            SELECT c."id" FROM (SELECT * FROM cand ORDER BY k1 ${dir} NULLS LAST, k2 ${dir} NULLS LAST, "createdAt" DESC, "id" DESC) c
            WHERE ${holds(Prisma.sql`c."id"`)}
            LIMIT ${limit} OFFSET ${offset}
          ) p
        ),
        sample AS (
          SELECT count(*) AS sampled, count(*) FILTER (WHERE ${holds(Prisma.sql`s."id"`)}) AS matched
          FROM (SELECT "id" FROM cand ORDER BY "id" LIMIT ${SAMPLE_SIZE}) s
        )
        SELECT page."id", (SELECT count(*) FROM cand) AS candidates, sample.sampled, sample.matched
        FROM sample LEFT JOIN page ON true
        ORDER BY page.ord`,
    );
    const ids = rows.flatMap((r) => (r.id ? [r.id] : []));
    const first = rows[0]!;
    return {
      ids,
      ...phraseTotal({
        candidates: Number(first.candidates),
        sampled: Number(first.sampled),
        sampledMatches: Number(first.matched),
        offset,
        returned: ids.length,
        pageSize: limit,
      }),
    };
  }

  /**
   * The planner prices @@ as nearly free, so for a common word it scans every article and detoasts
   * each one's whole-text vector (20× the GIN index's cost at 4,000 articles): a search's statement
   * is planned without sequential scans.
   */
  private async withoutSeqScan<T>(statement: Prisma.PrismaPromise<T>): Promise<T> {
    return (await this.prisma.$transaction([this.prisma.$executeRaw`SET LOCAL enable_seqscan = off`, statement]))[1];
  }

  /**
   * The page's assertions that match, read by article (a thousand small rows at most) and tested
   * one by one: through the assertions' GIN index a common word would first collect a third of a
   * million rows to intersect with the page.
   */
  private matchingAssertions(ids: string[], query: Prisma.Sql) {
    return this.prisma.$queryRaw<Array<{ article_id: string; n: number; first: string | null }>>`
      WITH x AS MATERIALIZED (
        SELECT "articleId", "position", "text", "search" FROM "Assertion" WHERE "articleId" = ANY(${ids}::uuid[])
      )
      SELECT x."articleId" AS article_id, count(*)::int AS n, (array_agg(x."text" ORDER BY x."position"))[1] AS first
      FROM x WHERE x."search" @@ ${query}
      GROUP BY x."articleId"`;
  }

  /** Mean scores of the page's articles, from their corpus summary rows. */
  private async meansOf(ids: string[]): Promise<Map<string, Means>> {
    if (!ids.length) return new Map();
    const rows = await this.prisma.$queryRaw<Array<Means & { id: string }>>`
      SELECT ar."id", ${SQ} AS sq, ${AL} AS al FROM "Article" ar ${MEANS_JOIN} WHERE ar."id" = ANY(${ids}::uuid[])`;
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** Assertions per article, kept by triggers on Assertion (table article_assertion_counts). */
  private async assertionCounts(ids: string[]): Promise<Map<string, number>> {
    if (!ids.length) return new Map();
    const rows = await this.prisma.$queryRaw<Array<{ id: string; n: number }>>`
      SELECT "article_id" AS id, "n" FROM "article_assertion_counts" WHERE "article_id" = ANY(${ids}::uuid[])`;
    return new Map(rows.map((r) => [r.id, r.n]));
  }

  async get(id: string): Promise<Article> {
    const a = await this.prisma.article.findUnique({
      where: { id },
      select: {
        ...LIST_SELECT,
        text: true,
        format: true,
        error: true,
        summary: true,
        contentHash: true,
        createdById: true,
        updatedAt: true,
        original: { select: { mediaType: true, filename: true } },
      },
    });
    if (!a) throw new NotFoundException(`Article ${id} not found`);
    const [means, counts] = await Promise.all([this.meansOf([id]).then((m) => m.get(id)), this.assertionCounts([id])]);
    return {
      ...a,
      publishedAt: iso(a.publishedAt),
      createdAt: a.createdAt.toISOString(),
      scoredAt: iso(a.scoredAt),
      updatedAt: a.updatedAt.toISOString(),
      assertionCount: counts.get(id) ?? 0,
      avgSourcingQuality: round1(means?.sq ?? null),
      avgAlarmism: round1(means?.al ?? null),
    };
  }

  /** Waits until a queued article is scored or failed (or deleted), up to `ms`; returns its status. */
  async waitForScoring(id: string, ms: number): Promise<string> {
    const status = () =>
      this.sql
        .query<{ status: string }>(`SELECT "status"::text AS status FROM "Article" WHERE "id" = $1::uuid`, [id])
        .then(([row]) => row?.status ?? 'deleted');
    return this.statusWaiter.wait(id, ms, status, (s) => s === 'scored' || s === 'failed' || s === 'deleted');
  }

  /**
   * Assertions scored under one rubric version (the article's current one by default), in text
   * order, with attribution, scores, the latest review, the claim standing and the other versions
   * each was scored under: one query after the article lookup, flat rows assembled here (Prisma's
   * nested select took about 25 ms of this process's CPU for 155 assertions, more than the query;
   * read through plain pg, as the scoring job writes, since Prisma's row decoding of the signals
   * was the next largest cost of an upload answered with its assertions).
   */
  async assertions(id: string, requested?: string): Promise<AssertionsResponse> {
    const [article] = await this.sql.query<{ rubricVersion: string | null }>(
      `SELECT "rubricVersion" FROM "Article" WHERE "id" = $1::uuid`,
      [id],
    );
    if (!article) throw new NotFoundException(`Article ${id} not found`);
    const version = requested ?? article.rubricVersion;
    if (!version) return { articleId: id, rubricVersion: null, assertions: [] };
    const rows = await this.sql.query<FlatAssertionRow>(
      `
      SELECT x."id"::text AS id, x."position", x."start", x."end", x."text",
             s."provenance"::text AS provenance, s."sourcingQuality", s."alarmism", s."hedged", s."admiralty", s."signals",
             at."sourceText", at."spanStart", at."spanEnd", at."cue", at."named", at."via",
             at."citedSourceId"::text AS "citedSourceId", cs."canonicalName", cs."type"::text AS "sourceType",
             rv."decision"::text AS decision, rv."overrides", rv."reason", rv."reviewerId"::text AS "reviewerId",
             rv."createdAt" AS "reviewedAt",
             m."groupId"::text AS "groupId", m."role", m."contradicted",
             g."members", g."independentOrigins",
             (SELECT array_agg(o."rubricVersion" ORDER BY o."rubricVersion") FROM "Score" o
               WHERE o."assertionId" = x."id" AND o."rubricVersion" <> $2) AS "otherVersions"
        FROM "Assertion" x
        JOIN "Score" s ON s."assertionId" = x."id" AND s."rubricVersion" = $2
        LEFT JOIN "Attribution" at ON at."scoreId" = s."id"
        LEFT JOIN "CitedSource" cs ON cs."id" = at."citedSourceId"
        LEFT JOIN LATERAL (
          SELECT r."decision", r."overrides", r."reason", r."reviewerId", r."createdAt" FROM "Review" r
           WHERE r."assertionId" = x."id" ORDER BY r."createdAt" DESC, r."id" DESC LIMIT 1
        ) rv ON true
        LEFT JOIN "ClaimMembership" m ON m."assertionId" = x."id"
        LEFT JOIN "ClaimGroup" g ON g."id" = m."groupId" AND m."role" IS NOT NULL
       WHERE x."articleId" = $1::uuid
       ORDER BY x."start", x."end"`,
      [id, version],
    );
    return {
      articleId: id,
      rubricVersion: version,
      assertions: rows.map((r) =>
        toAssertionView(
          nestAssertionRow(r, version),
          r.otherVersions ?? [],
          r.members !== null && r.groupId
            ? { id: r.groupId, members: r.members, independentOrigins: r.independentOrigins! }
            : undefined,
        ),
      ),
    };
  }

  async original(id: string): Promise<{ mediaType: string; filename: string; bytes: Uint8Array }> {
    const o = await this.prisma.articleOriginal.findUnique({
      where: { articleId: id },
      select: { mediaType: true, filename: true, bytes: true, article: { select: { format: true } } },
    });
    if (!o) {
      const exists = await this.prisma.article.findUnique({ where: { id }, select: { id: true } });
      throw new NotFoundException(exists ? `Article ${id} has no stored original` : `Article ${id} not found`);
    }
    const ext = o.article.format === 'pdf' ? 'pdf' : o.article.format === 'html' ? 'html' : 'txt';
    return { mediaType: o.mediaType, filename: o.filename ?? `article-${id}.${ext}`, bytes: o.bytes };
  }
}
