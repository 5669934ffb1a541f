import afinn from 'sentiment/languages/en/labels.json';
import negators from 'sentiment/languages/en/negators.json';
import { wordFact } from '../../lexicon/tokens';
import { EVIDENCE_NOUNS } from '../../attribution/words';
import { LexiconName } from '../../rubric';
import { Signal } from '../../types';
import { isSupportFrame } from '../hedging/senses';
import { AssertionFacts, defineRule, quote, signal } from '../rule';

// Maps, not the JSON objects: token words like "constructor" must not hit Object.prototype.
const AFINN = new Map<string, number>(Object.entries(afinn as Record<string, number>));
export const afinnRating = wordFact((form) => AFINN.get(form.word) ?? null);
// "no" is AFINN -1 but a determiner of negation, not negative wording.
const NEGATORS = new Set([...Object.keys(negators), 'no']);
/**
 * Words another lexicon already accounts for, so each word gives one reason: incident verbs and
 * topic nouns (not alarm by themselves), hedges, de-escalation and critique words (they lower or
 * cancel alarm: "doubt", "limited", "exaggerated"), and the other alarm lexicons ("dangerous").
 * accountedTokens adds the attribution's cue and source: "denied", "warned" and "the International
 * Crisis Group" say who speaks and how it was said, not how the sentence frames the threat.
 */
const ACCOUNTED: readonly LexiconName[] = [
  'operations',
  'topicNouns',
  'hedges',
  'deEscalation',
  'alarmismCritique',
  'threatEmphasis',
  'threatMetaphors',
  'escalation',
];

/**
 * Per-token flags (1 = accounted for) of the tokens the named lexicons matched. A byte per token
 * rather than a Set of indices: negativity builds this for most sentences, and the Set's inserts
 * were half of that rule's time.
 */
function matchedTokens(f: AssertionFacts, names: readonly LexiconName[]): Uint8Array {
  const out = new Uint8Array(f.tokens.length);
  // Indexed loops: a for-of over the match lists (the shared frozen empty list among them) allocated an iterator
  // result per step, most of what this rule allocated.
  for (let n = 0; n < names.length; n++) {
    const matches = f.matches[names[n]];
    for (let k = 0; k < matches.length; k++) {
      const m = matches[k];
      // "lack" of jobs stays negative wording; "lack" of evidence is a hedge, which the hedge stage accounts for.
      if (names[n] === 'hedges' && isSupportFrame(m) && !f.hedges.includes(m)) continue;
      out.fill(1, m.token, m.token + m.length);
    }
  }
  return out;
}

/** Flags the tokens inside `span` (document offsets) as accounted for. */
function markSpan(f: AssertionFacts, out: Uint8Array, span: readonly [number, number] | null | undefined): void {
  if (!span || span[1] <= f.start || span[0] >= f.end) return;
  for (let i = 0; i < f.tokens.length; i++) if (f.tokens[i].start >= span[0] && f.tokens[i].end <= span[1]) out[i] = 1;
}

/**
 * Token flags (see matchedTokens) for ACCOUNTED and `extra`, plus the attribution's cue (reporting is not emotion) and
 * its source: a name says who speaks, not how the sentence frames the threat ("the International Crisis Group said").
 */
export function accountedTokens(f: AssertionFacts, extra: readonly LexiconName[] = []): Uint8Array {
  // Negativity, run on every sentence with a negative word, passes no extra lists: no new array for it.
  const out = matchedTokens(f, extra.length === 0 ? ACCOUNTED : [...ACCOUNTED, ...extra]);
  markSpan(f, out, f.attribution?.cueSpan);
  markSpan(f, out, f.attribution?.span);
  return out;
}

/** A word right after a negator ("not bad", "no despair") is not counted. */
export function negated(f: AssertionFacts, i: number): boolean {
  return i > 0 && NEGATORS.has(f.tokens[i - 1].word);
}

// Beyond AFINN's negator list: the negative determiners and adverbs, and every contracted "n't".
const CLAUSE_NEGATORS = new Set(['no', 'never', 'without', 'nor', 'neither', 'none']);

/** Words a negation reaches before a threat term: "no nexus", "don't have any nexus", "not a dangerous group". */
export const NEGATION_WINDOW = 3;

/** A , ; or : between tokens k and k + 1 (read in place: this runs for every candidate word of several rules). */
export function clauseBreakBetween(f: AssertionFacts, k: number): boolean {
  const to = f.tokens[k + 1].start - f.start;
  for (let p = f.tokens[k].end - f.start; p < to; p++) {
    const c = f.text.charCodeAt(p);
    if (c === 0x2c || c === 0x3b || c === 0x3a) return true;
  }
  return false;
}

/**
 * A negator within NEGATION_WINDOW words before token i, in the same clause (no , ; : between): a
 * denied threat ("we don't have any nexus to terrorism") is no threat claim and no emphasis.
 */
export function negatedWithin(f: AssertionFacts, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - NEGATION_WINDOW; k--) {
    if (clauseBreakBetween(f, k)) return false;
    const w = f.tokens[k].word;
    // "has never been more precarious", "never so dangerous": "never" with a comparison of degree is a superlative
    // (nothing before reached it), not a denial.
    if (w === 'never' && degreeBetween(f, k, i)) continue;
    if (NEGATORS.has(w) || CLAUSE_NEGATORS.has(w) || w.endsWith("n't")) return true;
    // "no sign of an imminent offensive", "no evidence of a growing threat": a denied noun of evidence denies its
    // complement too, however far the window has to reach back to its negator.
    if (k > 0 && EVIDENCE_COMPLEMENT.has(w) && EVIDENCE_NOUNS.has(f.tokens[k - 1].word)) return negatedWithin(f, k - 1);
  }
  return false;
}

/** Words of a comparison of degree after "never" ("never been more …", "never so …", "never as …"). */
const DEGREE = new Set(['more', 'so', 'as']);

function degreeBetween(f: AssertionFacts, k: number, i: number): boolean {
  for (let j = k + 1; j < i; j++) if (DEGREE.has(f.tokens[j].word)) return true;
  return false;
}

const EVIDENCE_COMPLEMENT = new Set(['of', 'that']);

/**
 * The calibratable change-of-state verbs AFINN rates negative (Levin 1993 §45.6: "fall", "drop"), used as a measure
 * going down, with an extent or a starting point after them ("attacks have fallen by a third", "incidents dropped
 * sharply", "has fallen since 2021", "fell to 12"): a report of a decrease, no negative wording. "Kunduz is falling to
 * the Taliban" keeps its point.
 */
const DECREASE = new Set(['fallen', 'falling', 'drop', 'dropped']);
const EXTENT = new Set(['by', 'from', 'since', 'sharply', 'steadily', 'slightly', 'significantly', 'markedly']);
function measuredDecrease(f: AssertionFacts, i: number): boolean {
  if (!DECREASE.has(f.tokens[i].word)) return false;
  const next = f.tokens[i + 1]?.word ?? '';
  return EXTENT.has(next) || /^\d/.test(next) || (next === 'to' && /^\d/.test(f.tokens[i + 2]?.word ?? ''));
}

/**
 * AFINN negative words (the list the `sentiment` package ships), one signal per word weighted by
 * its AFINN strength, so the fitter sees every word and its points, not a sentence total. Words
 * another lexicon accounts for are left out (see ACCOUNTED): "killed", "detained", "the threat"
 * report an event or name a topic, and a calm sentence about a bombing stays calm. A negated word
 * does not count, the negation reaching three words back within the clause as for threat terms
 * ("not bad", "had never been convicted", "did not see anything suspicious").
 * Points beyond the cap are still listed, with weight 0, so the raw count stays visible.
 */
export const negativity = defineRule({
  id: 'negativity',
  score: 'alarmism',
  weights: ['negativity-per-point', 'negativity-max'],
  signals: ['negativity'],
  apply(f, w) {
    // Built at the first negative word only: most sentences have none.
    let accounted: Uint8Array | null = null;
    const out: Signal<'negativity'>[] = [];
    let budget = w['negativity-max'];
    for (let i = 0; i < f.tokens.length; i++) {
      const t = f.tokens[i];
      const value = afinnRating(t);
      if (value === null || value >= 0) continue;
      accounted ??= accountedTokens(f);
      if (accounted[i] === 1 || NEGATORS.has(t.word)) continue;
      if (negatedWithin(f, i) || measuredDecrease(f, i)) continue;
      const weight = Math.max(0, Math.min(budget, -value * w['negativity-per-point']));
      budget -= weight;
      const span: [number, number] = [t.start, t.end];
      out.push(
        signal(
          'negativity',
          'alarmism',
          weight,
          span,
          `negative word "${quote(f, span)}" (AFINN ${value})${weight === 0 ? ', over the cap' : ''}`,
        ),
      );
    }
    return out;
  },
});
