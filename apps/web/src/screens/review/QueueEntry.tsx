import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { api, type Decision, type Disagreement, type OverridesInput, type QueueItem } from '../../api';
import { SignalList } from '../../components/AssertionPanel';
import { ProvenanceTag } from '../../components/Provenance';
import { DisagreementList, ReviewControls, ReviewLine } from '../../components/Review';
import { admiraltyText } from '../../format';
import { Comments } from '../../components/Comments';
import { AssertionInContext } from './AssertionInContext';
import { AssignControl, type Reviewers } from './AssignControl';

const outletName = (o: QueueItem['outlet']) => (o === null ? null : typeof o === 'string' ? o : o.name);

interface ItemProps {
  item: QueueItem;
  index: number;
  active: boolean;
  selected: boolean;
  busy: boolean;
  error: unknown;
  overrideOpen: boolean;
  setOverrideOpen(open: boolean): void;
  onSelect(): void;
  onActivate(): void;
  onDecide(decision: Decision, overrides?: OverridesInput, reason?: string): void;
  setRef(el: HTMLElement | null): void;
  reviewers?: Reviewers;
}

/** For an item that already has a review: where automatic scoring now disagrees with it (from the assertion's detail; queue items do not carry it). */
function ItemDisagreements({ item }: { item: QueueItem }) {
  const [loaded, setLoaded] = useState<Disagreement[] | undefined>(undefined);
  const reviewed = Boolean(item.review);
  useEffect(() => {
    if (!reviewed) return;
    let live = true;
    api
      .assertion(item.assertionId)
      .then((d) => live && setLoaded(d.disagreements))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [item.assertionId, reviewed]);
  return <DisagreementList items={loaded} />;
}

export function QueueEntry({
  item,
  index,
  active,
  selected,
  busy,
  error,
  overrideOpen,
  setOverrideOpen,
  onSelect,
  onActivate,
  onDecide,
  setRef,
  reviewers,
}: ItemProps) {
  const textId = `q-text-${item.assertionId}`;
  // Reassigning changes this item only; the page is not reloaded for it.
  const [assignment, setAssignment] = useState(item.assignment ?? null);
  useEffect(() => setAssignment(item.assignment ?? null), [item.assignment]);
  const signals = Array.isArray(item.signals) ? item.signals : [];
  return (
    <li>
      <article
        ref={setRef}
        tabIndex={-1}
        className={`queue-item${active ? ' active' : ''}${selected ? ' picked' : ''}`}
        aria-labelledby={textId}
        aria-current={active ? 'true' : undefined}
        onFocus={onActivate}
      >
        <div className="queue-head">
          <label className="checkbox">
            <input type="checkbox" checked={selected} onChange={onSelect} /> Select
            <span className="visually-hidden"> item {index + 1}</span>
          </label>
          <span className="priority" title="Review priority">
            priority {item.priority.score}
          </span>
        </div>
        <AssertionInContext item={item} textId={textId} />
        <p className="meta">
          <ProvenanceTag value={item.provenance} />
          {item.attribution && (
            <> attributed to {item.attribution.canonicalName ?? item.attribution.source ?? 'a source'}</>
          )}
          {' · '}sourcing quality <strong>{item.scores?.sourcingQuality ?? '—'}</strong> · alarmism{' '}
          <strong>{item.scores?.alarmism ?? '—'}</strong> · Admiralty {admiraltyText(item.admiralty)}
          {item.hedged && ' · hedged'}
          {item.contradicted && (
            <>
              {' · '}
              <strong>contradicted elsewhere</strong>
            </>
          )}
        </p>
        <p className="meta">
          In{' '}
          <Link to={`/articles/${item.articleId}?a=${item.assertionId}`}>
            {item.articleTitle || 'Untitled article'}
          </Link>
          {outletName(item.outlet) && <> ({outletName(item.outlet)})</>}
        </p>
        {item.priority.reasons.length > 0 && (
          <div className="reasons">
            <strong>Why it is in the queue:</strong>
            <ul>
              {item.priority.reasons.map((r, i) => (
                <li key={i}>{r}</li>
              ))}
            </ul>
          </div>
        )}
        <details className="signals-details">
          <summary>Signals ({signals.length})</summary>
          <SignalList signals={signals} />
        </details>
        {item.review && (
          <div className="current-review">
            Current review: <ReviewLine review={item.review} />
          </div>
        )}
        <ItemDisagreements item={item} />
        <AssignControl
          assertionId={item.assertionId}
          assignment={assignment}
          reviewers={reviewers}
          onAssigned={setAssignment}
        />
        <Comments assertionId={item.assertionId} count={item.comments} />
        <ReviewControls
          subject={{
            assertionId: item.assertionId,
            provenance: item.provenance,
            sourcingQuality: item.scores?.sourcingQuality ?? null,
            alarmism: item.scores?.alarmism ?? null,
            hedged: item.hedged,
            admiralty: item.admiralty,
            attribution: item.attribution
              ? {
                  name: item.attribution.canonicalName ?? item.attribution.source ?? 'a source',
                  citedSourceId: item.attribution.citedSourceId,
                }
              : null,
          }}
          busy={busy}
          error={error}
          overrideOpen={overrideOpen}
          setOverrideOpen={setOverrideOpen}
          onDecide={onDecide}
          describedBy={textId}
        />
      </article>
    </li>
  );
}
