import { useId } from 'react';
import type { Signal } from '../api';
import { signed } from '../format';
import { scoreArithmetic, type ExplainedScore } from '../score-arithmetic';
import { BandTag, type ScoreBands } from '../score-bands';

const LABEL: Record<ExplainedScore, string> = { sourcingQuality: 'Sourcing quality', alarmism: 'Alarmism' };
const CLAMP_TEXT = {
  none: 'Keep within 0–100 (nothing to change)',
  rounded: 'Round to a whole number',
  'raised to 0': 'Keep within 0–100 (raised to 0)',
  'capped at 100': 'Keep within 0–100 (capped at 100)',
} as const;

/**
 * One score rebuilt in front of the reader: the rubric's base, every signal with its points and
 * the running total, the clamp, and the stored score. If the sum does not reach the stored score
 * (a score from another rubric version) the table says so instead of hiding the gap.
 */
export function ScoreExplanation({
  kind,
  stored,
  effective,
  signals,
  bands,
  rubricVersion,
}: {
  kind: ExplainedScore;
  /** The score the scorer stored (automatic). */
  stored: number | null;
  /** The value in force after reviews, if a reviewer changed it. */
  effective: number | null;
  signals: Signal[];
  bands: ScoreBands | null;
  rubricVersion: string | null;
}) {
  const captionId = useId();
  const shown = effective ?? stored;
  const head = (
    <div className="score-line">
      <span className="score-name">{LABEL[kind]}</span>
      <span className={`score-bar score-bar-${kind}`} aria-hidden="true">
        <span style={{ width: `${shown ?? 0}%` }} />
      </span>
      <span className="score-value">
        {shown ?? '—'}/100
        <BandTag kind={kind} score={shown} bands={bands} />
        {effective !== stored && <span className="hint"> (automatic {stored ?? '—'})</span>}
      </span>
    </div>
  );
  if (!bands) {
    return (
      <div className={`score-explain score-explain-${kind}`}>
        {head}
        <p className="hint">Loading the rubric’s base to show how this score is built…</p>
      </div>
    );
  }
  const base = bands.bases[kind];
  const a = scoreArithmetic(kind, base, signals);
  const matches = stored !== null && a.result === stored;
  return (
    <div className={`score-explain score-explain-${kind}`}>
      {head}
      <table className="arithmetic" aria-describedby={captionId} data-score={kind}>
        <caption id={captionId}>How the {LABEL[kind].toLowerCase()} score is built</caption>
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col">Points</th>
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          <tr className="arith-base">
            <th scope="row">Rubric base</th>
            <td />
            <td data-total>{base}</td>
          </tr>
          {a.steps.map((s, i) => (
            <tr key={`${s.id}-${i}`} className={s.concern ? 'arith-concern' : 'arith-relief'}>
              <th scope="row">
                <code>{s.id}</code> <span className="arith-reason">{s.reason}</span>
                <span className="visually-hidden">{s.concern ? ' (raises concern)' : ' (lowers concern)'}</span>
              </th>
              <td data-weight>{signed(s.weight)}</td>
              <td data-total>{+s.total.toFixed(2)}</td>
            </tr>
          ))}
          <tr className="arith-clamp">
            <th scope="row">{CLAMP_TEXT[a.clamp]}</th>
            <td />
            <td data-result>{a.result}</td>
          </tr>
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Stored score</th>
            <td />
            <td data-stored>{stored ?? '—'}</td>
          </tr>
        </tfoot>
      </table>
      {!matches && stored !== null && (
        <p className="hint" role="note">
          The signals under rubric {bands.rubricVersion} add up to {a.result}, not the stored {stored}: this score was
          computed under rubric {rubricVersion ?? 'unknown'}; rescoring the article brings it up to date.
        </p>
      )}
    </div>
  );
}
