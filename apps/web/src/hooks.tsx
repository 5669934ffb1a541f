import { useCallback, useEffect, useRef, useState, type DependencyList, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { catchUpDelay } from './catch-up';
import {
  emptyFilters,
  filterParams,
  filterQuery,
  isFiltered,
  pageFrom,
  readFilters,
  type FilterValues,
} from './url-filters';

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload(): void;
  setData(update: (old: T | undefined) => T | undefined): void;
}

/**
 * Runs `load` when `deps` change (and on reload()), keeping the last data while reloading.
 * Answers that arrive after a newer request started are ignored.
 */
export function useApi<T>(load: () => Promise<T>, deps: DependencyList): Loaded<T> {
  const [data, setDataState] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const seq = useRef(0);

  useEffect(() => {
    const mine = ++seq.current;
    setLoading(true);
    load()
      .then((d) => {
        if (mine !== seq.current) return;
        setDataState(d);
        setError(null);
      })
      .catch((e: unknown) => {
        if (mine !== seq.current) return;
        setError(e);
      })
      .finally(() => {
        if (mine === seq.current) setLoading(false);
      });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  const setData = useCallback((update: (old: T | undefined) => T | undefined) => setDataState(update), []);
  return { data, error, loading, reload, setData };
}

/**
 * Asks again while `answer` says articles are still being added to its figures (`pendingRefresh` > 0), after
 * catchUpDelay's growing waits; each new answer, even with the same count, schedules the next request.
 */
export function useCatchUp(answer: { pendingRefresh: number } | undefined, reload: () => void): void {
  const attempt = useRef(0);
  useEffect(() => {
    if (!answer?.pendingRefresh) {
      attempt.current = 0;
      return;
    }
    const timer = setTimeout(reload, catchUpDelay(attempt.current++));
    return () => clearTimeout(timer);
  }, [answer, reload]);
}

/** Sets the document title for the screen. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Source audit`;
  }, [title]);
}

/**
 * A list screen's filters as the URL holds them: `query` for the API call, `filtered` for the
 * empty-state wording, `key` to remount the form (dropping its draft) when the URL changes, and
 * `apply` to write a form's values back (page 1, keeping `keep`, e.g. the sort).
 */
export function useUrlFilters<F extends string>(filters: readonly F[], keep: readonly string[] = []) {
  const [params, setParams] = useSearchParams();
  const apply = (values: FilterValues<F>) => setParams(filterParams(filters, values, params, keep));
  return {
    params,
    setParams,
    page: pageFrom(params),
    key: params.toString(),
    query: filterQuery(filters, params),
    filtered: isFiltered(filters, params),
    apply,
  };
}

/**
 * A filter form's draft values, seeded from the URL: `bind` wires an input, `submit` applies the
 * draft, `clear` empties and applies it.
 */
export function useFilterForm<F extends string>(
  filters: readonly F[],
  params: URLSearchParams,
  onApply: (values: FilterValues<F>) => void,
) {
  const [values, setValues] = useState(() => readFilters(filters, params));
  const bind = (k: F) => ({
    value: values[k],
    onChange: (e: { target: { value: string } }) => setValues((o) => ({ ...o, [k]: e.target.value })),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(values);
  };
  const clear = () => {
    const empty = emptyFilters(filters);
    setValues(empty);
    onApply(empty);
  };
  return { values, setValues, bind, submit, clear };
}
