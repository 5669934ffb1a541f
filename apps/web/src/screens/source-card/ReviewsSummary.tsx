import type { ReportCard } from '../../api';
import { num, words } from '../../format';

/** How many assertions reviewers looked at, and whether that moved the headline figures. */
export function ReviewsSummary({ reviews }: { reviews: ReportCard['reviews'] }) {
  return (
    <section className="card-block" aria-labelledby="reviews-h">
      <h2 id="reviews-h">Reviews</h2>
      <ul className="stat-list">
        <li>
          <span className="stat-value">{reviews.reviewed}</span> reviewed
        </li>
        <li>
          <span className="stat-value">{reviews.overridden}</span> overridden
        </li>
        <li>
          <span className="stat-value">{reviews.dismissed}</span> dismissed (not counted)
        </li>
      </ul>
      <p>
        {reviews.changedByReviews ? (
          <>
            Reviews changed these figures: <strong>{reviews.changed.map(words).join(', ')}</strong>. Without reviews:{' '}
            {reviews.automatic.assertions as number} assertions, sourcing quality{' '}
            {num(reviews.automatic.sourcingQuality as number | null)}, alarmism{' '}
            {num(reviews.automatic.alarmism as number | null)}, grade {String(reviews.automatic.grade ?? '—')}.
          </>
        ) : (
          'Reviews have not changed the headline figures.'
        )}
      </p>
    </section>
  );
}
