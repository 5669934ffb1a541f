import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ARTICLE_STATUSES } from '@auditor/vocabulary';
import { api, hasRole } from '../api';
import { Field } from '../components/Field';
import { FilterForm } from '../components/FilterForm';
import { Options } from '../components/Options';
import { Pagination } from '../components/Pagination';
import { StatusTag } from '../components/StatusTag';
import { date, dateTime } from '../format';
import { useApi, usePageTitle, useUrlFilters } from '../hooks';
import { useSession } from '../session';
import { changeParams } from '../url-filters';
import { LoadState } from '../components/LoadState';

const PAGE_SIZE = 20;
const FILTERS = ['q', 'status'] as const;

export function ArticlesScreen() {
  usePageTitle('Articles');
  const { user } = useSession();
  const { params, setParams, page, query, filtered } = useUrlFilters(FILTERS);
  const { q, status } = query;
  // The search box applies on submit, the status at once: each keeps the other as the URL has it.
  const [search, setSearch] = useState(q ?? '');
  const articles = useApi(() => api.articles({ page, pageSize: PAGE_SIZE, q, status }), [page, q, status]);
  const canUpload = hasRole(user?.role, 'analyst');

  const apply = (e: FormEvent) => {
    e.preventDefault();
    setParams(changeParams(params, { q: search.trim() }));
  };
  const setStatus = (s: string) => setParams(changeParams(params, { status: s }));

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
      <FilterForm label="Filter articles" search onSubmit={apply} submitLabel="Search">
        <Field label="Title contains">
          <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </Field>
        <Field label="Status">
          <select value={status ?? ''} onChange={(e) => setStatus(e.target.value)}>
            <option value="">any</option>
            <Options values={ARTICLE_STATUSES} />
          </select>
        </Field>
      </FilterForm>
      <LoadState
        load={articles}
        what="Loading articles"
        empty={
          data?.items.length === 0 &&
          (filtered ? (
            'No articles match these filters — clear the search or choose another status.'
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
