import { Prisma } from '../generated/prisma/client';
import { DateWindow, windowParams } from './date-window';
import { SourceKind, SourceRef } from '../summaries/source-id';
import type { Statement } from '../summaries/summary-reader';
import { COMPARISON_COLUMNS, windowRows, windowValues } from './window-rows.sql';
import { CORPUS_ID, ALARMIST_ORDER, UNDATED_AT, WORST_ORDER } from '../summaries/source-stats.sql';
import { summed, SummedRow } from '../summaries/stats-columns';
import { corroboratedAdmiralty } from '../assertion-view/claim-standing.sql';
import { currentScore, newestReview } from '../assertion-view/current-score.sql';

/**
 * A card is one round trip: the source's summary rows (both variants) are read once into `r`
 * and feed the totals, the monthly trend and the merged top lists; the corpus rows feed the
 * comparison, summing only the counters it shows (COMPARISON_COLUMNS). At most a few hundred
 * summary rows are read (months of one source, plus exact edge days when a date filter cuts a
 * month); Assertion and Score are touched only to fetch the ten listed assertions by primary
 * key, without their signals (GET /api/assertions/:id has them). `pending` tells the caller to
 * refresh and read again.
 */

export type TotalsRow = SummedRow & {
  kind: string;
  variant: string;
  first_at: string | null;
  last_at: string | null;
  versions: string[] | null;
};

export interface TrendRow {
  month: string;
  n: number;
  sq_sum: number;
  al_sum: number;
}

export interface TopRow {
  list: 'alarmist' | 'worst';
  assertion_id: string;
  al: number;
  sq: number;
  text: string;
  article_id: string;
  title: string | null;
  published_at: string | null;
  provenance: string | null;
  admiralty: string | null;
  hedged: boolean | null;
  decision: string | null;
  overrides: Prisma.JsonValue;
}

export interface CardRow {
  who: IdentityRow | null;
  totals: TotalsRow[];
  /** The corpus's counters over the window, COMPARISON_COLUMNS only. */
  corpus: SummedRow | null;
  trend: TrendRow[];
  tops: TopRow[];
  pending: boolean;
}

const statements = new Map<SourceKind, Statement>();

/**
 * The card of one kind of source as a prepared statement: $1 the source's uuid, then the window
 * from $2 (windowValues). Built once per kind; see cardValues.
 */
export function cardStatement(kind: SourceKind): Statement {
  let s = statements.get(kind);
  if (s) return s;
  const r = windowRows({
    who: (a) => `${a}."kind" = '${kind}' AND ${a}."source_id" = $1::uuid AND ${a}."variant" IN ('auto', 'reviewed')`,
    columns: 'card',
    first: 2,
  });
  const c = windowRows({
    who: (a) => `${a}."kind" = 'corpus' AND ${a}."source_id" = '${CORPUS_ID}'::uuid AND ${a}."variant" = 'reviewed'`,
    columns: 'comparison',
    first: 2,
  });
  const text = Prisma.sql`
  WITH r AS MATERIALIZED (${Prisma.raw(r)}),
  c AS (${Prisma.raw(c)}),
  tot AS (
    SELECT a.kind, a.variant, ${summed('a')}, min(a.first_at) AS first_at, max(a.last_at) AS last_at,
           array_agg(DISTINCT a.rubric_version ORDER BY a.rubric_version) FILTER (WHERE a.n > 0) AS versions
    FROM r a GROUP BY a.kind, a.variant
  ),
  cmp AS (SELECT ${summed('c', COMPARISON_COLUMNS)} FROM c),
  tr AS (
    SELECT month, sum(n)::bigint AS n, sum(sq_sum)::bigint AS sq_sum, sum(al_sum)::bigint AS al_sum
    FROM r WHERE variant = 'reviewed' AND month > ${UNDATED_AT} GROUP BY month HAVING sum(n) > 0
  ),
  t AS (
    (SELECT 'alarmist' AS list, e FROM r, jsonb_array_elements(r.top_alarmist) e WHERE r.variant = 'reviewed' ORDER BY ${Prisma.raw(ALARMIST_ORDER('e'))} LIMIT 5)
    UNION ALL
    (SELECT 'worst' AS list, e FROM r, jsonb_array_elements(r.top_worst) e WHERE r.variant = 'reviewed' ORDER BY ${Prisma.raw(WORST_ORDER('e'))} LIMIT 5)
  ),
  tops AS (
    SELECT t.list, t.e->>'id' AS assertion_id, (t.e->>'al')::int AS al, (t.e->>'sq')::int AS sq, x."text",
           ar."id" AS article_id, ar."title", ar."publishedAt" AS published_at, s."provenance" AS provenance, ${corroboratedAdmiralty('s."admiralty"', 'cm')} AS admiralty, s."hedged",
           rv."decision" AS decision, rv."overrides"
    FROM t
    JOIN "Assertion" x ON x."id" = (t.e->>'id')::uuid
    JOIN "Article" ar ON ar."id" = x."articleId"
    ${currentScore('LEFT JOIN')}
    LEFT JOIN "ClaimMembership" cm ON cm."assertionId" = x."id"
    ${newestReview}
  )
  SELECT (SELECT to_jsonb(i) FROM (${Prisma.raw(identitySql(kind))}) i) AS who,
         (SELECT coalesce(jsonb_agg(to_jsonb(tot)), '[]'::jsonb) FROM tot) AS totals,
         (SELECT to_jsonb(cmp) FROM cmp) AS corpus,
         (SELECT coalesce(jsonb_agg(to_jsonb(tr) ORDER BY tr.month), '[]'::jsonb) FROM tr) AS trend,
         (SELECT coalesce(jsonb_agg(to_jsonb(tops)), '[]'::jsonb) FROM tops) AS tops,
         EXISTS (SELECT 1 FROM "source_stats_dirty") AS pending`.text;
  s = { name: `report_card_${kind}`, text };
  statements.set(kind, s);
  return s;
}

/** The values of cardStatement for one source and window. */
export const cardValues = (ref: SourceRef, window: DateWindow) => [ref.uuid, ...windowValues(windowParams(window))];

const identitySql = (kind: SourceKind) =>
  kind === 'outlet'
    ? `SELECT "name", "type"::text AS type FROM "Outlet" WHERE "id" = $1::uuid`
    : `SELECT "canonicalName" AS name, "type"::text AS type FROM "CitedSource" WHERE "id" = $1::uuid`;

export interface IdentityRow {
  name: string;
  type: string | null;
}
