import { useState } from 'react';
import { Link } from 'react-router';
import { api, hasRole } from '../api';
import { useApi } from '../hooks';
import { useSession } from '../session';
import { date } from '../format';
import { ErrorMessage } from './ErrorMessage';

/**
 * The other outlets that published this very text (syndicated copies): without it a reader of the
 * article would see one outlet where several carried the words. Says nothing while there are none.
 * Admins can remove a copy recorded by mistake.
 */
export function Publications({ articleId }: { articleId: string }) {
  const load = useApi(() => api.publications(articleId), [articleId]);
  const { user } = useSession();
  const admin = hasRole(user?.role, 'admin');
  const [error, setError] = useState<unknown>(null);
  const list = load.data?.publications ?? [];
  if (!list.length) return null;

  const remove = async (outlet: { id: string; name: string }) => {
    if (!window.confirm(`Remove ${outlet.name}'s syndicated copy of this text? Its report card stops counting it.`))
      return;
    try {
      await api.removePublication(articleId, outlet.id);
      setError(null);
      load.reload();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <div className="publications">
      <p className="meta">
        Also published by{' '}
        {list.map((p, i) => (
          <span key={p.outlet.id}>
            {i > 0 && (i === list.length - 1 ? ' and ' : ', ')}
            <Link to={`/sources/outlet:${p.outlet.id}`}>{p.outlet.name}</Link>
            {p.publishedAt && ` (${date(p.publishedAt)})`}
            {admin && (
              <>
                {' '}
                <button
                  type="button"
                  className="link-button danger"
                  onClick={() => void remove(p.outlet)}
                  aria-label={`Remove ${p.outlet.name}'s syndicated copy`}
                >
                  remove
                </button>
              </>
            )}
          </span>
        ))}
        : the same text, scored once here and counted as {list.length === 1 ? 'a syndicated copy' : 'syndicated copies'}{' '}
        in {list.length === 1 ? 'its report card' : 'their report cards'}.
      </p>
      <ErrorMessage error={error} />
    </div>
  );
}
