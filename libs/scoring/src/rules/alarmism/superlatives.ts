import superlatives from '../../../rubric/alarmism/superlatives.json';
import { Signal } from '../../types';
import { quote, Rule, signal } from '../rule';
import { accountedTokens, negatedWithin } from './negativity';

const SUPERLATIVES = new Set<string>(superlatives.words);

/**
 * Superlatives ("the deadliest", "the biggest ever", "the greatest"; rubric/alarmism/superlatives.json,
 * a closed grammatical class): exaggeration ranks a thing above all others. Superlatives of time,
 * age and position ("the latest", "the nearest") are not in the class. One signal per word up to
 * the cap; "not the biggest" (a negation within three words, same clause) does not count, and a word another lexicon accounts for gives its
 * reason there.
 */
export const superlative: Rule = {
  id: 'superlative',
  score: 'alarmism',
  apply(f, rubric) {
    const w = rubric.alarmism.weights;
    let accounted: Set<number> | null = null;
    const out: Signal[] = [];
    let budget = w['superlative-max'];
    for (let i = 0; i < f.tokens.length; i++) {
      const t = f.tokens[i];
      if (!SUPERLATIVES.has(t.word) || negatedWithin(f, i)) continue;
      accounted ??= accountedTokens(f, ['evaluativeAdjectives', 'intensifiers']);
      if (accounted.has(i)) continue;
      const weight = Math.max(0, Math.min(budget, w['superlative']));
      budget -= weight;
      const span: [number, number] = [t.start, t.end];
      out.push(signal('superlative', 'alarmism', weight, span, `superlative "${quote(f, span)}"${weight === 0 ? ', over the cap' : ''}`));
    }
    return out;
  },
};
