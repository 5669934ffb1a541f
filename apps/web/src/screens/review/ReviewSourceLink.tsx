import { Link } from 'react-router';
import { hasRole } from '../../api';
import { useSession } from '../../session';

/** From a report card to the review queue filtered to that source; only reviewers can open the queue. */
export function ReviewSourceLink({ sourceId }: { sourceId: string }) {
  const { user } = useSession();
  if (!hasRole(user?.role, 'reviewer') || !sourceId) return null;
  return (
    <Link className="review-source-link" to={`/review?${new URLSearchParams({ source: sourceId }).toString()}`}>
      Review this source
    </Link>
  );
}
