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

/** Assign the selected items of the page to one reviewer (or nobody) in one request. */
export function BulkAssign({
  selectedIds,
  reviewers,
  onDone,
}: {
  selectedIds: string[];
  reviewers: Reviewers;
  onDone(): void;
}) {
  const { user } = useSession();
  const [to, setTo] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const assign = async () => {
    setBusy(true);
    try {
      const r = await workflowApi.assign(selectedIds, to === 'nobody' ? null : to);
      const who = to === 'nobody' ? 'nobody' : (reviewers?.find((x) => x.id === to)?.email ?? 'the reviewer');
      setError(null);
      setMessage(`${selectedIds.length} assigned to ${who} (${r.changed} changed)`);
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="bulk-assign" role="group" aria-label="Bulk assignment">
      <label htmlFor="bulk-assign-to">Assign selected to</label>{' '}
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
        onClick={() => void assign()}
      >
        Assign
      </button>
      <span className="hint" role="status">
        {message}
      </span>
      <ErrorMessage error={error} />
    </div>
  );
}
