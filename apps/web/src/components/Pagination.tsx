import { Link, useLocation } from 'react-router';

/** Previous / next links that keep the rest of the query string; the page lives in ?page=. */
export function Pagination({ page, pageSize, total, label = 'Pages' }: { page: number; pageSize: number; total: number; label?: string }) {
  const location = useLocation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (total <= pageSize && page <= 1) return null;
  const to = (p: number) => {
    const params = new URLSearchParams(location.search);
    if (p <= 1) params.delete('page');
    else params.set('page', String(p));
    const s = params.toString();
    return { pathname: location.pathname, search: s ? `?${s}` : '' };
  };
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav className="pagination" aria-label={label}>
      {page > 1 ? <Link to={to(page - 1)} rel="prev">← Previous</Link> : <span className="disabled" aria-hidden="true">← Previous</span>}
      <span>
        {total ? `${first}–${last} of ${total}` : 'none'} · page {page} of {pages}
      </span>
      {page < pages ? <Link to={to(page + 1)} rel="next">Next →</Link> : <span className="disabled" aria-hidden="true">Next →</span>}
    </nav>
  );
}

/** The 1-based page number from ?page=, defaulting to 1. */
export function pageFrom(params: URLSearchParams): number {
  const n = Number(params.get('page'));
  return Number.isInteger(n) && n > 0 ? n : 1;
}
