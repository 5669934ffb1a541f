import { LexiconMatch } from '../../lexicon/lexicon';
import { Token } from '../../lexicon/tokens';
import { isHedgeSense } from './senses';

/**
 * Hedge and distancing markers in a sentence: the hedge lexicon's matches that are used in their
 * epistemic sense here (see senses.ts): not "May" the month, "so that they could escape",
 * "claimed responsibility", "appeared on stage", or a bare "NATO confirmed".
 */
export function findHedges(tokens: readonly Token[], hedges: readonly LexiconMatch[]): LexiconMatch[] {
  return hedges.filter((m) => isHedgeSense(tokens, m));
}
