import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import {
  PROVENANCES,
  SOURCE_TYPES,
  type Decision,
  type Disagreement,
  type LatestReview,
  type OverridesInput,
  type Provenance,
  type ReviewRecord,
  type SourceType,
} from '../api';
import { dateTime, words } from '../format';
import { ErrorMessage } from './ErrorMessage';
import { Field } from './Field';
import { Options } from './Options';
import { SourcePicker } from './SourcePicker';

/** The values a reviewer starts from: the assertion as currently shown. */
export interface ReviewSubject {
  assertionId: string;
  provenance: Provenance | null;
  sourcingQuality: number | null;
  alarmism: number | null;
  hedged: boolean | null;
  admiralty: string | null;
  attribution: { name: string; citedSourceId?: string } | null;
}

const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'];
const DIGITS = ['1', '2', '3', '4', '5', '6'];
const GRADES = LETTERS.flatMap((l) => DIGITS.map((d) => `${l}${d}`));

type AttributionChoice = 'keep' | 'none' | 'name';

/**
 * The override form: every field starts at the current value; only the fields changed are sent.
 * A reason is required (the server checks it too).
 */
export function OverrideForm({
  subject,
  busy,
  onSubmit,
  onCancel,
}: {
  subject: ReviewSubject;
  busy: boolean;
  onSubmit(overrides: OverridesInput, reason: string): void;
  onCancel(): void;
}) {
  const id = useId();
  const [provenance, setProvenance] = useState<string>(subject.provenance ?? '');
  const [sq, setSq] = useState(subject.sourcingQuality === null ? '' : String(subject.sourcingQuality));
  const [al, setAl] = useState(subject.alarmism === null ? '' : String(subject.alarmism));
  const [hedged, setHedged] = useState(Boolean(subject.hedged));
  const [admiralty, setAdmiralty] = useState(subject.admiralty ?? '');
  const [attribution, setAttribution] = useState<AttributionChoice>('keep');
  const [sourceName, setSourceName] = useState('');
  // An existing cited source picked by name; otherwise the typed name is found or created.
  const [sourceId, setSourceId] = useState('');
  const [sourceType, setSourceType] = useState<SourceType>('official');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const o: OverridesInput = {};
    if (provenance && provenance !== subject.provenance) o.provenance = provenance as Provenance;
    if (sq !== '' && Number(sq) !== subject.sourcingQuality) o.sourcingQuality = Number(sq);
    if (al !== '' && Number(al) !== subject.alarmism) o.alarmism = Number(al);
    if (hedged !== Boolean(subject.hedged)) o.hedged = hedged;
    if (admiralty && admiralty !== subject.admiralty) o.admiralty = admiralty;
    if (attribution === 'none') o.attribution = null;
    if (attribution === 'name') {
      if (sourceId) o.attribution = { citedSourceId: sourceId.replace(/^cited:/, '') };
      else if (!sourceName.trim()) {
        setProblem('Give the name of the source the assertion is attributed to');
        return;
      } else o.attribution = { name: sourceName.trim(), type: sourceType };
    }
    if (!Object.keys(o).length) {
      setProblem('Change at least one value: an override that changes nothing is a confirm');
      return;
    }
    if (!reason.trim()) {
      setProblem('Say in a sentence why the automatic values are wrong');
      return;
    }
    setProblem(null);
    onSubmit(o, reason.trim());
  };

  return (
    <form className="override-form" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Override the automatic values</h3>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      <div className="override-grid">
        <Field label="Provenance">
          <select value={provenance} onChange={(e) => setProvenance(e.target.value)}>
            {!subject.provenance && <option value="">—</option>}
            <Options values={PROVENANCES} />
          </select>
        </Field>
        <Field label="Sourcing quality (0–100)">
          <input type="number" min={0} max={100} step={1} value={sq} onChange={(e) => setSq(e.target.value)} />
        </Field>
        <Field label="Alarmism (0–100)">
          <input type="number" min={0} max={100} step={1} value={al} onChange={(e) => setAl(e.target.value)} />
        </Field>
        <Field label="Admiralty grade">
          <select value={admiralty} onChange={(e) => setAdmiralty(e.target.value)}>
            {!subject.admiralty && <option value="">—</option>}
            <Options values={GRADES} />
          </select>
        </Field>
        <label className="checkbox">
          <input type="checkbox" checked={hedged} onChange={(e) => setHedged(e.target.checked)} /> Hedged
        </label>
      </div>
      <fieldset className="attribution-choice">
        <legend>Attribution{subject.attribution ? ` (now: ${subject.attribution.name})` : ' (now: none)'}</legend>
        <label className="checkbox">
          <input
            type="radio"
            name={`${id}-attr`}
            checked={attribution === 'keep'}
            onChange={() => setAttribution('keep')}
          />{' '}
          Keep as it is
        </label>
        <label className="checkbox">
          <input
            type="radio"
            name={`${id}-attr`}
            checked={attribution === 'none'}
            onChange={() => setAttribution('none')}
          />{' '}
          Not attributed to anyone
        </label>
        <label className="checkbox">
          <input
            type="radio"
            name={`${id}-attr`}
            checked={attribution === 'name'}
            onChange={() => setAttribution('name')}
          />{' '}
          Attributed to another source:
        </label>
        {attribution === 'name' && (
          <div className="override-grid">
            <Field label="Source name">
              <SourcePicker
                kind="cited"
                value={sourceId}
                onChange={(picked) => setSourceId(picked)}
                onText={setSourceName}
                placeholder="Pick a known source or type a new name"
                describedBy={`${id}-source-hint`}
              />
            </Field>
            {!sourceId && (
              <Field label="Source type">
                <select value={sourceType} onChange={(e) => setSourceType(e.target.value as SourceType)}>
                  <Options values={SOURCE_TYPES} />
                </select>
              </Field>
            )}
            <span id={`${id}-source-hint`} className="hint">
              {sourceId
                ? 'An existing cited source.'
                : 'Pick from the list to use a known source; a name not in the list becomes a new cited source of the type chosen.'}
            </span>
          </div>
        )}
      </fieldset>
      <Field label="Reason (required)" className="block-label">
        <textarea
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          rows={2}
          maxLength={2000}
          aria-required="true"
        />
      </Field>
      <div className="actions">
        <button type="submit" disabled={busy}>
          Save review
        </button>
        <button type="button" className="secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Confirm / Override / Dismiss for one assertion, with the override form when opened. */
export function ReviewControls({
  subject,
  busy,
  error,
  overrideOpen,
  setOverrideOpen,
  onDecide,
  describedBy,
}: {
  subject: ReviewSubject;
  busy: boolean;
  error: unknown;
  overrideOpen: boolean;
  setOverrideOpen(open: boolean): void;
  onDecide(decision: Decision, overrides?: OverridesInput, reason?: string): void;
  describedBy?: string;
}) {
  return (
    <div className="review-controls">
      <ErrorMessage error={error} />
      <div className="actions">
        <button type="button" onClick={() => onDecide('confirm')} disabled={busy} aria-describedby={describedBy}>
          Confirm
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => setOverrideOpen(!overrideOpen)}
          disabled={busy}
          aria-expanded={overrideOpen}
          aria-describedby={describedBy}
        >
          Override
        </button>
        <button
          type="button"
          className="secondary danger"
          onClick={() => onDecide('dismiss')}
          disabled={busy}
          aria-describedby={describedBy}
        >
          Dismiss
        </button>
      </div>
      {overrideOpen && (
        <OverrideForm
          subject={subject}
          busy={busy}
          onSubmit={(o, reason) => onDecide('override', o, reason)}
          onCancel={() => setOverrideOpen(false)}
        />
      )}
    </div>
  );
}

const show = (v: unknown): string => {
  if (v === null || v === undefined) return 'none';
  if (typeof v === 'object') {
    const o = v as { canonicalName?: string | null; citedSourceId?: string; name?: string };
    return o.canonicalName ?? o.name ?? o.citedSourceId ?? JSON.stringify(v);
  }
  return String(v);
};

/** Where the current automatic values differ from the human decision. */
export function DisagreementList({ items }: { items: Disagreement[] | undefined }) {
  if (!items?.length) return null;
  return (
    <div className="disagreements" role="note">
      <strong>Automatic scoring now disagrees with the review:</strong>
      <ul>
        {items.map((d, i) => (
          <li key={`${d.field}-${i}`}>
            {words(d.field)}: automatic <strong>{show(d.automatic)}</strong>, reviewer{' '}
            {d.decision === 'confirm' ? 'confirmed' : 'set'} <strong>{show(d.reviewed)}</strong>
            {d.rescoredSince && (
              <>
                {' '}
                (rescored under rubric {d.currentRubricVersion} since the decision under {d.decidedUnder})
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

const DECISION_TEXT: Record<Decision, string> = {
  confirm: 'Confirmed',
  override: 'Overridden',
  dismiss: 'Dismissed (not an assertion)',
};

function OverridesText({ overrides }: { overrides: LatestReview['overrides'] }) {
  if (!overrides || typeof overrides !== 'object') return null;
  const entries = Object.entries(overrides);
  if (!entries.length) return null;
  return (
    <ul className="overrides">
      {entries.map(([k, v]) => (
        <li key={k}>
          {words(k)} → {show(v)}
        </li>
      ))}
    </ul>
  );
}

/** One review: decision, who and when, the reason and the overridden values. */
export function ReviewLine({ review }: { review: ReviewRecord | LatestReview }) {
  const who = 'reviewer' in review && review.reviewer ? review.reviewer.email : null;
  return (
    <div className="review-line">
      <span className={`decision decision-${review.decision}`}>{DECISION_TEXT[review.decision]}</span>
      {who && <> by {who}</>}
      {review.createdAt && <> on {dateTime(review.createdAt)}</>}
      {review.reason && <p className="reason">“{review.reason}”</p>}
      <OverridesText overrides={review.overrides} />
    </div>
  );
}

/** The review history, newest first, when the server gave one. */
export function ReviewHistory({
  history,
  latest,
}: {
  history: ReviewRecord[] | undefined;
  latest: LatestReview | null;
}) {
  if (history && history.length) {
    return (
      <ol className="history" reversed>
        {history.map((r, i) => (
          <li key={r.id ?? i}>
            <ReviewLine review={r} />
          </li>
        ))}
      </ol>
    );
  }
  if (latest) return <ReviewLine review={latest} />;
  return <p className="hint">Not reviewed yet.</p>;
}

export function ArticleLink({ id, title }: { id: string; title: string | null }) {
  return <Link to={`/articles/${id}`}>{title || 'Untitled article'}</Link>;
}
