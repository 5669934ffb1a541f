import { LexiconMatch } from '../lexicon/lexicon';
import { Token } from '../lexicon/tokens';
import { LexiconName, Rubric, ScoreName, WeightKey } from '../rubric';
import { Attribution, OutletType, Provenance, Signal, SignalId, Span } from '../types';

/** A figure attached to the noun it counts ("2,000 fighters", "thousands of militants"). */
export interface Figure {
  value: number;
  /** Stem of the counted noun, so "fighter" and "fighters" compare equal. */
  noun: string;
  span: Span;
  /** The figure counts an event's casualties or detentions rather than estimating a force. */
  eventCount: boolean;
}

/** Everything a rule may look at for one assertion; computed once, shared by all rules. */
export interface AssertionFacts {
  text: string;
  start: number;
  end: number;
  tokens: Token[];
  /** Every rubric lexicon's matches in this sentence, computed in one pass. */
  matches: Readonly<Record<LexiconName, LexiconMatch[]>>;
  attribution: Attribution | null;
  provenance: Provenance;
  references: string[];
  hedges: LexiconMatch[];
  figures: Figure[];
  /** Force estimates elsewhere in the same document, by counted noun. */
  documentEstimates: ReadonlyMap<string, readonly (Figure & { assertion: number })[]>;
  /** Dates, figures and names in the sentence (see specific-detail). */
  details: readonly { span: Span; kind: string }[];
  index: number;
  outletType?: OutletType;
  /**
   * Each rule's signals for these facts, by the rule's slot, filled as rules run when the caller
   * (the scorer) provides the array: de-escalation weighs the inflating rules' points, which the scorer has already computed.
   * Only valid for one rubric; rules are pure, so a cached result equals a recomputed one.
   */
  applied?: Signal[][];
}

export type { ScoreName } from '../rubric';

/**
 * One rule of the rubric: pure, configured by the rubric, explaining itself through signals. It
 * declares the weight keys it reads and the signal ids it emits (rules/rules.spec.ts holds them
 * to rubric.json and the vocabulary).
 */
export interface Rule {
  readonly id: string;
  readonly score: ScoreName;
  readonly weights: readonly WeightKey[];
  readonly signals: readonly SignalId[];
  apply(facts: AssertionFacts, rubric: Rubric): Signal[];
}

/** The weights a rule declared, and no others: reading an undeclared or mistyped key does not compile. */
export type Weights<K extends string> = Readonly<Record<K, number>>;

/** Rules defined so far: each takes the next slot of `AssertionFacts.applied`. */
let ruleCount = 0;

/**
 * A rule whose `apply` sees only the weights it declares and may return only the signal ids it
 * declares; both lists are checked by the compiler against rubric.json's keys and the vocabulary.
 */
export function defineRule<S extends ScoreName, const K extends WeightKey<S>, const I extends SignalId>(def: {
  id: string;
  score: S;
  weights: readonly K[];
  signals: readonly I[];
  apply(facts: AssertionFacts, weights: Weights<K>, rubric: Rubric): Signal<NoInfer<I>>[];
}): Rule {
  const { id, score, weights, signals, apply } = def;
  // The rule's slot in `applied`: an array indexed by a number costs far less per assertion than a Map.
  const slot = ruleCount++;
  return {
    id,
    score,
    weights,
    signals,
    apply: (facts, rubric) => {
      const applied = facts.applied;
      const cached = applied?.[slot];
      if (cached !== undefined) return cached;
      const out = apply(facts, weightsOf(rubric, score, weights), rubric);
      if (applied) applied[slot] = out;
      return out;
    },
  };
}

/**
 * The typed accessor for code that reads weights outside `defineRule`. The cast is sound because
 * rubric.json is parsed at load and rules.spec.ts checks every declared key is in it.
 */
export function weightsOf<S extends ScoreName, K extends WeightKey<S>>(
  rubric: Rubric,
  score: S,
  _keys: readonly K[],
): Weights<K> {
  return rubric[score].weights as Weights<K>;
}

export function signal<I extends SignalId>(
  id: I,
  score: ScoreName,
  weight: number,
  span: Span,
  reason: string,
): Signal<I> {
  return { id, score, weight, span, reason };
}

export function wholeSpan(f: AssertionFacts): Span {
  return [f.start, f.end];
}

export function matchSpan(m: LexiconMatch): Span {
  return [m.start, m.end];
}

/**
 * Whether `m` (a match or a token) lies inside one of `outer`'s matches ("intent" inside the operations phrase
 * "hostile intent").
 */
export function insideAny(outer: readonly LexiconMatch[], m: Pick<LexiconMatch, 'start' | 'end'>): boolean {
  return outer.some((o) => o.start <= m.start && m.end <= o.end);
}

/**
 * The words of the sentence a span covers, for a signal's reason: a reader must see the text that
 * fired ("infested"), not the lexicon entry it matched ("infest").
 */
export function quote(f: Pick<AssertionFacts, 'text' | 'start'>, span: Span): string {
  return f.text.slice(span[0] - f.start, span[1] - f.start).replace(/\s+/g, ' ');
}
