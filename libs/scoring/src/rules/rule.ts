import { LexiconMatch } from '../lexicon/lexicon';
import { Token } from '../lexicon/tokens';
import { LexiconName, Rubric } from '../rubric';
import { Attribution, OutletType, Provenance, Signal, Span } from '../types';

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
}

export type ScoreName = 'sourcingQuality' | 'alarmism';

/** One rule of the rubric: pure, configured by the rubric, explaining itself through signals. */
export interface Rule {
  id: string;
  score: ScoreName;
  apply(facts: AssertionFacts, rubric: Rubric): Signal[];
}

export function signal(id: string, score: ScoreName, weight: number, span: Span, reason: string): Signal {
  return { id, score, weight, span, reason };
}

export function wholeSpan(f: AssertionFacts): Span {
  return [f.start, f.end];
}

export function matchSpan(m: LexiconMatch): Span {
  return [m.start, m.end];
}

/**
 * The words of the sentence a span covers, for a signal's reason: a reader must see the text that
 * fired ("infested"), not the lexicon entry it matched ("infest").
 */
export function quote(f: Pick<AssertionFacts, 'text' | 'start'>, span: Span): string {
  return f.text.slice(span[0] - f.start, span[1] - f.start).replace(/\s+/g, ' ');
}
