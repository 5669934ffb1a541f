/**
 * npm run docs:rubric            rewrite the README's generated rubric tables from rubric.json
 * npm run docs:rubric -- --check exit 1 when the README's tables differ from rubric.json (CI)
 *
 * The alarmism weights are fitted (`npm run fit -- --write`), so a table copied by hand goes stale
 * at the next fit; the README carries the "why" of each signal in prose and this table the numbers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const README = resolve(__dirname, '../../../README.md');
const RUBRIC = resolve(__dirname, '../../../libs/scoring/rubric/rubric.json');

interface AlarmismFit {
  lambda: number;
  pointsPerLogit: number;
  date?: string;
  coefficients: Record<string, number>;
  support: Record<string, number>;
  unfitted: string[];
  capUnits: Record<string, number>;
  crossValidated: { inDomainSpearman: number; semevalFitHalfAuc: number };
}
interface Rubric {
  version: string;
  alarmism: { base: number; weights: Record<string, number>; fit?: AlarmismFit };
}

const plural = (n: number) => `${n} sentence${n === 1 ? '' : 's'}`;
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** One row per signal: points per unit and cap from the weights, coefficient and support from the fit record. */
export function alarmismTable(rubric: Rubric): string {
  const w = rubric.alarmism.weights;
  const fit = rubric.alarmism.fit;
  const rows: string[] = [];
  for (const key of Object.keys(w)) {
    if (key.endsWith('-max')) continue;
    const per = /^(.+)-per-([a-z]+)$/.exec(key);
    const id = per ? per[1] : key;
    const cap = w[`${id}-max`];
    const points = `${signed(w[key])}${per ? ` per ${per[2]}` : ' each'}${cap !== undefined ? `, max ${signed(cap)}` : ''}`;
    const coefficient = fit?.coefficients[id];
    const fitted = id === 'alarmism-critique' ? 'rule outside the fit (cancels the others)'
      : fit?.unfitted.includes(id) ? `not fitted (fires in ${plural(fit.support[id] ?? 0)}, below the minimum); hand weight kept`
      : coefficient !== undefined ? `${coefficient.toFixed(3)} logit per unit, fires in ${plural(fit?.support[id] ?? 0)}` : 'not in the fit record';
    rows.push(`| \`${id}\` | ${points} | ${fitted} |`);
  }
  const head = [
    `Base ${rubric.alarmism.base}. Rubric ${rubric.version}` +
      (fit ? `; fitted${fit.date ? ` ${fit.date}` : ''} with L2 λ ${fit.lambda}, ${fit.pointsPerLogit} points per logit; cross-validated in-domain Spearman ${fit.crossValidated.inDomainSpearman}, SemEval fit-half AUC ${fit.crossValidated.semevalFitHalfAuc}.` : '.'),
    '',
    '| signal | points | fit |',
    '|---|---|---|',
  ];
  return [...head, ...rows].join('\n');
}

const START = '<!-- generated:alarmism-weights by `npm run docs:rubric`; do not edit by hand -->';
const END = '<!-- /generated:alarmism-weights -->';

export function withTables(readme: string, rubric: Rubric): string {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`README.md has no ${START} … ${END} block`);
  return `${readme.slice(0, a + START.length)}\n${alarmismTable(rubric)}\n${readme.slice(b)}`;
}

function main(): void {
  const readme = readFileSync(README, 'utf8');
  const rubric = JSON.parse(readFileSync(RUBRIC, 'utf8')) as Rubric;
  const out = withTables(readme, rubric);
  if (process.argv.includes('--check')) {
    if (out !== readme) {
      process.stderr.write('README.md rubric tables differ from rubric.json: run `npm run docs:rubric` and commit README.md\n');
      process.exit(1);
    }
    process.stdout.write('README.md rubric tables match rubric.json\n');
    return;
  }
  if (out !== readme) writeFileSync(README, out);
  process.stdout.write(out === readme ? 'README.md unchanged\n' : 'README.md rubric tables rewritten\n');
}

if (require.main === module) main();
