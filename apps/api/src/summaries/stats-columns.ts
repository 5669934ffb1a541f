import { PROVENANCES } from '@auditor/vocabulary';
import { Prisma } from '../generated/prisma/client';

/**
 * The summable counters of the source_*_stats tables (see the add_source_report_cards migration).
 * One list drives the refresh SQL, the month roll-up and every read, so a new counter is added in
 * one place. Only these constants are ever spliced into SQL with Prisma.raw; user input never is.
 */
export const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export const DIGITS = ['1', '2', '3', '4', '5', '6'] as const;
/** Five equal buckets of a 0–100 score: 0–19, 20–39, 40–59, 60–79, 80–100. */
export const BUCKETS = ['0-19', '20-39', '40-59', '60-79', '80-100'] as const;

/**
 * Column → aggregate over the per-assertion facts (f.*) of one article, source and variant; f
 * carries each score's bucket (sq_b, al_b: 0–4) and Admiralty letter and digit (rel, cred).
 */
const KEPT = 'NOT f.dropped';
const ARTICLE_AGGREGATES: Array<[string, string]> = [
  ['n', `count(*) FILTER (WHERE ${KEPT})`],
  ['articles', `CASE WHEN count(*) FILTER (WHERE ${KEPT}) > 0 THEN 1 ELSE 0 END`],
  ['sq_sum', `coalesce(sum(f.sq) FILTER (WHERE ${KEPT}), 0)`],
  ['sq_sq', `coalesce(sum(f.sq * f.sq) FILTER (WHERE ${KEPT}), 0)`],
  ['al_sum', `coalesce(sum(f.al) FILTER (WHERE ${KEPT}), 0)`],
  ['al_sq', `coalesce(sum(f.al * f.al) FILTER (WHERE ${KEPT}), 0)`],
  ...BUCKETS.map((_, i): [string, string] => [`sq_b${i}`, `count(*) FILTER (WHERE ${KEPT} AND f.sq_b = ${i})`]),
  ...BUCKETS.map((_, i): [string, string] => [`al_b${i}`, `count(*) FILTER (WHERE ${KEPT} AND f.al_b = ${i})`]),
  ...PROVENANCES.map((p): [string, string] => [`p_${p}`, `count(*) FILTER (WHERE ${KEPT} AND f.prov = '${p}')`]),
  ['hedged', `count(*) FILTER (WHERE ${KEPT} AND f.hedged)`],
  // Attributed to a cited source (named, or described like "Afghan officials"); vague anonymous
  // sourcing has no cited source and is counted by p_anonymous. Provenance cannot tell this: an
  // outlet's own voice takes the outlet's type.
  ['attributed', `count(*) FILTER (WHERE ${KEPT} AND f.cited IS NOT NULL)`],
  ...LETTERS.map((l): [string, string] => [
    `rel_${l.toLowerCase()}`,
    `count(*) FILTER (WHERE ${KEPT} AND f.rel = '${l}')`,
  ]),
  ...DIGITS.map((d): [string, string] => [`cred_${d}`, `count(*) FILTER (WHERE ${KEPT} AND f.cred = '${d}')`]),
  ['reviewed', 'count(*) FILTER (WHERE f.decision IS NOT NULL)'],
  ['overridden', "count(*) FILTER (WHERE f.decision = 'override')"],
  ['dismissed', "count(*) FILTER (WHERE f.decision = 'dismiss')"],
  // Claim groups (see the claim_status_in_report_cards migration for what each counts).
  ['claims', `count(*) FILTER (WHERE ${KEPT} AND f.claim)`],
  ['grouped', `count(*) FILTER (WHERE ${KEPT} AND f.claim_role IS NOT NULL)`],
  ['originated', `count(*) FILTER (WHERE ${KEPT} AND f.claim_role = 'origin')`],
  ['corroborated', `count(*) FILTER (WHERE ${KEPT} AND f.corroborated)`],
  ['amplified', `count(*) FILTER (WHERE ${KEPT} AND f.claim_role = 'amplification')`],
  ['contradicted', `count(*) FILTER (WHERE ${KEPT} AND f.contradicted)`],
];

export const SUM_COLUMNS: readonly string[] = ARTICLE_AGGREGATES.map(([c]) => c);

const raw = (parts: string[]) => Prisma.raw(parts.join(', '));

/** `n, articles, …` */
export const sumColumnList = raw(SUM_COLUMNS.map((c) => `"${c}"`));
/** The aggregates of one article's facts, in SUM_COLUMNS order. */
export const articleAggregates = raw(ARTICLE_AGGREGATES.map(([c, agg]) => `${agg} AS "${c}"`));
/**
 * An article's counters rolled up from its per-cited-source groups (`alias`, one row per group):
 * sums, except `articles`, which is 1 when anything of the article is counted.
 */
export const rolledUp = (alias: string) =>
  raw(
    SUM_COLUMNS.map((c) =>
      c === 'articles'
        ? `CASE WHEN sum(${alias}."n") > 0 THEN 1 ELSE 0 END AS "articles"`
        : `sum(${alias}."${c}")::bigint AS "${c}"`,
    ),
  );

/**
 * The counters of `alias` as written under another outlet that syndicated the text: a grouped
 * claim there is a repetition (an amplification), never an origin.
 */
export const syndicatedColumns = (alias: string) =>
  raw(
    SUM_COLUMNS.map((c) =>
      c === 'originated'
        ? `0 AS "originated"`
        : c === 'amplified'
          ? `${alias}."grouped" AS "amplified"`
          : `${alias}."${c}"`,
    ),
  );

/** `alias.n, alias.articles, …` */
export const columnsOf = (alias: string) => raw(SUM_COLUMNS.map((c) => `${alias}."${c}"`));

/** `sum(alias.n)::bigint AS n, …` over stats rows, for roll-ups and reads (every counter unless `columns` narrows it). */
export const summed = (alias: string, columns: readonly string[] = SUM_COLUMNS) =>
  raw(columns.map((c) => `coalesce(sum(${alias}."${c}"), 0)::bigint AS "${c}"`));

/** A row of summed counters as $queryRaw returns it (bigint), before conversion. */
export type SummedRow = Record<string, bigint | number | null>;

/** Counters as plain numbers (every sum fits easily in a double); every counter unless `columns` narrows it. */
export function toCounts(row: SummedRow, columns: readonly string[] = SUM_COLUMNS): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of columns) out[c] = Number(row[c] ?? 0);
  return out;
}
