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

/** Bounds of an open month range: every month row, the undated bucket included. */
const NO_FILTER_FROM = '-infinity';
/** After the undated bucket (0001-01-01), before every real date: a filtered read leaves it out. */
const AFTER_UNDATED = '0001-01-02T00:00:00Z';
const END = 'infinity';

const dayFloor = (d: Date) => new Date(Math.floor(d.getTime() / DAY) * DAY);
const dayCeil = (d: Date) => new Date(Math.ceil(d.getTime() / DAY) * DAY);

/**
 * A window as the summary statements take it, always the same shape: whole months
 * [monthFrom, monthTo) from the month rows, whole days from the day rows (the cut months' days),
 * and exact instants from the article rows only for a bound inside a day (a timestamp, not a date).
 * Ranges are half-open [from[i], to[i]); every bound is an ISO instant or ±infinity, as text.
 */
export interface WindowParams {
  monthFrom: string;
  monthTo: string;
  /** Exactly DAY_RANGES ranges, unused ones empty. */
  days: Array<[string, string]>;
  /** Exactly INSTANT_RANGES ranges, unused ones empty. */
  instants: Array<[string, string]>;
}

/** One cut month at each edge, each with its whole days and up to two partial days. */
export const DAY_RANGES = 2;
export const INSTANT_RANGES = 4;
const EMPTY_RANGE: [string, string] = ['infinity', 'infinity'];

export function windowParams(window: DateWindow): WindowParams {
  const plan = planWindow(window);
  const filtered = window.from !== null || window.toExcl !== null;
  const out: WindowParams = {
    // An empty month range when the window lies inside a month or two.
    monthFrom: plan.months ? (plan.months.from?.toISOString() ?? (filtered ? AFTER_UNDATED : NO_FILTER_FROM)) : END,
    monthTo: plan.months ? (plan.months.to?.toISOString() ?? END) : END,
    days: [],
    instants: [],
  };
  const instants = (a: Date, b: Date) => out.instants.push([a.toISOString(), b.toISOString()]);
  for (const [a, b] of plan.edges) {
    const firstDay = dayCeil(a);
    const endDay = dayFloor(b);
    if (firstDay >= endDay) {
      instants(a, b);
      continue;
    }
    out.days.push([firstDay.toISOString(), endDay.toISOString()]);
    if (a < firstDay) instants(a, firstDay);
    if (endDay < b) instants(endDay, b);
  }
  while (out.days.length < DAY_RANGES) out.days.push(EMPTY_RANGE);
  while (out.instants.length < INSTANT_RANGES) out.instants.push(EMPTY_RANGE);
  return out;
}
