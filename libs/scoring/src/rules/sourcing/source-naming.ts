import { Rule, signal } from '../rule';

/**
 * Named versus anonymous attribution. The critique's core complaint is claims whose origin
 * cannot be scrutinised; "reports say" or "officials believe" gives the reader nothing to check.
 */
export const sourceNaming: Rule = {
  id: 'source-naming',
  score: 'sourcingQuality',
  apply(f, rubric) {
    const a = f.attribution;
    if (!a) return [];
    const w = rubric.sourcingQuality.weights;
    if (a.named) {
      return [signal('named-source', 'sourcingQuality', w['named-source'], a.span, `attributed to a named source ("${a.source}")`)];
    }
    if (a.sourceType === 'anonymous') {
      return [signal('anonymous-source', 'sourcingQuality', w['anonymous-source'], a.span, `vague attribution ("${a.source}") that cannot be checked`)];
    }
    // A typed but unspecific source ("Afghan officials") tells us the side, not who.
    return [signal('unspecific-source', 'sourcingQuality', Math.round(w['anonymous-source'] / 2), a.span, `source is a category, not a specific person or office ("${a.source}")`)];
  },
};
