import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { api, hasRole, PROVENANCES, type Article, type AssertionView } from '../api';
import { AssertionPanel } from '../components/AssertionPanel';
import { StackedBar } from '../components/Charts';
import { ErrorMessage } from '../components/ErrorMessage';
import { HighlightedText, type SignalMark } from '../components/HighlightedText';
import { Loading } from '../components/Loading';
import { StatusTag } from '../components/StatusTag';
import { mean, num } from '../format';
import { raisesConcern } from '../score-arithmetic';
import { BandTag } from '../score-bands';
import { useApi, usePageTitle } from '../hooks';
import { ArticleMetaForm, PublishedDate } from '../components/ArticleMetaForm';
import { useSession } from '../session';
import { Publications } from '../components/Publications';

/** Provenance mix and mean scores of the article's counted (not dismissed) assertions. */
function SummaryBar({ assertions }: { assertions: AssertionView[] }) {
  const eff = assertions.flatMap((a) => (a.effective && !a.effective.dismissed ? [a.effective] : []));
  const counts = PROVENANCES.map((p) => ({
    label: p,
    value: eff.filter((e) => e.provenance === p).length,
    className: `prov-${p}`,
  }));
  const sq = mean(eff.map((e) => e.sourcingQuality));
  const al = mean(eff.map((e) => e.alarmism));
  const hedged = eff.filter((e) => e.hedged).length;
  const reviewed = assertions.filter((a) => a.review).length;
  return (
    <section className="summary-bar" aria-labelledby="summary-h">
      <h2 id="summary-h">Summary</h2>
      <StackedBar title="Provenance of the assertions" segments={counts} />
      <ul className="stat-list">
        <li>
          <span className="stat-value">{eff.length}</span> assertions
        </li>
        <li>
          mean sourcing quality <span className="stat-value">{num(sq)}</span>
          <BandTag kind="sourcingQuality" score={sq} />
        </li>
        <li>
          mean alarmism <span className="stat-value">{num(al)}</span>
          <BandTag kind="alarmism" score={al} />
        </li>
        <li>
          hedged <span className="stat-value">{hedged}</span>
        </li>
        <li>
          reviewed <span className="stat-value">{reviewed}</span>
        </li>
      </ul>
    </section>
  );
}

function CitedSources({ assertions }: { assertions: AssertionView[] }) {
  const cited = useMemo(() => {
    const m = new Map<string, { name: string; type: string; n: number }>();
    for (const a of assertions) {
      if (!a.attribution) continue;
      const e = m.get(a.attribution.citedSourceId) ?? {
        name: a.attribution.canonicalName,
        type: a.attribution.sourceType,
        n: 0,
      };
      e.n++;
      m.set(a.attribution.citedSourceId, e);
    }
    return [...m.entries()].sort((x, y) => y[1].n - x[1].n);
  }, [assertions]);
  if (!cited.length) return <p className="hint">No source is cited: every assertion is in the author’s voice.</p>;
  return (
    <details open={cited.length <= 8}>
      <summary>
        {cited.length} {cited.length === 1 ? 'source' : 'sources'} cited — report cards
      </summary>
      <ul className="cited">
        {cited.map(([id, c]) => (
          <li key={id}>
            <Link to={`/sources/cited:${id}`}>{c.name}</Link>{' '}
            <span className="hint">
              ({c.type}, {c.n})
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * The words the selected assertion's score signals quote. Signals whose span is the whole sentence
 * (own voice, the Admiralty grade) quote nothing in particular and are left unmarked.
 */
function signalMarks(a: AssertionView | undefined): SignalMark[] {
  if (!a || !Array.isArray(a.signals)) return [];
  const out: SignalMark[] = [];
  for (const s of a.signals) {
    if ((s.score !== 'sourcingQuality' && s.score !== 'alarmism') || !s.span) continue;
    const [start, end] = s.span;
    if (end <= start || (start <= a.start && end >= a.end)) continue;
    out.push({ start, end, id: s.id, concern: raisesConcern(s.score, s.weight) });
  }
  return out;
}

/** Typing in a field must not move through the text. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

function ArticleHeader({
  article,
  onDelete,
  onEdited,
}: {
  article: Article;
  onDelete?: () => void;
  /** Set for analysts: the title and date form, and what to do once saved. */
  onEdited?: () => void;
}) {
  const url = article.url && /^https?:\/\//i.test(article.url) ? article.url : null;
  return (
    <header className="article-header">
      <h1>{article.title || 'Untitled article'}</h1>
      <p className="meta">
        {article.outlet ? (
          <>
            <Link to={`/sources/outlet:${article.outlet.id}`}>{article.outlet.name}</Link> (report card)
            {article.outlet.type ? `, ${article.outlet.type}` : ''}
          </>
        ) : (
          'No outlet'
        )}
        {' · '}published <PublishedDate article={article} />
        {article.author && <> · by {article.author}</>}
        {' · '}
        <StatusTag status={article.status} />
        {url && (
          <>
            {' · '}
            <a href={url} rel="noopener noreferrer nofollow" target="_blank">
              original page<span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          </>
        )}
        {onDelete && (
          <>
            {' · '}
            <button type="button" className="link-button danger" onClick={onDelete}>
              Delete article
            </button>
          </>
        )}
      </p>
      <Publications articleId={article.id} />
      {onEdited && <ArticleMetaForm article={article} onSaved={onEdited} />}
    </header>
  );
}

export function ArticleScreen() {
  const { id = '' } = useParams();
  const { user } = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const article = useApi(() => api.article(id), [id]);
  const status = article.data?.status;
  const assertions = useApi(
    () => (status === 'scored' || status === 'failed' ? api.assertions(id) : Promise.resolve(null)),
    [id, status],
  );
  const [deleteError, setDeleteError] = useState<unknown>(null);
  // On narrow screens the details are a bottom sheet, open once the reader picks an assertion.
  const [sheetOpen, setSheetOpen] = useState(false);
  // A keyboard choice moves focus into the panel once it shows the chosen assertion (once only:
  // a later j/k must leave focus in the text).
  const [focusPanel, setFocusPanel] = useState(0);
  const focusPending = useRef(false);
  const sideRef = useRef<HTMLElement>(null);
  usePageTitle(article.data?.title || 'Article');

  // While the article is queued or scoring, look again every two seconds.
  useEffect(() => {
    if (status !== 'queued' && status !== 'scoring') return;
    const t = setTimeout(article.reload, 2000);
    return () => clearTimeout(t);
  }, [status, article.reload, article.data]);

  const list = assertions.data?.assertions ?? [];
  const selectedId = params.get('a') ?? list[0]?.id ?? null;
  const selectedIndex = list.findIndex((a) => a.id === selectedId);
  const selected = selectedIndex >= 0 ? list[selectedIndex] : undefined;

  const marks = useMemo(() => signalMarks(selected), [selected]);

  const select = (aid: string, how: 'pointer' | 'keyboard' | 'step' = 'pointer') => {
    setSheetOpen(true);
    // Enter or Space on an assertion: continue into its details (Tab then reaches Confirm).
    focusPending.current = how === 'keyboard';
    if (how === 'keyboard') setFocusPanel((n) => n + 1);
    if (aid === params.get('a')) return;
    const next = new URLSearchParams(params);
    next.set('a', aid);
    setParams(next, { replace: true, preventScrollReset: true });
  };

  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    const side = sideRef.current;
    const target = side?.querySelector<HTMLElement>('.assertion-panel-heading') ?? side;
    target?.focus();
  }, [focusPanel, selected?.id]);

  // Keep the chosen assertion in sight above the bottom sheet (its scroll margin is the sheet's
  // height on narrow screens only, so on wide ones this leaves a visible assertion where it is).
  useEffect(() => {
    if (sheetOpen && selected)
      document.getElementById(`assertion-${selected.id}`)?.scrollIntoView({ block: 'nearest' });
  }, [sheetOpen, selected]);

  // j / k: next / previous assertion, selected and focused in the text; Escape closes the sheet.
  const keys = useRef({ list, selectedIndex, select, sheetOpen });
  keys.current = { list, selectedIndex, select, sheetOpen };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      const k = keys.current;
      if (e.key === 'Escape' && k.sheetOpen) {
        setSheetOpen(false);
        const current = k.list[k.selectedIndex];
        if (current) document.getElementById(`assertion-${current.id}`)?.focus();
        return;
      }
      if ((e.key !== 'j' && e.key !== 'k') || !k.list.length) return;
      e.preventDefault();
      const from = k.selectedIndex < 0 ? (e.key === 'j' ? -1 : k.list.length) : k.selectedIndex;
      const to = Math.max(0, Math.min(k.list.length - 1, from + (e.key === 'j' ? 1 : -1)));
      const target = k.list[to]!;
      // A second key before React re-renders steps on from here, not from the stale index.
      k.selectedIndex = to;
      k.select(target.id, 'step');
      const link = document.getElementById(`assertion-${target.id}`);
      link?.focus({ preventScroll: true });
      link?.scrollIntoView({ block: 'nearest' });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const remove = async () => {
    if (!window.confirm('Delete this article with its assertions, scores and reviews? This cannot be undone.')) return;
    try {
      await api.deleteArticle(id);
      navigate('/articles', { replace: true });
    } catch (err) {
      setDeleteError(err);
    }
  };

  if (article.error) {
    return (
      <>
        <h1>Article</h1>
        <ErrorMessage error={article.error} />
        <p>
          <Link to="/articles">Back to the articles</Link>
        </p>
      </>
    );
  }
  if (!article.data) return <Loading what="Loading the article" />;
  const a = article.data;

  return (
    <>
      <ArticleHeader
        article={a}
        onDelete={hasRole(user?.role, 'admin') ? remove : undefined}
        onEdited={hasRole(user?.role, 'analyst') ? article.reload : undefined}
      />
      <ErrorMessage error={deleteError} />
      {(a.status === 'queued' || a.status === 'scoring') && (
        <p className="notice" role="status">
          <progress aria-label="Scoring" /> This article is{' '}
          {a.status === 'queued' ? 'waiting to be scored' : 'being scored'}; the page updates when it is done.
        </p>
      )}
      {a.status === 'failed' && (
        <p className="error" role="alert">
          Scoring failed{a.error ? `: ${a.error}` : ''}.{' '}
          {list.length ? 'The scores shown are from an earlier run.' : ''}
        </p>
      )}
      <ErrorMessage error={assertions.error} />
      {assertions.data && list.length > 0 && <SummaryBar assertions={list} />}
      {assertions.data && (
        <section aria-labelledby="cited-h" className="cited-block">
          <h2 id="cited-h">Sources cited</h2>
          <CitedSources assertions={list} />
        </section>
      )}
      <div className={`article-layout${sheetOpen ? ' sheet-open' : ''}`}>
        <section aria-labelledby="text-h" className="article-body">
          <h2 id="text-h">Text</h2>
          {list.length > 0 && (
            <p className="hint">
              Each assertion starts with its provenance label; underlined words are who it is attributed to. Select an
              assertion (click it, or Tab to it and press Enter) to see its scores and signals; <kbd>j</kbd> and{' '}
              <kbd>k</kbd> step to the next and previous one.
            </p>
          )}
          {assertions.data && !list.length && a.status === 'scored' && (
            <p className="empty">
              No assertions were found in this text (headings, captions and questions are not scored).
            </p>
          )}
          <HighlightedText
            text={a.text}
            assertions={list}
            selectedId={selected?.id ?? null}
            onSelect={select}
            marks={marks}
          />
        </section>
        <aside
          className={`article-side${sheetOpen ? ' sheet-open' : ''}`}
          aria-label="Selected assertion"
          ref={sideRef}
          tabIndex={-1}
        >
          {sheetOpen && (
            <button
              type="button"
              className="sheet-close secondary"
              onClick={() => {
                setSheetOpen(false);
                if (selected) document.getElementById(`assertion-${selected.id}`)?.focus();
              }}
            >
              Close details<span className="visually-hidden"> (Escape)</span>
            </button>
          )}
          {selected ? (
            <AssertionPanel
              assertion={selected}
              index={selectedIndex}
              count={list.length}
              canReview={hasRole(user?.role, 'reviewer')}
              onReviewed={assertions.reload}
            />
          ) : (
            list.length > 0 && <p className="hint">Select an assertion in the text to see its details.</p>
          )}
        </aside>
      </div>
    </>
  );
}
