import { Link } from 'react-router';
import { api, apiUrl, type SourceMap } from '../api';
import { Field } from '../components/Field';
import { DateRangeFields, FilterForm, SourceKindTypeFields } from '../components/FilterForm';
import { LoadState } from '../components/LoadState';
import { ci, num } from '../format';
import { useApi, useCatchUp, useFilterForm, usePageTitle, useUrlFilters } from '../hooks';
import type { FilterValues } from '../url-filters';
import { Scatter } from './source-map/Scatter';

const FILTERS = ['kind', 'type', 'minAssertions', 'from', 'to'] as const;
type Filter = (typeof FILTERS)[number];
/** The API's default: below it a point's interval spans most of the axis. */
const MIN_ASSERTIONS = 5;

function MapFilters({ params, onApply }: { params: URLSearchParams; onApply(values: FilterValues<Filter>): void }) {
  const { bind, submit, clear } = useFilterForm(FILTERS, params, onApply);
  return (
    <FilterForm label="Filter the map" onSubmit={submit} onClear={clear}>
      <SourceKindTypeFields bind={bind} />
      <Field label="Min. assertions">
        <input
          type="number"
          min={1}
          {...bind('minAssertions')}
          placeholder={String(MIN_ASSERTIONS)}
          className="short"
        />
      </Field>
      <DateRangeFields bind={bind} />
    </FilterForm>
  );
}

/** The same points as a table: exact figures, and a second way to each card. */
function PointTable({ map }: { map: SourceMap }) {
  return (
    <details className="chart-table">
      <summary>Show as table</summary>
      <div className="table-wrap">
        <table>
          <caption>Sources on the map, largest samples first</caption>
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">Kind</th>
              <th scope="col">Type</th>
              <th scope="col" className="num">
                Assertions
              </th>
              <th scope="col" className="num">
                Sourcing quality (95%)
              </th>
              <th scope="col" className="num">
                Alarmism (95%)
              </th>
            </tr>
          </thead>
          <tbody>
            {map.points.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  <Link to={`/sources/${p.id}`}>{p.name}</Link>
                </th>
                <td>{p.kind === 'outlet' ? 'outlet' : 'cited'}</td>
                <td>{p.type ?? '—'}</td>
                <td className="num">{p.assertions}</td>
                <td className="num">
                  {num(p.sourcingQuality.mean)} ({ci(p.sourcingQuality.ci95)})
                </td>
                <td className="num">
                  {num(p.alarmism.mean)} ({ci(p.alarmism.ci95)})
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** /map: every outlet and cited source placed by sourcing quality and alarmism, each a link to its card. */
export function SourceMapScreen() {
  usePageTitle('Source map');
  const { params, key, query, filtered, apply } = useUrlFilters(FILTERS);
  const map = useApi(() => api.sourceMap(query), [key]);
  const data = map.data;
  useCatchUp(data, map.reload);
  return (
    <>
      <h1>Source map</h1>
      <p className="hint">
        Outlets (every assertion of their articles) and cited sources (how outlets attribute to them) by mean sourcing
        quality and alarmism, reviews applied. Select a marker, or tab to it and press Enter, to open its report card.
      </p>
      <MapFilters key={key} params={params} onApply={apply} />
      <div className="toolbar">
        <span>
          <a href={apiUrl('/sources/map', query)} target="_blank" rel="noopener">
            Export JSON
          </a>
        </span>
      </div>
      <LoadState
        load={map}
        what="Loading the source map"
        empty={
          data?.points.length === 0 &&
          (filtered
            ? 'No sources match these filters — lower the minimum number of assertions, widen the dates or clear the filters.'
            : `No source has ${MIN_ASSERTIONS} or more assertions yet — lower the minimum, or upload more articles.`)
        }
      />
      {data && data.points.length > 0 && (
        <>
          <p role="status">
            {data.points.length < data.total
              ? `The ${data.points.length} largest of ${data.total} sources`
              : `${data.total} source${data.total === 1 ? '' : 's'}`}
            ; corpus of the period: {data.corpus.assertions} assertions, mean sourcing quality{' '}
            {num(data.corpus.sourcingQuality)}, mean alarmism {num(data.corpus.alarmism)}.
            {data.pendingRefresh > 0 && ` ${data.pendingRefresh} articles are still being added to the figures.`}
          </p>
          <Scatter map={data} />
          <PointTable map={data} />
        </>
      )}
    </>
  );
}
