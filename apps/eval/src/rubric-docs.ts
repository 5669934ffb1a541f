/**
 * npm run docs:rubric            rewrite the README's generated rubric tables from rubric.json
 * npm run docs:rubric -- --check exit 1 when the README's tables differ from rubric.json (CI)
 *
 * Every number the README's rubric section shows comes from here, so it cannot drift from the file
 * the library scores with (the alarmism weights change at every `npm run fit -- --write`). The
 * README keeps the "why" of each signal in prose; the sourcing table's "why" column is read back
 * from the README and kept, only its weights are rewritten.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { RULES } from '@auditor/scoring/rules';
import { unspecificSourceWeight } from '@auditor/scoring/rules/sourcing/source-naming';
import { parseRubricFile, RubricFile } from '@auditor/scoring/rubric/schema';
import { ALARMISM_PROBABILITY_EDGES, scoreBands, type ScoreBand } from '@auditor/scoring/bands';

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
type Rubric = Pick<RubricFile, 'version' | 'sourcingQuality' | 'alarmism' | 'admiralty' | 'corroboration'>;

const plural = (n: number) => `${n} sentence${n === 1 ? '' : 's'}`;
/** Typographic minus, as the prose around the tables writes it. */
const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

/** One row per signal: points per unit and cap from the weights, coefficient and support from the fit record. */
export function alarmismTable(rubric: Pick<Rubric, 'version' | 'alarmism'>): string {
  const w = rubric.alarmism.weights;
  const fit = rubric.alarmism.fit as AlarmismFit | undefined;
  const t = rubric.alarmism.thresholds;
  const rows: string[] = [];
  for (const key of Object.keys(w)) {
    if (key.endsWith('-max')) continue;
    const per = /^(.+)-per-([a-z]+)$/.exec(key);
    const id = per ? per[1] : key;
    const cap = w[`${id}-max`];
    const points = `${signed(w[key])}${per ? ` per ${per[2]}` : ' each'}${cap !== undefined ? `, max ${signed(cap)}` : ''}`;
    const coefficient = fit?.coefficients[id];
    const fitted =
      id === 'alarmism-critique'
        ? 'rule outside the fit (cancels the others)'
        : fit?.unfitted.includes(id)
          ? `not fitted (fires in ${plural(fit.support[id] ?? 0)}, below the minimum); hand weight kept`
          : coefficient !== undefined
            ? `${coefficient.toFixed(3)} logit per unit, fires in ${plural(fit?.support[id] ?? 0)}`
            : 'not in the fit record';
    rows.push(`| \`${id}\` | ${points} | ${fitted} |`);
  }
  const head = [
    `Base ${rubric.alarmism.base}. Rubric ${rubric.version}` +
      (fit
        ? `; fitted${fit.date ? ` ${fit.date}` : ''} with L2 λ ${fit.lambda}, ${fit.pointsPerLogit} points per logit; cross-validated in-domain Spearman ${fit.crossValidated.inDomainSpearman}, SemEval fit-half AUC ${fit.crossValidated.semevalFitHalfAuc}.`
        : '.'),
    `Thresholds: a large number is a head-count of at least ${t.largeNumber} (\`largeNumber\`); softeners take back at most ${Math.round(t.softeningMaxShare * 100)}% of what the inflating signals added (\`softeningMaxShare\`).`,
    '',
    '| signal | points | fit |',
    '|---|---|---|',
  ];
  return [...head, ...rows].join('\n');
}

/** Signals whose rule reads no weight: they explain and change no score. */
const UNWEIGHTED = new Set<string>(RULES.filter((r) => r.weights.length === 0).flatMap((r) => r.signals));

/** A sourcing signal's points as the rule computes them from the weights. */
function sourcingPoints(id: string, w: Readonly<Record<string, number>>): string {
  if (id === 'unspecific-source') return signed(unspecificSourceWeight(w as Record<'anonymous-source', number>));
  if (UNWEIGHTED.has(id)) return '0';
  if (w[id] === undefined)
    throw new Error(`README sourcing table: \`${id}\` is neither a sourcingQuality weight nor a signal without one`);
  const max = w[`${id}-max`];
  const unsourced = w[`${id}-unsourced-max`];
  return `${signed(w[id])}${max !== undefined ? ` each, max ${signed(max)}` : ''}${unsourced !== undefined ? ` (max ${signed(unsourced)} on an \`own-voice-claim\`)` : ''}`;
}

const cells = (row: string) =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split(' | ')
    .map((c) => c.trim());

/**
 * The sourcing table with its weights rewritten and its "why" column as the README has it. A
 * weight key with no row is an error: the README must say why the new signal exists.
 */
export function sourcingTable(rubric: Pick<Rubric, 'version' | 'sourcingQuality'>, current: string): string {
  const w = rubric.sourcingQuality.weights;
  const rows = current.split('\n').filter((l) => l.startsWith('| `'));
  const covered = new Set<string>();
  const out = rows.map((row) => {
    const [signals, , ...why] = cells(row);
    const ids = [...signals.matchAll(/`([a-z-]+)`/g)].map((m) => m[1]);
    for (const id of ids) for (const k of [id, `${id}-max`, `${id}-unsourced-max`]) covered.add(k);
    return `| ${signals} | ${ids.map((id) => sourcingPoints(id, w)).join(' / ')} | ${why.join(' | ')} |`;
  });
  const missing = Object.keys(w).filter((k) => !covered.has(k));
  if (missing.length)
    throw new Error(
      `README sourcing table has no row for sourcingQuality weight(s) ${missing.join(', ')}: add one (| \`id\` | | why |) and rerun`,
    );
  return [
    `Base ${rubric.sourcingQuality.base}. Rubric ${rubric.version}.`,
    '',
    '| signal | weight | why |',
    '|---|---|---|',
    ...out,
  ].join('\n');
}

/** Reliability by source type, the parties, and the one credibility threshold the rubric holds. */
export function admiraltyTable(rubric: Pick<Rubric, 'admiralty'>): string {
  const a = rubric.admiralty;
  return [
    '| source type | named | unnamed |',
    '|---|---|---|',
    ...Object.entries(a.reliability).map(([type, g]) => `| \`${type}\` | ${g.named} | ${g.unnamed} |`),
    '',
    `Parties to the events (\`admiralty.parties\`): ${a.parties.join(', ')}. Credibility 3 needs at least ${a.credibility.minDetailsForPossible} checkable details (\`admiralty.credibility.minDetailsForPossible\`).`,
  ].join('\n');
}

const CORROBORATION: Record<keyof Omit<RubricFile['corroboration'], 'description'>, [string, (n: number) => string]> = {
  minIndependentOrigins: ['independent origins that make a claim corroborated', String],
  sourcingQualityBonus: ['sourcing-quality points a corroborated claim gains (capped at 100)', signed],
  corroboratedDigit: ['credibility digit of a corroborated claim', String],
  contradictedDigit: ['credibility digit of a claim whose group holds a conflicting figure', String],
};

export function corroborationTable(rubric: Pick<Rubric, 'corroboration'>): string {
  const c = rubric.corroboration;
  const keys = Object.keys(CORROBORATION) as (keyof typeof CORROBORATION)[];
  return [
    '| `corroboration` | value | meaning |',
    '|---|---|---|',
    ...keys.map((k) => `| \`${k}\` | ${CORROBORATION[k][1](c[k])} | ${CORROBORATION[k][0]} |`),
  ].join('\n');
}

/** The plain-language bands of both scores, as `GET /api/score-bands` serves them (libs/scoring/src/bands.ts). */
export function bandsTable(rubric: Pick<Rubric, 'sourcingQuality' | 'alarmism'>): string {
  const bands = scoreBands(rubric);
  const rows = (list: ScoreBand[]) => [
    '| band | scores | concern | meaning |',
    '|---|---|---|---|',
    ...list.map((b) => `| ${b.label} | ${b.min}–${b.max} | ${b.concern} | ${b.meaning} |`),
  ];
  const fit = rubric.alarmism.fit as { pointsPerLogit?: number; intercepts?: { inDomain?: number } } | undefined;
  const pct = ALARMISM_PROBABILITY_EDGES.map((p) => `${p * 100}%`).join(', ');
  return [
    `Sourcing quality (edges at the scores of the canonical assertions named in each row, from base ${rubric.sourcingQuality.base} and the weights):`,
    '',
    ...rows(bands.sourcingQuality),
    '',
    `Alarmism (a band starts where the fitted model's probability of "alarmist" reaches ${pct}: score = ${fit?.pointsPerLogit} × (logit − (${fit?.intercepts?.inDomain}))):`,
    '',
    ...rows(bands.alarmism),
  ].join('\n');
}

const start = (name: string) => `<!-- generated:${name} by \`npm run docs:rubric\`; do not edit by hand -->`;
const end = (name: string) => `<!-- /generated:${name} -->`;

/** Replaces the body of one marked block; `body` gets the current one (the sourcing table keeps its prose). */
export function withBlock(readme: string, name: string, body: (current: string) => string): string {
  const a = readme.indexOf(start(name));
  const b = readme.indexOf(end(name));
  if (a < 0 || b < a) throw new Error(`README.md has no ${start(name)} … ${end(name)} block`);
  const from = a + start(name).length;
  return `${readme.slice(0, from)}\n${body(readme.slice(from, b))}\n${readme.slice(b)}`;
}

/** Headings that carry a rubric figure. */
function withHeadings(readme: string, rubric: Rubric): string {
  const headings: Array<[RegExp, string]> = [
    [/^## The rubric \(version [^)\n]*\)$/m, `## The rubric (version ${rubric.version})`],
    [
      /^### Sourcing quality \(0–100, base [^)\n]*\)$/m,
      `### Sourcing quality (0–100, base ${rubric.sourcingQuality.base})`,
    ],
    [/^### Alarmism \(0–100, base [^)\n]*\)$/m, `### Alarmism (0–100, base ${rubric.alarmism.base})`],
  ];
  return headings.reduce((text, [pattern, heading]) => {
    if (!pattern.test(text)) throw new Error(`README.md has no heading matching ${pattern}`);
    return text.replace(pattern, heading);
  }, readme);
}

export function withTables(readme: string, rubric: Rubric): string {
  let out = withHeadings(readme, rubric);
  out = withBlock(out, 'sourcing-weights', (current) => sourcingTable(rubric, current));
  out = withBlock(out, 'alarmism-weights', () => alarmismTable(rubric));
  out = withBlock(out, 'score-bands', () => bandsTable(rubric));
  out = withBlock(out, 'admiralty', () => admiraltyTable(rubric));
  return withBlock(out, 'corroboration', () => corroborationTable(rubric));
}

function main(): void {
  const readme = readFileSync(README, 'utf8');
  const rubric = parseRubricFile(JSON.parse(readFileSync(RUBRIC, 'utf8')));
  const out = withTables(readme, rubric);
  if (process.argv.includes('--check')) {
    if (out !== readme) {
      process.stderr.write(
        'README.md rubric tables differ from rubric.json: run `npm run docs:rubric` and commit README.md\n',
      );
      process.exit(1);
    }
    process.stdout.write('README.md rubric tables match rubric.json\n');
    return;
  }
  if (out !== readme) writeFileSync(README, out);
  process.stdout.write(out === readme ? 'README.md unchanged\n' : 'README.md rubric tables rewritten\n');
}

if (require.main === module) main();
