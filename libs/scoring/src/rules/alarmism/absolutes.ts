import absolutes from '../../../rubric/alarmism/absolutes.json';
import { Signal } from '../../types';
import { quote, Rule, signal } from '../rule';
import { accountedTokens, negated } from './negativity';

const ABSOLUTES = new Set<string>(absolutes.words);

/**
 * Absolute claims ("never", "always", "everyone", "forever"; rubric/alarmism/absolutes.json): the
 * words by which exaggeration turns some into all and often into always. One signal per word, up to
 * the cap; "not always" is no absolute, and a word another lexicon accounts for (an intensifier,
 * a hedge) gives its reason there.
 */
export const absoluteClaims: Rule = {
  id: 'absolute',
  score: 'alarmism',
  apply(f, rubric) {
    const w = rubric.alarmism.weights;
    let accounted: Set<number> | null = null;
    const out: Signal[] = [];
    let budget = w['absolute-max'];
    for (let i = 0; i < f.tokens.length; i++) {
      const t = f.tokens[i];
      if (!ABSOLUTES.has(t.word) || negated(f, i)) continue;
      accounted ??= accountedTokens(f, ['intensifiers']);
      if (accounted.has(i)) continue;
      const weight = Math.max(0, Math.min(budget, w['absolute']));
      budget -= weight;
      const span: [number, number] = [t.start, t.end];
      out.push(signal('absolute', 'alarmism', weight, span, `absolute claim "${quote(f, span)}"${weight === 0 ? ', over the cap' : ''}`));
    }
    return out;
  },
};
