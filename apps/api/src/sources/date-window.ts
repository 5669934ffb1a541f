import { BadRequestException } from '@nestjs/common';

const DAY = 86_400_000;
const BARE_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface DateWindow {
  /** Inclusive lower bound, or null for "since the beginning". */
  from: Date | null;
  /** Exclusive upper bound, or null for "until now". */
  toExcl: Date | null;
}

/**
 * How a window is read from the summaries: whole months from source_month_stats, the partial
 * months at either edge from source_article_stats (exact dates). Either part may be empty.
 */
export interface WindowPlan {
  months: { from: Date | null; to: Date | null } | null;
  edges: Array<[Date, Date]>;
}

const monthStart = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
const nextMonth = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));

/** `to` as a bare date includes that whole day, as in the articles list. */
export function parseWindow(from?: string, to?: string): DateWindow {
  const f = from ? new Date(BARE_DATE.test(from) ? `${from}T00:00:00Z` : from) : null;
  const t = to
    ? BARE_DATE.test(to)
      ? new Date(new Date(`${to}T00:00:00Z`).getTime() + DAY)
      : new Date(new Date(to).getTime() + 1)
    : null;
  if (f && t && f >= t) throw new BadRequestException('from must not be after to');
  return { from: f, toExcl: t };
}

export function planWindow({ from, toExcl }: DateWindow): WindowPlan {
  const firstFull = from ? (monthStart(from).getTime() === from.getTime() ? from : nextMonth(from)) : null;
  const lastFullEnd = toExcl ? monthStart(toExcl) : null;
  if (from && toExcl && firstFull && lastFullEnd && firstFull >= lastFullEnd)
    return { months: null, edges: [[from, toExcl]] };
  const edges: Array<[Date, Date]> = [];
  if (from && firstFull && from < firstFull) edges.push([from, firstFull]);
  if (toExcl && lastFullEnd && lastFullEnd < toExcl) edges.push([lastFullEnd, toExcl]);
  return { months: { from: firstFull, to: lastFullEnd }, edges };
}
