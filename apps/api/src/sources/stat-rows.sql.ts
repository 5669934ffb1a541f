import { Prisma } from '../generated/prisma/client';
import { DateWindow, planWindow } from './date-window';
import { sumColumnList } from '../summaries/stats-columns';
import { UNDATED_AT } from '../summaries/source-stats.sql';

/** The columns source_month_stats_list_idx covers. */
export const HEADLINE_COLUMNS = [
  'n',
  'articles',
  'sq_sum',
  'al_sum',
  'p_anonymous',
  'claims',
  'corroborated',
  'amplified',
] as const;
const HEADLINE = Prisma.raw(HEADLINE_COLUMNS.map((c) => `"${c}"`).join(', '));

/** The source map's: means and their intervals need the sums of squares (covered since source_map_covering_index). */
export const MAP_COLUMNS = ['n', 'articles', 'sq_sum', 'sq_sq', 'al_sum', 'al_sq'] as const;
const MAP = Prisma.raw(MAP_COLUMNS.map((c) => `"${c}"`).join(', '));

export type Variant = 'auto' | 'reviewed';

export interface RowFilter {
  kinds: readonly string[];
  /** One source, or all of the kinds. */
  sourceId?: string;
  variants: readonly Variant[];
  window: DateWindow;
  /** Only the list's or the map's columns (served from the month table's covering index), or all plus the top lists. */
  columns: 'headline' | 'map' | 'card';
}

/**
 * The stats rows covering a filter: whole months from source_month_stats and exact-date article
 * rows for partial edge months, as one UNION ALL whose counters can simply be summed. A card
 * without a date filter reads only month rows: at most a few hundred for a decade of data.
 */
export function statRows(f: RowFilter): Prisma.Sql {
  const plan = planWindow(f.window);
  const cols =
    f.columns === 'headline'
      ? Prisma.sql`"kind", "source_id", ${HEADLINE}, "first_at", "last_at"`
      : f.columns === 'map'
        ? Prisma.sql`"kind", "source_id", ${MAP}, "first_at", "last_at"`
        : Prisma.sql`"kind", "source_id", "variant", "month", "rubric_version", ${sumColumnList}, "first_at", "last_at", "top_alarmist", "top_worst"`;
  const who = Prisma.sql`"kind" = ANY(${[...f.kinds]}::text[]) AND "variant" = ANY(${[...f.variants]}::text[])${f.sourceId ? Prisma.sql` AND "source_id" = ${f.sourceId}::uuid` : Prisma.empty}`;
  const parts: Prisma.Sql[] = [];
  if (plan.months) {
    // Any date filter leaves the undated bucket out; only an unfiltered total counts it.
    const lo = plan.months.from
      ? Prisma.sql` AND "month" >= ${plan.months.from}`
      : plan.months.to
        ? Prisma.sql` AND "month" > ${UNDATED_AT}`
        : Prisma.empty;
    const hi = plan.months.to ? Prisma.sql` AND "month" < ${plan.months.to}` : Prisma.empty;
    parts.push(Prisma.sql`SELECT ${cols} FROM "source_month_stats" WHERE ${who}${lo}${hi}`);
  }
  if (plan.edges.length) {
    const ranges = Prisma.join(
      plan.edges.map(([a, b]) => Prisma.sql`("at" >= ${a} AND "at" < ${b})`),
      ' OR ',
    );
    parts.push(Prisma.sql`SELECT ${cols} FROM "source_article_stats" WHERE ${who} AND (${ranges})`);
  }
  return Prisma.join(parts, ' UNION ALL ');
}
