import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, apiUrl, type SourceListItem } from '../api';
import { Field } from '../components/Field';
import { DateRangeFields, FilterForm, SourceKindTypeFields } from '../components/FilterForm';
import { Pagination } from '../components/Pagination';
import { date, num, pct } from '../format';
import { useApi, useCatchUp, useFilterForm, usePageTitle, useUrlFilters } from '../hooks';
import { changeParams, type FilterValues } from '../url-filters';
import { LoadState } from '../components/LoadState';

const PAGE_SIZE = 25;
const FILTERS = ['kind', 'type', 'minAssertions', 'q', 'from', 'to'] as const;
type Filter = (typeof FILTERS)[number];
type SortKey = 'name' | 'assertions' | 'sourcingQuality' | 'alarmism' | 'corroboration' | 'amplification';
const COMPARE_MAX = 5;

const COLUMNS: Array<{ key: SortKey | null; label: string; numeric?: boolean }> = [
  { key: 'name', label: 'Source' },
  { key: null, label: 'Kind' },
  { key: null, label: 'Type' },
  { key: null, label: 'Articles', numeric: true },
  { key: 'assertions', label: 'Assertions', numeric: true },
  { key: 'sourcingQuality', label: 'Sourcing quality', numeric: true },
  { key: 'alarmism', label: 'Alarmism', numeric: true },
  { key: null, label: 'Anonymous', numeric: true },
  { key: 'corroboration', label: 'Corroborated', numeric: true },
  { key: null, label: 'Period' },
];

function SourceFilters({ params, onApply }: { params: URLSearchParams; onApply(values: FilterValues<Filter>): void }) {
  const { bind, submit, clear } = useFilterForm(FILTERS, params, onApply);
  return (
    <FilterForm label="Filter sources" search onSubmit={submit} onClear={clear}>
      <SourceKindTypeFields bind={bind} />
      <Field label="Min. assertions">
        <input type="number" min={0} {...bind('minAssertions')} placeholder="1" className="short" />
      </Field>
      <Field label="Name contains">
        <input type="search" {...bind('q')} />
      </Field>
      <DateRangeFields bind={bind} />
    </FilterForm>
  );
}

export function SourcesScreen() {
  usePageTitle('Report cards');
  const { params, setParams, page, key, query: filters, filtered, apply } = useUrlFilters(FILTERS, ['sort', 'order']);
  const navigate = useNavigate();
  const sort = (params.get('sort') as SortKey | null) ?? 'assertions';
  const order = params.get('order') ?? (sort === 'name' ? 'asc' : 'desc');
  const query = { ...filters, sort, order };
  const sources = useApi(() => api.sources({ ...query, page, pageSize: PAGE_SIZE }), [key]);
  useCatchUp(sources.data, sources.reload);
  const [picked, setPicked] = useState<Map<string, string>>(new Map());

  const sortBy = (k: SortKey) => {
    const defaultOrder = k === 'name' ? 'asc' : 'desc';
    setParams(changeParams(params, { sort: k, order: k === sort ? (order === 'asc' ? 'desc' : 'asc') : defaultOrder }));
  };

  const toggle = (s: SourceListItem) =>
    setPicked((old) => {
      const m = new Map(old);
      if (m.has(s.id)) m.delete(s.id);
      else if (m.size < COMPARE_MAX) m.set(s.id, s.name);
      return m;
    });

  const data = sources.data;
  return (
    <>
      <h1>Report cards</h1>
      <p className="hint">
        Outlets (every assertion of their articles) and cited sources (the assertions attributed to them), with reviews
        applied. Sort by a column heading; tick 2–5 sources to compare them.
      </p>
      <SourceFilters key={key} params={params} onApply={apply} />
      <div className="toolbar">
        <span>
          Export every match:{' '}
          <a href={apiUrl('/sources', { ...query, format: 'csv' })} download>
            Export CSV
          </a>{' '}
          ·{' '}
          <a href={apiUrl('/sources', { ...query, page, pageSize: PAGE_SIZE })} target="_blank" rel="noopener">
            Export JSON
          </a>{' '}
          <span className="hint">(this page)</span>
        </span>
        <span className="compare-bar" aria-live="polite">
          {picked.size} selected{picked.size > 0 && `: ${[...picked.values()].join(', ')}`}{' '}
          <button
            type="button"
            disabled={picked.size < 2}
            onClick={() => navigate(`/compare?ids=${encodeURIComponent([...picked.keys()].join(','))}`)}
          >
            Compare selected
          </button>
          {picked.size > 0 && (
            <button type="button" className="secondary" onClick={() => setPicked(new Map())}>
              Clear selection
            </button>
          )}
        </span>
      </div>
      <LoadState
        load={sources}
        what="Loading sources"
        empty={
          data?.items.length === 0 &&
          (filtered ? (
            'No sources match these filters — lower the minimum number of assertions, widen the dates or clear the filters.'
          ) : (
            <>
              No report cards yet — <Link to="/upload">upload an article</Link> and they appear once it is scored.
            </>
          ))
        }
      />
      {data && data.items.length > 0 && (
        <>
          <div className="table-wrap">
            <table className="sources">
              <caption className="visually-hidden">
                Sources, sorted by {sort} {order === 'asc' ? 'ascending' : 'descending'}
              </caption>
              <thead>
                <tr>
                  <th scope="col">
                    <span className="visually-hidden">Compare</span>
                  </th>
                  {COLUMNS.map((c) => (
                    <th
                      key={c.label}
                      scope="col"
                      className={c.numeric ? 'num' : undefined}
                      aria-sort={c.key && c.key === sort ? (order === 'asc' ? 'ascending' : 'descending') : undefined}
                    >
                      {c.key ? (
                        <button type="button" className="sort-button" onClick={() => sortBy(c.key!)}>
                          {c.label}
                          <span aria-hidden="true">{c.key === sort ? (order === 'asc' ? ' ▲' : ' ▼') : ' ↕'}</span>
                        </button>
                      ) : (
                        c.label
                      )}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.items.map((s) => (
                  <tr key={s.id}>
                    <td>
                      <input
                        type="checkbox"
                        checked={picked.has(s.id)}
                        disabled={!picked.has(s.id) && picked.size >= COMPARE_MAX}
                        onChange={() => toggle(s)}
                        aria-label={`Compare ${s.name}`}
                      />
                    </td>
                    <th scope="row">
                      <Link to={`/sources/${s.id}`}>{s.name}</Link>
                      {s.smallSample && (
                        <span
                          className="small-sample-tag"
                          title="Fewer than 30 assertions or 3 articles: indicative only"
                        >
                          small sample
                        </span>
                      )}
                    </th>
                    <td>{s.kind === 'outlet' ? 'outlet' : 'cited'}</td>
                    <td>{s.type ?? '—'}</td>
                    <td className="num">{s.articles}</td>
                    <td className="num">{s.assertions}</td>
                    <td className="num">{num(s.sourcingQuality)}</td>
                    <td className="num">{num(s.alarmism)}</td>
                    <td className="num">{pct(s.anonymousShare)}</td>
                    <td className="num">{pct(s.corroborationRate)}</td>
                    <td>
                      {date(s.firstDate)} – {date(s.lastDate)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={data.page} pageSize={data.pageSize} total={data.total} label="Source pages" />
        </>
      )}
    </>
  );
}
