import { useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import {
  api,
  ApiError,
  type AssertionDetail,
  type AssertionView,
  type Decision,
  type OverridesInput,
  type Signal,
} from '../api';
import { admiraltyText, signed, words } from '../format';
import { raisesConcern } from '../score-arithmetic';
import { useScoreBands } from '../score-bands';
import { ProvenanceTag } from './Provenance';
import { ScoreExplanation } from './ScoreExplanation';
import { DisagreementList, ReviewControls, ReviewHistory } from './Review';
import { Comments } from './Comments';
import { PanelAssignment } from './PanelAssignment';

const SCORE_ORDER: Array<Signal['score']> = ['sourcingQuality', 'alarmism', 'hedged', 'admiralty'];

/** Every signal with its weight and reason, grouped by the score it feeds (`scores` limits the groups). */
export function SignalList({
  signals,
  scores = SCORE_ORDER,
}: {
  signals: Signal[] | null | undefined;
  scores?: Array<Signal['score']>;
}) {
  const list = Array.isArray(signals) ? signals : [];
  if (!list.length) return <p className="hint">No signals: the scores are the rubric's base values.</p>;
  return (
    <>
      {scores.map((score) => {
        const group = list.filter((s) => s.score === score);
        if (!group.length) return null;
        return (
          <div key={score} className="signal-group">
            <h4>{words(score)}</h4>
            <ul className="signals">
              {group.map((s, i) => (
                <li key={`${s.id}-${i}`}>
                  <code>{s.id}</code>{' '}
                  {s.score === 'sourcingQuality' || s.score === 'alarmism' ? (
                    // Colour says whether the signal makes the assertion more worrying, not its sign.
                    <strong className={raisesConcern(s.score, s.weight) ? 'neg' : 'pos'}>{signed(s.weight)}</strong>
                  ) : null}{' '}
                  — {s.reason}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}

/** The selected assertion: scores, grade, corroboration, signals, review state and (for reviewers) review controls. */
export function AssertionPanel({
  assertion,
  index,
  count,
  canReview,
  onReviewed,
}: {
  assertion: AssertionView;
  index: number;
  count: number;
  canReview: boolean;
  onReviewed(): void;
}) {
  const a = assertion;
  const eff = a.effective;
  const headingId = useId();
  const bands = useScoreBands();
  const [detail, setDetail] = useState<AssertionDetail | null>(null);
  const [detailMissing, setDetailMissing] = useState(false);
  const [overrideOpen, setOverrideOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    let live = true;
    setDetail(null);
    setDetailMissing(false);
    api
      .assertion(a.id)
      .then((d) => live && setDetail(d))
      .catch((e: unknown) => {
        // The detail (history, disagreements) is a bonus: the latest review is already in the list.
        if (live && e instanceof ApiError && (e.status === 404 || e.status === 403)) setDetailMissing(true);
      });
    return () => {
      live = false;
    };
  }, [a.id, tick]);

  useEffect(() => {
    setOverrideOpen(false);
    setError(null);
  }, [a.id]);

  const decide = async (decision: Decision, overrides?: OverridesInput, reason?: string) => {
    setBusy(true);
    setError(null);
    try {
      await api.review(a.id, { decision, overrides, reason });
      setOverrideOpen(false);
      setTick((t) => t + 1);
      onReviewed();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const c = a.corroboration;
  const at = a.attribution;
  if (!eff) return <p className="hint">This assertion has no score under the article’s current rubric.</p>;
  return (
    <section className="assertion-panel" aria-labelledby={headingId}>
      {/* Focus target when an assertion is chosen from the keyboard (Article.tsx), so Tab continues into this panel. */}
      <h2 id={headingId} tabIndex={-1} className="assertion-panel-heading">
        Assertion {index + 1} of {count}
      </h2>
      <blockquote className="assertion-quote">{a.text}</blockquote>
      <dl className="facts">
        <dt>Provenance</dt>
        <dd>
          <ProvenanceTag value={eff.provenance} />
          {eff.provenance !== (a.provenance ?? 'unattributed') && (
            <span className="hint"> (automatic: {a.provenance ?? 'none'})</span>
          )}
        </dd>
        <dt>Attribution</dt>
        <dd>
          {at ? (
            <>
              <span className="attr attr-selected">“{at.source}”</span> →{' '}
              <Link to={`/sources/cited:${at.citedSourceId}`}>{at.canonicalName}</Link> ({at.sourceType},{' '}
              {at.named ? 'named' : 'unnamed'}; cue “{at.cue}”, {at.via})
            </>
          ) : (
            'none — the author’s own voice'
          )}
        </dd>
        <dt>Hedged</dt>
        <dd>{eff.hedged ? 'yes' : 'no'}</dd>
        <dt>Admiralty grade</dt>
        <dd>
          {admiraltyText(eff.admiralty)}
          {eff.admiralty !== a.admiralty && <span className="hint"> (automatic {a.admiralty ?? '—'})</span>}
        </dd>
      </dl>
      <div className="scores">
        {(['sourcingQuality', 'alarmism'] as const).map((kind) => (
          <ScoreExplanation
            key={kind}
            kind={kind}
            stored={a.scores?.[kind] ?? null}
            effective={eff[kind]}
            signals={Array.isArray(a.signals) ? a.signals : []}
            bands={bands}
            rubricVersion={a.rubricVersion}
          />
        ))}
        <p className="hint">
          Marked words in the text are what the signals quote: red with a solid underline raises concern, green with a
          dotted one lowers it.
        </p>
      </div>
      {c && (
        <div className="corroboration">
          <h3>Across the corpus</h3>
          <ul>
            <li>
              <Link to={`/claims/${c.groupId}`}>Claim group of {c.members} appearances</Link> from{' '}
              {c.independentOrigins} independent {c.independentOrigins === 1 ? 'origin' : 'origins'}
              {c.role ? `; this one is ${c.role === 'origin' ? 'an origin' : `an ${c.role}`}` : ''}
            </li>
            <li>{c.corroborated ? 'Independently corroborated' : 'Not independently corroborated'}</li>
            <li>{c.contradicted ? 'Contradicted: another member gives a conflicting figure' : 'Not contradicted'}</li>
            <li>
              With corroboration: sourcing quality {c.sourcingQuality}/100, Admiralty {admiraltyText(c.admiralty)}
            </li>
            {c.adjustments.map((adj, i) => (
              <li key={`${adj.id}-${i}`}>
                <code>{adj.id}</code> {adj.score === 'sourcingQuality' ? signed(adj.weight) : ''} — {adj.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="signals-block">
        <h3>Other signals</h3>
        <SignalList signals={a.signals} scores={['hedged', 'admiralty']} />
      </div>
      <div className="review-block">
        <h3>Review</h3>
        <ReviewHistory history={detail?.history} latest={a.review} />
        <DisagreementList items={detail?.disagreements} />
        <Comments assertionId={a.id} />
        {detailMissing && <p className="hint">The review history is not available.</p>}
        {canReview && (
          <ReviewControls
            subject={{
              assertionId: a.id,
              provenance: eff.provenance,
              sourcingQuality: eff.sourcingQuality,
              alarmism: eff.alarmism,
              hedged: eff.hedged,
              admiralty: eff.admiralty,
              attribution: at ? { name: at.canonicalName, citedSourceId: at.citedSourceId } : null,
            }}
            busy={busy}
            error={error}
            overrideOpen={overrideOpen}
            setOverrideOpen={setOverrideOpen}
            onDecide={decide}
          />
        )}
        {/* After the review controls: Confirm stays as few keys away as before. */}
        {canReview && <PanelAssignment assertionId={a.id} />}
      </div>
      <p className="hint">
        Rubric {a.rubricVersion ?? '—'}
        {a.otherVersions.length > 0 && `; also scored under ${a.otherVersions.join(', ')}`}
      </p>
    </section>
  );
}
