import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import type { ReactNode } from 'react';
import type { QueueDecisions } from './useQueueDecisions';

/** Confirm or dismiss the selected items of the page in one request, with one optional reason. */
export function BulkBar({ q, children }: { q: QueueDecisions; children?: ReactNode }) {
  const { items, selectedCount, bulkReason, setBulkReason, bulk, toggleAll } = q;
  return (
    <>
      <div className="bulk-bar" role="group" aria-label="Bulk decision">
        <span>{selectedCount} selected</span>
        <Field label="Reason (optional)">
          <input value={bulkReason} onChange={(e) => setBulkReason(e.target.value)} maxLength={2000} />
        </Field>
        <button type="button" disabled={!selectedCount} onClick={() => void bulk('confirm')}>
          Confirm selected
        </button>
        <button
          type="button"
          className="secondary danger"
          disabled={!selectedCount}
          onClick={() => void bulk('dismiss')}
        >
          Dismiss selected
        </button>
        <button type="button" className="link-button" disabled={!items.length} onClick={toggleAll}>
          {selectedCount === items.length && items.length ? 'Select none' : 'Select all on this page'}
        </button>
        {children}
      </div>
      <ErrorMessage error={q.bulkError} />
    </>
  );
}
