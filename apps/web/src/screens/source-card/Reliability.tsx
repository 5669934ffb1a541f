import type { ReportCard } from '../../api';
import { BarChart } from '../../components/Charts';
import { admiraltyText, num } from '../../format';

/** The Admiralty grade, what it rests on, and the letters and digits of the assertions behind it. */
export function Reliability({ rel }: { rel: ReportCard['reliability'] }) {
  return (
    <section className="card-block" aria-labelledby="grade-h">
      <h2 id="grade-h">Reliability grade: {rel.grade ?? 'not graded'}</h2>
      <p>{admiraltyText(rel.grade)}</p>
      <p>
        <strong>Basis:</strong> {rel.basis}
      </p>
      <div className="two-col">
        <BarChart
          title="Reliability letters of the assertions (A best, F cannot be judged)"
          bars={Object.entries(rel.reliability.counts).map(([k, v]) => ({
            label: k,
            value: v,
            className: 'series-source',
          }))}
        />
        <BarChart
          title="Credibility digits of the assertions (1 confirmed, 6 cannot be judged)"
          bars={Object.entries(rel.credibility.counts).map(([k, v]) => ({
            label: k,
            value: v,
            className: 'series-corpus',
          }))}
        />
      </div>
      <p className="hint">
        Most frequent letter {rel.reliability.mode ?? '—'} (mean {num(rel.reliability.mean, 2)}); most frequent digit{' '}
        {rel.credibility.mode ?? '—'} (mean {num(rel.credibility.mean, 2)})
        {rel.evidence &&
          `; evidence: ${rel.evidence.corroborated} of ${rel.evidence.claims} claims independently corroborated, ${rel.evidence.contradicted} contradicted`}
        .
      </p>
    </section>
  );
}
