import { Prisma } from '../generated/prisma/client';
import { PRIORITY, SIGNALS } from './queue-priority';
import { currentScore, newestReview } from '../assertion-view/current-score.sql';
import type { Scope } from './source-stats.sql';

export interface QueueFilter {
  outletId?: string;
  citedSourceId?: string;
  articleId?: string;
  signal?: string;
  /** Only assertions assigned to this user (the "mine" view) … */
  assigneeId?: string;
  /** … or only those assigned to nobody. */
  unassigned?: boolean;
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
  ctx_window: string;
  ctx_expected_at: number;
  ctx_at_start: boolean;
  ctx_at_end: boolean;
  assignee_id: string | null;
  assignee_email: string | null;
  assigner_id: string | null;
  assigner_email: string | null;
  assigned_at: Date | null;
  comments: number;
}

const has = (signal: string) => Prisma.raw(`s."signals" @> '[{"id":"${signal}"}]'::jsonb`);
const n = (x: number) => Prisma.raw(String(Number(x)));

/**
 * What the priority and its reasons read about one assertion, over Score `s`, Attribution `att`,
 * Outlet `o` and ClaimMembership `cm`: the same expressions fill the queue rows and label a page.
 */
const priorityFlags = Prisma.sql`
  coalesce(cm."contradicted", false) AS contradicted,
  (att."id" IS NULL AND (${has(SIGNALS.ownVoice)} OR ${has(SIGNALS.partyOwnAccount)}) AND o."type" IS DISTINCT FROM 'independent') AS f_own_voice,
  (coalesce(att."via" = 'vague' OR NOT att."named", false) OR ${has(SIGNALS.anonymous)} OR ${has(SIGNALS.unspecific)}) AS f_vague,
  ${has(SIGNALS.contradictingEstimate)} AS f_estimate`;

/**
 * The part of the priority that depends on the assertion alone (confidence, alarmism, conflict),
 * over one row of the per-assertion facts below; the outlet's review coverage is added on read.
 */
const basePriority = Prisma.sql`
  least(${n(PRIORITY.confidenceCap)},
        CASE right(c.admiralty, 1) WHEN '6' THEN ${n(PRIORITY.credibility6)} WHEN '4' THEN ${n(PRIORITY.credibility4)} ELSE 0 END
        + CASE WHEN c.hedged THEN ${n(PRIORITY.hedged)} ELSE 0 END
        + CASE WHEN c.f_own_voice THEN ${n(PRIORITY.ownVoice)} ELSE 0 END
        + CASE WHEN c.f_vague THEN ${n(PRIORITY.vague)} ELSE 0 END)
  + round(c.al * ${n(PRIORITY.alarmism)} / 100.0)::int
  + CASE WHEN c.contradicted OR c.f_estimate THEN ${n(PRIORITY.conflict)} ELSE 0 END`;

const QUEUE_COLUMNS = [
  'assertion_id',
  'article_id',
  'outlet_id',
  'cited_source_id',
  'base_priority',
  'alarmism',
  'article_created',
  'position',
  'reviewed',
  'signals',
];
const queueColumns = Prisma.raw(QUEUE_COLUMNS.map((c) => `"${c}"`).join(', '));
/** The stored row's and the proposed row's values, for refreshQueueItems' upsert. */
const storedValues = Prisma.raw(QUEUE_COLUMNS.map((c) => `q."${c}"`).join(', '));
const proposedValues = Prisma.raw(QUEUE_COLUMNS.map((c) => `EXCLUDED."${c}"`).join(', '));

/** The queue rows of the given articles (every article's: 'all') as they should be now, in QUEUE_COLUMNS order. */
const currentQueueRows = (scope: Scope) => Prisma.sql`
  c AS (
    SELECT x."id" AS assertion_id, x."articleId" AS article_id, x."position", ar."createdAt" AS article_created, ar."outletId" AS outlet_id,
           att."citedSourceId" AS cited_source_id, s."alarmism" AS al, s."hedged", s."admiralty", ${priorityFlags},
           EXISTS (SELECT 1 FROM "Review" r WHERE r."assertionId" = x."id") AS reviewed,
           ARRAY(SELECT DISTINCT e->>'id' FROM jsonb_array_elements(s."signals") e WHERE e->>'id' IS NOT NULL) AS signals
    FROM "Article" ar
    JOIN "Assertion" x ON x."articleId" = ar."id"
    ${currentScore()}
    LEFT JOIN "Outlet" o ON o."id" = ar."outletId"
    LEFT JOIN "Attribution" att ON att."scoreId" = s."id"
    LEFT JOIN "ClaimMembership" cm ON cm."assertionId" = x."id"
    WHERE ${scope === 'all' ? Prisma.sql`true` : Prisma.sql`ar."id" = ANY(${scope}::uuid[])`}
  ),
  fresh AS (
    SELECT c.assertion_id, c.article_id, c.outlet_id, c.cited_source_id, ${basePriority} AS base_priority, c.al AS alarmism,
           c.article_created, c."position", c.reviewed, c.signals
    FROM c
  )`;

/**
 * Writes the queue rows of every article into the emptied table (a rebuild from nothing; the
 * report-card summaries are refilled from the same data): current rubric only; reviewed
 * assertions are kept, flagged.
 */
export const insertAllQueueItems = Prisma.sql`
  WITH ${currentQueueRows('all')}
  INSERT INTO "review_queue_items" (${queueColumns}) SELECT * FROM fresh`;

/**
 * Brings the queue rows of the given articles up to date, writing only what moved: rows whose
 * assertion is gone (or no longer under the article's current rubric) are deleted, new ones inserted,
 * and a row is rewritten only when one of its values changed. Most refreshes follow a claim's standing
 * or a mark that changed nothing here, and a rewrite of an unchanged row still cost its six index
 * entries (the GIN on signals among them) and a dead tuple for vacuum. The DELETE and the INSERT touch
 * disjoint keys, so running them as one statement cannot conflict.
 */
export const refreshQueueItems = (articleIds: string[]) => Prisma.sql`
  WITH ${currentQueueRows(articleIds)},
  gone AS (
    DELETE FROM "review_queue_items" q
    WHERE q."article_id" = ANY(${articleIds}::uuid[]) AND NOT EXISTS (SELECT 1 FROM fresh f WHERE f.assertion_id = q."assertion_id")
  )
  INSERT INTO "review_queue_items" AS q (${queueColumns}) SELECT * FROM fresh
  ON CONFLICT ("assertion_id") DO UPDATE SET (${queueColumns}) = ROW(${proposedValues})
  WHERE (${storedValues}) IS DISTINCT FROM (${proposedValues})`;

/** Characters of article text read on each side of an assertion to find its paragraph. */
export const CONTEXT_WINDOW = 1500;

/** Assignment filters, shared by the page and the count (`alias` is the queue-items table's). */
function assignmentFilters(f: QueueFilter, alias: string): Prisma.Sql[] {
  const id = Prisma.raw(`${alias}"assertion_id"`);
  const out: Prisma.Sql[] = [];
  if (f.assigneeId)
    out.push(
      Prisma.sql`${id} IN (SELECT ra."assertionId" FROM "ReviewAssignment" ra WHERE ra."assigneeId" = ${f.assigneeId}::uuid)`,
    );
  if (f.unassigned)
    out.push(Prisma.sql`NOT EXISTS (SELECT 1 FROM "ReviewAssignment" ra WHERE ra."assertionId" = ${id})`);
  return out;
}

const ORDER = Prisma.raw('priority DESC, alarmism DESC, article_created DESC, article_id, "position", assertion_id');

/** Each outlet's review coverage from the report-card summaries: reviewed / (counted + dismissed). */
const coverage = Prisma.sql`
  cov AS (
    SELECT "source_id" AS outlet_id, sum("reviewed")::float8 / nullif(sum("n") + sum("dismissed"), 0) AS coverage
    FROM "source_month_stats" WHERE "kind" = 'outlet' AND "variant" = 'reviewed' GROUP BY "source_id"
  )`;

/**
 * One statement for a page of the queue over review_queue_items. Unfiltered, only rows that can
 * still reach the page are ranked: coverage adds at most PRIORITY.coverage, so a row whose base
 * priority is that far below the page's last base priority can never overtake it (an index range
 * instead of a million-row sort). Filters narrow by index first. Wide columns are joined for the
 * page's rows only.
 */
export function queuePage(f: QueueFilter, limit: number, offset: number): Prisma.Sql {
  const where: Prisma.Sql[] = [Prisma.sql`true`];
  if (!f.includeReviewed) where.push(Prisma.sql`NOT q."reviewed"`);
  if (f.articleId) where.push(Prisma.sql`q."article_id" = ${f.articleId}::uuid`);
  if (f.outletId) where.push(Prisma.sql`q."outlet_id" = ${f.outletId}::uuid`);
  if (f.citedSourceId) where.push(Prisma.sql`q."cited_source_id" = ${f.citedSourceId}::uuid`);
  if (f.signal) where.push(Prisma.sql`q."signals" @> ARRAY[${f.signal}::text]`);
  where.push(...assignmentFilters(f, 'q.'));
  const unfiltered =
    !f.includeReviewed &&
    !f.articleId &&
    !f.outletId &&
    !f.citedSourceId &&
    !f.signal &&
    !f.assigneeId &&
    !f.unassigned;
  if (unfiltered) {
    where.push(Prisma.sql`q."base_priority" >= coalesce((
      SELECT t."base_priority" FROM "review_queue_items" t WHERE NOT t."reviewed"
      ORDER BY t."base_priority" DESC OFFSET ${offset + limit - 1} LIMIT 1), 0) - ${n(PRIORITY.coverage)}`);
  }
  const total = unfiltered
    ? Prisma.sql`(SELECT count(*) FROM "review_queue_items" WHERE NOT "reviewed")`
    : Prisma.sql`count(*) OVER ()`;
  return Prisma.sql`
  WITH ${coverage},
  ranked AS (
    SELECT q.*, cov.coverage,
           q."base_priority" + round((${n(PRIORITY.coverage)} * (1 - coalesce(cov.coverage, 0)))::numeric)::int AS priority
    FROM "review_queue_items" q LEFT JOIN cov ON cov.outlet_id = q."outlet_id"
    WHERE ${Prisma.join(where, ' AND ')}
  ),
  page AS (
    SELECT r.*, ${total} AS total FROM ranked r ORDER BY ${ORDER} LIMIT ${limit} OFFSET ${offset}
  )
  SELECT p.assertion_id::text, p.article_id::text, ar."title" AS article_title, p.outlet_id::text, o."name" AS outlet_name, x."text",
         s."provenance"::text AS provenance, s."sourcingQuality" AS sq, s."alarmism" AS al, s."hedged", s."admiralty", s."signals",
         att."sourceText" AS att_source, cs."canonicalName" AS att_canonical, att."citedSourceId"::text AS att_cited,
         ${priorityFlags},
         p.coverage, p.priority::int AS priority, p.total,
         rv."id"::text AS review_id, rv."decision"::text AS review_decision, rv."overrides" AS review_overrides, rv."reason" AS review_reason, rv."createdAt" AS review_created_at,
         u."id"::text AS reviewer_id, u."email" AS reviewer_email,
         substring(ar."text" FROM greatest(x."start" - ${n(CONTEXT_WINDOW)}, 0) + 1 FOR x."end" - greatest(x."start" - ${n(CONTEXT_WINDOW)}, 0) + ${n(CONTEXT_WINDOW)}) AS ctx_window,
         x."start" - greatest(x."start" - ${n(CONTEXT_WINDOW)}, 0) AS ctx_expected_at,
         x."start" <= ${n(CONTEXT_WINDOW)} AS ctx_at_start,
         x."end" + ${n(CONTEXT_WINDOW)} >= char_length(ar."text") AS ctx_at_end,
         ra."assigneeId"::text AS assignee_id, ua."email" AS assignee_email, ra."assignedById"::text AS assigner_id, ub."email" AS assigner_email, ra."assignedAt" AS assigned_at,
         (SELECT count(*)::int FROM "AssertionComment" ac WHERE ac."assertionId" = x."id") AS comments
  FROM page p
  JOIN "Assertion" x ON x."id" = p.assertion_id
  JOIN "Article" ar ON ar."id" = p.article_id
  ${currentScore()}
  LEFT JOIN "Outlet" o ON o."id" = p.outlet_id
  LEFT JOIN "Attribution" att ON att."scoreId" = s."id"
  LEFT JOIN "CitedSource" cs ON cs."id" = att."citedSourceId"
  LEFT JOIN "ClaimMembership" cm ON cm."assertionId" = x."id"
  ${newestReview}
  LEFT JOIN "User" u ON u."id" = rv."reviewerId"
  LEFT JOIN "ReviewAssignment" ra ON ra."assertionId" = x."id"
  LEFT JOIN "User" ua ON ua."id" = ra."assigneeId"
  LEFT JOIN "User" ub ON ub."id" = ra."assignedById"
  ORDER BY p.priority DESC, p.alarmism DESC, p.article_created DESC, p.article_id, p."position", p.assertion_id`;
}

/** The number of queue items when the requested page is past the end (the page query then has no row to carry it). */
export function queueCount(f: QueueFilter): Prisma.Sql {
  const where: Prisma.Sql[] = [Prisma.sql`true`];
  if (!f.includeReviewed) where.push(Prisma.sql`NOT "reviewed"`);
  if (f.articleId) where.push(Prisma.sql`"article_id" = ${f.articleId}::uuid`);
  if (f.outletId) where.push(Prisma.sql`"outlet_id" = ${f.outletId}::uuid`);
  if (f.citedSourceId) where.push(Prisma.sql`"cited_source_id" = ${f.citedSourceId}::uuid`);
  if (f.signal) where.push(Prisma.sql`"signals" @> ARRAY[${f.signal}::text]`);
  where.push(...assignmentFilters(f, ''));
  return Prisma.sql`SELECT count(*)::bigint AS total FROM "review_queue_items" WHERE ${Prisma.join(where, ' AND ')}`;
}
