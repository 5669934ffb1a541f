import emotive from '../../../rubric/alarmism/emotive-words.json';
import { Signal } from '../../types';
import { quote, Rule, signal } from '../rule';
import { accountedTokens, negatedWithin } from './negativity';

// A Map, not the JSON object: token words like "constructor" must not hit Object.prototype.
const EMOTIVE = new Map<string, number>(Object.entries(emotive.words as Record<string, number>));

/**
 * Negative emotive words AFINN does not rate ("hysteria", "sinister", "slaughtered"; VADER's
 * ratings, rubric/alarmism/emotive-words.json), one signal per word so each names the word that
 * fired. Like negativity, words another lexicon accounts for (incident verbs, topic nouns, hedges,
 * the alarm lexicons, evaluative adjectives) and the attribution's own cue are skipped, and a
 * negated word (negatedWithin: three words back, same clause) does not count. Words past the cap are listed at weight 0.
 */
export const emotiveWords: Rule = {
  id: 'emotive-word',
  score: 'alarmism',
  apply(f, rubric) {
    const w = rubric.alarmism.weights;
    let accounted: Set<number> | null = null;
    const out: Signal[] = [];
    let budget = w['emotive-word-max'];
    for (let i = 0; i < f.tokens.length; i++) {
      const t = f.tokens[i];
      const value = EMOTIVE.get(t.word);
      if (value === undefined || negatedWithin(f, i)) continue;
      accounted ??= accountedTokens(f, ['evaluativeAdjectives', 'intensifiers']);
      if (accounted.has(i)) continue;
      const weight = Math.max(0, Math.min(budget, w['emotive-word']));
      budget -= weight;
      const span: [number, number] = [t.start, t.end];
      out.push(signal('emotive-word', 'alarmism', weight, span, `emotive word "${quote(f, span)}" (VADER ${value})${weight === 0 ? ', over the cap' : ''}`));
    }
    return out;
  },
};
