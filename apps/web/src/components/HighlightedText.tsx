import { Fragment, useMemo, type ReactNode } from 'react';
import type { AssertionView } from '../api';

interface Piece {
  start: number;
  end: number;
  owner: AssertionView | null;
  /** Ids of the assertions whose attribution span covers this piece. */
  attributionOf: string[];
}

/**
 * Cuts the text at every assertion and attribution boundary. Assertions come sorted by start and
 * do not overlap (if they ever did, a piece belongs to the first one that contains it).
 */
function pieces(text: string, assertions: AssertionView[]): Piece[] {
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
  const cuts = [...bounds].sort((x, y) => x - y);
  const out: Piece[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    if (end <= start) continue;
    const owner = assertions.find((a) => a.start <= start && end <= a.end) ?? null;
    const attributionOf = spans.filter((s) => s.start <= start && end <= s.end).map((s) => s.id);
    out.push({ start, end, owner, attributionOf });
  }
  return out;
}

function PieceText({ text, piece, selectedId }: { text: string; piece: Piece; selectedId: string | null }) {
  const slice = text.slice(piece.start, piece.end);
  if (!piece.attributionOf.length) return <>{slice}</>;
  const selected = selectedId !== null && piece.attributionOf.includes(selectedId);
  return <span className={`attr${selected ? ' attr-selected' : ''}`}>{slice}</span>;
}

/**
 * The article text as React text nodes (never HTML): each assertion is a link that selects it,
 * opened by a visible provenance label; attribution spans are underlined.
 */
export function HighlightedText({
  text,
  assertions,
  selectedId,
  onSelect,
}: {
  text: string;
  assertions: AssertionView[];
  selectedId: string | null;
  onSelect(id: string): void;
}) {
  const groups = useMemo(() => {
    const ps = pieces(text, assertions);
    const out: Array<{ owner: AssertionView | null; pieces: Piece[] }> = [];
    for (const p of ps) {
      const last = out[out.length - 1];
      if (last && last.owner === p.owner && p.owner !== null) last.pieces.push(p);
      else out.push({ owner: p.owner, pieces: [p] });
    }
    return out;
  }, [text, assertions]);

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
          onSelect(a.id);
        }}
        onFocus={() => onSelect(a.id)}
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
