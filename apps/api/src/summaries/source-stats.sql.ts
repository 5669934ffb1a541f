import { Prisma } from '../generated/prisma/client';
import { corroboratedAdmiralty, corroboratedSq } from '../assertion-view/claim-standing.sql';
import { currentScore, newestReview } from '../assertion-view/current-score.sql';
import { PROVENANCES } from '@auditor/vocabulary';
import { articleAggregates, columnsOf, rolledUp, sumColumnList, summed, syndicatedColumns } from './stats-columns';

/** Under kind 'corpus' every article contributes once, for corpus averages. */
export const CORPUS_ID = '00000000-0000-0000-0000-000000000000';

/**
 * The "month" and "at" of an undated article's rows: an undated bucket before every real date.
 * Its counts are in every total; the trend and any date filter leave it out, and first/last
 * dates ignore it. (The upload date used to stand in, filing old reports under the upload month.)
 */
export const UNDATED_AT = Prisma.raw(`'0001-01-01T00:00:00Z'::timestamptz`);

/** Orders top-list elements; `e` is the jsonb element expression. */
export const ALARMIST_ORDER = (e: string) => `(${e}->>'al')::int DESC, (${e}->>'sq')::int ASC, ${e}->>'id'`;
export const WORST_ORDER = (e: string) => `(${e}->>'sq')::int ASC, (${e}->>'al')::int DESC, ${e}->>'id'`;

const PROVENANCE_LIST = Prisma.raw(PROVENANCES.map((p) => `'${p}'`).join(', '));
const UUID_RE = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

/**
 * The first five kept facts in `order` as [{id, al, sq}]: rows of the composite summary_top (the
 * source_day_stats migration), cheaper to collect and sort than a jsonb object per fact; to_jsonb
 * gives the same objects.
 */
const TOP = (order: string) =>
  Prisma.raw(
    `coalesce(to_jsonb((array_agg((f.assertion_id, f.al, f.sq)::summary_top ORDER BY ${order}, f.assertion_id) FILTER (WHERE NOT f.dropped))[1:5]), '[]'::jsonb)`,
  );

/** The first five of several top lists together (`lists`: a jsonb array of jsonb arrays, e.g. an aggregate). */
const mergedTop = (lists: string, order: (e: string) => string) =>
  Prisma.raw(`(SELECT coalesce(jsonb_agg(t.e ORDER BY ${order('t.e')}), '[]'::jsonb) FROM (
     SELECT e FROM jsonb_array_elements(${lists}) l, jsonb_array_elements(l) e ORDER BY ${order('e')} LIMIT 5) t)`);

/**
 * newestReview for every assertion at once: one pass over Review joined by hash, instead of an
 * index probe per assertion (a million of them in a rebuild). Same order: newest, then highest id.
 */
const everyNewestReview = Prisma.raw(`LEFT JOIN (
      SELECT DISTINCT ON (nr."assertionId") nr."assertionId", nr."decision", nr."overrides" FROM "Review" nr
      ORDER BY nr."assertionId", nr."createdAt" DESC, nr."id" DESC
    ) rv ON rv."assertionId" = x."id"`);

/** The articles a statement covers: the given ones, or every article (a rebuild from nothing). */
export type Scope = string[] | 'all';
const within = (column: string, scope: Scope) =>
  scope === 'all' ? Prisma.sql`true` : Prisma.sql`${Prisma.raw(column)} = ANY(${scope}::uuid[])`;

/**
 * One row per (assertion, variant) of the given articles under each article's current rubric,
 * with the newest review applied in the 'reviewed' variant. Overrides are read defensively (stored
 * JSON written by any past version of the review API): a field replaces the automatic value only when it is valid;
 * scores may sit at the top level or under `scores`; `attribution: null` detaches the assertion
 * from its cited source and `attribution.citedSourceId` moves it to another existing one.
 * An article none of whose assertions has a review has equal variants: its facts come once, as
 * variant 'both', and are written under both names at the end (half the aggregation work).
 */
const facts = (scope: Scope) => Prisma.sql`
  base AS (
    SELECT x."id" AS assertion_id, ar."id" AS article_id, ar."outletId" AS outlet_id,
           coalesce(ar."publishedAt", ${UNDATED_AT}) AS at, s."rubricVersion" AS rubric_version,
           s."provenance"::text AS prov, ${corroboratedSq('s."sourcingQuality"', 'cm')} AS sq, s."alarmism" AS al, s."hedged",
           ${corroboratedAdmiralty('s."admiralty"', 'cm')} AS adm,
           coalesce(cm."specific", false) AS claim, cm."role" AS claim_role,
           coalesce(cm."corroborated", false) AS corroborated, coalesce(cm."contradicted", false) AS contradicted,
           att."citedSourceId" AS cited, rv.decision::text AS decision,
           CASE WHEN jsonb_typeof(rv.overrides::jsonb) = 'object' THEN rv.overrides::jsonb ELSE '{}'::jsonb END AS o
    FROM "Article" ar
    JOIN "Assertion" x ON x."articleId" = ar."id"
    ${currentScore()}
    LEFT JOIN "Attribution" att ON att."scoreId" = s."id"
    LEFT JOIN "ClaimMembership" cm ON cm."assertionId" = x."id"
    ${scope === 'all' ? everyNewestReview : newestReview}
    WHERE ${within('ar."id"', scope)}
  ),
  reviewed_articles AS (
    SELECT DISTINCT x."articleId" AS article_id FROM "Review" r JOIN "Assertion" x ON x."id" = r."assertionId"
    WHERE ${within('x."articleId"', scope)}
  ),
  parsed AS (
    SELECT b.*,
      CASE WHEN b.o->>'provenance' IN (${PROVENANCE_LIST}) THEN b.o->>'provenance' END AS o_prov,
      CASE WHEN jsonb_typeof(coalesce(b.o->'sourcingQuality', b.o->'scores'->'sourcingQuality')) = 'number'
           THEN least(100, greatest(0, round((coalesce(b.o->'sourcingQuality', b.o->'scores'->'sourcingQuality'))::text::numeric)))::int END AS o_sq,
      CASE WHEN jsonb_typeof(coalesce(b.o->'alarmism', b.o->'scores'->'alarmism')) = 'number'
           THEN least(100, greatest(0, round((coalesce(b.o->'alarmism', b.o->'scores'->'alarmism'))::text::numeric)))::int END AS o_al,
      CASE WHEN jsonb_typeof(b.o->'hedged') = 'boolean' THEN (b.o->>'hedged')::boolean END AS o_hedged,
      CASE WHEN b.o->>'admiralty' ~ '^[A-F][1-6]$' THEN b.o->>'admiralty' END AS o_adm,
      b.o ? 'attribution' AND jsonb_typeof(b.o->'attribution') = 'null' AS o_detached,
      CASE WHEN b.o ? 'attribution' THEN (SELECT cs."id" FROM "CitedSource" cs WHERE cs."id" = (
        CASE WHEN coalesce(b.o->'attribution'->>'citedSourceId', '') ~ ${UUID_RE} THEN (b.o->'attribution'->>'citedSourceId')::uuid END)) END AS o_cited
    FROM base b
  ),
  variants AS (
    SELECT p.assertion_id, p.article_id, p.outlet_id, p.at, p.rubric_version, v.variant,
      p.claim, p.claim_role, p.corroborated, p.contradicted,
      (v.variant = 'reviewed' AND coalesce(p.decision = 'dismiss', false)) AS dropped,
      CASE WHEN v.variant = 'reviewed' THEN p.decision END AS decision,
      CASE WHEN v.variant = 'reviewed' THEN coalesce(p.o_prov, p.prov) ELSE p.prov END AS prov,
      CASE WHEN v.variant = 'reviewed' THEN coalesce(p.o_sq, p.sq) ELSE p.sq END AS sq,
      CASE WHEN v.variant = 'reviewed' THEN coalesce(p.o_al, p.al) ELSE p.al END AS al,
      CASE WHEN v.variant = 'reviewed' THEN coalesce(p.o_hedged, p.hedged) ELSE p.hedged END AS hedged,
      CASE WHEN v.variant = 'reviewed' THEN coalesce(p.o_adm, p.adm) ELSE p.adm END AS adm,
      CASE WHEN v.variant = 'reviewed' AND p.o_detached THEN NULL
           WHEN v.variant = 'reviewed' THEN coalesce(p.o_cited, p.cited) ELSE p.cited END AS cited
    FROM parsed p
    LEFT JOIN reviewed_articles ra ON ra.article_id = p.article_id
    JOIN (VALUES ('both'), ('auto'), ('reviewed')) v(variant) ON (v.variant = 'both') = (ra.article_id IS NULL)
  ),
  f AS (
    SELECT v.*, least(v.sq / 20, 4) AS sq_b, least(v.al / 20, 4) AS al_b, left(v.adm, 1) AS rel, right(v.adm, 1) AS cred
    FROM variants v
  ),
  -- Aggregated once per (article, variant, cited source or none): the cited rows as they are, and
  -- the article's outlet and corpus rows as their sums (no fact is aggregated twice).
  g AS MATERIALIZED (
    SELECT f.article_id, f.outlet_id, f.at, f.rubric_version, f.variant, f.cited, ${articleAggregates},
           ${TOP('f.al DESC, f.sq ASC')} AS top_alarmist, ${TOP('f.sq ASC, f.al DESC')} AS top_worst
    FROM f
    GROUP BY f.article_id, f.outlet_id, f.at, f.rubric_version, f.variant, f.cited
  ),
  art AS (
    SELECT g.article_id, g.outlet_id, g.at, g.rubric_version, g.variant, ${rolledUp('g')},
           CASE WHEN count(*) = 1 THEN jsonb_agg(g.top_alarmist)->0 ELSE ${mergedTop('jsonb_agg(g.top_alarmist)', ALARMIST_ORDER)} END AS top_alarmist,
           CASE WHEN count(*) = 1 THEN jsonb_agg(g.top_worst)->0 ELSE ${mergedTop('jsonb_agg(g.top_worst)', WORST_ORDER)} END AS top_worst
    FROM g GROUP BY g.article_id, g.outlet_id, g.at, g.rubric_version, g.variant
  ),
  fanned AS (
    SELECT g.article_id, 'cited' AS kind, g.cited AS source_id, g.variant, g.at, g.rubric_version, ${columnsOf('g')}, g.top_alarmist, g.top_worst
    FROM g WHERE g.cited IS NOT NULL
    UNION ALL
    SELECT a.article_id, 'outlet', a.outlet_id, a.variant, a.at, a.rubric_version, ${columnsOf('a')}, a.top_alarmist, a.top_worst
    FROM art a WHERE a.outlet_id IS NOT NULL
    UNION ALL
    SELECT a.article_id, 'corpus', ${CORPUS_ID}::uuid, a.variant, a.at, a.rubric_version, ${columnsOf('a')}, '[]'::jsonb, '[]'::jsonb
    FROM art a
    UNION ALL
    -- Syndicated copies: the same facts under each other outlet that published the text, dated by
    -- that publication (else as the original); a grouped claim there is a repetition. Not corpus or cited rows: the
    -- assertion was made, and is counted, once.
    SELECT a.article_id, 'outlet', p."outletId", a.variant, coalesce(p."publishedAt", a.at), a.rubric_version, ${syndicatedColumns('a')},
           a.top_alarmist, a.top_worst
    FROM art a JOIN "ArticlePublication" p ON p."articleId" = a.article_id
  )`;

export interface StatsKey {
  kind: string;
  source_id: string;
  variant: string;
  day: Date;
}

/** Drops the articles' previous contribution; returns the day rows it fed. */
export const deleteArticleRows = (articleIds: string[]) => Prisma.sql`
  DELETE FROM "source_article_stats" WHERE "article_id" = ANY(${articleIds}::uuid[])
  RETURNING "kind", "source_id"::text, "variant", date_trunc('day', "at", 'UTC') AS "day"`;

/** Writes the articles' current contribution (every article's: 'all'); returns the day rows it feeds. */
export const insertArticleRows = (scope: Scope) => Prisma.sql`
  WITH ${facts(scope)}
  INSERT INTO "source_article_stats" ("article_id", "kind", "source_id", "variant", "month", "at", "rubric_version", ${sumColumnList}, "first_at", "last_at", "top_alarmist", "top_worst")
  SELECT r.article_id, r.kind, r.source_id, v.variant, date_trunc('month', r.at, 'UTC'), r.at, r.rubric_version, ${columnsOf('r')},
         CASE WHEN r.n > 0 AND r.at > ${UNDATED_AT} THEN r.at END, CASE WHEN r.n > 0 AND r.at > ${UNDATED_AT} THEN r.at END,
         r.top_alarmist, r.top_worst
  FROM fanned r
  JOIN (VALUES ('auto', 'auto'), ('reviewed', 'reviewed'), ('both', 'auto'), ('both', 'reviewed')) v(fact_variant, variant)
    ON v.fact_variant = r.variant
  ${scope === 'all' ? Prisma.empty : Prisma.sql`RETURNING "kind", "source_id"::text, "variant", date_trunc('day', "at", 'UTC') AS "day"`}`;

const keysCte = (keys: StatsKey[]) => Prisma.sql`
  keys AS (
    SELECT DISTINCT * FROM unnest(${keys.map((k) => k.kind)}::text[], ${keys.map((k) => k.source_id)}::uuid[],
                                  ${keys.map((k) => k.variant)}::text[], ${keys.map((k) => k.day)}::timestamptz[]) k(kind, source_id, variant, day)
  )`;

/** `t + 1 day` or `t + 1 month` in UTC, whatever the session's time zone. */
const plusUtc = (t: string, unit: 'day' | 'month') =>
  Prisma.raw(`((${t} AT TIME ZONE 'UTC') + interval '1 ${unit}') AT TIME ZONE 'UTC'`);

/**
 * A roll-up of finer stats rows `a` into one row per (kind, source, variant, period, rubric):
 * counters summed, first and last dates, and the top lists merged (the first five of the parts'
 * first fives are the first five of the whole). Corpus rows keep no top lists.
 */
const rollUpColumns = Prisma.sql`
  ${summed('a')}, min(a."first_at") AS first_at, max(a."last_at") AS last_at,
  CASE WHEN a."kind" = 'corpus' THEN '[]'::jsonb WHEN count(*) = 1 THEN jsonb_agg(a."top_alarmist")->0
       ELSE ${mergedTop('jsonb_agg(a."top_alarmist")', ALARMIST_ORDER)} END AS top_alarmist,
  CASE WHEN a."kind" = 'corpus' THEN '[]'::jsonb WHEN count(*) = 1 THEN jsonb_agg(a."top_worst")->0
       ELSE ${mergedTop('jsonb_agg(a."top_worst")', WORST_ORDER)} END AS top_worst`;

const ROLLED = Prisma.sql`${sumColumnList}, "first_at", "last_at", "top_alarmist", "top_worst"`;

export const deleteDayRows = (keys: StatsKey[]) => Prisma.sql`
  WITH ${keysCte(keys)}
  DELETE FROM "source_day_stats" d USING keys k
  WHERE d."kind" = k.kind AND d."source_id" = k.source_id AND d."variant" = k.variant AND d."day" = k.day`;

/** Re-sums the given (source, day) rows from their article rows (self-healing, unlike deltas). */
export const insertDayRows = (keys: StatsKey[]) => Prisma.sql`
  WITH ${keysCte(keys)}
  INSERT INTO "source_day_stats" ("kind", "source_id", "variant", "day", "rubric_version", ${ROLLED})
  SELECT a."kind", a."source_id", a."variant", k.day, a."rubric_version", ${rollUpColumns}
  FROM keys k JOIN "source_article_stats" a
    ON a."kind" = k.kind AND a."source_id" = k.source_id AND a."variant" = k.variant AND a."at" >= k.day AND a."at" < ${plusUtc('k.day', 'day')}
  GROUP BY a."kind", a."source_id", a."variant", k.day, a."rubric_version"`;

const monthKeysCte = (keys: StatsKey[]) => Prisma.sql`
  ${keysCte(keys)},
  months AS (SELECT DISTINCT kind, source_id, variant, date_trunc('month', day, 'UTC') AS month FROM keys)`;

export const deleteMonthRows = (keys: StatsKey[]) => Prisma.sql`
  WITH ${monthKeysCte(keys)}
  DELETE FROM "source_month_stats" m USING months k
  WHERE m."kind" = k.kind AND m."source_id" = k.source_id AND m."variant" = k.variant AND m."month" = k.month`;

/** Re-sums the months of the given days from their day rows (at most 31 each). */
export const insertMonthRows = (keys: StatsKey[]) => Prisma.sql`
  WITH ${monthKeysCte(keys)}
  INSERT INTO "source_month_stats" ("kind", "source_id", "variant", "month", "rubric_version", ${ROLLED})
  SELECT a."kind", a."source_id", a."variant", k.month, a."rubric_version", ${rollUpColumns}
  FROM months k JOIN "source_day_stats" a
    ON a."kind" = k.kind AND a."source_id" = k.source_id AND a."variant" = k.variant AND a."day" >= k.month AND a."day" < ${plusUtc('k.month', 'month')}
  GROUP BY a."kind", a."source_id", a."variant", k.month, a."rubric_version"`;

/** From nothing (after insertArticleRows('all') into emptied tables): every day row, then every month row. */
export const insertAllDayRows = Prisma.sql`
  INSERT INTO "source_day_stats" ("kind", "source_id", "variant", "day", "rubric_version", ${ROLLED})
  SELECT a."kind", a."source_id", a."variant", date_trunc('day', a."at", 'UTC'), a."rubric_version", ${rollUpColumns}
  FROM "source_article_stats" a
  GROUP BY a."kind", a."source_id", a."variant", date_trunc('day', a."at", 'UTC'), a."rubric_version"`;

export const insertAllMonthRows = Prisma.sql`
  INSERT INTO "source_month_stats" ("kind", "source_id", "variant", "month", "rubric_version", ${ROLLED})
  SELECT a."kind", a."source_id", a."variant", date_trunc('month', a."day", 'UTC'), a."rubric_version", ${rollUpColumns}
  FROM "source_day_stats" a
  GROUP BY a."kind", a."source_id", a."variant", date_trunc('month', a."day", 'UTC'), a."rubric_version"`;
