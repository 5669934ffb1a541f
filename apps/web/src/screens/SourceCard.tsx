import { useId, useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { api, apiUrl, PROVENANCES, type IndexFigures, type ReportCard, type ShareFigure, type TopAssertion } from '../api';
import { BarChart, IntervalChart, StackedBar, TrendChart } from '../components/Charts';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { ProvenanceTag } from '../components/Provenance';
import { admiraltyText, ci, date, num, pct, signed, words } from '../format';
import { useApi, usePageTitle } from '../hooks';
import { Field } from '../components/Field';

function DateRange({ from, to, onApply }: { from: string; to: string; onApply(from: string, to: string): void }) {
  const [f, setF] = useState(from);
  const [t, setT] = useState(to);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(f, t);
  };
  return (
    <form className="filters" onSubmit={submit} aria-label="Period">
      <Field label="From">
        <input type="date" value={f} onChange={(e) => setF(e.target.value)} />
      </Field>
      <Field label="To">
        <input type="date" value={t} onChange={(e) => setT(e.target.value)} />
      </Field>
      <div className="actions">
        <button type="submit">Apply period</button>
        {(from || to) && (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setF('');
              setT('');
              onApply('', '');
            }}
          >
            All dates
          </button>
        )}
      </div>
    </form>
  );
}

function IndexBlock({ title, figures, better }: { title: string; figures: IndexFigures; better: 'higher' | 'lower' }) {
  const id = useId();
  return (
    <section className="card-block" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <p>
        Mean <strong className="big">{num(figures.mean)}</strong> (95% interval {ci(figures.ci95)}, sd {num(figures.sd)}, n = {figures.n}); corpus mean {num(figures.corpusMean)} ({ci(figures.corpusCi95)}); difference{' '}
        <strong>{signed(figures.difference)}</strong> <span className="hint">({better} is better)</span>
      </p>
      <IntervalChart
        title={`${title}: mean and 95% interval against the corpus`}
        rows={[
          { label: 'this source', mean: figures.mean, ci95: figures.ci95, className: 'series-source' },
          { label: 'corpus', mean: figures.corpusMean, ci95: figures.corpusCi95, className: 'series-corpus' },
        ]}
      />
      <BarChart title={`${title}: distribution of assertion scores`} bars={figures.distribution.map((d) => ({ label: d.range, value: d.count, className: 'series-source' }))} />
    </section>
  );
}

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

function TopList({ title, items, score }: { title: string; items: TopAssertion[]; score: 'alarmism' | 'sourcingQuality' }) {
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
                <ProvenanceTag value={t.provenance} /> alarmism <strong>{t.alarmism}</strong> · sourcing quality <strong>{t.sourcingQuality}</strong> · Admiralty {t.admiralty}
                {t.hedged && ' · hedged'}
                {t.review && ` · ${t.review.decision === 'override' ? 'overridden' : t.review.decision === 'confirm' ? 'confirmed' : 'dismissed'} by a reviewer`}
                {' · '}
                <Link to={`/articles/${t.articleId}?a=${t.assertionId}`}>{t.articleTitle || 'Untitled article'}</Link> ({date(t.publishedAt)})
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Card({ card }: { card: ReportCard }) {
  const s = card.sample;
  const rel = card.reliability;
  const corr = card.corroboration;
  return (
    <>
      {s.smallSample && (
        <div className="warning" role="note">
          <strong>Small sample — read these figures as indicative.</strong>{' '}
          {s.warning?.replace(/^Small sample:\s*/, '') ?? `Fewer than ${s.thresholds.minAssertions} assertions or ${s.thresholds.minArticles} articles.`}
        </div>
      )}
      {card.pendingRefresh > 0 && (
        <p className="notice" role="status">
          {card.pendingRefresh} articles are still being added to the figures (a bulk import is running); reload in a moment.
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
            from <span className="stat-value">{date(s.firstDate)}</span> to <span className="stat-value">{date(s.lastDate)}</span>
          </li>
          <li>
            Admiralty grade <span className="stat-value grade">{rel.grade ?? '—'}</span>
          </li>
        </ul>
      </section>

      <section className="card-block" aria-labelledby="prov-h">
        <h2 id="prov-h">Provenance mix</h2>
        <StackedBar title="Assertions by provenance" segments={PROVENANCES.map((p) => ({ label: p, value: card.provenance[p] ?? 0, className: `prov-${p}` }))} />
        <BarChart title="Assertions by provenance (counts)" bars={PROVENANCES.map((p) => ({ label: p, value: card.provenance[p] ?? 0, className: `prov-${p}` }))} />
      </section>

      <section aria-labelledby="indices-h">
        <h2 id="indices-h">Indices against the corpus</h2>
        <div className="two-col">
          <IndexBlock title="Sourcing quality" figures={card.sourcingQuality} better="higher" />
          <IndexBlock title="Alarmism" figures={card.alarmism} better="lower" />
        </div>
      </section>

      <section className="card-block" aria-labelledby="shares-h">
        <h2 id="shares-h">Shares and rates</h2>
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Shares of the source's assertions and claims, with the corpus share</caption>
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
                  Corpus
                </th>
              </tr>
            </thead>
            <tbody>
              <ShareRow label="Anonymous" share={card.shares.anonymous} help="provenance anonymous" />
              <ShareRow label="Unverifiable" share={card.shares.unverifiable} help="credibility 6, cannot be judged" />
              <ShareRow label="Hedged" share={card.shares.hedged} help="carries a hedge or distancing marker" />
              <ShareRow label="Corroborated" share={corr?.corroborated} help="claims with an independent second origin" />
              <ShareRow label="Amplification" share={corr?.amplified} help="claims repeating an origin already present" />
              <ShareRow label="Contradicted" share={corr?.contradicted} help="claims with a conflicting figure elsewhere" />
            </tbody>
          </table>
        </div>
        {corr && (
          <p className="hint">
            Rates of claims: {corr.claims} assertions specific enough to match across the corpus, {corr.grouped} grouped with others, {corr.originated} as an origin.
          </p>
        )}
      </section>

      <section className="card-block" aria-labelledby="grade-h">
        <h2 id="grade-h">Reliability grade: {rel.grade ?? 'not graded'}</h2>
        <p>{admiraltyText(rel.grade)}</p>
        <p>
          <strong>Basis:</strong> {rel.basis}
        </p>
        <div className="two-col">
          <BarChart title="Reliability letters of the assertions (A best, F cannot be judged)" bars={Object.entries(rel.reliability.counts).map(([k, v]) => ({ label: k, value: v, className: 'series-source' }))} />
          <BarChart title="Credibility digits of the assertions (1 confirmed, 6 cannot be judged)" bars={Object.entries(rel.credibility.counts).map(([k, v]) => ({ label: k, value: v, className: 'series-corpus' }))} />
        </div>
        <p className="hint">
          Most frequent letter {rel.reliability.mode ?? '—'} (mean {num(rel.reliability.mean, 2)}); most frequent digit {rel.credibility.mode ?? '—'} (mean {num(rel.credibility.mean, 2)})
          {rel.evidence && `; evidence: ${rel.evidence.corroborated} of ${rel.evidence.claims} claims independently corroborated, ${rel.evidence.contradicted} contradicted`}.
        </p>
      </section>

      <section className="card-block" aria-labelledby="trend-h">
        <h2 id="trend-h">Monthly trend</h2>
        {card.trend.length ? <TrendChart title="Mean sourcing quality and alarmism per month" points={card.trend} /> : <p className="hint">No dated assertions in this period.</p>}
      </section>

      <div className="two-col">
        <TopList title="Most alarmist assertions" items={card.mostAlarmist} score="alarmism" />
        <TopList title="Worst-sourced assertions" items={card.worstSourced} score="sourcingQuality" />
      </div>

      <section className="card-block" aria-labelledby="reviews-h">
        <h2 id="reviews-h">Reviews</h2>
        <ul className="stat-list">
          <li>
            <span className="stat-value">{card.reviews.reviewed}</span> reviewed
          </li>
          <li>
            <span className="stat-value">{card.reviews.overridden}</span> overridden
          </li>
          <li>
            <span className="stat-value">{card.reviews.dismissed}</span> dismissed (not counted)
          </li>
        </ul>
        <p>
          {card.reviews.changedByReviews ? (
            <>
              Reviews changed these figures: <strong>{card.reviews.changed.map(words).join(', ')}</strong>. Without reviews: {card.reviews.automatic.assertions as number} assertions, sourcing quality{' '}
              {num(card.reviews.automatic.sourcingQuality as number | null)}, alarmism {num(card.reviews.automatic.alarmism as number | null)}, grade {String(card.reviews.automatic.grade ?? '—')}.
            </>
          ) : (
            'Reviews have not changed the headline figures.'
          )}
        </p>
      </section>
      <p className="hint">
        Rubric version{card.rubricVersions.length === 1 ? '' : 's'}: {card.rubricVersions.join(', ') || '—'}
        {card.rubricVersions.length > 1 && ' (a rescore is under way)'}.
      </p>
    </>
  );
}

export function SourceCardScreen() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const card = useApi(() => api.report(id, { from: from || undefined, to: to || undefined }), [id, from, to]);
  usePageTitle(card.data ? `Report card: ${card.data.name}` : 'Report card');
  const range = { from: from || undefined, to: to || undefined };

  const apply = (f: string, t: string) => {
    const next = new URLSearchParams();
    if (f) next.set('from', f);
    if (t) next.set('to', t);
    setParams(next);
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to="/sources">Report cards</Link> ›
      </p>
      <h1>
        {card.data ? card.data.name : 'Report card'}
        {card.data && (
          <span className="subtitle">
            {' '}
            {card.data.kind === 'outlet' ? 'outlet' : 'cited source'}
            {card.data.type ? `, ${card.data.type}` : ''}
          </span>
        )}
      </h1>
      <div className="toolbar">
        <DateRange key={`${from}|${to}`} from={from} to={to} onApply={apply} />
        <span>
          <a href={apiUrl(`/sources/${encodeURIComponent(id)}/report`, { ...range, format: 'csv' })} download>
            Export CSV
          </a>{' '}
          ·{' '}
          <a href={apiUrl(`/sources/${encodeURIComponent(id)}/report`, range)} target="_blank" rel="noopener">
            Export JSON
          </a>
        </span>
      </div>
      <ErrorMessage error={card.error} />
      {card.loading && !card.data && <Loading what="Loading the report card" />}
      {card.data && <Card card={card.data} />}
    </>
  );
}
