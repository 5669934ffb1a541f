import { LexiconMatch } from '../../lexicon/lexicon';
import { Signal, SignalId } from '../../types';
import { AssertionFacts, defineRule, matchSpan, quote, signal } from '../rule';
import { negatedWithin } from './negativity';

/**
 * One signal per match, each worth the rubric's unit weight until the signal's cap is spent; matches
 * past the cap are still listed, with weight 0, so the raw count stays visible to readers and fitting.
 */
function capped<I extends SignalId>(
  f: AssertionFacts,
  id: I,
  matches: readonly LexiconMatch[],
  unit: number,
  cap: number,
  label: string,
): Signal<I>[] {
  let budget = cap;
  return matches.map((m) => {
    const weight = Math.max(0, Math.min(budget, unit));
    budget -= weight;
    return signal(
      id,
      'alarmism',
      weight,
      matchSpan(m),
      `${label} "${quote(f, matchSpan(m))}"${weight === 0 && unit > 0 ? ', over the cap' : ''}`,
    );
  });
}

/**
 * Threat-inflating metaphors ("hotbed", "infested", "tentacles", "wave of attacks"), stacked
 * threat-emphasising and emotive words (the critique's "high doses of self-serving alarmism"),
 * escalation framing ("the threat is escalating", "ever more recruits") and intensifying adverbs
 * ("utterly", "extremely") and strongly evaluative adjectives ("absurd", "heroic"), the marks of
 * loaded and exaggerating wording. An adjective that is also a hedge ("impossible") counts as a hedge.
 */
const SIGNALS = ['threat-metaphor', 'threat-emphasis', 'escalation', 'evaluative-adjective', 'intensifier'] as const;

export const threatVocabulary = defineRule({
  id: 'threat-vocabulary',
  score: 'alarmism',
  weights: [
    'threat-metaphor',
    'threat-emphasis',
    'threat-emphasis-max',
    'escalation',
    'escalation-max',
    'evaluative-adjective',
    'evaluative-adjective-max',
    'intensifier',
    'intensifier-max',
  ],
  signals: SIGNALS,
  apply(f, w) {
    const out: Signal<(typeof SIGNALS)[number]>[] = [];
    // A denied threat ("no nexus", "is not a hotbed") is neither metaphor, emphasis nor escalation.
    const asserted = (ms: readonly LexiconMatch[]) => ms.filter((m) => !negatedWithin(f, m.token));
    for (const m of asserted(f.matches.threatMetaphors))
      out.push(
        signal(
          'threat-metaphor',
          'alarmism',
          w['threat-metaphor'],
          matchSpan(m),
          `threat-inflating metaphor "${quote(f, matchSpan(m))}"`,
        ),
      );
    out.push(
      ...capped(
        f,
        'threat-emphasis',
        asserted(f.matches.threatEmphasis),
        w['threat-emphasis'],
        w['threat-emphasis-max'],
        'threat-emphasising word',
      ),
    );
    const operational = (m: LexiconMatch) => f.matches.operations.some((o) => o.start <= m.start && m.end <= o.end);
    out.push(
      ...capped(
        f,
        'escalation',
        asserted(f.matches.escalation).filter((m) => !operational(m)),
        w['escalation'],
        w['escalation-max'],
        'escalation framing',
      ),
    );
    const hedge = (m: LexiconMatch) => f.matches.hedges.some((h) => h.start <= m.start && m.end <= h.end);
    out.push(
      ...capped(
        f,
        'evaluative-adjective',
        f.matches.evaluativeAdjectives.filter((m) => !hedge(m)),
        w['evaluative-adjective'],
        w['evaluative-adjective-max'],
        'evaluative adjective',
      ),
    );
    out.push(
      ...capped(
        f,
        'intensifier',
        f.matches.intensifiers,
        w['intensifier'],
        w['intensifier-max'],
        'intensifying adverb',
      ),
    );
    return out;
  },
});
