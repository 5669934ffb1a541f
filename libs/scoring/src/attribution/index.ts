/**
 * Attribution stage: who each assertion is attributed to, and what kind of source that is.
 */
import type { Attribution, AttributionContext, SegmentedDocument } from '../types';
import { attribute as attributeSegments } from './attribute';

export { classifySource } from './source-types';

/**
 * A speaker the engine could leave only as "he" or "she", finding no antecedent: one specific person (`named`), but
 * the pronoun is no name to show or keep a record under.
 */
export const isUnresolvedPerson = (a: Pick<Attribution, 'source' | 'sourceType'>): boolean =>
  a.sourceType === 'anonymous' && /^\s*(?:he|she)\s*$/i.test(a.source);
export { canonicalSourceName } from './aliases';

/** Surnames and full names of the author match; "AAN's Thomas Ruttig" is still Ruttig. */
function isAuthor(a: Attribution, author: string): boolean {
  const names = author
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 2);
  const surname = names[names.length - 1];
  if (!surname) return false;
  const said = `${a.source} ${a.canonical}`.toLowerCase();
  return new RegExp(`(^|[^\\p{L}])${surname}([^\\p{L}]|$)`, 'u').test(said);
}

export function attribute(doc: SegmentedDocument, ctx: AttributionContext = {}): (Attribution | null)[] {
  const found = attributeSegments(doc, ctx);
  const author = ctx.author?.trim();
  return author ? found.map((a) => (a && isAuthor(a, author) ? null : a)) : found;
}
