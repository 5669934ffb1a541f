import { useCallback, useEffect, useRef, useState, type DependencyList, type FormEvent } from 'react';

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

/** Sets the document title for the screen. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Source audit`;
  }, [title]);
}

/**
 * A filter form's draft values, seeded from the URL: `bind` wires an input, `submit` applies the
 * draft, `clear` empties and applies it. The list screens keep their filters in the URL.
 */
export function useFilterForm<F extends string>(filters: readonly F[], params: URLSearchParams, onApply: (values: Record<F, string>) => void) {
  const [values, setValues] = useState(() => Object.fromEntries(filters.map((f) => [f, params.get(f) ?? ''])) as Record<F, string>);
  const bind = (k: F) => ({ value: values[k], onChange: (e: { target: { value: string } }) => setValues((o) => ({ ...o, [k]: e.target.value })) });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(values);
  };
  const clear = () => {
    const empty = Object.fromEntries(filters.map((f) => [f, ''])) as Record<F, string>;
    setValues(empty);
    onApply(empty);
  };
  return { values, setValues, bind, submit, clear };
}

/** URL parameters for the non-empty filter values (back to page 1), keeping `keep` from `current`. */
export function filterParams<F extends string>(filters: readonly F[], values: Record<F, string>, current?: URLSearchParams, keep: readonly string[] = []): URLSearchParams {
  const next = new URLSearchParams();
  for (const f of filters) if (values[f]) next.set(f, values[f]);
  for (const k of keep) if (current?.get(k)) next.set(k, current.get(k)!);
  return next;
}
