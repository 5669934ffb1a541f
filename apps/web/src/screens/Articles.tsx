import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, hasRole } from '../api';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { Pagination, pageFrom } from '../components/Pagination';
import { StatusTag } from '../components/StatusTag';
import { date, dateTime } from '../format';
import { useApi, usePageTitle } from '../hooks';
import { useSession } from '../session';
import { Field } from '../components/Field';

const PAGE_SIZE = 20;
const STATUSES = ['queued', 'scoring', 'scored', 'failed'];

export function ArticlesScreen() {
  usePageTitle('Articles');
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const page = pageFrom(params);
  const q = params.get('q') ?? '';
  const status = params.get('status') ?? '';
  const [search, setSearch] = useState(q);
  const articles = useApi(() => api.articles({ page, pageSize: PAGE_SIZE, q: q || undefined, status: status || undefined }), [page, q, status]);
  const canUpload = hasRole(user?.role, 'analyst');
  const filtered = Boolean(q || status);

  const apply = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams(params);
    next.delete('page');
    if (search.trim()) next.set('q', search.trim());
    else next.delete('q');
    setParams(next);
  };

  const setStatus = (s: string) => {
    const next = new URLSearchParams(params);
    next.delete('page');
    if (s) next.set('status', s);
    else next.delete('status');
    setParams(next);
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
      <form className="filters" onSubmit={apply} role="search" aria-label="Filter articles">
        <Field label="Title contains">
          <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </Field>
        <Field label="Status">
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">any</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </Field>
        <button type="submit">Search</button>
      </form>
      <ErrorMessage error={articles.error} />
      {articles.loading && !data && <Loading what="Loading articles" />}
      {data && data.items.length === 0 && (
        <p className="empty">
          {filtered ? (
            'No articles match these filters — clear the search or choose another status.'
          ) : canUpload ? (
            <>
              No articles yet — <Link to="/upload">upload one</Link>.
            </>
          ) : (
            'No articles yet — an analyst has to upload one first.'
          )}
        </p>
      )}
      {data && data.items.length > 0 && (
        <>
          <div className="table-wrap">
            <table className="articles">
              <caption className="visually-hidden">Articles, newest upload first</caption>
              <thead>
                <tr>
                  <th scope="col">Title</th>
                  <th scope="col">Outlet</th>
                  <th scope="col">Published</th>
                  <th scope="col">Status</th>
                  <th scope="col" className="num">
                    Assertions
                  </th>
                  <th scope="col">Uploaded</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">
                      <Link to={`/articles/${a.id}`}>{a.title || 'Untitled article'}</Link>
                    </th>
                    <td>{a.outlet ? <Link to={`/sources/outlet:${a.outlet.id}`}>{a.outlet.name}</Link> : '—'}</td>
                    <td>{date(a.publishedAt)}</td>
                    <td>
                      <StatusTag status={a.status} />
                    </td>
                    <td className="num">{a.assertionCount}</td>
                    <td>{dateTime(a.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={data.page} pageSize={data.pageSize} total={data.total} label="Article pages" />
        </>
      )}
    </>
  );
}
