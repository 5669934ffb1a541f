import { Fragment, useMemo, type ReactNode } from 'react';
import type { AssertionView } from '../api';

/** Words a signal of the selected assertion quotes; `concern` picks the colour (see score-arithmetic.ts). */
export interface SignalMark {
  start: number;
  end: number;
  id: string;
  concern: boolean;
}

interface Piece {
  start: number;
  end: number;
  owner: AssertionView | null;
  /** Ids of the assertions whose attribution span covers this piece. */
  attributionOf: string[];
  /** Signals whose quoted words cover this piece. */
  marks: SignalMark[];
}

/**
 * Cuts the text at every assertion and attribution boundary. Assertions come sorted by start and
 * do not overlap (if they ever did, a piece belongs to the first one that contains it).
 */
function pieces(text: string, assertions: AssertionView[], marks: SignalMark[]): Piece[] {
  const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
  const bounds = new Set<number>([0, text.length]);
  const spans: Array<{ id: string; start: number; end: number }> = [];
  for (const a of assertions) {
    bounds.add(clamp(a.start));
    bounds.add(clamp(a.end));
    if (a.attribution) {
      const [s, e] = a.attribution.span;
      if (e > s) {
        bounds.add(clamp(s));
        bounds.add(clamp(e));
        spans.push({ id: a.id, start: clamp(s), end: clamp(e) });
      }
    }
  }
  for (const m of marks) {
    bounds.add(clamp(m.start));
    bounds.add(clamp(m.end));
  }
  const cuts = [...bounds].sort((x, y) => x - y);
  const out: Piece[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    if (end <= start) continue;
    const owner = assertions.find((a) => a.start <= start && end <= a.end) ?? null;
    const attributionOf = spans.filter((s) => s.start <= start && end <= s.end).map((s) => s.id);
    const covering = marks.filter((m) => m.start <= start && end <= m.end);
    out.push({ start, end, owner, attributionOf, marks: covering });
  }
  return out;
}

function PieceText({ text, piece, selectedId }: { text: string; piece: Piece; selectedId: string | null }) {
  const slice = text.slice(piece.start, piece.end);
  const selected = selectedId !== null && piece.attributionOf.includes(selectedId);
  const inner = piece.attributionOf.length ? (
    <span className={`attr${selected ? ' attr-selected' : ''}`}>{slice}</span>
  ) : (
    <>{slice}</>
  );
  if (!piece.marks.length) return inner;
  // Words quoted by both kinds of signal count as a concern: the reader should look at them.
  const concern = piece.marks.some((m) => m.concern);
  const ids = [...new Set(piece.marks.map((m) => m.id))].join(', ');
  return (
    <mark className={`signal-mark ${concern ? 'mark-concern' : 'mark-relief'}`} data-signals={ids} title={ids}>
      {inner}
      {/* Colour and highlight are not announced by every screen reader: say what the mark means. */}
      <span className="visually-hidden">{` (marked by ${ids}: ${concern ? 'raises concern' : 'lowers concern'})`}</span>
    </mark>
  );
}

/**
 * The article text as React text nodes (never HTML): each assertion is a link that selects it,
 * opened by a visible provenance label; attribution spans are underlined; the words the selected
 * assertion's signals quote are marked. Focus alone never selects (Tab walks the text without
 * changing the panel): a click, Enter or Space does, and `onActivate` lets the screen move focus.
 */
const NO_MARKS: SignalMark[] = [];

export function HighlightedText({
  text,
  assertions,
  selectedId,
  onSelect,
  marks = NO_MARKS,
}: {
  text: string;
  assertions: AssertionView[];
  selectedId: string | null;
  onSelect(id: string, how: 'pointer' | 'keyboard'): void;
  marks?: SignalMark[];
}) {
  const groups = useMemo(() => {
    const ps = pieces(text, assertions, marks);
    const out: Array<{ owner: AssertionView | null; pieces: Piece[] }> = [];
    for (const p of ps) {
      const last = out[out.length - 1];
      if (last && last.owner === p.owner && p.owner !== null) last.pieces.push(p);
      else out.push({ owner: p.owner, pieces: [p] });
    }
    return out;
  }, [text, assertions, marks]);

  const nodes: ReactNode[] = groups.map((g) => {
    const key = `${g.pieces[0]!.start}`;
    if (!g.owner) {
      return (
        <Fragment key={key}>
          {g.pieces.map((p) => (
            <PieceText key={p.start} text={text} piece={p} selectedId={selectedId} />
          ))}
        </Fragment>
      );
    }
    const a = g.owner;
    const provenance = a.effective?.provenance ?? a.provenance ?? 'unattributed';
    const dismissed = a.effective?.dismissed ?? false;
    const selected = a.id === selectedId;
    const label = dismissed ? 'dismissed' : provenance;
    return (
      <a
        key={key}
        id={`assertion-${a.id}`}
        href={`?a=${a.id}`}
        className={`assertion prov-bg-${provenance}${selected ? ' selected' : ''}${dismissed ? ' dismissed' : ''}${a.review ? ' reviewed' : ''}`}
        aria-current={selected ? 'true' : undefined}
        onClick={(e) => {
          e.preventDefault();
          // detail 0: the click came from Enter on the focused link, not from a pointer.
          onSelect(a.id, e.detail === 0 ? 'keyboard' : 'pointer');
        }}
        onKeyDown={(e) => {
          if (e.key !== ' ') return;
          e.preventDefault();
          onSelect(a.id, 'keyboard');
        }}
      >
        <span className={`prov-label prov-${provenance}`}>
          {label}
          {a.review && !dismissed ? ' ✓' : ''}
        </span>
        <span className="visually-hidden">: </span>
        {g.pieces.map((p) => (
          <PieceText key={p.start} text={text} piece={p} selectedId={selectedId} />
        ))}
      </a>
    );
  });

  return <div className="article-text">{nodes}</div>;
}
