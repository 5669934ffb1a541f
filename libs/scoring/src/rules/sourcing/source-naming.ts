import { isUnresolvedPerson } from '../../attribution';
import { defineRule, signal } from '../rule';

/**
 * Named versus anonymous attribution. The critique's core complaint is claims whose origin
 * cannot be scrutinised; "reports say" or "officials believe" gives the reader nothing to check.
 */
export const sourceNaming = defineRule({
  id: 'source-naming',
  score: 'sourcingQuality',
  weights: ['named-source', 'anonymous-source'],
  signals: ['named-source', 'anonymous-source', 'unspecific-source'],
  apply(f, w) {
    const a = f.attribution;
    if (!a) return [];
    if (a.named) {
      return [
        signal(
          'named-source',
          'sourcingQuality',
          w['named-source'],
          a.span,
          isUnresolvedPerson(a)
            ? `attributed to one specific person ("${a.source}") whose name the engine could not find`
            : `attributed to a named source ("${a.source}")`,
        ),
      ];
    }
    if (a.sourceType === 'anonymous') {
      return [
        signal(
          'anonymous-source',
          'sourcingQuality',
          w['anonymous-source'],
          a.span,
          `vague attribution ("${a.source}") that cannot be checked`,
        ),
      ];
    }
    // A typed but unspecific source ("Afghan officials") tells us the side, not who.
    return [
      signal(
        'unspecific-source',
        'sourcingQuality',
        unspecificSourceWeight(w),
        a.span,
        `source is a category, not a specific person or office ("${a.source}")`,
      ),
    ];
  },
});

/** Half an anonymous source's: the side is known, not who. Exported for the README's weights table. */
export const unspecificSourceWeight = (w: Readonly<Record<'anonymous-source', number>>): number =>
  Math.round(w['anonymous-source'] / 2);
