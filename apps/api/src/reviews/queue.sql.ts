import { Prisma } from '../generated/prisma/client';
import { PRIORITY, SIGNALS } from './queue-priority';

export interface QueueFilter {
  outletId?: string;
  citedSourceId?: string;
  articleId?: string;
  signal?: string;
  includeReviewed: boolean;
}

export interface QueueRow {
  assertion_id: string;
  article_id: string;
  article_title: string | null;
  outlet_id: string | null;
  outlet_name: string | null;
  text: string;
  provenance: string;
  sq: number;
  al: number;
  hedged: boolean;
  admiralty: string;
  signals: Prisma.JsonValue;
  att_source: string | null;
  att_canonical: string | null;
  att_cited: string | null;
  contradicted: boolean;
  f_estimate: boolean;
  f_own_voice: boolean;
  f_vague: boolean;
  coverage: number | null;
  priority: number;
  total: bigint;
  review_id: string | null;
  review_decision: string | null;
  review_overrides: Prisma.JsonValue;
  review_reason: string | null;
  review_created_at: Date | null;
  reviewer_id: string | null;
  reviewer_email: string | null;
}

const NO_OUTLET = '00000000-0000-0000-0000-000000000000';
const has = (signal: string) => Prisma.raw(`s."signals" @> '[{"id":"${signal}"}]'::jsonb`);
const n = (x: number) => Prisma.raw(String(Number(x)));

/**
 * The candidate assertions, narrow (ids, the values the priority needs, and its flags): current
 * rubric only, filters applied, reviewed ones left out unless asked. Wide columns (text, signals,
 * names) are joined for the page's rows only, so ranking and counting move little data.
 */
function candidates(f: QueueFilter): Prisma.Sql {
  const where: Prisma.Sql[] = [];
  if (f.articleId) where.push(Prisma.sql`x."articleId" = ${f.articleId}::uuid`);
  if (f.outletId) where.push(Prisma.sql`ar."outletId" = ${f.outletId}::uuid`);
  if (f.citedSourceId) where.push(Prisma.sql`att."citedSourceId" = ${f.citedSourceId}::uuid`);
  if (f.signal) where.push(Prisma.sql`s."signals" @> jsonb_build_array(jsonb_build_object('id', ${f.signal}::text))`);
  if (!f.includeReviewed) where.push(Prisma.sql`NOT EXISTS (SELECT 1 FROM "Review" r WHERE r."assertionId" = x."id")`);
  return Prisma.sql`
  cand AS (
    SELECT x."id" AS assertion_id, x."articleId" AS article_id, x."position", ar."createdAt" AS article_created, ar."outletId" AS outlet_id,
           s."id" AS score_id, s."alarmism" AS al, s."hedged", s."admiralty", coalesce(cm."contradicted", false) AS contradicted,
           (att."id" IS NULL AND ${has(SIGNALS.ownVoice)} AND o."type" IS DISTINCT FROM 'independent') AS f_own_voice,
           (coalesce(att."via" = 'vague' OR NOT att."named", false) OR ${has(SIGNALS.anonymous)} OR ${has(SIGNALS.unspecific)}) AS f_vague,
           ${has(SIGNALS.contradictingEstimate)} AS f_estimate
    FROM "Assertion" x
    JOIN "Article" ar ON ar."id" = x."articleId"
    JOIN "Score" s ON s."assertionId" = x."id" AND s."rubricVersion" = ar."rubricVersion"
    LEFT JOIN "Outlet" o ON o."id" = ar."outletId"
    LEFT JOIN "Attribution" att ON att."scoreId" = s."id"
    LEFT JOIN "ClaimMembership" cm ON cm."assertionId" = x."id"
    ${where.length ? Prisma.sql`WHERE ${Prisma.join(where, ' AND ')}` : Prisma.empty}
  )`;
}

/**
 * One statement for a page of the queue: candidates, the review coverage of their outlets, the
 * priority (see queue-priority.ts) and `total` as a window count; text, names and the latest
 * review are joined for the page's rows only.
 */
export function queuePage(f: QueueFilter, limit: number, offset: number): Prisma.Sql {
  return Prisma.sql`
  WITH ${candidates(f)},
  cov AS (
    SELECT coalesce(ar."outletId", ${NO_OUTLET}::uuid) AS outlet_key, count(*) AS n,
           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "Review" r WHERE r."assertionId" = x."id")) AS reviewed
    FROM "Article" ar JOIN "Assertion" x ON x."articleId" = ar."id"
    WHERE coalesce(ar."outletId", ${NO_OUTLET}::uuid) IN (SELECT DISTINCT coalesce(outlet_id, ${NO_OUTLET}::uuid) FROM cand)
    GROUP BY 1
  ),
  ranked AS (
    SELECT c.*, cov.reviewed::float8 / nullif(cov.n, 0) AS coverage,
      least(${n(PRIORITY.confidenceCap)},
            CASE right(c.admiralty, 1) WHEN '6' THEN ${n(PRIORITY.credibility6)} WHEN '4' THEN ${n(PRIORITY.credibility4)} ELSE 0 END
            + CASE WHEN c.hedged THEN ${n(PRIORITY.hedged)} ELSE 0 END
            + CASE WHEN c.f_own_voice THEN ${n(PRIORITY.ownVoice)} ELSE 0 END
            + CASE WHEN c.f_vague THEN ${n(PRIORITY.vague)} ELSE 0 END)
      + round(c.al * ${n(PRIORITY.alarmism)} / 100.0)::int
      + CASE WHEN c.contradicted OR c.f_estimate THEN ${n(PRIORITY.conflict)} ELSE 0 END
      + round((${n(PRIORITY.coverage)} * (1 - coalesce(cov.reviewed::float8 / nullif(cov.n, 0), 0)))::numeric)::int AS priority
    FROM cand c LEFT JOIN cov ON cov.outlet_key = coalesce(c.outlet_id, ${NO_OUTLET}::uuid)
  ),
  page AS (
    SELECT r.*, count(*) OVER () AS total FROM ranked r
    ORDER BY r.priority DESC, r.al DESC, r.article_created DESC, r.article_id, r."position", r.assertion_id
    LIMIT ${limit} OFFSET ${offset}
  )
  SELECT p.assertion_id::text, p.article_id::text, ar."title" AS article_title, p.outlet_id::text, o."name" AS outlet_name, x."text",
         s."provenance"::text AS provenance, s."sourcingQuality" AS sq, s."alarmism" AS al, s."hedged", s."admiralty", s."signals",
         att."sourceText" AS att_source, cs."canonicalName" AS att_canonical, att."citedSourceId"::text AS att_cited,
         p.contradicted, p.f_estimate, p.f_own_voice, p.f_vague, p.coverage, p.priority::int AS priority, p.total,
         rv."id"::text AS review_id, rv."decision"::text AS review_decision, rv."overrides" AS review_overrides, rv."reason" AS review_reason, rv."createdAt" AS review_created_at,
         u."id"::text AS reviewer_id, u."email" AS reviewer_email
  FROM page p
  JOIN "Assertion" x ON x."id" = p.assertion_id
  JOIN "Article" ar ON ar."id" = p.article_id
  JOIN "Score" s ON s."id" = p.score_id
  LEFT JOIN "Outlet" o ON o."id" = p.outlet_id
  LEFT JOIN "Attribution" att ON att."scoreId" = s."id"
  LEFT JOIN "CitedSource" cs ON cs."id" = att."citedSourceId"
  LEFT JOIN LATERAL (
    SELECT r."id", r."decision", r."overrides", r."reason", r."createdAt", r."reviewerId" FROM "Review" r
    WHERE r."assertionId" = p.assertion_id ORDER BY r."createdAt" DESC, r."id" DESC LIMIT 1
  ) rv ON true
  LEFT JOIN "User" u ON u."id" = rv."reviewerId"
  ORDER BY p.priority DESC, p.al DESC, p.article_created DESC, p.article_id, p."position", p.assertion_id`;
}

/** The number of queue items when the requested page is past the end (the page query then has no row to carry it). */
export function queueCount(f: QueueFilter): Prisma.Sql {
  return Prisma.sql`WITH ${candidates(f)} SELECT count(*)::bigint AS total FROM cand`;
}
