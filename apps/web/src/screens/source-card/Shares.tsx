import type { ReportCard, ShareFigure } from '../../api';
import { pct } from '../../format';

function ShareRow({ label, share, help }: { label: string; share: ShareFigure | null | undefined; help: string }) {
  return (
    <tr>
      <th scope="row">
        {label}
        <span className="hint"> — {help}</span>
      </th>
      <td className="num">{share ? share.count : '—'}</td>
      <td className="num">{share ? pct(share.share) : '—'}</td>
      <td className="num">{share ? pct(share.corpusShare) : '—'}</td>
    </tr>
  );
}

/** The shares of the source's assertions and claims beside the corpus share. */
export function Shares({ card }: { card: ReportCard }) {
  const corr = card.corroboration;
  return (
    <section className="card-block" aria-labelledby="shares-h">
      <h2 id="shares-h">Shares and rates</h2>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">
            Shares of the source's assertions and claims, with the share in the rest of the corpus
          </caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col" className="num">
                Count
              </th>
              <th scope="col" className="num">
                Share
              </th>
              <th scope="col" className="num">
                Rest of corpus
              </th>
            </tr>
          </thead>
          <tbody>
            <ShareRow
              label="Attributed"
              share={card.shares.attributed}
              help="to a named or described source (not the outlet's own voice)"
            />
            <ShareRow label="Anonymous" share={card.shares.anonymous} help="provenance anonymous" />
            <ShareRow label="Unverifiable" share={card.shares.unverifiable} help="credibility 6, cannot be judged" />
            <ShareRow label="Hedged" share={card.shares.hedged} help="carries a hedge or distancing marker" />
            <ShareRow label="Corroborated" share={corr?.corroborated} help="claims with an independent second origin" />
            <ShareRow label="Amplification" share={corr?.amplified} help="claims repeating an origin already present" />
            <ShareRow
              label="Contradicted"
              share={corr?.contradicted}
              help="claims with a conflicting figure elsewhere"
            />
          </tbody>
        </table>
      </div>
      {corr && (
        <p className="hint">
          Rates of claims: {corr.claims} assertions specific enough to match across the corpus, {corr.grouped} grouped
          with others, {corr.originated} as an origin.
        </p>
      )}
    </section>
  );
}
