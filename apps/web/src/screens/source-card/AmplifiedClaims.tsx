import { Link } from 'react-router';
import { api } from '../../api';
import { useApi } from '../../hooks';
import { LoadState } from '../../components/LoadState';
import { plural } from '../../format';

/**
 * The claims this source took part in that others repeated most: the data mist it sits in. Its
 * appearances count within the card's period, as its other figures do.
 * Loaded apart from the card (its own endpoint), so the card shows first.
 */
export function AmplifiedClaims({ sourceId, period }: { sourceId: string; period: { from?: string; to?: string } }) {
  const load = useApi(() => api.amplifiedClaims(sourceId, period), [sourceId, period.from, period.to]);
  const items = load.data?.items ?? [];
  return (
    <section className="card-block" aria-labelledby="amplified-claims-h">
      <h2 id="amplified-claims-h">Most amplified claims</h2>
      <LoadState load={load} what="Loading the amplified claims" />
      {load.data &&
        (!items.length ? (
          <p className="hint">
            None of its claims {period.from || period.to ? 'in this period ' : ''}has been repeated elsewhere.
          </p>
        ) : (
          <ol className="top-list amplified-claims">
            {items.map((c) => (
              <li key={c.id}>
                <blockquote>{c.text}</blockquote>
                <p className="meta">
                  first from {c.origin} · {plural(c.amplifications, 'amplification')} ·{' '}
                  {plural(c.independentOrigins, 'independent origin')}
                  {c.amplifiedOnly && ' (one origin only)'} · {plural(c.sourceMembers, 'appearance')} here ·{' '}
                  <Link to={`/claims/${c.id}`}>Open the claim</Link>
                </p>
              </li>
            ))}
          </ol>
        ))}
    </section>
  );
}
