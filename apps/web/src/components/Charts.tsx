import { useId, type ReactNode } from 'react';
import { num } from '../format';
import { axisTicks, glyphWidth, wrapLabel } from './chart-text';

/**
 * Charts as inline SVG. Each one is an image with a <title> and <desc> (role="img",
 * aria-labelledby) and comes with the same numbers as a table, so nothing is conveyed by the
 * drawing alone.
 */

function TableAlternative({ caption, head, rows }: { caption: string; head: string[]; rows: ReactNode[][] }) {
  return (
    <details className="chart-table">
      <summary>Show as table</summary>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              {r.map((c, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {c}
                  </th>
                ) : (
                  <td key={j}>{c}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

export interface Bar {
  label: string;
  value: number;
  /** CSS class for the bar's fill (e.g. prov-official). */
  className?: string;
  note?: string;
}

/** Horizontal bars with the label and value written next to each bar. */
export function BarChart({
  title,
  bars,
  format = (v) => String(v),
  max,
}: {
  title: string;
  bars: Bar[];
  format?: (v: number) => string;
  max?: number;
}) {
  const id = useId();
  const top = Math.max(max ?? 0, ...bars.map((b) => b.value), 1);
  const rowH = 26;
  const labelW = 120;
  const width = 440;
  const barW = width - labelW - 70;
  const height = bars.length * rowH + 6;
  const summary = bars.map((b) => `${b.label} ${format(b.value)}`).join(', ');
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-t ${id}-d`}
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{summary}</desc>
        {bars.map((b, i) => {
          const y = i * rowH + 3;
          const w = (b.value / top) * barW;
          return (
            <g key={b.label}>
              <text x={labelW - 6} y={y + rowH / 2 + 4} textAnchor="end" className="chart-label">
                {b.label}
              </text>
              <rect x={labelW} y={y + 3} width={barW} height={rowH - 8} className="chart-track" />
              <rect
                x={labelW}
                y={y + 3}
                width={Math.max(w, b.value > 0 ? 1.5 : 0)}
                height={rowH - 8}
                className={`chart-bar ${b.className ?? ''}`}
              />
              <text x={labelW + barW + 6} y={y + rowH / 2 + 4} className="chart-value">
                {format(b.value)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>{title}</figcaption>
      <TableAlternative caption={title} head={['', 'value']} rows={bars.map((b) => [b.label, format(b.value)])} />
    </figure>
  );
}

export interface Segment {
  label: string;
  value: number;
  className?: string;
}

/** One stacked bar (shares of a whole) with a written legend: label, count and percentage. */
export function StackedBar({ title, segments }: { title: string; segments: Segment[] }) {
  const id = useId();
  const total = segments.reduce((a, s) => a + s.value, 0);
  const shown = segments.filter((s) => s.value > 0);
  let x = 0;
  const share = (v: number) => (total ? `${Math.round((v / total) * 100)}%` : '0%');
  return (
    <figure className="chart stacked">
      <svg
        viewBox="0 0 400 24"
        role="img"
        aria-labelledby={`${id}-t ${id}-d`}
        preserveAspectRatio="none"
        className="stacked-svg"
      >
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>
          {shown.map((s) => `${s.label}: ${s.value} (${share(s.value)})`).join(', ') || 'no data'}
        </desc>
        {total === 0 && <rect x={0} y={0} width={400} height={24} className="chart-track" />}
        {shown.map((s) => {
          const w = (s.value / total) * 400;
          const r = (
            <rect key={s.label} x={x} y={0} width={w} height={24} className={`chart-bar ${s.className ?? ''}`} />
          );
          x += w;
          return r;
        })}
      </svg>
      <figcaption>
        <span className="visually-hidden">{title}: </span>
        <ul className="legend">
          {shown.map((s) => (
            <li key={s.label}>
              <span className={`swatch ${s.className ?? ''}`} aria-hidden="true" />
              {s.label} {s.value} ({share(s.value)})
            </li>
          ))}
          {!shown.length && <li>no data</li>}
        </ul>
      </figcaption>
    </figure>
  );
}

export interface IntervalRow {
  label: string;
  mean: number | null;
  ci95: [number, number] | null;
  className?: string;
}

/** Means as dots with their 95% intervals as whiskers on a 0–100 axis; an optional reference line. */
export function IntervalChart({
  title,
  rows,
  reference,
}: {
  title: string;
  rows: IntervalRow[];
  reference?: { label: string; value: number | null };
}) {
  const id = useId();
  const labelW = 150;
  const width = 480;
  const plotW = width - labelW - 20;
  // Labels wrap to two lines (SVG has no wrapping); the full name stays in a <title> and the table.
  const perLine = Math.floor((labelW - 12) / glyphWidth(12));
  const labels = rows.map((r) => wrapLabel(r.label, perLine));
  const rowH = labels.some((l) => l.lines.length > 1) ? 38 : 30;
  const height = rows.length * rowH + 30;
  const xs = (v: number) => labelW + (Math.min(100, Math.max(0, v)) / 100) * plotW;
  const describe = (r: IntervalRow) =>
    `${r.label}: mean ${num(r.mean)}${r.ci95 ? `, 95% interval ${num(r.ci95[0])}–${num(r.ci95[1])}` : ''}`;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>
          {rows.map(describe).join('; ')}
          {reference && reference.value !== null ? `; ${reference.label} ${num(reference.value)}` : ''}
        </desc>
        {[0, 20, 40, 60, 80, 100].map((t) => (
          <g key={t}>
            <line x1={xs(t)} x2={xs(t)} y1={4} y2={height - 22} className="chart-grid" />
            <text x={xs(t)} y={height - 8} textAnchor="middle" className="chart-axis">
              {t}
            </text>
          </g>
        ))}
        {reference && reference.value !== null && (
          <line x1={xs(reference.value)} x2={xs(reference.value)} y1={2} y2={height - 22} className="chart-reference" />
        )}
        {rows.map((r, i) => {
          const y = i * rowH + 18;
          const lines = labels[i]!.lines;
          return (
            <g key={`${i}-${r.label}`}>
              <text x={labelW - 8} y={y + 4 - (lines.length - 1) * 7} textAnchor="end" className="chart-label">
                {labels[i]!.truncated && <title>{r.label}</title>}
                {lines.map((line, j) => (
                  <tspan key={j} x={labelW - 8} dy={j === 0 ? 0 : 14}>
                    {line}
                  </tspan>
                ))}
              </text>
              {r.ci95 && (
                <line
                  x1={xs(r.ci95[0])}
                  x2={xs(r.ci95[1])}
                  y1={y}
                  y2={y}
                  className={`chart-whisker ${r.className ?? ''}`}
                />
              )}
              {r.ci95 && (
                <line
                  x1={xs(r.ci95[0])}
                  x2={xs(r.ci95[0])}
                  y1={y - 6}
                  y2={y + 6}
                  className={`chart-whisker ${r.className ?? ''}`}
                />
              )}
              {r.ci95 && (
                <line
                  x1={xs(r.ci95[1])}
                  x2={xs(r.ci95[1])}
                  y1={y - 6}
                  y2={y + 6}
                  className={`chart-whisker ${r.className ?? ''}`}
                />
              )}
              {r.mean !== null && <circle cx={xs(r.mean)} cy={y} r={5} className={`chart-dot ${r.className ?? ''}`} />}
            </g>
          );
        })}
      </svg>
      <figcaption>
        {title}
        {reference && reference.value !== null && (
          <>
            {' '}
            — dashed line: {reference.label} ({num(reference.value)})
          </>
        )}
      </figcaption>
      <TableAlternative
        caption={title}
        head={['', 'mean', '95% interval']}
        rows={[
          ...rows.map((r) => [r.label, num(r.mean), r.ci95 ? `${num(r.ci95[0])}–${num(r.ci95[1])}` : 'n/a']),
          ...(reference && reference.value !== null ? [[reference.label, num(reference.value), '']] : []),
        ]}
      />
    </figure>
  );
}

export interface TrendPoint {
  month: string;
  assertions: number;
  sourcingQuality: number | null;
  alarmism: number | null;
}

/** Monthly sourcing quality and alarmism (0–100) as two lines; markers differ in shape, not only colour. */
export function TrendChart({ title, points }: { title: string; points: TrendPoint[] }) {
  const id = useId();
  const width = 560;
  const height = 220;
  const left = 36;
  // Room for half of the last month label, which is centred on the last point.
  const right = 28;
  const top = 12;
  const bottom = 40;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const n = points.length;
  const x = (i: number) => left + (n <= 1 ? plotW / 2 : (i / (n - 1)) * plotW);
  const y = (v: number) => top + plotH - (v / 100) * plotH;
  const path = (key: 'sourcingQuality' | 'alarmism') =>
    points
      .map((p, i) => (p[key] === null ? null : `${x(i).toFixed(1)},${y(p[key]!).toFixed(1)}`))
      .filter(Boolean)
      .join(' ');
  // "2021-03" at 11px, thinned so no two labels touch however many months the card spans.
  const ticks = new Set(axisTicks(n, plotW, 7 * glyphWidth(11)));
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>
          {points
            .map(
              (p) =>
                `${p.month}: sourcing quality ${num(p.sourcingQuality)}, alarmism ${num(p.alarmism)} (${p.assertions} assertions)`,
            )
            .join('; ')}
        </desc>
        {[0, 25, 50, 75, 100].map((t) => (
          <g key={t}>
            <line x1={left} x2={width - right} y1={y(t)} y2={y(t)} className="chart-grid" />
            <text x={left - 6} y={y(t) + 4} textAnchor="end" className="chart-axis">
              {t}
            </text>
          </g>
        ))}
        {points.map((p, i) =>
          ticks.has(i) ? (
            <text key={p.month} x={x(i)} y={height - bottom + 16} textAnchor="middle" className="chart-axis">
              {p.month}
            </text>
          ) : null,
        )}
        <polyline points={path('sourcingQuality')} className="trend-line trend-sq" />
        <polyline points={path('alarmism')} className="trend-line trend-al" />
        {points.map((p, i) => (
          <g key={p.month}>
            {p.sourcingQuality !== null && (
              <circle cx={x(i)} cy={y(p.sourcingQuality)} r={3.5} className="trend-sq-dot" />
            )}
            {p.alarmism !== null && (
              <rect x={x(i) - 3.5} y={y(p.alarmism) - 3.5} width={7} height={7} className="trend-al-dot" />
            )}
          </g>
        ))}
      </svg>
      <figcaption>
        {title}.{' '}
        <span className="legend-inline">
          <span className="key key-sq" aria-hidden="true" /> sourcing quality (circles)
        </span>{' '}
        <span className="legend-inline">
          <span className="key key-al" aria-hidden="true" /> alarmism (squares)
        </span>
      </figcaption>
      <TableAlternative
        caption={title}
        head={['month', 'assertions', 'sourcing quality', 'alarmism']}
        rows={points.map((p) => [p.month, p.assertions, num(p.sourcingQuality), num(p.alarmism)])}
      />
    </figure>
  );
}
