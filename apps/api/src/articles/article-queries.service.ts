import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { Prisma } from '../generated/prisma/client';
import { PrismaService } from '../database/prisma.service';
import { ArticleSort, ListArticlesQuery } from './dto/list-articles.query';
import type { Article, ArticleListItem, ArticleListRow, AssertionsResponse, Page } from '@auditor/contracts';
import { SCORE_SELECT, toAssertionView } from '../assertion-view/assertion-view';

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
const TSQUERY = (q: string) => Prisma.sql`websearch_to_tsquery('english', ${q})`;

const SORT_COLUMNS: Record<Exclude<ArticleSort, 'relevance'>, Prisma.Sql> = {
  uploaded: Prisma.sql`ar."createdAt"`,
  published: Prisma.sql`ar."publishedAt"`,
  title: Prisma.sql`lower(ar."title")`,
  outlet: Prisma.sql`lower(o."name")`,
  assertions: Prisma.sql`(SELECT count(*) FROM "Assertion" c WHERE c."articleId" = ar."id")`,
  sourcing: SQ,
  alarmism: AL,
};

/** Reads for the articles API; every list is answered with a fixed, small number of queries. */
@Injectable()
export class ArticleQueries {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Filters, full-text search and sorting run in one SQL statement over Article (stored tsvector,
   * GIN index) and the articles' summary rows; the page's rows are then read through Prisma, and
   * for a search, the matching assertions of the page's articles are counted (GIN index again).
   */
  async list(q: ListArticlesQuery): Promise<Page<ArticleListRow>> {
    if (q.sort === 'relevance' && !q.q) throw new BadRequestException('sort=relevance needs a search (q)');
    const conds: Prisma.Sql[] = [];
    if (q.status) conds.push(Prisma.sql`ar."status" = ${q.status}::"ArticleStatus"`);
    if (q.outlet) conds.push(Prisma.sql`lower(o."name") = lower(${q.outlet.trim()})`);
    if (q.outletType) conds.push(Prisma.sql`o."type" = ${q.outletType}::"SourceType"`);
    if (q.q) conds.push(Prisma.sql`ar."search" @@ ${TSQUERY(q.q)}`);
    if (q.from) conds.push(Prisma.sql`ar."publishedAt" >= ${new Date(q.from)}`);
    if (q.to) conds.push(Prisma.sql`ar."publishedAt" < ${upperBound(q.to)}`);
    if (q.undated === 'true') conds.push(Prisma.sql`ar."publishedAt" IS NULL`);
    if (q.sqMin !== undefined) conds.push(Prisma.sql`${SQ} >= ${q.sqMin}`);
    if (q.sqMax !== undefined) conds.push(Prisma.sql`${SQ} <= ${q.sqMax}`);
    if (q.alMin !== undefined) conds.push(Prisma.sql`${AL} >= ${q.alMin}`);
    if (q.alMax !== undefined) conds.push(Prisma.sql`${AL} <= ${q.alMax}`);
    if (q.sqMin !== undefined && q.sqMax !== undefined && q.sqMin > q.sqMax)
      throw new BadRequestException('sqMin must not be above sqMax');
    if (q.alMin !== undefined && q.alMax !== undefined && q.alMin > q.alMax)
      throw new BadRequestException('alMin must not be above alMax');

    const sort: ArticleSort = q.sort ?? (q.q ? 'relevance' : 'uploaded');
    const dir = Prisma.raw((q.order ?? (sort === 'title' || sort === 'outlet' ? 'asc' : 'desc')).toUpperCase());
    // Relevance: title matches first (ranked on the title's own small vector), then the newest.
    const key =
      sort === 'relevance'
        ? Prisma.sql`ts_rank(ar."titleSearch", ${TSQUERY(q.q!)}) ${dir}, ar."publishedAt"`
        : SORT_COLUMNS[sort];
    const where = conds.length ? Prisma.sql`WHERE ${Prisma.join(conds, ' AND ')}` : Prisma.empty;
    const from = Prisma.sql`FROM "Article" ar LEFT JOIN "Outlet" o ON o."id" = ar."outletId" ${MEANS_JOIN} ${where}`;

    const offset = (q.page - 1) * q.pageSize;
    // Undated articles and unscored ones sort last whichever the direction: they have no value to compare.
    const select = this.prisma.$queryRaw<Array<{ id: string; sq: number | null; al: number | null; total: bigint }>>`
      SELECT ar."id", ${SQ} AS sq, ${AL} AS al, count(*) OVER () AS total
      ${from}
      ORDER BY ${key} ${dir} NULLS LAST, ar."createdAt" DESC, ar."id" DESC
      LIMIT ${q.pageSize} OFFSET ${offset}`;
    // The planner prices @@ as nearly free, so for a common word it scans every article and
    // detoasts each one's whole-text vector (20× the GIN index's cost at 4,000 articles): with a
    // search, this statement alone is planned without sequential scans.
    const page = q.q
      ? (await this.prisma.$transaction([this.prisma.$executeRaw`SET LOCAL enable_seqscan = off`, select]))[1]
      : await select;
    const total = page.length
      ? Number(page[0].total)
      : Number((await this.prisma.$queryRaw<Array<{ n: bigint }>>`SELECT count(*) AS n ${from}`)[0].n);

    const ids = page.map((r) => r.id);
    const [rows, counts, hits] = await Promise.all([
      this.prisma.article.findMany({ where: { id: { in: ids } }, select: LIST_SELECT }),
      this.assertionCounts(ids),
      q.q && ids.length
        ? this.prisma.$queryRaw<Array<{ article_id: string; n: number; first: string | null }>>`
            SELECT x."articleId" AS article_id, count(*)::int AS n, (array_agg(x."text" ORDER BY x."position"))[1] AS first
            FROM "Assertion" x
            WHERE x."articleId" = ANY(${ids}::uuid[]) AND x."search" @@ ${TSQUERY(q.q)}
            GROUP BY x."articleId"`
        : Promise.resolve([]),
    ]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const hitById = new Map(hits.map((h) => [h.article_id, h]));
    const items = page.flatMap((p): ArticleListRow[] => {
      const row = byId.get(p.id);
      if (!row) return []; // deleted between the two reads
      const item: ArticleListRow = toListItem(row, counts.get(p.id) ?? 0, p);
      if (q.q) {
        const h = hitById.get(p.id);
        item.match = { matchingAssertions: h?.n ?? 0, snippet: h?.first ?? null };
      }
      return [item];
    });
    return { items, page: q.page, pageSize: q.pageSize, total };
  }

  /**
   * Assertions per article, counted through the articleId index. Prisma's `_count` for several
   * rows joins a count grouped over the whole Assertion table: 200 ms at a million assertions.
   */
  private async assertionCounts(ids: string[]): Promise<Map<string, number>> {
    if (!ids.length) return new Map();
    const rows = await this.prisma.$queryRaw<Array<{ id: string; n: number }>>`
      SELECT "articleId" AS id, count(*)::int AS n FROM "Assertion" WHERE "articleId" = ANY(${ids}::uuid[]) GROUP BY 1`;
    return new Map(rows.map((r) => [r.id, r.n]));
  }

  /** Mean scores of one article, from its corpus summary row. */
  private async means(id: string): Promise<Means | undefined> {
    const [m] = await this.prisma.$queryRaw<Means[]>`
      SELECT ${SQ} AS sq, ${AL} AS al FROM "Article" ar ${MEANS_JOIN} WHERE ar."id" = ${id}::uuid`;
    return m;
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
    const [means, counts] = await Promise.all([this.means(id), this.assertionCounts([id])]);
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

  /** Waits (polling) until a queued article is scored or failed, up to `ms`; returns its status. */
  async waitForScoring(id: string, ms: number): Promise<string> {
    const until = Date.now() + ms;
    for (;;) {
      const row = await this.prisma.article.findUnique({ where: { id }, select: { status: true } });
      if (!row || row.status === 'scored' || row.status === 'failed' || Date.now() > until)
        return row?.status ?? 'deleted';
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /**
   * Assertions scored under one rubric version (the article's current one by default), in text
   * order, with attribution, scores, the latest review and the other versions each was scored
   * under: two queries after the article lookup, whatever the number of assertions.
   */
  async assertions(id: string, requested?: string): Promise<AssertionsResponse> {
    const article = await this.prisma.article.findUnique({ where: { id }, select: { id: true, rubricVersion: true } });
    if (!article) throw new NotFoundException(`Article ${id} not found`);
    const version = requested ?? article.rubricVersion;
    if (!version) return { articleId: id, rubricVersion: null, assertions: [] };

    const [rows, others] = await Promise.all([
      this.prisma.assertion.findMany({
        where: { articleId: id, scores: { some: { rubricVersion: version } } },
        orderBy: [{ start: 'asc' }, { end: 'asc' }],
        select: {
          id: true,
          position: true,
          start: true,
          end: true,
          text: true,
          scores: { where: { rubricVersion: version }, select: SCORE_SELECT },
          reviews: {
            orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
            take: 1,
            select: { decision: true, overrides: true, reason: true, reviewerId: true, createdAt: true },
          },
          claim: { select: { groupId: true, role: true, contradicted: true } },
        },
      }),
      this.prisma.score.findMany({
        where: { assertion: { articleId: id }, rubricVersion: { not: version } },
        select: { assertionId: true, rubricVersion: true },
        orderBy: { rubricVersion: 'asc' },
      }),
    ]);
    const otherVersions = new Map<string, string[]>();
    for (const o of others)
      otherVersions.set(o.assertionId, [...(otherVersions.get(o.assertionId) ?? []), o.rubricVersion]);
    const groupIds = [...new Set(rows.flatMap((r) => (r.claim?.role ? [r.claim.groupId] : [])))];
    const groups = groupIds.length
      ? await this.prisma.claimGroup.findMany({
          where: { id: { in: groupIds } },
          select: { id: true, members: true, independentOrigins: true },
        })
      : [];
    const byId = new Map(groups.map((g) => [g.id, g]));
    return {
      articleId: id,
      rubricVersion: version,
      assertions: rows.map((r) =>
        toAssertionView(r, otherVersions.get(r.id) ?? [], r.claim?.role ? byId.get(r.claim.groupId) : undefined),
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
