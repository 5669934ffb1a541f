import { api, type AuditEntry } from '../api';
import { Field } from '../components/Field';
import { DateRangeFields, FilterForm } from '../components/FilterForm';
import { Datalist } from '../components/Options';
import { Pagination } from '../components/Pagination';
import { dateTime } from '../format';
import { useApi, useFilterForm, usePageTitle, useUrlFilters } from '../hooks';
import type { FilterValues } from '../url-filters';
import { LoadState } from '../components/LoadState';

const PAGE_SIZE = 50;
const FILTERS = ['actor', 'action', 'entityType', 'entityId', 'from', 'to'] as const;
type Filter = (typeof FILTERS)[number];
const KNOWN_ACTIONS = [
  'auth.login',
  'auth.login-failed',
  'auth.password-changed',
  'user.created',
  'user.updated',
  'api-token.created',
  'api-token.revoked',
  'article.uploaded',
  'article.syndicated',
  'article.syndication-removed',
  'article.scored',
  'auth.logout',
  'article.deleted',
  'article.rescore-requested',
  'rubric.rescore-all-requested',
  'rubric.rescore-all',
  'review.*',
  'review.confirm',
  'review.override',
  'review.dismiss',
  'cited-source.created',
  'cited-source.merged',
];

function AuditFilters({ params, onApply }: { params: URLSearchParams; onApply(v: FilterValues<Filter>): void }) {
  const users = useApi(() => api.users(1, 200), []);
  const { values: v, bind, submit, clear } = useFilterForm(FILTERS, params, onApply);
  return (
    <FilterForm
      label="Filter the audit log"
      onSubmit={submit}
      onClear={clear}
      hint={{ id: 'action-hint', text: 'An exact action, or a prefix ending in .* (review.*).' }}
    >
      <Field label="User">
        <select {...bind('actor')}>
          <option value="">anyone</option>
          {(users.data?.items ?? []).map((u) => (
            <option key={u.id} value={u.email}>
              {u.email}
            </option>
          ))}
          {v.actor && !users.data?.items.some((u) => u.email === v.actor) && <option value={v.actor}>{v.actor}</option>}
        </select>
      </Field>
      <Field label="Action">
        <input {...bind('action')} list="known-actions" placeholder="e.g. review.*" aria-describedby="action-hint" />
      </Field>
      <Datalist id="known-actions" values={KNOWN_ACTIONS} />
      <Field label="Entity type">
        <input {...bind('entityType')} placeholder="e.g. article" className="short" />
      </Field>
      <Field label="Entity id">
        <input {...bind('entityId')} />
      </Field>
      <DateRangeFields bind={bind} />
    </FilterForm>
  );
}

function JsonValue({ label, value }: { label: string; value: unknown }) {
  if (value === null || value === undefined) return null;
  return (
    <details>
      <summary>{label}</summary>
      <pre>{JSON.stringify(value, null, 2)}</pre>
    </details>
  );
}

function Row({ e }: { e: AuditEntry }) {
  return (
    <tr>
      <td>{dateTime(e.at)}</td>
      <td>{e.actor?.email ?? <span className="hint">system</span>}</td>
      <th scope="row">
        <code>{e.action}</code>
      </th>
      <td>
        {e.entityType}
        {e.entityId && (
          <>
            {' '}
            <code className="id">{e.entityId}</code>
          </>
        )}
      </td>
      <td>
        <JsonValue label="Before" value={e.before} />
        <JsonValue label="After" value={e.after} />
      </td>
    </tr>
  );
}

export function AuditScreen() {
  usePageTitle('Audit log');
  const { params, page, key, query, apply } = useUrlFilters(FILTERS);
  const log = useApi(() => api.audit({ ...query, page, pageSize: PAGE_SIZE }), [key]);
  const data = log.data;
  return (
    <>
      <h1>Audit log</h1>
      <p className="hint">
        Every change, who made it and when, with the values before and after. The log is append-only.
      </p>
      <AuditFilters key={key} params={params} onApply={apply} />
      <LoadState
        load={log}
        what="Loading the audit log"
        empty={data && !data.items.length && 'No entries match these filters — widen the dates or clear the filters.'}
      />
      {data && data.items.length > 0 && (
        <>
          <div className="table-wrap">
            <table className="audit">
              <caption className="visually-hidden">Audit entries, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">User</th>
                  <th scope="col">Action</th>
                  <th scope="col">Entity</th>
                  <th scope="col">Change</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((e) => (
                  <Row key={String(e.id)} e={e} />
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={data.page} pageSize={data.pageSize} total={data.total} label="Audit pages" />
        </>
      )}
    </>
  );
}
