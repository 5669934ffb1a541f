import { Link } from 'react-router';
import { api } from '../api';
import { Pagination } from '../components/Pagination';
import { useApi, usePageTitle, useUrlFilters } from '../hooks';
import { BulkBar } from './review/BulkBar';
import { QueueEntry } from './review/QueueEntry';
import { QUEUE_FILTERS, QueueFilters } from './review/QueueFilters';
import { ShortcutHelp } from './review/ShortcutHelp';
import { useQueueDecisions } from './review/useQueueDecisions';
import { useQueueShortcuts } from './review/useQueueShortcuts';
import { LoadState } from '../components/LoadState';
import { workflowApi } from '../workflow-api';
import { BulkAssign } from './review/AssignControl';
import { filterQuery, QueueViews } from './review/QueueViews';

const PAGE_SIZE = 20;

export function ReviewScreen() {
  usePageTitle('Review queue');
  const { params, page, key, query, filtered, apply } = useUrlFilters(QUEUE_FILTERS);
  const queue = useApi(
    () =>
      api.queue({
        ...query,
        includeReviewed: query.includeReviewed === 'true' ? 'true' : undefined,
        page,
        pageSize: PAGE_SIZE,
      }),
    [key],
  );
  const q = useQueueDecisions(queue);
  const reviewers = useApi(() => workflowApi.reviewers(), []);
  useQueueShortcuts(q);
  const { items } = q;
  const data = queue.data;

  return (
    <>
      <h1>Review queue</h1>
      <p className="hint">
        Assertions most in need of a human look come first. A decision takes the item off the list; report cards count
        it at once.
      </p>
      <ShortcutHelp />
      <QueueViews params={params} />
      <QueueFilters key={key} params={params} onApply={apply} />
      <BulkBar q={q}>
        <BulkAssign
          selectedIds={items.filter((i) => q.selected.has(i.assertionId)).map((i) => i.assertionId)}
          viewQuery={filterQuery(params)}
          reviewers={reviewers.data}
          onDone={() => queue.reload()}
        />
      </BulkBar>
      <p className="visually-hidden" role="status">
        {q.announce}
      </p>
      <LoadState
        load={queue}
        what="Loading the queue"
        empty={
          data &&
          !items.length &&
          !queue.loading &&
          (filtered ? (
            'Nothing to review with these filters — clear them to see the whole queue.'
          ) : (
            <>
              The queue is empty — every assertion has been reviewed. <Link to="/upload">Upload more articles</Link> or
              look at the <Link to="/sources">report cards</Link>.
            </>
          ))
        }
      />
      {items.length > 0 && (
        <ol className="queue">
          {items.map((item, i) => (
            <QueueEntry
              key={item.assertionId}
              item={item}
              index={i}
              active={item === q.activeItem}
              selected={q.selected.has(item.assertionId)}
              busy={q.busy.has(item.assertionId)}
              error={q.errors.get(item.assertionId) ?? null}
              overrideOpen={q.overrideFor === item.assertionId}
              setOverrideOpen={(open) => q.setOverrideFor(open ? item.assertionId : null)}
              onSelect={() => q.toggle(item.assertionId)}
              onActivate={() => q.setActive(i)}
              onDecide={(d, o, r) => void q.decide(item, d, o, r)}
              setRef={q.setRef(item.assertionId)}
              reviewers={reviewers.data}
            />
          ))}
        </ol>
      )}
      {data && (
        <Pagination
          page={data.page}
          pageSize={data.pageSize}
          total={Math.max(0, data.total - q.removedCount)}
          label="Queue pages"
        />
      )}
    </>
  );
}
