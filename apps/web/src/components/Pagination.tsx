import { Link, useLocation } from 'react-router';
import { withPage } from '../url-filters';

/** Previous / next links that keep the rest of the query string; the page lives in ?page=. */
export function Pagination({
  page,
  pageSize,
  total,
  estimated = false,
  label = 'Pages',
}: {
  page: number;
  pageSize: number;
  total: number;
  /** The total was estimated from a sample (a phrase search over many articles). */
  estimated?: boolean;
  label?: string;
}) {
  const location = useLocation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (total <= pageSize && page <= 1) return null;
  const to = (p: number) => {
    const s = withPage(new URLSearchParams(location.search), p).toString();
    return { pathname: location.pathname, search: s ? `?${s}` : '' };
  };
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const about = estimated ? 'about ' : '';
  return (
    <nav className="pagination" aria-label={label}>
      {page > 1 ? (
        <Link to={to(page - 1)} rel="prev">
          ← Previous
        </Link>
      ) : (
        <span className="disabled" aria-hidden="true">
          ← Previous
        </span>
      )}
      <span>
        {total ? `${first}–${last} of ${about}${total}` : 'none'} · page {page} of {about}
        {pages}
      </span>
      {page < pages ? (
        <Link to={to(page + 1)} rel="next">
          Next →
        </Link>
      ) : (
        <span className="disabled" aria-hidden="true">
          Next →
        </span>
      )}
    </nav>
  );
}
