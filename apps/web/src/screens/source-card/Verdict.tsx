import type { ReportCard, VerdictIndex } from '../../api';
import { num, plural } from '../../format';
import { BandTag } from '../../score-bands';

/** Whether a comparison is the worrying direction: lower sourcing, higher alarmism. */
const tone = (kind: 'sourcingQuality' | 'alarmism', c: NonNullable<VerdictIndex['comparison']>) =>
  c === 'close to' ? 'neutral' : (kind === 'alarmism') === c.endsWith('above') ? 'worse' : 'better';

function TopIndex({
  label,
  kind,
  index,
}: {
  label: string;
  kind: 'sourcingQuality' | 'alarmism';
  index: VerdictIndex;
}) {
  return (
    <li>
      <span className="verdict-label">{label}</span> <strong className="big">{num(index.mean)}</strong>
      <BandTag kind={kind} score={index.mean} />{' '}
      {index.comparison && (
        <span className={`verdict-comparison tone-${tone(kind, index.comparison)}`}>{index.comparison} the corpus</span>
      )}
    </li>
  );
}

/**
 * The card's top line (both means with their band and where they sit against the rest of the
 * corpus) and its summary paragraph. The words come from the service (card-verdict.ts), so the
 * screen, the JSON and the CSV say the same.
 */
export function Verdict({ card }: { card: ReportCard }) {
  const v = card.verdict;
  const cited = card.kind === 'cited';
  return (
    <section className="card-block verdict" aria-labelledby="verdict-h">
      <h2 id="verdict-h">{cited ? 'How outlets attribute to this source' : 'Verdict'}</h2>
      {card.sample.assertions > 0 && (
        <ul className="verdict-line" aria-label="Top line">
          <TopIndex
            label={cited ? 'Sourcing of what is attributed to it' : 'Sourcing quality'}
            kind="sourcingQuality"
            index={v.sourcingQuality}
          />
          <TopIndex
            label={cited ? 'Alarmism of what is attributed to it' : 'Alarmism'}
            kind="alarmism"
            index={v.alarmism}
          />
          <li>
            {plural(card.sample.assertions, 'assertion')} in {plural(card.sample.articles, 'article')}
          </li>
        </ul>
      )}
      <p className="verdict-summary">{v.summary}</p>
      <p className="hint">
        {v.measures} &ldquo;The corpus&rdquo; here is every other assertion of the period ({card.corpus.assertions}):
        the source&apos;s own are left out.
      </p>
    </section>
  );
}
