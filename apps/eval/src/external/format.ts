/** Plain-text table of the external sets, engine beside baselines and beside its before-issue-9 figure. */
import { meets } from '../evaluate';
import type { Snapshot } from '../before';
import { formatInterval } from './interval';
import { rowKey, type BaselineCheck, type ExternalReport, type ExternalTarget } from './report';

const p3 = (v: number) => v.toFixed(3);
/** Three decimals, or four when three would round a miss up to its target ("0.600 (≥ 0.6) FAIL" reads as a bug). */
const atTarget = (v: number, target: number, met: boolean) => (!met && Number(p3(v)) >= target ? v.toFixed(4) : p3(v));

export function formatExternal(
  r: ExternalReport,
  before: Snapshot | null,
  targets: ExternalTarget[],
  checks: BaselineCheck[],
): string[] {
  const header = [
    'set',
    'half',
    'data',
    'metric',
    'n',
    'engine',
    '95% CI',
    'before',
    'baselines (same sentences)',
    'engine detail',
  ];
  const body = r.rows.map((row) => {
    const b = before?.external[rowKey(row)];
    return [
      row.set,
      row.half,
      row.role,
      row.metric,
      String(row.n),
      p3(row.engine),
      `${p3(row.ci.lo)}–${p3(row.ci.hi)}`,
      b ? p3(b.engine) : '-',
      row.baselines.map((x) => `${x.name} ${p3(x.value)}`).join(', ') || '-',
      row.detail ?? '',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((c) => c[i].length)));
  const fmt = (cells: string[]) =>
    `  ${cells.map((c, i) => (i >= 4 && i <= 7 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ')}`.trimEnd();
  return [
    `External sets (headline = held-out rows; tuned-on/fitted-on rows are data cues or weights were derived from; run ${r.seconds.toFixed(1)} s)`,
    fmt(header),
    ...body.map(fmt),
    before
      ? `  "before" = engine at ${before.commit.slice(0, 7)} (${before.commitDate.slice(0, 10)}), the commit before issue 9 work, measured with this harness (apps/eval/before-issue9.json)`
      : '  "before": apps/eval/before-issue9.json not found',
    '  95% CI: percentile bootstrap, 1,000 resamples of articles (PolNeAR, SemEval) or sentences (weasel), fixed seeds',
    '',
    ...(r.rows.some((row) => row.role === 'held-out')
      ? [
          'External targets (held-out; --check enforces the baselines and PolNeAR attribution F1, --check-external all):',
          ...targets.map(
            (t) =>
              `  ${meets(t) ? 'PASS' : 'FAIL'}  ${t.name} ${atTarget(t.value, t.target, meets(t))} (≥ ${t.target}; ${formatInterval(t.ci)})`,
          ),
          ...checks.map(
            (c) =>
              `  ${c.ok ? 'PASS' : 'FAIL'}  ${c.name} (${p3(c.engine)} vs ${p3(c.baseline)}; margin ${formatInterval(c.margin, true)})`,
          ),
        ]
      : ['External targets: held-out halves not scored (--tuning); no headline, no target or baseline check.']),
  ];
}
