import { useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useSession } from '../../session';
import { workflowApi, type AssignmentView, type UserRef } from '../../workflow-api';
import { dateTime } from '../../format';

/** The reviewers an item can be assigned to, loaded once per page by the queue screen. */
export type Reviewers = UserRef[] | undefined;

/** Who an assertion is assigned to, and a select to (re)assign or unassign it. */
export function AssignControl({
  assertionId,
  assignment,
  reviewers,
  onAssigned,
}: {
  assertionId: string;
  assignment: AssignmentView | null;
  reviewers: Reviewers;
  onAssigned(a: AssignmentView | null): void;
}) {
  const { user } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const current = assignment?.assignee.id ?? '';

  const assign = async (assigneeId: string) => {
    setBusy(true);
    try {
      const r = await workflowApi.assign([assertionId], assigneeId || null);
      onAssigned(r.assignments[0]?.assignment ?? null);
      setError(null);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const label = `assign-${assertionId}`;
  return (
    <div className="assign-control">
      <label htmlFor={label}>Assigned to</label>{' '}
      <select id={label} value={current} disabled={busy || !reviewers} onChange={(e) => void assign(e.target.value)}>
        <option value="">nobody</option>
        {(reviewers ?? []).map((r) => (
          <option key={r.id} value={r.id}>
            {r.id === user?.id ? `me (${r.email})` : r.email}
          </option>
        ))}
        {assignment && !reviewers?.some((r) => r.id === current) && (
          <option value={current}>{assignment.assignee.email}</option>
        )}
      </select>
      {assignment && (
        <span className="hint">
          {' '}
          by {assignment.assignedBy?.email ?? 'someone'} on {dateTime(assignment.assignedAt)}
        </span>
      )}
      {!assignment && user && (
        <>
          {' '}
          <button type="button" className="link-button" disabled={busy} onClick={() => void assign(user.id)}>
            Assign to me
          </button>
        </>
      )}
      <ErrorMessage error={error} />
    </div>
  );
}

/** What "Assign the first … of this view" takes at most (the API's limit per request). */
export const VIEW_ASSIGN_MAX = 200;

/**
 * Assign the selected items of the page, or the first 200 items of the whole view (the queue's
 * current filters, in queue order), to one reviewer or to nobody, in one request.
 */
export function BulkAssign({
  selectedIds,
  viewQuery,
  reviewers,
  onDone,
}: {
  selectedIds: string[];
  /** The queue's current filters as a query string. */
  viewQuery: string;
  reviewers: Reviewers;
  onDone(): void;
}) {
  const { user } = useSession();
  const [to, setTo] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const assign = async (what: 'selected' | 'view') => {
    setBusy(true);
    try {
      const assigneeId = to === 'nobody' ? null : to;
      const who = to === 'nobody' ? 'nobody' : (reviewers?.find((x) => x.id === to)?.email ?? 'the reviewer');
      if (what === 'selected') {
        const r = await workflowApi.assign(selectedIds, assigneeId);
        setMessage(`${selectedIds.length} assigned to ${who} (${r.changed} changed)`);
      } else {
        const r = await workflowApi.assignView(viewQuery, VIEW_ASSIGN_MAX, assigneeId);
        setMessage(
          `${r.assignments.length} of the ${r.matched} in this view assigned to ${who} (${r.changed} changed)`,
        );
      }
      setError(null);
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="bulk-assign" role="group" aria-label="Bulk assignment">
      <label htmlFor="bulk-assign-to">Assign to</label>{' '}
      <select id="bulk-assign-to" value={to} onChange={(e) => setTo(e.target.value)} disabled={!reviewers}>
        <option value="">choose…</option>
        <option value="nobody">nobody (unassign)</option>
        {(reviewers ?? []).map((r) => (
          <option key={r.id} value={r.id}>
            {r.id === user?.id ? `me (${r.email})` : r.email}
          </option>
        ))}
      </select>{' '}
      <button
        type="button"
        className="secondary"
        disabled={busy || !to || !selectedIds.length}
        onClick={() => void assign('selected')}
      >
        Assign selected
      </button>{' '}
      <button type="button" className="secondary" disabled={busy || !to} onClick={() => void assign('view')}>
        Assign the first {VIEW_ASSIGN_MAX} of this view
      </button>
      <span className="hint" role="status">
        {message}
      </span>
      <ErrorMessage error={error} />
    </div>
  );
}
