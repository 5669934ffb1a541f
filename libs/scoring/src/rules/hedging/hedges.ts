import { LexiconMatch } from '../../lexicon/lexicon';
import { Token } from '../../lexicon/tokens';

const MONTH_CONTEXT = new Set(['in', 'of', 'since', 'until', 'late', 'early', 'mid', 'last', 'next', 'this', 'from', 'to', 'by', 'during']);

/**
 * Hedge and distancing markers in a sentence. Two readings are excluded because they are not
 * hedges: "May" the month, and "claimed responsibility", which reports an act rather than
 * distancing the writer from a claim.
 */
export function findHedges(tokens: readonly Token[], hedges: readonly LexiconMatch[]): LexiconMatch[] {
  return hedges.filter((m) => {
    const t = tokens[m.token];
    if (t.word === 'may') {
      const next = tokens[m.token + 1];
      const prev = tokens[m.token - 1];
      if (t.capitalised && (/^\d/.test(next?.word ?? '') || (prev && MONTH_CONTEXT.has(prev.word)))) return false;
    }
    if (t.stem === 'claim' && tokens[m.token + 1]?.stem === 'respons') return false;
    return true;
  });
}
