import { Injectable, NotFoundException } from '@nestjs/common';
import type { AmplifiedClaim, AmplifiedClaimsResponse, ArticlePublications, ClaimPage } from '@auditor/contracts';
import { Prisma } from '../generated/prisma/client';
import { PrismaService } from '../database/prisma.service';
import { currentScore } from '../assertion-view/current-score.sql';
import { formatSourceId, SourceRef } from '../summaries/source-id';
import type { DateWindow } from '../sources/date-window';
import { buildClaimPage, MemberRow, PublicationRow, StoredAnalysis } from './claim-page';

interface AmplifiedRow {
  id: string;
  text: string | null;
  origin: string | null;
  members: number;
  amplifications: number;
  independentOrigins: number;
  amplifiedOnly: boolean;
  sourceMembers: bigint;
}

@Injectable()
export class ClaimsService {
  constructor(private readonly prisma: PrismaService) {}

  async claim(id: string): Promise<ClaimPage> {
    const group = await this.prisma.claimGroup.findUnique({ where: { id } });
    if (!group)
      throw new NotFoundException(`Claim group ${id} not found (a claim made by a single assertion has no group)`);
    const members = await this.prisma.$queryRaw<MemberRow[]>`
      SELECT m."assertionId"::text AS "assertionId", x.text, ar.id::text AS "articleId", ar.title,
             o.id::text AS "outletId", o.name AS "outletName", cs.id::text AS "citedId", cs."canonicalName" AS "citedName",
             coalesce(s.provenance::text, m.provenance::text) AS provenance, m."publishedAt", m.role,
             m."matchedAssertionId"::text AS "matchedAssertionId",
             s."sourcingQuality", s.alarmism, s.admiralty
      FROM "ClaimMembership" m
      JOIN "Assertion" x ON x.id = m."assertionId"
      JOIN "Article" ar ON ar.id = x."articleId"
      ${currentScore('LEFT JOIN')}
      LEFT JOIN "Outlet" o ON o.id = ar."outletId"
      LEFT JOIN "Attribution" att ON att."scoreId" = s.id
      LEFT JOIN "CitedSource" cs ON cs.id = att."citedSourceId"
      WHERE m."groupId" = ${id}::uuid`;
    const articleIds = [...new Set(members.map((m) => m.articleId))];
    const publications = await this.prisma.$queryRaw<PublicationRow[]>`
      SELECT p."articleId"::text AS "articleId", o.id::text AS "outletId", o.name AS "outletName",
             p."publishedAt"
      FROM "ArticlePublication" p JOIN "Outlet" o ON o.id = p."outletId"
      WHERE p."articleId" = ANY(${articleIds}::uuid[])`;
    return buildClaimPage({ ...group, analysis: group.analysis as unknown as StoredAnalysis }, members, publications);
  }

  async publications(articleId: string): Promise<ArticlePublications> {
    const article = await this.prisma.article.findUnique({
      where: { id: articleId },
      select: {
        id: true,
        publications: {
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          select: {
            publishedAt: true,
            title: true,
            url: true,
            createdAt: true,
            outlet: { select: { id: true, name: true } },
          },
        },
      },
    });
    if (!article) throw new NotFoundException(`Article ${articleId} not found`);
    return {
      articleId,
      publications: article.publications.map((p) => ({
        outlet: p.outlet,
        publishedAt: p.publishedAt?.toISOString() ?? null,
        title: p.title,
        url: p.url,
        recordedAt: p.createdAt.toISOString(),
      })),
    };
  }

  /**
   * The claim groups a source took part in, most amplified first. An outlet takes part through
   * its articles and its syndicated publications; a cited source through the assertions
   * attributed to it when they were grouped.
   */
  /**
   * The claim groups a source took part in, most amplified first. With a period, only its
   * appearances published in it count (undated ones fall outside any period, as on the card).
   */
  async mostAmplified(ref: SourceRef, limit: number, window: DateWindow): Promise<AmplifiedClaimsResponse> {
    const within = (date: Prisma.Sql) =>
      Prisma.sql`${window.from ? Prisma.sql`AND ${date} >= ${window.from}` : Prisma.empty}
        ${window.toExcl ? Prisma.sql`AND ${date} < ${window.toExcl}` : Prisma.empty}`;
    const exists =
      ref.kind === 'outlet'
        ? await this.prisma.outlet.findUnique({ where: { id: ref.uuid }, select: { id: true } })
        : await this.prisma.citedSource.findUnique({ where: { id: ref.uuid }, select: { id: true } });
    const sourceId = formatSourceId(ref.kind, ref.uuid);
    if (!exists) throw new NotFoundException(`Source ${sourceId} not found`);
    const mine =
      ref.kind === 'outlet'
        ? this.prisma.$queryRaw<AmplifiedRow[]>`
          WITH mine AS (
            SELECT m."groupId", count(*) AS n FROM "ClaimMembership" m JOIN "Article" ar ON ar.id = m."articleId"
            WHERE ar."outletId" = ${ref.uuid}::uuid ${within(Prisma.sql`m."publishedAt"`)} GROUP BY 1
            UNION ALL
            SELECT m."groupId", count(*) FROM "ClaimMembership" m JOIN "ArticlePublication" p ON p."articleId" = m."articleId"
            WHERE p."outletId" = ${ref.uuid}::uuid AND m.specific
              ${within(Prisma.sql`COALESCE(p."publishedAt", m."publishedAt")`)} GROUP BY 1
          ), agg AS (SELECT "groupId", sum(n)::bigint AS n FROM mine GROUP BY 1)
          ${this.amplifiedSelect(limit)}`
        : this.prisma.$queryRaw<AmplifiedRow[]>`
          WITH agg AS (
            SELECT m."groupId", count(*)::bigint AS n FROM "ClaimMembership" m
            -- Memberships keep the name they were grouped under: a source merged into this one since
            -- left its old name among the aliases.
            JOIN "CitedSource" cs ON m."citedSource" = cs."canonicalName" OR m."citedSource" = ANY(cs.aliases)
            WHERE cs.id = ${ref.uuid}::uuid ${within(Prisma.sql`m."publishedAt"`)} GROUP BY 1
          )
          ${this.amplifiedSelect(limit)}`;
    const rows = await mine;
    const items: AmplifiedClaim[] = rows.map((r) => ({
      id: r.id,
      text: r.text ?? '',
      origin: r.origin ?? '',
      members: r.members,
      amplifications: r.amplifications,
      independentOrigins: r.independentOrigins,
      amplifiedOnly: r.amplifiedOnly,
      sourceMembers: Number(r.sourceMembers),
    }));
    return { sourceId, items };
  }

  private amplifiedSelect(limit: number) {
    return Prisma.sql`
      SELECT g.id::text AS id, x.text, g.analysis->'earliest'->>'origin' AS origin, g.members, g.amplifications,
             g."independentOrigins", g."amplifiedOnly", agg.n AS "sourceMembers"
      FROM agg JOIN "ClaimGroup" g ON g.id = agg."groupId"
      LEFT JOIN "Assertion" x ON x.id = (g.analysis->'earliest'->>'assertionId')::uuid
      WHERE g.amplifications > 0
      ORDER BY g.amplifications DESC, g.members DESC, g.id
      LIMIT ${limit}`;
  }
}
