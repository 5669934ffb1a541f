import { Injectable, NotFoundException } from '@nestjs/common';
import { Prisma } from '../generated/prisma/client';
import { PrismaService } from '../database/prisma.service';
import { ListArticlesQuery } from './dto/list-articles.query';
import type { Article, ArticleListItem, AssertionsResponse, Page } from '@auditor/contracts';
import { SCORE_SELECT, toAssertionView } from '../assertion-view/assertion-view';
import { escapeLike } from '../common/like-pattern';

const LIST_SELECT = {
  id: true,
  title: true,
  url: true,
  author: true,
  publishedAt: true,
  status: true,
  rubricVersion: true,
  createdAt: true,
  scoredAt: true,
  outlet: { select: { id: true, name: true, type: true } },
  _count: { select: { assertions: true } },
} satisfies Prisma.ArticleSelect;

type ListRow = Prisma.ArticleGetPayload<{ select: typeof LIST_SELECT }>;
const iso = (d: Date | null) => d?.toISOString() ?? null;
// Spread first, then the dates as ISO strings: the keys keep their places in the JSON.
const toListItem = ({ _count, ...a }: ListRow): ArticleListItem => ({
  ...a,
  publishedAt: iso(a.publishedAt),
  createdAt: a.createdAt.toISOString(),
  scoredAt: iso(a.scoredAt),
  assertionCount: _count.assertions,
});

/** A bare date as an upper bound means "up to the end of that day". */
function upperBound(to: string): Prisma.DateTimeFilter {
  if (/^\d{4}-\d{2}-\d{2}$/.test(to)) return { lt: new Date(new Date(`${to}T00:00:00Z`).getTime() + 86_400_000) };
  return { lte: new Date(to) };
}

/** Reads for the articles API; every list is answered with a fixed, small number of queries. */
@Injectable()
export class ArticleQueries {
  constructor(private readonly prisma: PrismaService) {}

  async list(q: ListArticlesQuery): Promise<Page<ArticleListItem>> {
    const publishedAt: Prisma.DateTimeNullableFilter = {};
    if (q.from) publishedAt.gte = new Date(q.from);
    if (q.to) Object.assign(publishedAt, upperBound(q.to));
    const where: Prisma.ArticleWhereInput = {
      ...(q.status && { status: q.status }),
      ...(q.outlet && { outlet: { name: { equals: q.outlet.trim(), mode: 'insensitive' } } }),
      ...(q.q && { title: { contains: escapeLike(q.q.trim()), mode: 'insensitive' } }),
      ...((q.from || q.to) && { publishedAt }),
    };
    const [total, rows] = await this.prisma.$transaction([
      this.prisma.article.count({ where }),
      this.prisma.article.findMany({
        where,
        select: LIST_SELECT,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        skip: (q.page - 1) * q.pageSize,
        take: q.pageSize,
      }),
    ]);
    return { items: rows.map(toListItem), page: q.page, pageSize: q.pageSize, total };
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
    const { _count, ...rest } = a;
    return {
      ...rest,
      publishedAt: iso(a.publishedAt),
      createdAt: a.createdAt.toISOString(),
      scoredAt: iso(a.scoredAt),
      updatedAt: a.updatedAt.toISOString(),
      assertionCount: _count.assertions,
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
