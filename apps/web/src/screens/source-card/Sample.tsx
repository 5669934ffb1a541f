import type { ReportCard } from '../../api';
import { date } from '../../format';

/** How much the card rests on, with the small-sample warning and a bulk import still being counted. */
export function Sample({ card }: { card: ReportCard }) {
  const s = card.sample;
  const rel = card.reliability;
  return (
    <>
      {s.smallSample && (
        <div className="warning" role="note">
          <strong>Small sample — read these figures as indicative.</strong>{' '}
          {s.warning?.replace(/^Small sample:\s*/, '') ??
            `Fewer than ${s.thresholds.minAssertions} assertions or ${s.thresholds.minArticles} articles.`}
        </div>
      )}
      {card.pendingRefresh > 0 && (
        <p className="notice" role="status">
          {card.pendingRefresh} articles are still being added to the figures; this card updates by itself when they are
          in.
        </p>
      )}
      <section className="card-block" aria-labelledby="sample-h">
        <h2 id="sample-h">Sample</h2>
        <ul className="stat-list">
          <li>
            <span className="stat-value">{s.assertions}</span> assertions
          </li>
          <li>
            <span className="stat-value">{s.articles}</span> articles
          </li>
          <li>
            from <span className="stat-value">{date(s.firstDate)}</span> to{' '}
            <span className="stat-value">{date(s.lastDate)}</span>
          </li>
          <li>
            Admiralty grade <span className="stat-value grade">{rel.grade ?? '—'}</span>
          </li>
        </ul>
      </section>
    </>
  );
}
