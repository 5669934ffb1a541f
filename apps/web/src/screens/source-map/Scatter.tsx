import { useId, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import type { SourceMap, SourceMapPoint } from '../../api';
import { num } from '../../format';

const W = 760;
const H = 540;
const M = { left: 58, right: 18, top: 18, bottom: 52 };
const PW = W - M.left - M.right;
const PH = H - M.top - M.bottom;
const TICKS = [0, 20, 40, 60, 80, 100];
/** Only the largest samples are named in the drawing; every point has its name as a link. */
const LABELLED = 12;
const LABEL_CHARS = 26;

const clamp = (v: number) => Math.min(100, Math.max(0, v));
const x = (v: number) => M.left + (clamp(v) / 100) * PW;
const y = (v: number) => M.top + PH - (clamp(v) / 100) * PH;

/** Marker area follows the sample, so a radius grows with its square root, between 4 and 18 px. */
const radius = (n: number, max: number) => 4 + 14 * Math.sqrt(n / Math.max(1, max));

const interval = (ci: [number, number] | null) => (ci ? `, 95% interval ${num(ci[0])}–${num(ci[1])}` : '');

/** What a point says, as its link's accessible name and its hover title. */
export function pointName(p: SourceMapPoint): string {
  return (
    `${p.name} (${p.kind === 'outlet' ? 'outlet' : 'cited source'}${p.type ? `, ${p.type}` : ''}): ` +
    `sourcing quality ${num(p.sourcingQuality.mean)}${interval(p.sourcingQuality.ci95)}; ` +
    `alarmism ${num(p.alarmism.mean)}${interval(p.alarmism.ci95)}; ` +
    `${p.assertions} assertions in ${p.articles} articles${p.smallSample ? ' (small sample)' : ''}`
  );
}

const short = (s: string) => (s.length > LABEL_CHARS ? `${s.slice(0, LABEL_CHARS - 1)}…` : s);

interface Label {
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'end';
}

/**
 * Names for the largest points, placed right of the marker (left near the right edge) and dropped
 * when they would overlap a name already placed: no label is ever drawn over another.
 */
function placeLabels(points: SourceMapPoint[], max: number): Label[] {
  // The corner captions count as placed, so no name is written over them.
  const placed: Array<{ x0: number; x1: number; y0: number; y1: number }> = [
    { x0: M.left, x1: M.left + 170, y0: M.top, y1: M.top + 22 },
    { x0: W - M.right - 130, x1: W - M.right, y0: M.top + PH - 22, y1: M.top + PH },
  ];
  const out: Label[] = [];
  for (const p of points.slice(0, LABELLED)) {
    if (p.sourcingQuality.mean === null || p.alarmism.mean === null) continue;
    const text = short(p.name);
    const width = text.length * 6.4;
    const cx = x(p.sourcingQuality.mean);
    const cy = y(p.alarmism.mean);
    const r = radius(p.assertions, max);
    const gap = r * 0.7 + 3;
    // Right of the marker, else left of it; just above the horizontal whisker, which would
    // otherwise show through the gaps between words.
    const box = [cx + gap, cx - gap - width]
      .map((x0) => ({ x0, x1: x0 + width, y0: cy - 15, y1: cy - 2 }))
      .find(
        (b) =>
          b.x0 >= M.left &&
          b.x1 <= W - M.right &&
          !placed.some((o) => o.x0 < b.x1 && b.x0 < o.x1 && o.y0 < b.y1 && b.y0 < o.y1),
      );
    if (!box) continue;
    placed.push(box);
    const right = box.x0 > cx;
    out.push({ id: p.id, text, x: right ? box.x0 : box.x1, y: cy - 4, anchor: right ? 'start' : 'end' });
  }
  return out;
}

/**
 * The source map: sourcing quality across, alarmism up, one marker per source (circle: outlet,
 * square: cited source; hollow: small sample) with its 95% intervals as a cross, its area by the
 * number of assertions. Each marker is a link to the card, in order of sample size.
 */
export function Scatter({ map }: { map: SourceMap }) {
  const id = useId();
  const navigate = useNavigate();
  const max = Math.max(1, ...map.points.map((p) => p.assertions));
  const labels = placeLabels(map.points, max);
  const open = (e: MouseEvent, href: string) => {
    // Modified clicks (new tab, new window) keep the browser's own handling.
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(href);
  };
  const c = map.corpus;

  return (
    <figure className="chart source-map">
      <svg viewBox={`0 0 ${W} ${H}`} role="group" aria-labelledby={`${id}-t`} aria-describedby={`${id}-d`}>
        <title id={`${id}-t`}>Source map: sourcing quality against alarmism</title>
        <desc id={`${id}-d`}>
          {`${map.points.length} sources; each is a link to its report card. Corpus means: sourcing quality ${num(c.sourcingQuality)}, alarmism ${num(c.alarmism)}.`}
        </desc>
        <g aria-hidden="true">
          <rect x={M.left} y={M.top} width={PW / 2} height={PH / 2} className="map-quadrant-worst" />
          <text x={M.left + 8} y={M.top + 16} className="map-corner">
            poorly sourced, alarmist
          </text>
          <text x={W - M.right - 8} y={M.top + PH - 8} textAnchor="end" className="map-corner">
            well sourced, calm
          </text>
          {TICKS.map((t) => (
            <g key={t}>
              <line x1={x(t)} x2={x(t)} y1={M.top} y2={M.top + PH} className="chart-grid" />
              <line x1={M.left} x2={M.left + PW} y1={y(t)} y2={y(t)} className="chart-grid" />
              <text x={x(t)} y={M.top + PH + 16} textAnchor="middle" className="chart-axis">
                {t}
              </text>
              <text x={M.left - 8} y={y(t) + 4} textAnchor="end" className="chart-axis">
                {t}
              </text>
            </g>
          ))}
          <text x={M.left + PW / 2} y={H - 10} textAnchor="middle" className="chart-label">
            Sourcing quality (higher is better) →
          </text>
          <text
            x={16}
            y={M.top + PH / 2}
            textAnchor="middle"
            transform={`rotate(-90 16 ${M.top + PH / 2})`}
            className="chart-label"
          >
            Alarmism (higher is more alarmist) →
          </text>
          {c.sourcingQuality !== null && (
            <line
              x1={x(c.sourcingQuality)}
              x2={x(c.sourcingQuality)}
              y1={M.top}
              y2={M.top + PH}
              className="chart-reference"
            />
          )}
          {c.alarmism !== null && (
            <line x1={M.left} x2={M.left + PW} y1={y(c.alarmism)} y2={y(c.alarmism)} className="chart-reference" />
          )}
        </g>
        {map.points.map((p) => {
          const sq = p.sourcingQuality;
          const al = p.alarmism;
          if (sq.mean === null || al.mean === null) return null;
          const cx = x(sq.mean);
          const cy = y(al.mean);
          const r = radius(p.assertions, max);
          const href = `/sources/${p.id}`;
          const name = pointName(p);
          const cls = `map-point kind-${p.kind}${p.smallSample ? ' small' : ''}`;
          return (
            <a key={p.id} href={href} onClick={(e) => open(e, href)} aria-label={name} className={cls}>
              <title>{name}</title>
              {sq.ci95 && <line x1={x(sq.ci95[0])} x2={x(sq.ci95[1])} y1={cy} y2={cy} className="map-whisker" />}
              {al.ci95 && <line x1={cx} x2={cx} y1={y(al.ci95[0])} y2={y(al.ci95[1])} className="map-whisker" />}
              {p.kind === 'outlet' ? (
                <circle cx={cx} cy={cy} r={r} className="map-marker" />
              ) : (
                <rect x={cx - r * 0.89} y={cy - r * 0.89} width={r * 1.78} height={r * 1.78} className="map-marker" />
              )}
            </a>
          );
        })}
        <g aria-hidden="true">
          {labels.map((l) => (
            <text key={l.id} x={l.x} y={l.y} textAnchor={l.anchor} className="map-label">
              {l.text}
            </text>
          ))}
        </g>
      </svg>
      <figcaption>
        <span className="map-key">
          <svg viewBox="0 0 14 14" width="14" height="14" aria-hidden="true">
            <circle cx="7" cy="7" r="6" className="map-marker kind-outlet" />
          </svg>{' '}
          outlet
        </span>{' '}
        <span className="map-key">
          <svg viewBox="0 0 14 14" width="14" height="14" aria-hidden="true">
            <rect x="1.5" y="1.5" width="11" height="11" className="map-marker kind-cited" />
          </svg>{' '}
          cited source
        </span>{' '}
        — area by number of assertions; the cross spans each mean&apos;s 95% interval; hollow markers are small samples;
        dashed lines are the corpus means.
      </figcaption>
    </figure>
  );
}
