import { useEffect, useId, useState, type FormEvent } from 'react';
import { hasRole } from '../api';
import { dateTime } from '../format';
import { useSession } from '../session';
import { workflowApi, type AssertionComment } from '../workflow-api';
import { ErrorMessage } from './ErrorMessage';

const BODY_MAX = 4000;

/**
 * Reviewers' comments on one assertion: anyone signed in reads them, reviewers add to them. Loaded
 * when shown (a collapsed list costs nothing); `count` is what the caller already knows.
 */
export function Comments({ assertionId, count }: { assertionId: string; count?: number }) {
  const { user } = useSession();
  const canWrite = hasRole(user?.role, 'reviewer');
  const id = useId();
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<AssertionComment[] | undefined>(undefined);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    let live = true;
    workflowApi
      .comments(assertionId)
      .then((c) => live && setItems(c))
      .catch((e: unknown) => live && setLoadError(e));
    return () => {
      live = false;
    };
  }, [open, assertionId]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!body.trim()) {
      setProblem(new Error('Write something first'));
      return;
    }
    setBusy(true);
    try {
      const c = await workflowApi.addComment(assertionId, body);
      setItems((old) => [...(old ?? []), c]);
      setBody('');
      setProblem(null);
    } catch (err) {
      setProblem(err);
    } finally {
      setBusy(false);
    }
  };

  const shown = items?.length ?? count;
  return (
    <details className="comments" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Comments{shown !== undefined ? ` (${shown})` : ''}</summary>
      <ErrorMessage error={loadError} />
      {items && !items.length && <p className="hint">No comments yet.</p>}
      {items && items.length > 0 && (
        <ol className="comment-list">
          {items.map((c) => (
            <li key={c.id}>
              <p className="comment-meta">
                <strong>{c.author?.email ?? 'a former user'}</strong> on {dateTime(c.createdAt)}
              </p>
              <p className="comment-body">{c.body}</p>
            </li>
          ))}
        </ol>
      )}
      {canWrite && (
        <form className="comment-form" onSubmit={(e) => void submit(e)}>
          <label htmlFor={`${id}-body`}>Add a comment</label>
          <textarea
            id={`${id}-body`}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            rows={2}
            maxLength={BODY_MAX}
            aria-describedby={`${id}-hint`}
          />
          <span id={`${id}-hint`} className="hint">
            Up to {BODY_MAX} characters; every comment is kept in the audit log.
          </span>
          <ErrorMessage error={problem} />
          <button type="submit" className="secondary" disabled={busy}>
            Post comment
          </button>
        </form>
      )}
    </details>
  );
}
