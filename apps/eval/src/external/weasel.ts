/**
 * Hedging and vague attribution on the CoNLL-2010 Wikipedia weasel sentences: F1 of "this sentence
 * is hedged or vaguely/anonymously attributed" for the engine beside the `hedges` npm word list,
 * on the same sentences.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreDocument, type ScoredAssertion } from '@auditor/scoring';
import { sharedDir } from '../datasets';
import { binaryPrf, prf } from '../metrics';
import { parseCsvObjects } from './csv';
import { bootstrapInterval, type Interval } from './interval';
import { halfOf, type Half } from './splits';

export interface WeaselRow {
  /** The sentence trimmed of the line break the corpus leaves at its end; also the split key. */
  text: string;
  label: boolean;
  half: Half;
}

/** The rows of train.csv; `half` is `halfOf(text)` on the trimmed sentence. */
export function weaselRows(shared = sharedDir()): WeaselRow[] {
  const csv = readFileSync(join(shared, 'external', 'weasel', 'train.csv'), 'utf8');
  return parseCsvObjects(csv).map((r) => {
    const text = r.text.trim();
    if (r.label !== '0' && r.label !== '1')
      throw new Error(`weasel label ${JSON.stringify(r.label)} is neither 0 nor 1`);
    return { text, label: r.label === '1', half: halfOf(text) };
  });
}

/**
 * What the task calls uncertain, in the engine's terms: a hedge, a source left vague or unnamed, or
 * a vague generalisation ("many scholars", "is widely regarded": who or how many left unsaid, the
 * bulk of Wikipedia's weasel sentences, neither a hedge nor an attribution in the engine). A named
 * source the engine could not type (typed anonymous with `named`, "according to Arrian") is not vague.
 * `generalisations: false` gives the diagnostic reading without the generalisation signal.
 */
export function engineFlags(
  assertions: readonly Pick<ScoredAssertion, 'hedged' | 'attribution' | 'signals'>[],
  generalisations = true,
): boolean {
  return assertions.some(
    (a) =>
      a.hedged ||
      (a.attribution?.sourceType === 'anonymous' && !a.attribution.named) ||
      a.attribution?.via === 'vague' ||
      (generalisations && a.signals.some((s) => s.id === 'vague-generalisation')),
  );
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A case-insensitive whole-word/phrase matcher for a word list: entries must start and end at word
 * boundaries, and a space inside a phrase matches any run of whitespace. Longer entries first, so
 * the reported match is the longest one.
 */
export function wordListMatcher(words: readonly string[]): (text: string) => string | null {
  const alternatives = [...new Set(words.map((w) => w.trim().toLowerCase()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.split(/\s+/).map(escape).join('\\s+'));
  // \b fails next to a non-word character (the apostrophe in "don't" is inside, so it is fine); the
  // lookarounds ask for "no letter or digit" on either side instead.
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
  return (text) => re.exec(text)?.[0] ?? null;
}

/**
 * The `hedges` package's list (162 words and phrases). The package is ES-module only, which Jest's
 * CommonJS runtime cannot require, so its one array literal is read from the file instead; both
 * quote styles occur ("don't know").
 */
export function hedgesList(): string[] {
  const src = readFileSync(require.resolve('hedges'), 'utf8');
  const body = /export const hedges = \[([^\]]*)\]/.exec(src)?.[1];
  const words = [...(body ?? '').matchAll(/'([^']*)'|"([^"]*)"/g)].map((m) => m[1] ?? m[2]);
  if (words.length < 100) throw new Error(`hedges list not understood (${words.length} entries)`);
  return words;
}

let hedgesMatcher: ((text: string) => string | null) | undefined;
/** The hedges list matched as whole words or phrases, any case. */
export function hedgesBaseline(text: string): boolean {
  hedgesMatcher ??= wordListMatcher(hedgesList());
  return hedgesMatcher(text) !== null;
}

export interface WeaselScores {
  half: Half;
  label: boolean;
  engine: boolean;
  /** the engine without its vague-generalisation signal: hedges and vague attributions only */
  hedgeOrAttribution: boolean;
  hedges: boolean;
}

export interface WeaselFigures {
  sentences: number;
  positives: number;
  engine: { precision: number; recall: number; f1: number };
  hedgeOrAttribution: { precision: number; recall: number; f1: number };
  hedges: { precision: number; recall: number; f1: number };
  /** 95% bootstrap intervals over sentences (see interval.ts): the engine's F1 and its margin over the word list. */
  intervals: { engine: Interval; overHedges: Interval };
}

/** Bootstrap seed for the weasel set (one per set, so its intervals are the same on every run). */
const SEED = 10;

/** F1 of a flag over the rows, each weighted by the times a resample drew it. */
function weightedF1(rows: readonly WeaselScores[], flag: (r: WeaselScores) => boolean, draws: Uint32Array): number {
  let tp = 0,
    fp = 0,
    fn = 0;
  for (let k = 0; k < rows.length; k++) {
    const predicted = flag(rows[k]);
    if (predicted && rows[k].label) tp += draws[k];
    else if (predicted) fp += draws[k];
    else if (rows[k].label) fn += draws[k];
  }
  return prf(tp, fp, fn).f1;
}

/** Each sentence of the chosen halves scored on its own; no assertion emitted counts as not flagged. */
export function weaselScores(halves: readonly Half[] = ['fit', 'heldout'], shared = sharedDir()): WeaselScores[] {
  return weaselRows(shared)
    .filter((r) => halves.includes(r.half))
    .map((r) => {
      const { assertions } = scoreDocument(r.text);
      return {
        half: r.half,
        label: r.label,
        engine: engineFlags(assertions),
        hedgeOrAttribution: engineFlags(assertions, false),
        hedges: hedgesBaseline(r.text),
      };
    });
}

export function weaselFigures(rows: readonly WeaselScores[]): WeaselFigures {
  return {
    sentences: rows.length,
    positives: rows.filter((r) => r.label).length,
    engine: binaryPrf(rows.map((r) => ({ gold: r.label, predicted: r.engine }))),
    hedgeOrAttribution: binaryPrf(rows.map((r) => ({ gold: r.label, predicted: r.hedgeOrAttribution }))),
    hedges: binaryPrf(rows.map((r) => ({ gold: r.label, predicted: r.hedges }))),
    intervals: {
      engine: bootstrapInterval(rows.length, (d) => weightedF1(rows, (r) => r.engine, d), { seed: SEED }),
      overHedges: bootstrapInterval(
        rows.length,
        (d) => weightedF1(rows, (r) => r.engine, d) - weightedF1(rows, (r) => r.hedges, d),
        { seed: SEED },
      ),
    },
  };
}
