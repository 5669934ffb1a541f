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

function register(words: Map<string, number>): ReadonlyMap<string, number> {
  for (const w of words.keys()) ANY_LIST.add(w);
  registered.add(words);
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
let last: { facts: AssertionFacts; words: number; at: number[] } | null = null;

function tokensInAnyList(f: AssertionFacts): number[] {
  if (last === null || last.facts !== f || last.words !== ANY_LIST.size) {
    const at: number[] = [];
    for (let i = 0; i < f.tokens.length; i++) if (ANY_LIST.has(f.tokens[i].word)) at.push(i);
    last = { facts: f, words: ANY_LIST.size, at };
  }
  return last.at;
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
  let accounted: Set<number> | null = null;
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
    if (accounted.has(i)) continue;
    const weight = Math.max(0, Math.min(budget, list.points(value, w)));
    budget -= weight;
    const span: [number, number] = [t.start, t.end];
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
