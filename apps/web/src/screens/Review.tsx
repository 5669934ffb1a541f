import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, type Decision, type OverridesInput, type QueueItem } from '../api';
import { SignalList } from '../components/AssertionPanel';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { Pagination, pageFrom } from '../components/Pagination';
import { ProvenanceTag } from '../components/Provenance';
import { DisagreementList, ReviewControls, ReviewLine } from '../components/Review';
import { admiraltyText } from '../format';
import { filterParams, useApi, useFilterForm, usePageTitle } from '../hooks';
import { Field } from '../components/Field';

const PAGE_SIZE = 20;
const FILTERS = ['source', 'articleId', 'signal', 'includeReviewed'] as const;
type Filter = (typeof FILTERS)[number];
const KNOWN_SIGNALS = [
  'named-source', 'anonymous-source', 'unspecific-source', 'own-voice-claim', 'party-own-account', 'specific-detail', 'evidence-cited', 'reference-marker', 'hedged-unverified', 'vague-generalisation',
  'insurgent-material-face-value', 'ethnic-label-identification', 'catch-all-label', 'contradicting-estimate', 'figure-without-origin', 'threat-metaphor',
  'threat-emphasis', 'unsupported-threat-claim', 'future-certainty', 'large-unsourced-number', 'sweeping-generalisation', 'negativity', 'de-escalation',
  'hedge-distance', 'alarmism-critique',
];

const SHORTCUTS: Array<[string, string]> = [
  ['j', 'next item'],
  ['k', 'previous item'],
  ['c', 'confirm'],
  ['o', 'override (opens the form)'],
  ['d', 'dismiss'],
  ['x', 'select or unselect for a bulk decision'],
  ['Esc', 'close the override form'],
];

const outletName = (o: QueueItem['outlet']) => (o === null ? null : typeof o === 'string' ? o : o.name);
const isTyping = (el: EventTarget | null) => el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

function QueueFilters({ params, onApply }: { params: URLSearchParams; onApply(v: Record<Filter, string>): void }) {
  const { values: v, setValues: setV, bind, submit } = useFilterForm(FILTERS, params, onApply);
  return (
    <form className="filters" onSubmit={submit} aria-label="Filter the queue">
      <Field label="Source">
        <input {...bind('source')} placeholder="outlet:… or cited:…" aria-describedby="source-hint" />
      </Field>
      <Field label="Article">
        <input {...bind('articleId')} placeholder="article id" />
      </Field>
      <Field label="Signal">
        <input {...bind('signal')} list="known-signals" placeholder="e.g. threat-metaphor" />
      </Field>
        <datalist id="known-signals">
          {KNOWN_SIGNALS.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      <label className="checkbox">
        <input type="checkbox" checked={v.includeReviewed === 'true'} onChange={(e) => setV((o) => ({ ...o, includeReviewed: e.target.checked ? 'true' : '' }))} /> Include reviewed
      </label>
      <div className="actions">
        <button type="submit">Apply filters</button>
      </div>
      <span id="source-hint" className="hint">
        A source id as in the report-card address, e.g. outlet:3f1c…
      </span>
    </form>
  );
}

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
}

/** For an item that already has a review: where automatic scoring now disagrees with it (from the assertion's detail). */
function ItemDisagreements({ item }: { item: QueueItem }) {
  const given = item.disagreements ?? item.review?.disagreements;
  const [loaded, setLoaded] = useState<QueueItem['disagreements']>(undefined);
  const reviewed = Boolean(item.review);
  useEffect(() => {
    if (given || !reviewed) return;
    let live = true;
    api
      .assertion(item.assertionId)
      .then((d) => live && setLoaded(d.disagreements))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [item.assertionId, given, reviewed]);
  return <DisagreementList items={given ?? loaded} />;
}

function QueueEntry({ item, index, active, selected, busy, error, overrideOpen, setOverrideOpen, onSelect, onActivate, onDecide, setRef }: ItemProps) {
  const textId = `q-text-${item.assertionId}`;
  const signals = Array.isArray(item.signals) ? item.signals : [];
  return (
    <li>
      <article ref={setRef} tabIndex={-1} className={`queue-item${active ? ' active' : ''}${selected ? ' picked' : ''}`} aria-labelledby={textId} aria-current={active ? 'true' : undefined} onFocus={onActivate}>
        <div className="queue-head">
          <label className="checkbox">
            <input type="checkbox" checked={selected} onChange={onSelect} /> Select<span className="visually-hidden"> item {index + 1}</span>
          </label>
          <span className="priority" title="Review priority">
            priority {item.priority.score}
          </span>
        </div>
        <blockquote id={textId} className="assertion-quote">
          {item.text}
        </blockquote>
        <p className="meta">
          <ProvenanceTag value={item.provenance} />
          {item.attribution && <> attributed to {item.attribution.canonicalName ?? item.attribution.source ?? 'a source'}</>}
          {' · '}sourcing quality <strong>{item.scores?.sourcingQuality ?? '—'}</strong> · alarmism <strong>{item.scores?.alarmism ?? '—'}</strong> · Admiralty {admiraltyText(item.admiralty)}
          {item.hedged && ' · hedged'}
          {item.contradicted && (
            <>
              {' · '}
              <strong>contradicted elsewhere</strong>
            </>
          )}
        </p>
        <p className="meta">
          In <Link to={`/articles/${item.articleId}?a=${item.assertionId}`}>{item.articleTitle || 'Untitled article'}</Link>
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
        <ReviewControls
          subject={{
            assertionId: item.assertionId,
            provenance: item.provenance,
            sourcingQuality: item.scores?.sourcingQuality ?? null,
            alarmism: item.scores?.alarmism ?? null,
            hedged: item.hedged,
            admiralty: item.admiralty,
            attribution: item.attribution ? { name: item.attribution.canonicalName ?? item.attribution.source ?? 'a source', citedSourceId: item.attribution.citedSourceId } : null,
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

export function ReviewScreen() {
  usePageTitle('Review queue');
  const [params, setParams] = useSearchParams();
  const page = pageFrom(params);
  const key = params.toString();
  const queue = useApi(
    () => api.queue({ page, pageSize: PAGE_SIZE, source: params.get('source'), articleId: params.get('articleId'), signal: params.get('signal'), includeReviewed: params.get('includeReviewed') === 'true' ? 'true' : undefined }),
    [key],
  );
  const [removed, setRemoved] = useState<Set<string>>(new Set());
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [active, setActive] = useState(0);
  const [overrideFor, setOverrideFor] = useState<string | null>(null);
  const [busy, setBusy] = useState<Set<string>>(new Set());
  const [errors, setErrors] = useState<Map<string, unknown>>(new Map());
  const [bulkReason, setBulkReason] = useState('');
  const [bulkError, setBulkError] = useState<unknown>(null);
  const [announce, setAnnounce] = useState('');
  const refs = useRef(new Map<string, HTMLElement>());

  useEffect(() => {
    setRemoved(new Set());
    setSelected(new Set());
    setActive(0);
  }, [queue.data]);

  const items = (queue.data?.items ?? []).filter((i) => !removed.has(i.assertionId));
  const activeItem = items[Math.min(active, items.length - 1)];

  const focusItem = useCallback((id: string | undefined) => {
    if (!id) return;
    requestAnimationFrame(() => refs.current.get(id)?.focus());
  }, []);

  const drop = (ids: string[], message: string) => {
    setRemoved((r) => new Set([...r, ...ids]));
    setSelected((s) => new Set([...s].filter((x) => !ids.includes(x))));
    setAnnounce(message);
    const remaining = items.filter((i) => !ids.includes(i.assertionId));
    if (!remaining.length) {
      queue.reload();
      return;
    }
    const idx = Math.min(active, remaining.length - 1);
    setActive(idx);
    focusItem(remaining[idx]?.assertionId);
  };

  const decide = async (item: QueueItem, decision: Decision, overrides?: OverridesInput, reason?: string) => {
    const id = item.assertionId;
    setBusy((b) => new Set(b).add(id));
    setErrors((e) => {
      const m = new Map(e);
      m.delete(id);
      return m;
    });
    try {
      await api.review(id, { decision, overrides, reason });
      if (overrideFor === id) setOverrideFor(null);
      drop([id], `${decision === 'confirm' ? 'Confirmed' : decision === 'override' ? 'Overridden' : 'Dismissed'}: ${item.text.slice(0, 80)}`);
    } catch (err) {
      setErrors((e) => new Map(e).set(id, err));
    } finally {
      setBusy((b) => {
        const n = new Set(b);
        n.delete(id);
        return n;
      });
    }
  };

  const bulk = async (decision: 'confirm' | 'dismiss') => {
    const ids = items.filter((i) => selected.has(i.assertionId)).map((i) => i.assertionId);
    if (!ids.length) return;
    setBulkError(null);
    try {
      await api.bulkReview(ids, decision, bulkReason.trim() || undefined);
      setBulkReason('');
      drop(ids, `${decision === 'confirm' ? 'Confirmed' : 'Dismissed'} ${ids.length} assertions`);
    } catch (err) {
      setBulkError(err);
    }
  };

  const toggle = (id: string) =>
    setSelected((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });

  // Keyboard shortcuts, ignored while typing in a field or with a modifier key.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && overrideFor) {
        setOverrideFor(null);
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target) || !items.length) return;
      const idx = Math.min(active, items.length - 1);
      const current = items[idx];
      if (!current) return;
      switch (e.key) {
        case 'j':
        case 'k': {
          const next = e.key === 'j' ? Math.min(items.length - 1, idx + 1) : Math.max(0, idx - 1);
          setActive(next);
          focusItem(items[next]?.assertionId);
          break;
        }
        case 'c':
          if (!busy.has(current.assertionId)) void decide(current, 'confirm');
          break;
        case 'd':
          if (!busy.has(current.assertionId)) void decide(current, 'dismiss');
          break;
        case 'o':
          setOverrideFor(current.assertionId);
          break;
        case 'x':
          toggle(current.assertionId);
          break;
        default:
          return;
      }
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  const apply = (v: Record<Filter, string>) => setParams(filterParams(FILTERS, v));

  const filtered = FILTERS.some((f) => params.get(f));
  const data = queue.data;
  const selectedCount = items.filter((i) => selected.has(i.assertionId)).length;

  return (
    <>
      <h1>Review queue</h1>
      <p className="hint">Assertions most in need of a human look come first. A decision takes the item off the list; report cards count it at once.</p>
      <section className="shortcuts" aria-labelledby="shortcuts-h">
        <h2 id="shortcuts-h">Keyboard shortcuts</h2>
        <dl>
          {SHORTCUTS.map(([k, what]) => (
            <div key={k}>
              <dt>
                <kbd>{k}</kbd>
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
      </section>
      <QueueFilters key={key} params={params} onApply={apply} />
      <div className="bulk-bar" role="group" aria-label="Bulk decision">
        <span>{selectedCount} selected</span>
        <Field label="Reason (optional)">
          <input value={bulkReason} onChange={(e) => setBulkReason(e.target.value)} maxLength={2000} />
        </Field>
        <button type="button" disabled={!selectedCount} onClick={() => void bulk('confirm')}>
          Confirm selected
        </button>
        <button type="button" className="secondary danger" disabled={!selectedCount} onClick={() => void bulk('dismiss')}>
          Dismiss selected
        </button>
        <button type="button" className="link-button" disabled={!items.length} onClick={() => setSelected(selectedCount === items.length ? new Set() : new Set(items.map((i) => i.assertionId)))}>
          {selectedCount === items.length && items.length ? 'Select none' : 'Select all on this page'}
        </button>
      </div>
      <ErrorMessage error={bulkError} />
      <p className="visually-hidden" role="status">
        {announce}
      </p>
      <ErrorMessage error={queue.error} />
      {queue.loading && !data && <Loading what="Loading the queue" />}
      {data && !items.length && !queue.loading && (
        <p className="empty">
          {filtered ? (
            'Nothing to review with these filters — clear them to see the whole queue.'
          ) : (
            <>
              The queue is empty — every assertion has been reviewed. <Link to="/upload">Upload more articles</Link> or look at the <Link to="/sources">report cards</Link>.
            </>
          )}
        </p>
      )}
      {items.length > 0 && (
        <ol className="queue">
          {items.map((item, i) => (
            <QueueEntry
              key={item.assertionId}
              item={item}
              index={i}
              active={item === activeItem}
              selected={selected.has(item.assertionId)}
              busy={busy.has(item.assertionId)}
              error={errors.get(item.assertionId) ?? null}
              overrideOpen={overrideFor === item.assertionId}
              setOverrideOpen={(open) => setOverrideFor(open ? item.assertionId : null)}
              onSelect={() => toggle(item.assertionId)}
              onActivate={() => setActive(i)}
              onDecide={(d, o, r) => void decide(item, d, o, r)}
              setRef={(el) => {
                if (el) refs.current.set(item.assertionId, el);
                else refs.current.delete(item.assertionId);
              }}
            />
          ))}
        </ol>
      )}
      {data && <Pagination page={data.page} pageSize={data.pageSize} total={Math.max(0, data.total - removed.size)} label="Queue pages" />}
    </>
  );
}
