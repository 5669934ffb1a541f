import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { CitedSourceMergeResult, ReportCard } from '@auditor/contracts';
import { hasRole, request } from '../api';
import { useSession } from '../session';
import { ErrorMessage } from './ErrorMessage';
import { Field } from './Field';
import { SourcePicker } from './SourcePicker';

/**
 * On a cited source's card: a note when the address was a source merged into this one (the API
 * answered the old id with a redirect), and for admins a form merging this source into another.
 * After a merge the admin lands on the survivor's card, which now counts both.
 */
export function MergeSourceForm({ card, routeId }: { card: ReportCard; routeId: string }) {
  const { user } = useSession();
  const navigate = useNavigate();
  const [into, setInto] = useState('');
  const [intoName, setIntoName] = useState('');
  const [sure, setSure] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<CitedSourceMergeResult | null>(null);

  if (card.kind !== 'cited') return null;
  const redirected = routeId.toLowerCase() !== card.id.toLowerCase();
  const note = redirected ? (
    <p className="note" role="note">
      The source at this address was merged into <strong>{card.name}</strong>: this is its card now.
    </p>
  ) : null;
  if (!hasRole(user?.role, 'admin')) return note;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (!into) return setError(new Error('Choose the cited source to merge into from the list'));
    if (into === card.id) return setError(new Error('A cited source cannot be merged into itself'));
    setBusy(true);
    try {
      const result = await request<CitedSourceMergeResult>(`/sources/${encodeURIComponent(card.id)}/merge`, {
        method: 'POST',
        json: { into },
      });
      setDone(result);
      navigate(`/sources/${encodeURIComponent(result.survivor.id)}`);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {note}
      {done && (
        <p className="note" role="status">
          Merged “{done.merged.name}” into “{done.survivor.name}”: {done.attributionsMoved} attributions and{' '}
          {done.reviewsRepointed} review overrides moved; the card is being recomputed.
        </p>
      )}
      {!redirected && !done && (
        <details className="merge-source">
          <summary>Merge this source into another (admin)</summary>
          <form onSubmit={submit} aria-label="Merge cited source">
            <p className="hint">
              For two names of one source: every assertion attributed to “{card.name}” moves to the source you choose,
              reviews that named it follow, and “{card.name}” becomes one of that source&apos;s aliases, so later
              articles naming it count there too. This cannot be undone.
            </p>
            <Field label="Merge into">
              <SourcePicker
                kind="cited"
                value={into}
                onChange={(id, option) => {
                  setInto(id);
                  setIntoName(option?.name ?? '');
                }}
                placeholder="Type a cited source's name"
              />
            </Field>
            <label className="checkbox">
              <input type="checkbox" checked={sure} onChange={(e) => setSure(e.target.checked)} /> I understand “
              {card.name}” will be merged{intoName ? ` into “${intoName}”` : ''} for good
            </label>
            <button type="submit" disabled={busy || !sure || !into}>
              {busy ? 'Merging…' : 'Merge'}
            </button>
            <ErrorMessage error={error} title="Not merged." />
          </form>
        </details>
      )}
    </>
  );
}
