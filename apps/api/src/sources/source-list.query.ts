import { Injectable } from '@nestjs/common';
import { Prisma } from '../generated/prisma/client';
import { PrismaService } from '../database/prisma.service';
import { CsvValue, toCsv } from './csv';
import { parseWindow } from './date-window';
import { ListSourcesQuery, Sort } from './dto/list-sources.query';
import { sourceIdentity, type SourceRowBase } from './source-row';
import { SOURCE_KINDS } from '../summaries/source-id';
import { SourceStatsService } from '../summaries/source-stats.service';
import { CardCache } from '../summaries/card-cache';
import { statRows } from './stat-rows.sql';
import type { SourceListItem, SourceListPage } from '@auditor/contracts';
import { escapeLike } from '../common/like-pattern';

interface Row extends SourceRowBase {
  sq: number | null;
  al: number | null;
  anon: number | null;
  claims: bigint;
  corr: number | null;
  amp: number | null;
}

// Whitelisted ORDER BY expressions: the only dynamic SQL, chosen by a validated enum.
const SORT_SQL: Record<Sort, string> = {
  alarmism: 'al',
  sourcingQuality: 'sq',
  assertions: 'n',
  name: 'lower(name)',
  corroboration: 'corr',
  amplification: 'amp',
};

const round = (v: number | null, digits = 2) => (v === null ? null : Math.round(v * 10 ** digits) / 10 ** digits);

/** The source list: one aggregate over the reviewed month rows (plus exact edge days), then a page. */
@Injectable()
export class SourceListQuery {
  constructor(
    private readonly prisma: PrismaService,
    private readonly stats: SourceStatsService,
    private readonly cache: CardCache,
  ) {}

  /** The page, from the cache while the summaries are unchanged (see CardCache). */
  list(q: ListSourcesQuery): Promise<SourceListPage> {
    return this.cache.get(`list|${JSON.stringify(q)}`, () => this.compute(q));
  }

  private async compute(q: ListSourcesQuery): Promise<SourceListPage> {
    const pendingRefresh = await this.stats.catchUp();
    const window = parseWindow(q.from, q.to);
    const kinds = q.kind ? [q.kind] : [...SOURCE_KINDS];
    const order = Prisma.raw(
      `${SORT_SQL[q.sort]} ${(q.order ?? (q.sort === 'name' ? 'asc' : 'desc')).toUpperCase()} NULLS LAST`,
    );
    const csv = q.format === 'csv';
    const filters: Prisma.Sql[] = [Prisma.sql`agg.n >= ${q.minAssertions}`];
    if (q.type) filters.push(Prisma.sql`coalesce(o."type"::text, c."type"::text) = ${q.type}`);
    if (q.q?.trim())
      filters.push(Prisma.sql`coalesce(o."name", c."canonicalName") ILIKE ${`%${escapeLike(q.q.trim())}%`}`);
    const page = csv ? Prisma.empty : Prisma.sql`LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`;

    const rows = await this.prisma.$queryRaw<Row[]>`
      WITH r AS (${statRows({ kinds, variants: ['reviewed'], window, columns: 'headline' })}),
      agg AS (
        SELECT kind, source_id, sum(n) AS n, sum(articles) AS articles, sum(sq_sum) AS sq_sum, sum(al_sum) AS al_sum,
               sum(p_anonymous) AS anon, sum(claims) AS claims, sum(corroborated) AS corr, sum(amplified) AS amp, min(first_at) AS first_at, max(last_at) AS last_at
        FROM r GROUP BY kind, source_id
      ),
      named AS (
        SELECT agg.kind, agg.source_id::text AS source_id, coalesce(o."name", c."canonicalName") AS name,
               coalesce(o."type"::text, c."type"::text) AS type, agg.n, agg.articles,
               agg.sq_sum::float8 / nullif(agg.n, 0) AS sq, agg.al_sum::float8 / nullif(agg.n, 0) AS al,
               agg.anon::float8 / nullif(agg.n, 0) AS anon, agg.claims,
               agg.corr::float8 / nullif(agg.claims, 0) AS corr, agg.amp::float8 / nullif(agg.claims, 0) AS amp, agg.first_at, agg.last_at
        FROM agg
        LEFT JOIN "Outlet" o ON agg.kind = 'outlet' AND o."id" = agg.source_id
        LEFT JOIN "CitedSource" c ON agg.kind = 'cited' AND c."id" = agg.source_id
        WHERE ${Prisma.join(filters, ' AND ')}
      )
      SELECT *, count(*) OVER () AS total FROM named
      ORDER BY ${order}, lower(name), kind, source_id
      ${page}`;

    return {
      items: rows.map(toItem),
      page: csv ? 1 : q.page,
      pageSize: csv ? rows.length : q.pageSize,
      total: Number(rows[0]?.total ?? 0),
      pendingRefresh,
    };
  }
}

function toItem(r: Row): SourceListItem {
  return {
    ...sourceIdentity(r),
    sourcingQuality: round(r.sq),
    alarmism: round(r.al),
    anonymousShare: round(r.anon, 4),
    claims: Number(r.claims),
    corroborationRate: round(r.corr, 4),
    amplificationRate: round(r.amp, 4),
  };
}

const LIST_HEADER = [
  'id',
  'kind',
  'name',
  'type',
  'articles',
  'assertions',
  'sourcingQuality',
  'alarmism',
  'anonymousShare',
  'claims',
  'corroborationRate',
  'amplificationRate',
  'firstDate',
  'lastDate',
  'smallSample',
] as const;

export function listCsv(items: readonly SourceListItem[]): string {
  return toCsv(
    LIST_HEADER,
    items.map((i) => LIST_HEADER.map((h): CsvValue => i[h])),
  );
}
