import { useEffect, useState } from 'react';
import { LoadState } from './LoadState';
import { useApi } from '../hooks';
import { workflowApi, type AssignmentView } from '../workflow-api';
import { AssignControl } from '../screens/review/AssignControl';

/**
 * The selected assertion's assignee on the article page, reassignable by a reviewer as in the
 * queue: a reviewer reading an article hands a sentence to a colleague without finding it there.
 */
export function PanelAssignment({ assertionId }: { assertionId: string }) {
  const load = useApi(
    () => Promise.all([workflowApi.assignmentOf(assertionId), workflowApi.reviewers()]),
    [assertionId],
  );
  const [assignment, setAssignment] = useState<AssignmentView | null>(null);
  useEffect(() => setAssignment(load.data?.[0].assignment ?? null), [load.data]);
  return (
    <div className="panel-assignment">
      <LoadState load={load} what="Loading the assignment" />
      {load.data && (
        <AssignControl
          assertionId={assertionId}
          assignment={assignment}
          reviewers={load.data[1]}
          onAssigned={setAssignment}
        />
      )}
    </div>
  );
}
