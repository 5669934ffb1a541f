import type { QueueItem } from '../../api';

/**
 * The assertion inside its paragraph: the neighbouring sentences dimmed, the assertion marked.
 * Only the mark carries `id` (the item's accessible name and the buttons' description stay the
 * assertion's own words).
 */
export function AssertionInContext({ item, textId }: { item: QueueItem; textId: string }) {
  const c = item.context;
  return (
    <blockquote className="assertion-quote in-context">
      {c && (c.before || c.clippedBefore) && (
        <span className="context-text">
          {c.clippedBefore && '… '}
          {c.before}
        </span>
      )}
      <mark id={textId} className="assertion-mark">
        {item.text}
      </mark>
      {c && (c.after || c.clippedAfter) && (
        <span className="context-text">
          {c.after}
          {c.clippedAfter && ' …'}
        </span>
      )}
    </blockquote>
  );
}
