import { Injectable } from '@nestjs/common';
import { Prisma } from '../generated/prisma/client';
import { PrismaService } from '../database/prisma.service';
import { parseWindow } from './date-window';
import { SourceMapQuery } from './dto/source-map.query';
import { indexFigures } from './report-card.metrics';
import { sourceIdentity, type SourceRowBase } from './source-row';
import { statRows } from './stat-rows.sql';
import { CORPUS_ID } from '../summaries/source-stats.sql';
import { SOURCE_KINDS } from '../summaries/source-id';
import { SourceStatsService } from '../summaries/source-stats.service';
import { CardCache } from '../summaries/card-cache';
import type { MeanWithInterval, SourceMap, SourceMapPoint } from '@auditor/contracts';

interface Row extends SourceRowBase {
  sq_sum: bigint;
  sq_sq: bigint;
  al_sum: bigint;
  al_sq: bigint;
}

interface CorpusRow {
  n: bigint | null;
  sq_sum: bigint | null;
  al_sum: bigint | null;
  /** Whether the summaries' dirty queue held any article when the map was read. */
  pending: boolean;
}

const figures = (r: Row, prefix: 'sq' | 'al'): MeanWithInterval => {
  const { mean, ci95 } = indexFigures(
    { n: Number(r.n), [`${prefix}_sum`]: Number(r[`${prefix}_sum`]), [`${prefix}_sq`]: Number(r[`${prefix}_sq`]) },
    prefix,
  );
  return { mean, ci95 };
};

const mean = (sum: bigint | null, n: number) => (n ? Math.round((Number(sum ?? 0) / n) * 100) / 100 : null);

/**
 * The source map: each source's n, Σx and Σx² summed over its reviewed month rows (plus exact edge
 * days when a date cuts a month), as the list reads them. The cost follows sources × months, never
 * the number of assertions, and the month rows come from the covering index.
 */
@Injectable()
export class SourceMapQueryService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly stats: SourceStatsService,
    private readonly cache: CardCache,
  ) {}

  map(q: SourceMapQuery): Promise<SourceMap> {
    return this.cache.get(`map|${JSON.stringify(q)}`, () => this.compute(q));
  }

  private async compute(q: SourceMapQuery): Promise<SourceMap> {
    const window = parseWindow(q.from, q.to);
    const kinds = q.kind ? [q.kind] : [...SOURCE_KINDS];
    const filters: Prisma.Sql[] = [Prisma.sql`agg.n >= ${q.minAssertions}`];
    if (q.type) filters.push(Prisma.sql`coalesce(o."type"::text, c."type"::text) = ${q.type}`);

    const read = () =>
      Promise.all([
        this.prisma.$queryRaw<Row[]>`
        WITH r AS (${statRows({ kinds, variants: ['reviewed'], window, columns: 'map' })}),
        agg AS (
          SELECT kind, source_id, sum(n) AS n, sum(articles) AS articles, sum(sq_sum) AS sq_sum, sum(sq_sq) AS sq_sq,
                 sum(al_sum) AS al_sum, sum(al_sq) AS al_sq, min(first_at) AS first_at, max(last_at) AS last_at
          FROM r GROUP BY kind, source_id
        )
        SELECT agg.kind, agg.source_id::text AS source_id, coalesce(o."name", c."canonicalName") AS name,
               coalesce(o."type"::text, c."type"::text) AS type, agg.n, agg.articles, agg.sq_sum, agg.sq_sq,
               agg.al_sum, agg.al_sq, agg.first_at, agg.last_at, count(*) OVER () AS total
        FROM agg
        LEFT JOIN "Outlet" o ON agg.kind = 'outlet' AND o."id" = agg.source_id
        LEFT JOIN "CitedSource" c ON agg.kind = 'cited' AND c."id" = agg.source_id
        WHERE ${Prisma.join(filters, ' AND ')}
        ORDER BY agg.n DESC, lower(coalesce(o."name", c."canonicalName")), agg.kind, agg.source_id
        LIMIT ${q.limit}`,
        this.prisma.$queryRaw<CorpusRow[]>`
        SELECT sum(n) AS n, sum(sq_sum) AS sq_sum, sum(al_sum) AS al_sum,
               EXISTS (SELECT 1 FROM "source_stats_dirty") AS pending
        FROM (${statRows({ kinds: ['corpus'], sourceId: CORPUS_ID, variants: ['reviewed'], window, columns: 'map' })}) r`,
      ]);
    let [rows, [corpus]] = await read();
    // As for a card: one read in steady state; when the corpus row says articles are queued, refresh and read again.
    let pendingRefresh = 0;
    if (corpus?.pending) {
      pendingRefresh = await this.stats.catchUp(this.cache.mayLag() ? this.cache.maxStaleMs : 0);
      [rows, [corpus]] = await read();
    }

    const n = Number(corpus?.n ?? 0);
    return {
      period: { from: window.from?.toISOString() ?? null, toExclusive: window.toExcl?.toISOString() ?? null },
      corpus: {
        assertions: n,
        sourcingQuality: mean(corpus?.sq_sum ?? null, n),
        alarmism: mean(corpus?.al_sum ?? null, n),
      },
      points: rows.map(toPoint),
      total: Number(rows[0]?.total ?? 0),
      limit: q.limit,
      pendingRefresh,
    };
  }
}

function toPoint(r: Row): SourceMapPoint {
  return { ...sourceIdentity(r), sourcingQuality: figures(r, 'sq'), alarmism: figures(r, 'al') };
}
