import { Link } from 'react-router';
import type { TopAssertion } from '../../api';
import { ProvenanceTag } from '../../components/Provenance';
import { date } from '../../format';

export function TopList({
  title,
  items,
  score,
}: {
  title: string;
  items: TopAssertion[];
  score: 'alarmism' | 'sourcingQuality';
}) {
  return (
    <section className="card-block" aria-labelledby={`${score}-top-h`}>
      <h3 id={`${score}-top-h`}>{title}</h3>
      {!items.length ? (
        <p className="hint">None in this period.</p>
      ) : (
        <ol className="top-list">
          {items.map((t) => (
            <li key={t.assertionId}>
              <blockquote>{t.text}</blockquote>
              <p className="meta">
                <ProvenanceTag value={t.provenance} /> alarmism <strong>{t.alarmism}</strong> · sourcing quality{' '}
                <strong>{t.sourcingQuality}</strong> · Admiralty {t.admiralty}
                {t.hedged && ' · hedged'}
                {t.review &&
                  ` · ${t.review.decision === 'override' ? 'overridden' : t.review.decision === 'confirm' ? 'confirmed' : 'dismissed'} by a reviewer`}
                {' · '}
                <Link to={`/articles/${t.articleId}?a=${t.assertionId}`}>{t.articleTitle || 'Untitled article'}</Link> (
                {date(t.publishedAt)})
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
