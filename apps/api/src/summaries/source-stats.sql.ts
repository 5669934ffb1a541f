import { Prisma } from '../generated/prisma/client';
import { corroboratedAdmiralty, corroboratedSq } from '../assertion-view/claim-standing.sql';
import { currentScore, newestReview } from '../assertion-view/current-score.sql';
import { PROVENANCES } from '@auditor/vocabulary';
import { articleAggregates, sumColumnList, summed } from './stats-columns';

/** Under kind 'corpus' every article contributes once, for corpus averages. */
export const CORPUS_ID = '00000000-0000-0000-0000-000000000000';

/**
 * The "month" and "at" of an undated article's rows: an undated bucket before every real date.
 * Its counts are in every total; the trend and any date filter leave it out, and first/last
 * dates ignore it. (The upload date used to stand in, filing old reports under the upload month.)
 */
export const UNDATED_AT = Prisma.raw(`'0001-01-01T00:00:00Z'::timestamptz`);

const PROVENANCE_LIST = Prisma.raw(PROVENANCES.map((p) => `'${p}'`).join(', '));
const UUID_RE = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

/**
 * One row per (assertion, variant) of the given articles under each article's current rubric,
 * with the newest review applied in the 'reviewed' variant. Overrides are read defensively (stored
 * JSON written by any past version of the review API): a field replaces the automatic value only when it is valid;
 * scores may sit at the top level or under `scores`; `attribution: null` detaches the assertion
 * from its cited source and `attribution.citedSourceId` moves it to another existing one.
 */
const facts = (articleIds: string[]) => Prisma.sql`
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
    ${newestReview}
    WHERE ar."id" = ANY(${articleIds}::uuid[])
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
      cs."id" AS o_cited
    FROM base b
    LEFT JOIN "CitedSource" cs ON cs."id" = (
      CASE WHEN coalesce(b.o->'attribution'->>'citedSourceId', '') ~ ${UUID_RE} THEN (b.o->'attribution'->>'citedSourceId')::uuid END)
  ),
  f AS (
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
    FROM parsed p CROSS JOIN (VALUES ('auto'), ('reviewed')) v(variant)
  ),
  fanned AS (
    SELECT f.*, k.kind, k.source_id
    FROM f CROSS JOIN LATERAL (VALUES ('corpus', ${CORPUS_ID}::uuid), ('outlet', f.outlet_id), ('cited', f.cited)) k(kind, source_id)
    WHERE k.source_id IS NOT NULL
    UNION ALL
    -- Syndicated copies: the same facts under each other outlet that published the text, dated by
    -- that publication (else as the original); a grouped claim there is a repetition. Not corpus or cited rows: the
    -- assertion was made, and is counted, once.
    SELECT f.assertion_id, f.article_id, p."outletId", coalesce(p."publishedAt", f.at), f.rubric_version, f.variant,
           f.claim, CASE WHEN f.claim_role IS NOT NULL THEN 'amplification' END, f.corroborated, f.contradicted,
           f.dropped, f.decision, f.prov, f.sq, f.al, f.hedged, f.adm, f.cited, 'outlet', p."outletId"
    FROM f JOIN "ArticlePublication" p ON p."articleId" = f.article_id
  )`;

const TOP = (order: string) =>
  Prisma.raw(
    `CASE WHEN f.kind = 'corpus' THEN '[]'::jsonb ELSE coalesce(to_jsonb((array_agg(jsonb_build_object('id', f.assertion_id, 'al', f.al, 'sq', f.sq) ORDER BY ${order}, f.assertion_id) FILTER (WHERE NOT f.dropped))[1:5]), '[]'::jsonb) END`,
  );

export interface StatsKey {
  kind: string;
  source_id: string;
  variant: string;
  month: Date;
}

/** Drops the articles' previous contribution; returns the month rows it fed. */
export const deleteArticleRows = (articleIds: string[]) => Prisma.sql`
  DELETE FROM "source_article_stats" WHERE "article_id" = ANY(${articleIds}::uuid[])
  RETURNING "kind", "source_id"::text, "variant", "month"`;

/** Writes the articles' current contribution; returns the month rows it feeds. */
export const insertArticleRows = (articleIds: string[]) => Prisma.sql`
  WITH ${facts(articleIds)}
  INSERT INTO "source_article_stats" ("article_id", "kind", "source_id", "variant", "month", "at", "rubric_version", ${sumColumnList}, "first_at", "last_at", "top_alarmist", "top_worst")
  SELECT f.article_id, f.kind, f.source_id, f.variant, date_trunc('month', f.at, 'UTC'), f.at, f.rubric_version, ${articleAggregates},
         min(f.at) FILTER (WHERE NOT f.dropped AND f.at > ${UNDATED_AT}), max(f.at) FILTER (WHERE NOT f.dropped AND f.at > ${UNDATED_AT}),
         ${TOP('f.al DESC, f.sq ASC')}, ${TOP('f.sq ASC, f.al DESC')}
  FROM fanned f
  GROUP BY f.article_id, f.kind, f.source_id, f.variant, f.at, f.rubric_version
  RETURNING "kind", "source_id"::text, "variant", "month"`;

const keysCte = (keys: StatsKey[]) => Prisma.sql`
  keys AS (
    SELECT DISTINCT * FROM unnest(${keys.map((k) => k.kind)}::text[], ${keys.map((k) => k.source_id)}::uuid[],
                                  ${keys.map((k) => k.variant)}::text[], ${keys.map((k) => k.month)}::timestamptz[]) k(kind, source_id, variant, month)
  )`;

export const deleteMonthRows = (keys: StatsKey[]) => Prisma.sql`
  WITH ${keysCte(keys)}
  DELETE FROM "source_month_stats" m USING keys k
  WHERE m."kind" = k.kind AND m."source_id" = k.source_id AND m."variant" = k.variant AND m."month" = k.month`;

/** Orders top-list elements; `e` is the jsonb element expression. */
export const ALARMIST_ORDER = (e: string) => `(${e}->>'al')::int DESC, (${e}->>'sq')::int ASC, ${e}->>'id'`;
export const WORST_ORDER = (e: string) => `(${e}->>'sq')::int ASC, (${e}->>'al')::int DESC, ${e}->>'id'`;

const monthTop = (column: string, order: (e: string) => string) =>
  Prisma.raw(`
  (SELECT coalesce(jsonb_agg(t.e ORDER BY ${order('t.e')}), '[]'::jsonb) FROM (
     SELECT e FROM "source_article_stats" a2, jsonb_array_elements(a2."${column}") e
     WHERE a2."kind" = g.kind AND a2."source_id" = g.source_id AND a2."variant" = g.variant AND a2."rubric_version" = g.rubric_version
       AND a2."at" >= g.month AND a2."at" < g.month + interval '1 month'
     ORDER BY ${order('e')} LIMIT 5) t)`);

/** Re-sums the given (source, month) rows from their article rows (self-healing, unlike deltas). */
export const insertMonthRows = (keys: StatsKey[]) => Prisma.sql`
  WITH ${keysCte(keys)},
  g AS (
    SELECT a."kind" AS kind, a."source_id" AS source_id, a."variant" AS variant, k.month AS month, a."rubric_version" AS rubric_version,
           ${summed('a')}, min(a."first_at") AS first_at, max(a."last_at") AS last_at
    FROM keys k JOIN "source_article_stats" a
      ON a."kind" = k.kind AND a."source_id" = k.source_id AND a."variant" = k.variant AND a."at" >= k.month AND a."at" < k.month + interval '1 month'
    GROUP BY 1, 2, 3, 4, 5
  )
  INSERT INTO "source_month_stats" ("kind", "source_id", "variant", "month", "rubric_version", ${sumColumnList}, "first_at", "last_at", "top_alarmist", "top_worst")
  SELECT g.kind, g.source_id, g.variant, g.month, g.rubric_version, ${sumColumnList}, g.first_at, g.last_at,
         CASE WHEN g.kind = 'corpus' THEN '[]'::jsonb ELSE ${monthTop('top_alarmist', ALARMIST_ORDER)} END,
         CASE WHEN g.kind = 'corpus' THEN '[]'::jsonb ELSE ${monthTop('top_worst', WORST_ORDER)} END
  FROM g`;
