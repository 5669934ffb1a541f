import { LexiconMatch } from '../../lexicon/lexicon';
import { stem } from '../../lexicon/tokens';
import { clauseBreakBetween } from './negativity';
import { STATEMENT_HEADS } from '../../attribution/words';
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
  const m = judgement(f, f.matches.alarmismCritique) ?? separatedCaution(f);
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

/**
 * The critique's "treat/view/regard with caution" phrases with their object between verb and manner phrase, as English
 * places it ("treat claims of an imminent surge with caution"): the verb, then up to twelve words of one clause naming a
 * claim, then "with" and the phrase's noun. Built from the lexicon's own entries of that shape.
 */
const CAUTION = (() => {
  const byNoun = new Map<string, Set<string>>();
  for (const term of critique.terms as string[]) {
    const w = term.split(' ');
    if (w.length !== 3 || w[1] !== 'with') continue;
    const verbs = byNoun.get(w[2]) ?? new Set<string>();
    verbs.add(stem(w[0]));
    byNoun.set(w[2], verbs);
  }
  return byNoun;
})();

function separatedCaution(f: AssertionFacts): LexiconMatch | undefined {
  for (let i = 1; i < f.tokens.length; i++) {
    const verbs = CAUTION.get(f.tokens[i].word);
    if (!verbs || f.tokens[i - 1].word !== 'with') continue;
    let claim = false;
    for (let k = i - 2; k >= Math.max(0, i - 14); k--) {
      if (clauseBreakBetween(f, k)) break;
      claim ||= STATEMENT_HEADS.has(f.tokens[k].word);
      if (verbs.has(f.tokens[k].stem))
        return claim
          ? { term: 'with caution', start: f.tokens[k].start, end: f.tokens[i].end, token: k, length: i - k + 1 }
          : undefined;
    }
  }
  return undefined;
}
