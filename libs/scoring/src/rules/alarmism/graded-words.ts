import { wordFact } from '../../lexicon/tokens';
import { LexiconName } from '../../rubric';
import { Signal, SignalId } from '../../types';
import { AssertionFacts, quote, signal, Weights } from '../rule';
import { accountedTokens, negatedWithin } from './negativity';

/**
 * Every word of the lists built below. Four rules each walked every token of every sentence for
 * their own list; one walk per sentence now finds the tokens any list holds, and each list looks at
 * those alone (a list built some other way is not registered and still walks every token).
 */
const ANY_LIST = new Set<string>();
const registered = new WeakSet<ReadonlyMap<string, number>>();

/** Whether a word is in any list; a new accessor (a fresh per-word slot) whenever a list is added. */
let inAnyList = wordFact((form) => ANY_LIST.has(form.word));

function register(words: Map<string, number>): ReadonlyMap<string, number> {
  for (const w of words.keys()) ANY_LIST.add(w);
  registered.add(words);
  inAnyList = wordFact((form) => ANY_LIST.has(form.word));
  return words;
}

/** A word list whose entries carry a rating (VADER, SentiCon…), read as a Map so "constructor" never hits Object.prototype. */
export const ratedWords = (words: Record<string, number>): ReadonlyMap<string, number> =>
  register(new Map(Object.entries(words)));

/** A closed class without ratings: every word rated 1. */
export const plainWords = (words: readonly string[]): ReadonlyMap<string, number> =>
  register(new Map(words.map((w) => [w, 1])));

/**
 * Indices of a sentence's tokens in any registered list, ascending. The four rules run one after
 * another on the same facts, so remembering the last sentence serves three of every four calls.
 */
let last: { facts: AssertionFacts; inAnyList: typeof inAnyList; at: number[] } | null = null;

function tokensInAnyList(f: AssertionFacts): number[] {
  if (last === null || last.facts !== f || last.inAnyList !== inAnyList) {
    const at: number[] = [];
    for (let i = 0; i < f.tokens.length; i++) if (inAnyList(f.tokens[i])) at.push(i);
    last = { facts: f, inAnyList, at };
  }
  return last.at;
}

/** `I` is the signal the list emits; `K` the weights its points read, `cap` among them. */
export interface GradedWordList<I extends SignalId, K extends string> {
  id: I;
  words: ReadonlyMap<string, number>;
  /** The weight key capping the points the list may add in one sentence (`<id>-max`). */
  cap: K;
  /** Points for one word, before the cap. */
  points: (rating: number, weights: Weights<K>) => number;
  /** How the reason names the rating ("VADER -2.1"); none for a plain class. */
  rating?: (rating: number) => string;
  label: string;
  /** Whether the word at token i is negated (default: three words back, same clause). */
  negated?: (f: AssertionFacts, i: number) => boolean;
  /** Lexicons whose words give their reason elsewhere (default: evaluative adjectives and intensifiers). */
  accountedBy?: LexiconName[];
  /** The text the signal quotes for the word at token i (default: the word), where the word alone says little. */
  spanOf?: (f: AssertionFacts, i: number) => [number, number];
}

/**
 * One signal per listed word (emotive, loaded, superlative, absolute), so each names the word that
 * fired. Like negativity, words another lexicon accounts for (incident verbs, topic nouns, hedges,
 * the alarm lexicons, and the list's `accountedBy`) and the attribution's own cue are skipped, a
 * negated word does not count, and words past the cap are listed at weight 0 so the count stays
 * visible.
 */
export function gradedWordSignals<I extends SignalId, K extends string>(
  f: AssertionFacts,
  w: Weights<K>,
  list: GradedWordList<I, K>,
): Signal<I>[] {
  let accounted: Uint8Array | null = null;
  const out: Signal<I>[] = [];
  let budget = w[list.cap];
  // Tokens in no list are skipped below anyway, so visiting only the listed ones changes nothing.
  const listed = registered.has(list.words) ? tokensInAnyList(f) : null;
  const n = listed ? listed.length : f.tokens.length;
  for (let k = 0; k < n; k++) {
    const i = listed ? listed[k] : k;
    const t = f.tokens[i];
    const value = list.words.get(t.word);
    if (value === undefined || (list.negated ?? negatedWithin)(f, i)) continue;
    accounted ??= accountedTokens(f, list.accountedBy ?? ['evaluativeAdjectives', 'intensifiers']);
    if (accounted[i] === 1) continue;
    const weight = Math.max(0, Math.min(budget, list.points(value, w)));
    budget -= weight;
    const span: [number, number] = list.spanOf ? list.spanOf(f, i) : [t.start, t.end];
    out.push(
      signal(
        list.id,
        'alarmism',
        weight,
        span,
        `${list.label} "${quote(f, span)}"${list.rating ? ` (${list.rating(value)})` : ''}${weight === 0 ? ', over the cap' : ''}`,
      ),
    );
  }
  return out;
}
