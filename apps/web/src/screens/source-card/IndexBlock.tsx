import { useId } from 'react';
import type { IndexFigures } from '../../api';
import { BarChart, IntervalChart } from '../../components/Charts';
import { ci, num, signed } from '../../format';

/** One index (sourcing quality or alarmism): the source's mean against the corpus, and its spread. */
export function IndexBlock({
  title,
  figures,
  better,
}: {
  title: string;
  figures: IndexFigures;
  better: 'higher' | 'lower';
}) {
  const id = useId();
  return (
    <section className="card-block" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <p>
        Mean <strong className="big">{num(figures.mean)}</strong> (95% interval {ci(figures.ci95)}, sd {num(figures.sd)}
        , n = {figures.n}); rest of the corpus {num(figures.corpusMean)} ({ci(figures.corpusCi95)}); difference{' '}
        <strong>{signed(figures.difference)}</strong> <span className="hint">({better} is better)</span>
      </p>
      <IntervalChart
        title={`${title}: mean and 95% interval against the rest of the corpus`}
        rows={[
          { label: 'this source', mean: figures.mean, ci95: figures.ci95, className: 'series-source' },
          { label: 'rest of corpus', mean: figures.corpusMean, ci95: figures.corpusCi95, className: 'series-corpus' },
        ]}
      />
      <BarChart
        title={`${title}: distribution of assertion scores`}
        bars={figures.distribution.map((d) => ({ label: d.range, value: d.count, className: 'series-source' }))}
      />
    </section>
  );
}
