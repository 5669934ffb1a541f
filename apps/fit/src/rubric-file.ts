/**
 * Reads the fit's configuration from rubric.json and writes fitted weights back into it. Only the
 * `alarmism` object is rewritten; every other byte of the file stays as it is, so keys other
 * engineers add elsewhere (and their formatting) survive. Within `alarmism`, keys keep their order
 * and the file's convention holds: 2-space JSON, arrays of scalars on one line.
 */
import { isDeepStrictEqual } from 'node:util';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { impliedCapUnits, signalSpecs } from '@auditor/scoring/fit/signals';
import { FitConfig, FitResult, FOLDS, LAMBDAS, MIN_SUPPORT, POINTS_PER_LOGIT, SOURCE_SHARE } from './fit';

export const RUBRIC_PATH = resolve(__dirname, '../../../libs/scoring/rubric/rubric.json');
export const FIT_COMMAND = 'npm run fit -- --write';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface FitBlock {
  [key: string]: Json;
  date: string;
  directions: Record<string, number>;
  capUnits: Record<string, number>;
}

export interface RubricJson {
  [key: string]: Json;
  alarmism: { [key: string]: Json; base: number; weights: Record<string, number> };
}

export function readRubric(path = RUBRIC_PATH): { text: string; json: RubricJson } {
  const text = readFileSync(path, 'utf8');
  return { text, json: JSON.parse(text) as RubricJson };
}

const fitBlockOf = (json: RubricJson): Partial<FitBlock> => (json.alarmism.fit ?? {}) as Partial<FitBlock>;

/**
 * Signals, directions and caps (in units) for the fit. A previous fit's record wins, so a weight
 * the fit set to 0 keeps its direction and its cap; a new signal takes both from its hand weights.
 */
export function fitConfig(json: RubricJson): FitConfig {
  const weights = json.alarmism.weights;
  const specs = signalSpecs(weights);
  const previous = fitBlockOf(json);
  const implied = impliedCapUnits(weights, specs);
  const directions = specs.map((s) => {
    const d = previous.directions?.[s.id] ?? Math.sign(weights[s.unitKey]);
    if (d !== 1 && d !== -1)
      throw new Error(`signal "${s.id}" has weight 0 and no recorded direction: give it a non-zero hand weight first`);
    return d;
  });
  const capUnits: Record<string, number> = {};
  for (const s of specs) if (s.capKey) capUnits[s.id] = previous.capUnits?.[s.id] ?? implied[s.id];
  return { specs, directions, capUnits, weights: { ...weights } };
}

const r = (v: number, digits: number) => Number(v.toFixed(digits)) + 0;
const byId = <T>(result: FitResult, f: (j: number) => T): Record<string, T> =>
  Object.fromEntries(result.config.specs.map((s, j) => [s.id, f(j)]));

/** The provenance block: everything the fit used and found, except the date. */
function provenance(result: FitResult): Omit<FitBlock, 'date'> {
  const { rows } = result;
  const unfitted = result.config.specs.filter((_, j) => !result.fitted[j]);
  return {
    description: `Weights of the signals below fitted by \`${FIT_COMMAND}\` (apps/fit/FITTING.md): L2 logistic regression of "alarmist" on each signal's raw strength (occurrences, or units for per-unit signals, caps kept in units), standardised features, sign of each weight fixed by its direction (+1 raises, -1 lowers), an intercept per data source; points per unit = round(pointsPerLogit x coefficient); base 0 is a sentence with no signal (the in-domain intercept). alarmism-critique stays a rule outside the fit.`,
    command: FIT_COMMAND,
    data: {
      inDomain: `../shared/eval (seed003, seed004, isaf-dev), labelled assertions matched as npm run eval does: ${rows.inDomain} sentences, ${rows.inDomainPositive} with alarmism >= 1, in ${rows.documents} documents`,
      semeval: `SemEval-2020 PTC given half, articles with halfOf(id) = 'fit' only: ${rows.semeval} sentences in ${rows.articles} articles, ${rows.semevalPositive} overlapping Appeal_to_fear-prejudice, Exaggeration,Minimisation or Loaded_Language, the rest touching no technique`,
      leftOut: `${rows.critiqueLeftOut} sentences the alarmism-critique rule fires on; SemEval sentences touched only by other techniques`,
      sourceShare: { ...SOURCE_SHARE },
    },
    folds: FOLDS,
    foldKey: "fnv1a('fold:' + document id) % folds",
    lambdaGrid: [...LAMBDAS],
    lambda: result.choice.lambda,
    pointsPerLogit: r(POINTS_PER_LOGIT, 4),
    minSupport: MIN_SUPPORT,
    intercepts: { inDomain: r(result.model.intercepts[0], 4), semeval: r(result.model.intercepts[1], 4) },
    coefficients: byId(result, (j) => r(result.coefficients[j], 4)),
    support: byId(result, (j) => result.support[j]),
    ...(unfitted.length ? { unfitted: unfitted.map((s) => s.id) } : {}),
    directions: byId(result, (j) => result.config.directions[j]),
    capUnits: { ...result.config.capUnits },
    crossValidated: {
      inDomainSpearman: r(result.crossValidated.inDomainSpearman, 3),
      semevalFitHalfAuc: r(result.crossValidated.semevalAuc, 3),
    },
    inSample: {
      inDomainSpearman: r(result.inSample.inDomainSpearman, 3),
      semevalFitHalfAuc: r(result.inSample.semevalAuc, 3),
    },
  };
}

/**
 * The rubric with the fitted weights, caps (unit × cap in units) and base, and the provenance
 * block. The date stays when nothing else changed, so re-running the fit rewrites nothing.
 */
export function applyFit(json: RubricJson, result: FitResult, today: string): RubricJson {
  // Keys added to the file since the fit read it are kept: the fit's own keys win.
  const weights = { ...json.alarmism.weights, ...result.weights.weights };
  const block = provenance(result);
  const previous = fitBlockOf(json);
  const { date: previousDate, ...previousRest } = previous;
  const unchanged =
    previousDate !== undefined &&
    isDeepStrictEqual(previousRest, block) &&
    isDeepStrictEqual(weights, json.alarmism.weights) &&
    json.alarmism.base === result.weights.base;
  const fit: FitBlock = { ...block, date: unchanged ? previousDate : today } as FitBlock;
  return { ...json, alarmism: { ...json.alarmism, base: result.weights.base, weights, fit } };
}

/** JSON in the rubric's style: 2-space indent, arrays of scalars on one line. */
export function formatJson(value: Json, indent = 0): string {
  const pad = ' '.repeat(indent);
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object'))
      return `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
    return `[\n${value.map((v) => `${pad}  ${formatJson(v, indent + 2)}`).join(',\n')}\n${pad}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${pad}  ${JSON.stringify(k)}: ${formatJson(v, indent + 2)}`).join(',\n')}\n${pad}}`;
}

/** [start, end) of the value of a top-level key in JSON text (scanning strings and nesting). */
export function topLevelValueSpan(text: string, key: string): [number, number] {
  let depth = 0;
  let valueStart = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const name = text.slice(i, j + 1);
      if (depth === 1 && valueStart < 0 && JSON.parse(name) === key && /^\s*:/.test(text.slice(j + 1))) {
        valueStart = text.indexOf('{', j + 1);
        i = valueStart - 1;
        continue;
      }
      i = j;
    } else if (c === '{' || c === '[') {
      depth++;
    } else if (c === '}' || c === ']') {
      depth--;
      if (valueStart >= 0 && depth === 1) return [valueStart, i + 1];
    }
  }
  throw new Error(`no top-level object "${key}" in the rubric`);
}

/** The file's text with only its `alarmism` object replaced; checked to parse back to `json`. */
export function rubricText(text: string, json: RubricJson): string {
  const [start, end] = topLevelValueSpan(text, 'alarmism');
  const out = `${text.slice(0, start)}${formatJson(json.alarmism, 2)}${text.slice(end)}`;
  if (!isDeepStrictEqual(JSON.parse(out), json))
    throw new Error('rubric rewrite would change more than the alarmism object');
  return out;
}
