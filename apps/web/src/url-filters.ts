/**
 * The list screens keep their filters and page in the URL (so a filtered list can be bookmarked,
 * shared and reloaded). This is the pure half: reading the values out of the search parameters
 * and writing them back. `useUrlFilters` in hooks.tsx wires it to the router.
 */

export type FilterValues<F extends string> = Record<F, string>;

/** Every filter's value, '' where the URL does not set it (what a form control shows). */
export function readFilters<F extends string>(filters: readonly F[], params: URLSearchParams): FilterValues<F> {
  return Object.fromEntries(filters.map((f) => [f, params.get(f) ?? ''])) as FilterValues<F>;
}

export function emptyFilters<F extends string>(filters: readonly F[]): FilterValues<F> {
  return Object.fromEntries(filters.map((f) => [f, ''])) as FilterValues<F>;
}

/** The filters the URL sets, undefined for the others (what an API query takes). */
export function filterQuery<F extends string>(
  filters: readonly F[],
  params: URLSearchParams,
): Partial<FilterValues<F>> {
  return Object.fromEntries(filters.map((f) => [f, params.get(f) || undefined])) as Partial<FilterValues<F>>;
}

/** Whether any filter is set: the screens word their empty state differently then. */
export const isFiltered = (filters: readonly string[], params: URLSearchParams): boolean =>
  filters.some((f) => params.get(f));

/**
 * URL parameters for the non-empty filter values, keeping `keep` (e.g. the sort) from `current`.
 * Everything else, the page in particular, is dropped: new filters start again at page 1.
 */
export function filterParams<F extends string>(
  filters: readonly F[],
  values: FilterValues<F>,
  current?: URLSearchParams,
  keep: readonly string[] = [],
): URLSearchParams {
  const next = new URLSearchParams();
  for (const f of filters) if (values[f]) next.set(f, values[f]);
  for (const k of keep) if (current?.get(k)) next.set(k, current.get(k)!);
  return next;
}

/** `current` with `changes` made (an empty value removes the parameter) and back at page 1. */
export function changeParams(current: URLSearchParams, changes: Record<string, string>): URLSearchParams {
  const next = new URLSearchParams(current);
  next.delete('page');
  for (const [k, v] of Object.entries(changes)) {
    if (v) next.set(k, v);
    else next.delete(k);
  }
  return next;
}

/** The 1-based page number from ?page=, defaulting to 1. */
export function pageFrom(params: URLSearchParams): number {
  const n = Number(params.get('page'));
  return Number.isInteger(n) && n > 0 ? n : 1;
}

/** `current` pointing at page `page`; page 1 is the address without ?page=. */
export function withPage(current: URLSearchParams, page: number): URLSearchParams {
  const next = new URLSearchParams(current);
  if (page <= 1) next.delete('page');
  else next.set('page', String(page));
  return next;
}
