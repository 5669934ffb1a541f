import { Prisma } from '../generated/prisma/client';
import { sumColumnList } from '../summaries/stats-columns';
import { DAY_RANGES, INSTANT_RANGES, WindowParams } from './date-window';

/**
 * The summary rows of a date window for the prepared statements (summary-reader.ts): whole months
 * from source_month_stats, the cut months' whole days from source_day_stats and a bound inside a
 * day from source_article_stats, as one UNION ALL whose counters can simply be summed. The text
 * never changes with the window: bounds are parameters, in the order of windowValues.
 * A card reads at most a few months and 31 days per edge for each source, however many articles
 * those hold.
 */
export interface WindowRowsSpec {
  /** A condition on the rows' `kind`/`source_id`/`variant` (constants or parameters), as SQL text. */
  who: (alias: string) => string;
  columns: 'card' | 'headline' | 'map' | 'comparison';
  /** The number of the window's first parameter: it takes WINDOW_PARAMS from there ($first, …). */
  first: number;
}

/** The columns source_month_stats_list_idx covers: what a list page sums. */
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

/** The source map's: means and their intervals need the sums of squares (covered since source_map_covering_index). */
export const MAP_COLUMNS = ['n', 'articles', 'sq_sum', 'sq_sq', 'al_sum', 'al_sq'] as const;

/**
 * What a card's comparison with the rest of the corpus reads (report-card.service.ts): the means
 * and their intervals, and the shares it sets beside the source's. The corpus's other counters
 * would be summed over every month of the window on every card and never shown.
 */
export const COMPARISON_COLUMNS = [
  'n',
  'sq_sum',
  'sq_sq',
  'al_sum',
  'al_sq',
  'attributed',
  'p_anonymous',
  'cred_6',
  'hedged',
  'claims',
  'corroborated',
  'amplified',
  'contradicted',
] as const;

/** How many parameters a window takes (see windowValues). */
export const WINDOW_PARAMS = 2 + 2 * DAY_RANGES + 2 * INSTANT_RANGES;

const quoted = (columns: readonly string[]) => columns.map((c) => `"${c}"`).join(', ');
/** The columns a list page, the map or a card's corpus comparison sums (a card's own rows: every counter and the top lists). */
const NARROW = {
  headline: quoted(HEADLINE_COLUMNS),
  map: quoted(MAP_COLUMNS),
  comparison: quoted(COMPARISON_COLUMNS),
};
const SUMS = Prisma.sql`${sumColumnList}`.text;
const prefixed = (alias: string, list: string) =>
  list
    .split(', ')
    .map((c) => `${alias}.${c}`)
    .join(', ');

export function windowRows(spec: WindowRowsSpec): string {
  const p = (i: number) => `$${spec.first + i}::timestamptz`;
  const cols = (alias: string, month: string) =>
    spec.columns !== 'card'
      ? `${alias}."kind", ${alias}."source_id", ${prefixed(alias, NARROW[spec.columns])}, ${alias}."first_at", ${alias}."last_at"`
      : `${alias}."kind", ${alias}."source_id", ${alias}."variant", ${month} AS "month", ${alias}."rubric_version", ${prefixed(alias, SUMS)}, ${alias}."first_at", ${alias}."last_at", ${alias}."top_alarmist", ${alias}."top_worst"`;
  // One arm per range, each a plain index range scan (an empty range finds nothing at once).
  const arms = [
    `SELECT ${cols('m', 'm."month"')} FROM "source_month_stats" m
     WHERE ${spec.who('m')} AND m."month" >= ${p(0)} AND m."month" < ${p(1)}`,
  ];
  for (let i = 0; i < DAY_RANGES; i++)
    arms.push(`SELECT ${cols('d', `date_trunc('month', d."day", 'UTC')`)} FROM "source_day_stats" d
     WHERE ${spec.who('d')} AND d."day" >= ${p(2 + 2 * i)} AND d."day" < ${p(3 + 2 * i)}`);
  for (let i = 0; i < INSTANT_RANGES; i++)
    arms.push(`SELECT ${cols('x', 'x."month"')} FROM "source_article_stats" x
     WHERE ${spec.who('x')} AND x."at" >= ${p(2 + 2 * DAY_RANGES + 2 * i)} AND x."at" < ${p(3 + 2 * DAY_RANGES + 2 * i)}`);
  return arms.join('\n    UNION ALL\n    ');
}

/** The window's parameter values, in the order windowRows expects them. */
export const windowValues = (w: WindowParams): string[] => [
  w.monthFrom,
  w.monthTo,
  ...w.days.flat(),
  ...w.instants.flat(),
];
