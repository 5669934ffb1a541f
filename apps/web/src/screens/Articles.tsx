import { Link } from 'react-router';
import { ARTICLE_STATUSES, OUTLET_TYPES } from '@auditor/vocabulary';
import { api, hasRole, type ArticleListRow } from '../api';
import { Field } from '../components/Field';
import { DateRangeFields, FilterForm } from '../components/FilterForm';
import { Options } from '../components/Options';
import { Pagination } from '../components/Pagination';
import { StatusTag } from '../components/StatusTag';
import { PublishedDate } from '../components/ArticleMetaForm';
import { dateTime, num } from '../format';
import { useApi, useFilterForm, usePageTitle, useUrlFilters } from '../hooks';
import { useSession } from '../session';
import { changeParams, type FilterValues } from '../url-filters';
import { LoadState } from '../components/LoadState';

const PAGE_SIZE = 20;
const FILTERS = [
  'q',
  'status',
  'outlet',
  'outletType',
  'from',
  'to',
  'undated',
  'sqMin',
  'sqMax',
  'alMin',
  'alMax',
] as const;
type Filter = (typeof FILTERS)[number];
type SortKey = 'relevance' | 'uploaded' | 'published' | 'title' | 'outlet' | 'assertions' | 'sourcing' | 'alarmism';

const COLUMNS: Array<{ key: SortKey; label: string; numeric?: boolean }> = [
  { key: 'title', label: 'Title' },
  { key: 'outlet', label: 'Outlet' },
  { key: 'published', label: 'Published' },
  { key: 'sourcing', label: 'Sourcing quality', numeric: true },
  { key: 'alarmism', label: 'Alarmism', numeric: true },
  { key: 'assertions', label: 'Assertions', numeric: true },
  { key: 'uploaded', label: 'Uploaded' },
];
const SORT_NAMES: Record<SortKey, string> = {
  relevance: 'relevance',
  uploaded: 'upload time',
  published: 'publication date',
  title: 'title',
  outlet: 'outlet',
  assertions: 'assertions',
  sourcing: 'sourcing quality',
  alarmism: 'alarmism',
};
const ascendingFirst = (k: SortKey) => k === 'title' || k === 'outlet';

function ScoreRange({ label, min, max }: { label: string; min: ReturnType<Bind>; max: ReturnType<Bind> }) {
  return (
    <fieldset className="score-range">
      <legend>{label}</legend>
      <Field label="min">
        <input type="number" min={0} max={100} step={1} className="short" {...min} />
      </Field>
      <Field label="max">
        <input type="number" min={0} max={100} step={1} className="short" {...max} />
      </Field>
    </fieldset>
  );
}
type Bind = (k: Filter) => { value: string; onChange(e: { target: { value: string } }): void };

function ArticleFilters({ params, onApply }: { params: URLSearchParams; onApply(values: FilterValues<Filter>): void }) {
  const { bind, submit, clear } = useFilterForm(FILTERS, params, onApply);
  const undated = bind('undated');
  return (
    <FilterForm label="Search and filter articles" search onSubmit={submit} onClear={clear} submitLabel="Search">
      <Field label="Search text and titles">
        <input type="search" {...bind('q')} placeholder='Kunduz, "air assault", -Helmand' />
      </Field>
      <Field label="Outlet">
        <input type="text" {...bind('outlet')} />
      </Field>
      <Field label="Outlet type">
        <select {...bind('outletType')}>
          <option value="">any</option>
          <Options values={OUTLET_TYPES} />
        </select>
      </Field>
      <Field label="Status">
        <select {...bind('status')}>
          <option value="">any</option>
          <Options values={ARTICLE_STATUSES} />
        </select>
      </Field>
      <DateRangeFields bind={bind} />
      <Field label="Undated only">
        <input
          type="checkbox"
          checked={undated.value === 'true'}
          onChange={(e) => undated.onChange({ target: { value: e.target.checked ? 'true' : '' } })}
        />
      </Field>
      <ScoreRange label="Sourcing quality" min={bind('sqMin')} max={bind('sqMax')} />
      <ScoreRange label="Alarmism" min={bind('alMin')} max={bind('alMax')} />
    </FilterForm>
  );
}

function TitleCell({ a }: { a: ArticleListRow }) {
  return (
    <th scope="row">
      <Link to={`/articles/${a.id}`}>{a.title || 'Untitled article'}</Link>
      {a.match && (
        <p className="search-hit">
          {a.match.snippet ? (
            <>
              <span className="visually-hidden">Matching assertion: </span>“{a.match.snippet}”{' '}
            </>
          ) : null}
          <span className="hint">
            {a.match.matchingAssertions === 1
              ? '1 matching assertion'
              : `${a.match.matchingAssertions} matching assertions`}
          </span>
        </p>
      )}
    </th>
  );
}

export function ArticlesScreen() {
  usePageTitle('Articles');
  const { user } = useSession();
  const { params, setParams, page, key, query: filters, filtered, apply } = useUrlFilters(FILTERS, ['sort', 'order']);
  const sort = (params.get('sort') as SortKey | null) ?? (filters.q ? 'relevance' : 'uploaded');
  const order = params.get('order') ?? (ascendingFirst(sort) ? 'asc' : 'desc');
  // A saved relevance sort without a search would be refused by the API: fall back to upload order.
  const effectiveSort = sort === 'relevance' && !filters.q ? 'uploaded' : sort;
  const articles = useApi(
    () => api.articles({ ...filters, sort: effectiveSort, order, page, pageSize: PAGE_SIZE }),
    [key],
  );
  const canUpload = hasRole(user?.role, 'analyst');

  const sortBy = (k: SortKey) => {
    const first = ascendingFirst(k) ? 'asc' : 'desc';
    setParams(changeParams(params, { sort: k, order: k === sort ? (order === 'asc' ? 'desc' : 'asc') : first }));
  };

  const data = articles.data;
  return (
    <>
      <div className="title-row">
        <h1>Articles</h1>
        {canUpload && (
          <Link className="button" to="/upload">
            Upload an article
          </Link>
        )}
      </div>
      <ArticleFilters key={key} params={params} onApply={apply} />
      {filters.q && sort !== 'relevance' && (
        <p className="hint">
          <button type="button" className="link-button" onClick={() => sortBy('relevance')}>
            Sort by relevance
          </button>
        </p>
      )}
      <LoadState
        load={articles}
        what="Loading articles"
        empty={
          data?.items.length === 0 &&
          (filtered ? (
            'No articles match — try other words, widen the dates or score ranges, or clear the filters.'
          ) : canUpload ? (
            <>
              No articles yet — <Link to="/upload">upload one</Link>.
            </>
          ) : (
            'No articles yet — an analyst has to upload one first.'
          ))
        }
      />
      {data && data.items.length > 0 && (
        <>
          <p className="hint" aria-live="polite">
            {data.totalEstimated
              ? `About ${data.total} articles`
              : data.total === 1
                ? '1 article'
                : `${data.total} articles`}
            {filters.q ? ` match “${filters.q}”` : ''}
            {data.totalEstimated
              ? ' (an estimate: the phrase was checked in a sample of the articles holding all its words)'
              : ''}
            . Scores are each article’s mean over its assertions (reviews applied); “est.” dates were read from the text
            or the page, not given.
          </p>
          <div className="table-wrap">
            <table className="articles">
              <caption className="visually-hidden">
                Articles, sorted by {SORT_NAMES[effectiveSort]} {order === 'asc' ? 'ascending' : 'descending'}
              </caption>
              <thead>
                <tr>
                  {COLUMNS.map((c) => (
                    <th
                      key={c.key}
                      scope="col"
                      className={c.numeric ? 'num' : undefined}
                      aria-sort={c.key === effectiveSort ? (order === 'asc' ? 'ascending' : 'descending') : undefined}
                    >
                      <button type="button" className="sort-button" onClick={() => sortBy(c.key)}>
                        {c.label}
                        <span aria-hidden="true">
                          {c.key === effectiveSort ? (order === 'asc' ? ' ▲' : ' ▼') : ' ↕'}
                        </span>
                      </button>
                    </th>
                  ))}
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((a) => (
                  <tr key={a.id}>
                    <TitleCell a={a} />
                    <td>{a.outlet ? <Link to={`/sources/outlet:${a.outlet.id}`}>{a.outlet.name}</Link> : '—'}</td>
                    <td>
                      <PublishedDate article={a} short />
                    </td>
                    <td className="num">{num(a.avgSourcingQuality)}</td>
                    <td className="num">{num(a.avgAlarmism)}</td>
                    <td className="num">{a.assertionCount}</td>
                    <td>{dateTime(a.createdAt)}</td>
                    <td>
                      <StatusTag status={a.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            page={data.page}
            pageSize={data.pageSize}
            total={data.total}
            estimated={data.totalEstimated}
            label="Article pages"
          />
        </>
      )}
    </>
  );
}
