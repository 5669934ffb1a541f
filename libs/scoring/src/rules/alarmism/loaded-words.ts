import loaded from '../../../rubric/alarmism/loaded-words.json';
import { Signal } from '../../types';
import { quote, Rule, signal } from '../rule';
import { accountedTokens, negatedWithin } from './negativity';

// A Map, not the JSON object: token words like "constructor" must not hit Object.prototype.
const LOADED = new Map<string, number>(Object.entries(loaded.words as Record<string, number>));

/**
 * Negative loaded words neither AFINN nor VADER rates ("despicable", "demonic", "scurrilous",
 * "thugs"; ML-SentiCon, rubric/alarmism/loaded-words.json), graded: a word's points are the
 * per-polarity weight times its SentiCon polarity, so "despicable" (−1) weighs twice "gloomy"
 * (−0.5) and a line of strong words outranks a line of mild ones instead of tying. Like
 * negativity, words another lexicon accounts for and the attribution's cue are skipped, a negated
 * word (three words back, same clause) does not count, and points past the cap are listed at weight 0.
 */
export const loadedWords: Rule = {
  id: 'loaded-word',
  score: 'alarmism',
  apply(f, rubric) {
    const w = rubric.alarmism.weights;
    let accounted: Set<number> | null = null;
    const out: Signal[] = [];
    let budget = w['loaded-word-max'];
    for (let i = 0; i < f.tokens.length; i++) {
      const t = f.tokens[i];
      const polarity = LOADED.get(t.word);
      if (polarity === undefined || negatedWithin(f, i)) continue;
      accounted ??= accountedTokens(f, ['evaluativeAdjectives', 'intensifiers']);
      if (accounted.has(i)) continue;
      const weight = Math.max(0, Math.min(budget, -polarity * w['loaded-word-per-polarity']));
      budget -= weight;
      const span: [number, number] = [t.start, t.end];
      out.push(signal('loaded-word', 'alarmism', weight, span, `loaded word "${quote(f, span)}" (SentiCon ${polarity})${weight === 0 ? ', over the cap' : ''}`));
    }
    return out;
  },
};
