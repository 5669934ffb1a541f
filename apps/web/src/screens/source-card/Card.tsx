import { PROVENANCES, type ReportCard } from '../../api';
import { BarChart, StackedBar, TrendChart } from '../../components/Charts';
import { IndexBlock } from './IndexBlock';
import { Reliability } from './Reliability';
import { ReviewsSummary } from './ReviewsSummary';
import { Sample } from './Sample';
import { Shares } from './Shares';
import { TopList } from './TopList';
import { Verdict } from './Verdict';

/** A source's report card: sample, provenance mix, indices, shares, grade, trend, extremes, reviews. */
export function Card({ card }: { card: ReportCard }) {
  const byProvenance = PROVENANCES.map((p) => ({ label: p, value: card.provenance[p] ?? 0, className: `prov-${p}` }));
  return (
    <>
      <Verdict card={card} />
      <Sample card={card} />

      <section className="card-block" aria-labelledby="prov-h">
        <h2 id="prov-h">Provenance mix</h2>
        <StackedBar title="Assertions by provenance" segments={byProvenance} />
        <BarChart title="Assertions by provenance (counts)" bars={byProvenance} />
      </section>

      <section aria-labelledby="indices-h">
        <h2 id="indices-h">Indices against the rest of the corpus</h2>
        <div className="two-col">
          {/* A cited source's figures describe how outlets report it, not the source: the titles say so. */}
          <IndexBlock
            title={card.kind === 'cited' ? 'Sourcing quality of what outlets attribute to it' : 'Sourcing quality'}
            figures={card.sourcingQuality}
            better="higher"
          />
          <IndexBlock
            title={card.kind === 'cited' ? 'Alarmism of what outlets attribute to it' : 'Alarmism'}
            figures={card.alarmism}
            better="lower"
          />
        </div>
      </section>

      <Shares card={card} />

      <Reliability rel={card.reliability} />

      <section className="card-block" aria-labelledby="trend-h">
        <h2 id="trend-h">Monthly trend</h2>
        {card.trend.length ? (
          <TrendChart title="Mean sourcing quality and alarmism per month" points={card.trend} />
        ) : (
          <p className="hint">No dated assertions in this period.</p>
        )}
      </section>

      <div className="two-col">
        <TopList title="Most alarmist assertions" items={card.mostAlarmist} score="alarmism" />
        <TopList title="Worst-sourced assertions" items={card.worstSourced} score="sourcingQuality" />
      </div>

      <ReviewsSummary reviews={card.reviews} />
      <p className="hint">
        Rubric version{card.rubricVersions.length === 1 ? '' : 's'}: {card.rubricVersions.join(', ') || '—'}
        {card.rubricVersions.length > 1 && ' (a rescore is under way)'}.
      </p>
    </>
  );
}
