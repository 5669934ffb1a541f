import { Link, useSearchParams } from 'react-router';
import { api, apiUrl, type Comparison } from '../api';
import { IntervalChart } from '../components/Charts';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { ci, date, num, pct } from '../format';
import { useApi, usePageTitle } from '../hooks';

type Source = Comparison['sources'][number];

const ROWS: Array<{ label: string; value(s: Source): string }> = [
  { label: 'Kind', value: (s) => (s.kind === 'outlet' ? 'outlet' : 'cited source') },
  { label: 'Type', value: (s) => s.type ?? '—' },
  { label: 'Articles', value: (s) => String(s.articles) },
  { label: 'Assertions', value: (s) => String(s.assertions) },
  { label: 'Period', value: (s) => `${date(s.firstDate)} – ${date(s.lastDate)}` },
  { label: 'Small sample', value: (s) => (s.smallSample ? 'yes — indicative only' : 'no') },
  { label: 'Sourcing quality (mean)', value: (s) => num(s.sourcingQuality.mean) },
  { label: 'Sourcing quality (95% interval)', value: (s) => ci(s.sourcingQuality.ci95) },
  { label: 'Alarmism (mean)', value: (s) => num(s.alarmism.mean) },
  { label: 'Alarmism (95% interval)', value: (s) => ci(s.alarmism.ci95) },
  { label: 'Anonymous share', value: (s) => pct(s.anonymousShare) },
  { label: 'Unverifiable share', value: (s) => pct(s.unverifiableShare) },
  { label: 'Hedged share', value: (s) => pct(s.hedgedShare) },
  { label: 'Admiralty grade', value: (s) => s.grade ?? '—' },
  { label: 'Changed by reviews', value: (s) => (s.changedByReviews ? 'yes' : 'no') },
];

export function CompareScreen() {
  usePageTitle('Compare sources');
  const [params] = useSearchParams();
  const ids = (params.get('ids') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const from = params.get('from') ?? undefined;
  const to = params.get('to') ?? undefined;
  const ok = ids.length >= 2 && ids.length <= 5;
  const cmp = useApi(() => (ok ? api.compare(ids, { from, to }) : Promise.resolve(null)), [ids.join(','), from, to]);
  const data = cmp.data;

  return (
    <>
      <p className="breadcrumb">
        <Link to="/sources">Report cards</Link> ›
      </p>
      <h1>Compare sources</h1>
      {!ok && (
        <p className="empty">
          Choose two to five sources to compare: tick them in the <Link to="/sources">report cards</Link> list.
        </p>
      )}
      {ok && (
        <p className="toolbar export-links">
          <a href={apiUrl('/sources/compare', { ids: ids.join(','), from, to, format: 'csv' })} download>
            Export CSV
          </a>
          <a href={apiUrl('/sources/compare', { ids: ids.join(','), from, to })} target="_blank" rel="noopener">
            Export JSON
          </a>
        </p>
      )}
      <ErrorMessage error={cmp.error} />
      {ok && cmp.loading && !data && <Loading what="Loading the comparison" />}
      {data && (
        <>
          {data.sources.some((s) => s.smallSample) && (
            <div className="warning" role="note">
              <strong>Small samples.</strong> Some of these sources have fewer than 30 assertions or 3 articles: compare
              their figures with care.
            </div>
          )}
          <div className="table-wrap">
            <table className="compare">
              <caption className="visually-hidden">Headline figures side by side</caption>
              <thead>
                <tr>
                  <th scope="col">Figure</th>
                  {data.sources.map((s) => (
                    <th key={s.id} scope="col">
                      <Link to={`/sources/${s.id}`}>{s.name}</Link>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {ROWS.map((r) => (
                  <tr key={r.label}>
                    <th scope="row">{r.label}</th>
                    {data.sources.map((s) => (
                      <td key={s.id}>{r.value(s)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="two-col">
            <IntervalChart
              title="Sourcing quality: means and 95% intervals"
              rows={data.sources.map((s) => ({
                label: s.name,
                mean: s.sourcingQuality.mean,
                ci95: s.sourcingQuality.ci95,
                className: 'series-source',
              }))}
              reference={{ label: 'corpus mean', value: data.corpus.sourcingQuality }}
            />
            <IntervalChart
              title="Alarmism: means and 95% intervals"
              rows={data.sources.map((s) => ({
                label: s.name,
                mean: s.alarmism.mean,
                ci95: s.alarmism.ci95,
                className: 'series-alarm',
              }))}
              reference={{ label: 'corpus mean', value: data.corpus.alarmism }}
            />
          </div>
        </>
      )}
    </>
  );
}
