import { Link } from 'react-router';
import { api } from '../api';
import { useApi } from '../hooks';
import { date } from '../format';

/**
 * The other outlets that published this very text (syndicated copies): without it a reader of the
 * article would see one outlet where several carried the words. Says nothing while there are none.
 */
export function Publications({ articleId }: { articleId: string }) {
  const load = useApi(() => api.publications(articleId), [articleId]);
  const list = load.data?.publications ?? [];
  if (!list.length) return null;
  return (
    <p className="meta publications">
      Also published by{' '}
      {list.map((p, i) => (
        <span key={p.outlet.id}>
          {i > 0 && (i === list.length - 1 ? ' and ' : ', ')}
          <Link to={`/sources/outlet:${p.outlet.id}`}>{p.outlet.name}</Link>
          {p.publishedAt && ` (${date(p.publishedAt)})`}
        </span>
      ))}
      : the same text, scored once here and counted as {list.length === 1 ? 'a syndicated copy' : 'syndicated copies'}{' '}
      in
      {list.length === 1 ? ' its' : ' their'} report {list.length === 1 ? 'card' : 'cards'}.
    </p>
  );
}
