import { LexiconMatch } from '../../lexicon/lexicon';
import { canBeBaseVerb } from '../../attribution/lexicon';
import { AUXILIARIES } from '../../attribution/words';
import { Signal, SignalId } from '../../types';
import { AssertionFacts, defineRule, insideAny, matchSpan, quote, signal } from '../rule';
import { negatedWithin } from './negativity';
import { namesThreat } from './frames';

/** Whether a match counts; module functions rather than closures, which each call would allocate anew. */
type Keep = (f: AssertionFacts, m: LexiconMatch) => boolean;

const always: Keep = () => true;
/** A denied threat ("no nexus", "is not a hotbed") is neither metaphor, emphasis nor escalation. */
const asserted: Keep = (f, m) => !negatedWithin(f, m.token);
const assertedNotOperational: Keep = (f, m) => asserted(f, m) && !insideAny(f.matches.operations, m);
/**
 * Words after which a form that can be a base verb is one: "to", and the auxiliaries and modals but the perfect's
 * "have" ("did not elaborate", "will elaborate"; "has elaborate plans" keeps the adjective).
 */
const HAVE_FORMS = new Set(['has', 'have', 'had']);
const verbOpener = (w: string): boolean => w === 'to' || (AUXILIARIES.has(w) && !HAVE_FORMS.has(w));
/** "He did not elaborate": an adjective of the list used as a verb is no evaluation. */
function verbUse(f: AssertionFacts, i: number): boolean {
  if (!canBeBaseVerb(f.tokens[i].word)) return false;
  let k = i - 1;
  // "did not elaborate"; a contracted "didn't" is itself among the auxiliaries.
  if (k >= 0 && f.tokens[k].word === 'not') k--;
  return k >= 0 && verbOpener(f.tokens[k].word);
}
const notHedgeNorVerb: Keep = (f, m) => !insideAny(f.matches.hedges, m) && !verbUse(f, m.token);
/**
 * The growth and convergence words of the emphasis list ("growing", "increasingly", "resurgence", "nexus") emphasise a
 * threat only where the sentence names one, by a threat actor or a topic noun ("the growing threat", "an increasingly
 * active IMU"); "the growing capability of the Afghan forces" or "an increasingly busy border crossing" emphasise
 * nothing. As for threat claims (threat-claims.json), which need a threat actor beside them.
 */
const GROWTH = new Set([
  'growing',
  'increasingly',
  'resurgent',
  'resurgence',
  'comeback',
  'foothold',
  'nexus',
  'fusion',
  'merger',
]);
/**
 * The water verbs of crossing ("pouring across", "flood into") are a metaphor only for people, as threat claims are
 * for a threat actor beside them: "fighters pouring across the border", not "water poured into the valley".
 */
const CROSSING = new Set([
  'flood into',
  'flood across',
  'pour into',
  'pour across',
  'flow into',
  'flow across',
  'stream into',
  'stream across',
]);
const metaphor: Keep = (f, m) =>
  asserted(f, m) &&
  (!CROSSING.has(m.term) || f.matches.threatActors.length > 0) &&
  (m.term !== 'tide' || namesThreat(f));
const emphasises: Keep = (f, m) => asserted(f, m) && (!GROWTH.has(m.term) || namesThreat(f));

/**
 * One signal per kept match, each worth the rubric's unit weight until the signal's cap (Infinity: none) is
 * spent; matches past the cap are still listed, with weight 0, so the raw count stays visible to readers and fitting.
 * Pushed onto `out` with an indexed loop: most sentences match none of these lists, and filtering, mapping and
 * spreading each list allocated several arrays per sentence for nothing (this rule allocated the most of all).
 */
function pushCapped<I extends SignalId>(
  out: Signal<I>[],
  f: AssertionFacts,
  id: I,
  matches: readonly LexiconMatch[],
  keep: Keep,
  unit: number,
  cap: number,
  label: string,
): void {
  let budget = cap;
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k];
    if (!keep(f, m)) continue;
    const weight = Math.max(0, Math.min(budget, unit));
    budget -= weight;
    const span = matchSpan(m);
    out.push(
      signal(
        id,
        'alarmism',
        weight,
        span,
        `${label} "${quote(f, span)}"${weight === 0 && unit > 0 ? ', over the cap' : ''}`,
      ),
    );
  }
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
    // Metaphors are not capped: every one is worth its weight.
    pushCapped(
      out,
      f,
      'threat-metaphor',
      f.matches.threatMetaphors,
      metaphor,
      w['threat-metaphor'],
      Infinity,
      'threat-inflating metaphor',
    );
    pushCapped(
      out,
      f,
      'threat-emphasis',
      f.matches.threatEmphasis,
      emphasises,
      w['threat-emphasis'],
      w['threat-emphasis-max'],
      'threat-emphasising word',
    );
    pushCapped(
      out,
      f,
      'escalation',
      f.matches.escalation,
      assertedNotOperational,
      w['escalation'],
      w['escalation-max'],
      'escalation framing',
    );
    pushCapped(
      out,
      f,
      'evaluative-adjective',
      f.matches.evaluativeAdjectives,
      notHedgeNorVerb,
      w['evaluative-adjective'],
      w['evaluative-adjective-max'],
      'evaluative adjective',
    );
    pushCapped(
      out,
      f,
      'intensifier',
      f.matches.intensifiers,
      always,
      w['intensifier'],
      w['intensifier-max'],
      'intensifying adverb',
    );
    return out;
  },
});
