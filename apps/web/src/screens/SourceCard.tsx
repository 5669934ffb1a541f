import { Link, useParams } from 'react-router';
import { api, apiUrl } from '../api';
import { useApi, useCatchUp, usePageTitle, useUrlFilters } from '../hooks';
import { AmplifiedClaims } from './source-card/AmplifiedClaims';
import { Card } from './source-card/Card';
import { PERIOD, PeriodForm } from './source-card/PeriodForm';
import { LoadState } from '../components/LoadState';
import { MergeSourceForm } from '../components/MergeSourceForm';
import { ReviewSourceLink } from './review/ReviewSourceLink';

export function SourceCardScreen() {
  const { id = '' } = useParams();
  const { params, key, query: range, apply } = useUrlFilters(PERIOD);
  const card = useApi(() => api.report(id, range), [id, range.from, range.to]);
  useCatchUp(card.data, card.reload);
  usePageTitle(card.data ? `Report card: ${card.data.name}` : 'Report card');

  return (
    <>
      <p className="breadcrumb">
        <Link to="/sources">Report cards</Link> ›
      </p>
      <h1>
        {card.data ? card.data.name : 'Report card'}
        {card.data && (
          <span className="subtitle">
            {' '}
            {card.data.kind === 'outlet' ? 'outlet' : 'cited source'}
            {card.data.type ? `, ${card.data.type}` : ''}
          </span>
        )}
      </h1>
      <div className="toolbar">
        <PeriodForm key={key} params={params} onApply={apply} />
        <ReviewSourceLink sourceId={id} />
        <span className="export-links">
          <a href={apiUrl(`/sources/${encodeURIComponent(id)}/report`, { ...range, format: 'csv' })} download>
            Export CSV
          </a>
          <a href={apiUrl(`/sources/${encodeURIComponent(id)}/report`, range)} target="_blank" rel="noopener">
            Export JSON
          </a>
        </span>
      </div>
      <LoadState load={card} what="Loading the report card" />
      {card.data && <MergeSourceForm card={card.data} routeId={id} />}
      {card.data && <Card card={card.data} />}
      {card.data && <AmplifiedClaims sourceId={card.data.id} period={range} />}
    </>
  );
}
