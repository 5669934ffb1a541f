import { LexiconMatch } from '../../lexicon/lexicon';
import critique from '../../../rubric/alarmism/alarmism-critique.json';
import justification from '../../../rubric/alarmism/threat-as-justification.json';
import { Rubric } from '../../rubric';
import { Signal } from '../../types';
import { AssertionFacts, matchSpan, quote, signal, weightsOf } from '../rule';

/** What the critique reads and emits, declared as a Rule's are: it runs after the rules, on their signals, so it is not one. */
export const CRITIQUE = {
  id: 'alarmism-critique',
  score: 'alarmism',
  weights: ['alarmism-critique'],
  signals: ['alarmism-critique'],
} as const;

/**
 * A sentence that criticises alarmism ("exaggerated alarmism", "bogeyman", "blown out of
 * proportion") is not alarmist, though it names threats. Applied after the other rules: it
 * cancels whatever they added, so the sentence lands at or below the base.
 */
export function alarmismCritique(
  f: AssertionFacts,
  rubric: Rubric,
  others: readonly Signal[],
): Signal<'alarmism-critique'>[] {
  const m = judgement(f, f.matches.alarmismCritique);
  // This runs for every assertion: most have neither a critique word nor a verb of using, and stop here.
  if (!m && (f.matches.threatUse.length === 0 || f.matches.justifications.length === 0)) return [];
  const alarms = others.filter((s) => s.score === 'alarmism' && s.weight > 0);
  const used = m ? null : threatAsJustification(f, alarms);
  if (!m && !used) return [];
  const added = alarms.reduce((sum, s) => sum + s.weight, 0);
  const weight = Math.min(-added, 0) + weightsOf(rubric, 'alarmism', CRITIQUE.weights)['alarmism-critique'] / 4;
  const span = m ? matchSpan(m) : used!;
  return [
    signal(
      'alarmism-critique',
      'alarmism',
      Math.round(weight),
      span,
      m
        ? `criticises threat inflation ("${quote(f, span)}"), so its threat words do not count`
        : `criticises a threat used as a justification ("${quote(f, span)}"), so its threat words do not count`,
    ),
  ];
}

const ARTEFACT_HEADS: ReadonlySet<string> = new Set(critique.artefactHeads);

/**
 * The first critique match that judges a claim: not a classifier before an artefact it names a kind of ("extremist
 * propaganda materials", "its propaganda operation"), which describes what the group makes.
 */
function judgement(f: AssertionFacts, matches: readonly LexiconMatch[]): LexiconMatch | undefined {
  for (const m of matches) {
    const next = f.tokens[m.token + m.length];
    if (!next || !ARTEFACT_HEADS.has(next.word)) return m;
  }
  return undefined;
}

const THREAT_SIGNALS: ReadonlySet<string> = new Set(justification.threatSignals);

/**
 * "Officials invoke the spectre of infiltration to justify repression": a verb of using, then within maxGap tokens a
 * purpose of justifying, with a signal naming a threat between them (the threat being used). Only asked when the sentence has
 * alarm to cancel. Returns the span from the verb to the purpose, or null.
 */
function threatAsJustification(f: AssertionFacts, alarms: readonly Signal[]): [number, number] | null {
  if (alarms.length === 0) return null;
  for (const u of f.matches.threatUse)
    for (const p of f.matches.justifications) {
      if (p.token <= u.token || p.token - (u.token + u.length) > justification.maxGap) continue;
      if (alarms.some((s) => THREAT_SIGNALS.has(s.id) && s.span[0] >= u.end && s.span[1] <= p.start))
        return [u.start, p.end];
    }
  return null;
}
