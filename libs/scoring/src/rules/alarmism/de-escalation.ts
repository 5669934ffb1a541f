import { Rubric } from '../../rubric';
import { Signal } from '../../types';
import { AssertionFacts, defineRule, matchSpan, quote, Rule, signal } from '../rule';
import { futureCertainty } from './future-certainty';
import { largeNumbers } from './large-numbers';
import { loadedWords } from './loaded-words';
import { negativity } from './negativity';
import { emotiveWords } from './emotive-words';
import { emphasis } from './emphasis';
import { absoluteClaims } from './absolutes';
import { superlative } from './superlatives';
import { sweepingGeneralisation } from './sweeping-generalisation';
import { threatVocabulary } from './threat-vocabulary';
import { unsupportedThreatClaim } from './unsupported-threat-claim';

/**
 * The rules whose points a softener may take back (everything positive about alarmism), except
 * threatened-harm: its modal ('could kill') is the threat itself, not doubt about a claim.
 */
const INFLATING: readonly Rule[] = [
  threatVocabulary,
  unsupportedThreatClaim,
  futureCertainty,
  largeNumbers,
  sweepingGeneralisation,
  negativity,
  emotiveWords,
  loadedWords,
  superlative,
  emphasis,
  absoluteClaims,
];

function inflation(f: AssertionFacts, rubric: Rubric): number {
  let total = 0;
  for (const r of INFLATING) for (const s of r.apply(f, rubric)) if (s.weight > 0) total += s.weight;
  return total;
}

/**
 * Hedges and de-escalating qualifiers ("seems low", "no evidence", "difficult to confirm") scale
 * a claim to its evidence and lower alarmism, as in the critique's own conclusion. They soften an
 * inflated claim but do not erase it (issue 9): together they take back at most
 * `thresholds.softeningMaxShare` of the points the sentence's inflating signals add, each softener
 * scaled down alike when they would take more. With nothing to soften they emit nothing.
 */
export const deEscalation = defineRule({
  id: 'de-escalation',
  score: 'alarmism',
  weights: ['de-escalation', 'hedge-distance'],
  signals: ['de-escalation', 'hedge-distance'],
  apply(f, w, rubric) {
    // Most sentences hold neither a softener nor a hedge: answer before building the lists below.
    if (f.matches.deEscalation.length === 0 && f.hedges.length === 0) return [];
    // "There is little doubt that …": a qualifier inside a formula of certainty is denied by it, no softening.
    const certain = f.matches.futureCertainty;
    const softeners =
      certain.length === 0
        ? f.matches.deEscalation
        : f.matches.deEscalation.filter((m) => !certain.some((c) => c.start <= m.start && m.end <= c.end));
    const wanted: Signal<'de-escalation' | 'hedge-distance'>[] = softeners
      .slice(0, 2)
      .map((m) =>
        signal(
          'de-escalation',
          'alarmism',
          w['de-escalation'],
          matchSpan(m),
          `de-escalating qualifier "${quote(f, matchSpan(m))}"`,
        ),
      );
    if (f.hedges.length > 0) {
      const h = matchSpan(f.hedges[0]);
      wanted.push(signal('hedge-distance', 'alarmism', w['hedge-distance'], h, `claim is hedged ("${quote(f, h)}")`));
    }
    if (wanted.length === 0) return [];
    const taken = -wanted.reduce((s, x) => s + Math.min(0, x.weight), 0);
    if (taken === 0) return wanted;
    const limit = inflation(f, rubric) * rubric.alarmism.thresholds.softeningMaxShare;
    if (limit <= 0) return [];
    if (taken <= limit) return wanted;
    const scale = limit / taken;
    return wanted.map((s) => ({
      ...s,
      weight: Math.round(s.weight * scale * 100) / 100,
      reason: `${s.reason}, softening at most ${Math.round(rubric.alarmism.thresholds.softeningMaxShare * 100)}% of the alarm`,
    }));
  },
});
