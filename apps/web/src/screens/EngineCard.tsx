import { Link } from 'react-router';
import { api, apiUrl, hasRole, type DecisionRates, type EngineRate, type KappaFigures } from '../api';
import { LoadState } from '../components/LoadState';
import { dateTime, num, pct, words } from '../format';
import { useApi, usePageTitle } from '../hooks';
import { useSession } from '../session';

/** A share with its 95% interval, e.g. "62% (41–80%) · 8". */
function Rate({ rate }: { rate: EngineRate }) {
  if (rate.share === null) return <>—</>;
  return (
    <>
      {pct(rate.share, 0)}{' '}
      <span className="engine-ci">
        ({rate.ci95 ? `${pct(rate.ci95[0], 0)}–${pct(rate.ci95[1], 0)}` : 'n/a'}) · {rate.count}
      </span>
    </>
  );
}

/** Landis and Koch's (1977) words for kappa, the usual reading of the figure. */
export function kappaWords(k: number | null): string {
  if (k === null) return 'not defined';
  if (k < 0) return 'worse than chance';
  if (k <= 0.2) return 'slight';
  if (k <= 0.4) return 'fair';
  if (k <= 0.6) return 'moderate';
  if (k <= 0.8) return 'substantial';
  return 'almost perfect';
}

function Kappa({ k }: { k: KappaFigures }) {
  if (k.pairs === 0) return <>no assertion reviewed by two people yet</>;
  return (
    <>
      κ = {num(k.kappa, 2)} ({kappaWords(k.kappa)}) over {k.pairs} {k.pairs === 1 ? 'pair' : 'pairs'}; observed
      agreement {pct(k.observed, 0)}, by chance {pct(k.expected, 0)}
    </>
  );
}

function RatesTable({
  caption,
  head,
  rows,
}: {
  caption: string;
  head: string;
  rows: Array<{ key: string; label: string; rates: DecisionRates }>;
}) {
  return (
    <div className="table-wrap">
      <table className="engine-rates">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{head}</th>
            <th scope="col">Reviews</th>
            <th scope="col">Confirmed</th>
            <th scope="col">Overridden</th>
            <th scope="col">Dismissed</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td>{r.rates.reviews}</td>
              <td>
                <Rate rate={r.rates.confirm} />
              </td>
              <td>
                <Rate rate={r.rates.override} />
              </td>
              <td>
                <Rate rate={r.rates.dismiss} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The scoring engine's own report card: how far reviewers accept its automatic values, and each other. */
export function EngineCardScreen() {
  usePageTitle("The engine's report card");
  const { user } = useSession();
  const load = useApi(() => api.engineReport(), []);
  const r = load.data;

  return (
    <>
      <h1>The engine&apos;s report card</h1>
      <p className="hint">
        How often reviewers accepted the automatic values, and how often two reviewers of the same assertion agreed with
        each other. Each reviewer&apos;s newest review of an assertion counts once; intervals are 95% Wilson intervals.
      </p>
      <LoadState load={load} what="Loading the engine's report card" />
      {r && (
        <>
          <p className="toolbar">
            <span>
              Rubric now: <strong>{r.currentRubricVersion}</strong> · computed {dateTime(r.generatedAt)}
            </span>
            {hasRole(user?.role, 'reviewer') && (
              <>
                {' '}
                ·{' '}
                <a href={apiUrl('/engine/export.jsonl')} download>
                  Export reviewed assertions (JSONL)
                </a>
              </>
            )}
          </p>
          {r.totals.reviews === 0 ? (
            <p className="empty">
              No reviews yet: the card fills in as reviewers work through the <Link to="/review">review queue</Link>.
            </p>
          ) : (
            <>
              <section aria-labelledby="engine-overall">
                <h2 id="engine-overall">Overall</h2>
                <p>
                  {r.totals.reviews} reviews of {r.totals.assertions} assertions by {r.totals.reviewers}{' '}
                  {r.totals.reviewers === 1 ? 'reviewer' : 'reviewers'}.
                </p>
                <dl className="engine-totals">
                  <div>
                    <dt>Confirmed</dt>
                    <dd>
                      <Rate rate={r.totals.confirm} />
                    </dd>
                  </div>
                  <div>
                    <dt>Overridden</dt>
                    <dd>
                      <Rate rate={r.totals.override} />
                    </dd>
                  </div>
                  <div>
                    <dt>Dismissed (not an assertion)</dt>
                    <dd>
                      <Rate rate={r.totals.dismiss} />
                    </dd>
                  </div>
                </dl>
                {r.totals.override.count > 0 && (
                  <p>
                    Overrides changed:{' '}
                    {r.overriddenFields
                      .filter((f) => f.count > 0)
                      .map((f) => `${words(f.field)} ${pct(f.share, 0)}`)
                      .join(', ')}
                    .
                  </p>
                )}
              </section>
              <section aria-labelledby="engine-agreement">
                <h2 id="engine-agreement">Reviewers agreeing with each other</h2>
                <p className="hint">
                  Cohen&apos;s kappa between the first two reviewers of each assertion reviewed by two people: 1 is full
                  agreement, 0 what chance alone would give.
                </p>
                <ul>
                  <li>
                    On the decision: <Kappa k={r.agreement.decision} />
                  </li>
                  <li>
                    On the provenance left in effect: <Kappa k={r.agreement.provenance} />
                  </li>
                </ul>
              </section>
              <RatesTable
                caption="By the automatic provenance"
                head="Provenance"
                rows={r.byProvenance.map((p) => ({ key: p.provenance, label: p.provenance, rates: p }))}
              />
              <RatesTable
                caption="By signal (an assertion counts under every signal its score carried)"
                head="Signal"
                rows={r.bySignal.map((s) => ({ key: s.signal, label: words(s.signal), rates: s }))}
              />
              <div className="table-wrap">
                <table className="engine-rates">
                  <caption>Across rubric versions (the version of the score each reviewer saw)</caption>
                  <thead>
                    <tr>
                      <th scope="col">Rubric</th>
                      <th scope="col">Reviews</th>
                      <th scope="col">Confirmed</th>
                      <th scope="col">Overridden</th>
                      <th scope="col">Dismissed</th>
                      <th scope="col">κ on the decision</th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.byRubric.map((v) => (
                      <tr key={v.rubricVersion}>
                        <th scope="row">
                          {v.rubricVersion}
                          {v.rubricVersion === r.currentRubricVersion ? ' (current)' : ''}
                        </th>
                        <td>{v.rates.reviews}</td>
                        <td>
                          <Rate rate={v.rates.confirm} />
                        </td>
                        <td>
                          <Rate rate={v.rates.override} />
                        </td>
                        <td>
                          <Rate rate={v.rates.dismiss} />
                        </td>
                        <td>
                          {v.agreement.decision.pairs === 0
                            ? '—'
                            : `${num(v.agreement.decision.kappa, 2)} (${v.agreement.decision.pairs} ${v.agreement.decision.pairs === 1 ? 'pair' : 'pairs'})`}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </>
      )}
    </>
  );
}
