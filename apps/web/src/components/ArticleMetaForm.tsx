import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, type Article, type ArticleListItem } from '../api';
import { date } from '../format';
import { ErrorMessage } from './ErrorMessage';
import { Field } from './Field';

const ESTIMATED: Record<string, string> = {
  text: 'estimated from the text',
  metadata: "estimated from the page's metadata",
};

/**
 * A publication date as the reader should take it: given dates plainly, estimated ones saying
 * where they were read (the uploader gave none), and "unknown" rather than an upload date.
 */
export function PublishedDate({
  article,
  short,
}: {
  article: Pick<ArticleListItem, 'publishedAt' | 'publishedAtSource'>;
  short?: boolean;
}) {
  if (!article.publishedAt) return <span className="date-unknown">{short ? '—' : 'date unknown'}</span>;
  const how = ESTIMATED[article.publishedAtSource];
  if (!how) return <>{date(article.publishedAt)}</>;
  return short ? (
    <span className="date-estimated" title={how}>
      {date(article.publishedAt)} <abbr title={how}>est.</abbr>
      <span className="visually-hidden"> ({how})</span>
    </span>
  ) : (
    <span className="date-estimated">
      {date(article.publishedAt)} ({how})
    </span>
  );
}

/**
 * An analyst's correction of the title and publication date (PATCH /api/articles/:id, audited).
 * Hidden behind a button so the header stays one line; an empty date marks the article undated.
 */
export function ArticleMetaForm({ article, onSaved }: { article: Article; onSaved(): void }) {
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState(article.title ?? '');
  const [published, setPublished] = useState(article.publishedAt ? date(article.publishedAt) : '');
  const [confirmDate, setConfirmDate] = useState(false);
  const estimated = Boolean(article.publishedAt) && article.publishedAtSource !== 'given';
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  // Opening moves focus into the form; closing (saved or cancelled) gives it back to the button.
  const returnFocus = useRef(false);

  useEffect(() => {
    if (open) titleRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      toggleRef.current?.focus();
    }
  }, [open]);

  const start = () => {
    setTitle(article.title ?? '');
    setPublished(article.publishedAt ? date(article.publishedAt) : '');
    setConfirmDate(false);
    setError(null);
    setOpen(true);
  };
  const close = () => {
    returnFocus.current = true;
    setOpen(false);
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const changes: { title?: string; publishedAt?: string | null } = {};
    if (title.trim() !== (article.title ?? '')) changes.title = title;
    const before = article.publishedAt ? date(article.publishedAt) : '';
    // An estimate stays one unless the date is changed or explicitly confirmed.
    if (published !== before || (estimated && confirmDate && published)) changes.publishedAt = published || null;
    if (Object.keys(changes).length === 0) {
      close();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await api.updateArticle(article.id, changes);
      close();
      onSaved();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  if (!open)
    return (
      <button ref={toggleRef} type="button" className="link-button" onClick={start}>
        Edit title and date
      </button>
    );
  return (
    <form className="article-meta-form" aria-label="Edit title and publication date" onSubmit={save}>
      <Field label="Title">
        <input
          ref={titleRef}
          type="text"
          required
          maxLength={500}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
      </Field>
      <Field label="Published (empty: unknown)">
        <input type="date" value={published} onChange={(e) => setPublished(e.target.value)} />
      </Field>
      {estimated && (
        <label className="checkbox">
          <input type="checkbox" checked={confirmDate} onChange={(e) => setConfirmDate(e.target.checked)} /> The date is
          right (no longer an estimate)
        </label>
      )}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="secondary" onClick={close} disabled={busy}>
          Cancel
        </button>
      </div>
      <ErrorMessage error={error} title="Not saved:" />
    </form>
  );
}
