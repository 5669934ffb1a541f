import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useApi } from '../../hooks';
import { workflowApi, type SavedFilter } from '../../workflow-api';
import { QUEUE_FILTERS } from './QueueFilters';

/** The queue's filters in `params`, as a saved filter stores them (the page left out). */
export function filterQuery(params: URLSearchParams): string {
  const out = new URLSearchParams();
  for (const f of QUEUE_FILTERS) {
    const v = params.get(f);
    if (v) out.set(f, v);
  }
  return out.toString();
}

/**
 * Ways into the queue: the whole queue, the items assigned to me, and the reviewer's own saved
 * filters (save the filters now applied under a name; open, rename or delete one).
 */
export function QueueViews({ params }: { params: URLSearchParams }) {
  const saved = useApi(() => workflowApi.savedFilters(), []);
  const [name, setName] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const current = filterQuery(params);
  const here = (q: string) => q === current;

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) {
      setError(new Error('Give the filter a name'));
      return;
    }
    setBusy(true);
    try {
      const f = await workflowApi.saveFilter(name.trim(), current);
      saved.setData((old) => [...(old ?? []), f].sort((a, b) => a.name.localeCompare(b.name)));
      setName('');
      setError(null);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const remove = async (f: SavedFilter) => {
    try {
      await workflowApi.deleteFilter(f.id);
      saved.setData((old) => old?.filter((x) => x.id !== f.id));
      setError(null);
    } catch (err) {
      setError(err);
    }
  };

  const rename = async (e: FormEvent) => {
    e.preventDefault();
    if (!renaming) return;
    try {
      const f = await workflowApi.renameFilter(renaming.id, renaming.name.trim());
      saved.setData((old) => old?.map((x) => (x.id === f.id ? f : x)).sort((a, b) => a.name.localeCompare(b.name)));
      setRenaming(null);
      setError(null);
    } catch (err) {
      setError(err);
    }
  };

  const link = (q: string, text: string) => (
    <Link to={q ? `/review?${q}` : '/review'} aria-current={here(q) ? 'page' : undefined}>
      {text}
    </Link>
  );

  return (
    <nav className="queue-views" aria-label="Queue views">
      <ul className="queue-view-list">
        <li>{link('', 'Whole queue')}</li>
        <li>{link('assignee=me', 'Assigned to me')}</li>
        {(saved.data ?? []).map((f) => (
          <li key={f.id} className="saved-filter">
            {renaming?.id === f.id ? (
              <form className="save-filter" onSubmit={(e) => void rename(e)} aria-label={`Rename ${f.name}`}>
                <Field label={`New name for ${f.name}`}>
                  <input
                    value={renaming.name}
                    onChange={(e) => setRenaming({ id: f.id, name: e.target.value })}
                    maxLength={100}
                    autoFocus
                  />
                </Field>
                <button type="submit" className="secondary">
                  Rename
                </button>
                <button type="button" className="link-button" onClick={() => setRenaming(null)}>
                  Cancel
                </button>
              </form>
            ) : (
              link(f.query, f.name)
            )}
            <button
              type="button"
              className="link-button"
              onClick={() => setRenaming({ id: f.id, name: f.name })}
              aria-label={`Rename saved filter ${f.name}`}
            >
              ✎
            </button>
            <button
              type="button"
              className="link-button"
              onClick={() => void remove(f)}
              aria-label={`Delete saved filter ${f.name}`}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form className="save-filter" onSubmit={(e) => void save(e)} aria-label="Save these filters">
        <Field label="Save these filters as">
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={100} placeholder="a name" />
        </Field>
        <button type="submit" className="secondary" disabled={busy}>
          Save
        </button>
      </form>
      <ErrorMessage error={error ?? saved.error} />
    </nav>
  );
}
