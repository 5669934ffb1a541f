import { Injectable } from '@nestjs/common';
import { CsvValue, toCsv } from './csv';
import { parseWindow, windowParams } from './date-window';
import { ListSourcesQuery, Sort } from './dto/list-sources.query';
import { sourceIdentity, type SourceRowBase } from './source-row';
import { SOURCE_KINDS } from '../summaries/source-id';
import { SourceStatsService } from '../summaries/source-stats.service';
import { CardCache } from '../summaries/card-cache';
import { Statement, SummaryReader } from '../summaries/summary-reader';
import { WINDOW_PARAMS, windowRows, windowValues } from './window-rows.sql';
import type { SourceListItem, SourceListPage } from '@auditor/contracts';
import { escapeLike } from '../common/like-pattern';

interface Row extends SourceRowBase {
  sq: number | null;
  al: number | null;
  anon: number | null;
  claims: number;
  corr: number | null;
  amp: number | null;
  /** Whether the summaries' dirty queue held any article when the page was read (every row says the same). */
  pending: boolean;
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

/** The source list: one prepared aggregate over the reviewed month rows (plus the edge days' rows), then a page. */
@Injectable()
export class SourceListQuery {
  constructor(
    private readonly reader: SummaryReader,
    private readonly stats: SourceStatsService,
    private readonly cache: CardCache,
  ) {}

  /** The page, from the cache while the summaries are unchanged (see CardCache). */
  list(q: ListSourcesQuery): Promise<SourceListPage> {
    return this.cache.get(`list|${JSON.stringify(q)}`, () => this.compute(q));
  }

  private async compute(q: ListSourcesQuery): Promise<SourceListPage> {
    const window = parseWindow(q.from, q.to);
    const csv = q.format === 'csv';
    const order = q.order ?? (q.sort === 'name' ? 'asc' : 'desc');
    const values = [
      q.kind ? [q.kind] : [...SOURCE_KINDS],
      ...windowValues(windowParams(window)),
      q.minAssertions,
      q.type ?? null,
      q.q?.trim() ? `%${escapeLike(q.q.trim())}%` : null,
      csv ? null : q.pageSize,
      csv ? 0 : (q.page - 1) * q.pageSize,
    ];
    // The queue is empty in steady state, so a page is one query (its rows say whether the queue is).
    const { value: rows, queued: pendingRefresh } = await this.stats.readCurrent(
      () => this.reader.query<Row>(listStatement(q.sort, order), values),
      // An empty page carries no flag and asks on its own.
      (page) => (page.length > 0 ? page[0].pending : this.reader.pending()),
    );

    return {
      items: rows.map(toItem),
      page: csv ? 1 : q.page,
      pageSize: csv ? rows.length : q.pageSize,
      total: Number(rows[0]?.total ?? 0),
      pendingRefresh,
    };
  }
}

const listStatements = new Map<string, Statement>();
const P = 2 + WINDOW_PARAMS;

/**
 * The list as a prepared statement per sort and direction (the only text that varies, from a
 * validated enum): $1 kinds, the window from $2, then (from P) minAssertions, type or null, a
 * name pattern or null, page size or null (every row), offset.
 */
export function listStatement(sort: Sort, direction: 'asc' | 'desc'): Statement {
  const name = `source_list_${sort}_${direction}`;
  let s = listStatements.get(name);
  if (s) return s;
  const r = windowRows({
    who: (a) => `${a}."variant" = 'reviewed' AND ${a}."kind" = ANY($1::text[])`,
    columns: 'headline',
    first: 2,
  });
  s = {
    name,
    text: `
      WITH r AS (${r}),
      agg AS (
        SELECT kind, source_id, sum(n) AS n, sum(articles) AS articles, sum(sq_sum) AS sq_sum, sum(al_sum) AS al_sum,
               sum(p_anonymous) AS anon, sum(claims) AS claims, sum(corroborated) AS corr, sum(amplified) AS amp, min(first_at) AS first_at, max(last_at) AS last_at
        FROM r GROUP BY kind, source_id
      ),
      named AS (
        SELECT agg.kind, agg.source_id::text AS source_id, coalesce(o."name", c."canonicalName") AS name,
               coalesce(o."type"::text, c."type"::text) AS type, agg.n::float8 AS n, agg.articles::float8 AS articles,
               agg.sq_sum::float8 / nullif(agg.n, 0) AS sq, agg.al_sum::float8 / nullif(agg.n, 0) AS al,
               agg.anon::float8 / nullif(agg.n, 0) AS anon, agg.claims::float8 AS claims,
               agg.corr::float8 / nullif(agg.claims, 0) AS corr, agg.amp::float8 / nullif(agg.claims, 0) AS amp, agg.first_at, agg.last_at
        FROM agg
        LEFT JOIN "Outlet" o ON agg.kind = 'outlet' AND o."id" = agg.source_id
        LEFT JOIN "CitedSource" c ON agg.kind = 'cited' AND c."id" = agg.source_id
        WHERE agg.n >= $${P}::int
          AND ($${P + 1}::text IS NULL OR coalesce(o."type"::text, c."type"::text) = $${P + 1}::text)
          AND ($${P + 2}::text IS NULL OR coalesce(o."name", c."canonicalName") ILIKE $${P + 2}::text)
      )
      SELECT *, count(*) OVER ()::float8 AS total, EXISTS (SELECT 1 FROM "source_stats_dirty") AS pending FROM named
      ORDER BY ${SORT_SQL[sort]} ${direction.toUpperCase()} NULLS LAST, lower(name), kind, source_id
      LIMIT $${P + 3}::int OFFSET $${P + 4}::int`,
  };
  listStatements.set(name, s);
  return s;
}

function toItem(r: Row): SourceListItem {
  // Assigned, not spread (see toPoint in source-map.query.ts).
  return Object.assign(sourceIdentity(r), {
    sourcingQuality: round(r.sq),
    alarmism: round(r.al),
    anonymousShare: round(r.anon, 4),
    claims: Number(r.claims),
    corroborationRate: round(r.corr, 4),
    amplificationRate: round(r.amp, 4),
  });
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
