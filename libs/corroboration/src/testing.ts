import { ClaimInput } from './types';

/** A claim input with defaults: an unattributed own-voice sentence of outlet "Wire" on 2013-01-25. */
export function claim(assertionId: string, text: string, over: Partial<ClaimInput> = {}): ClaimInput {
  return {
    assertionId,
    articleId: assertionId.split('#')[0],
    text,
    publishedAt: new Date('2013-01-25T00:00:00Z'),
    outlet: 'Wire',
    citedSource: null,
    provenance: 'unattributed',
    hasEvidence: false,
    ...over,
  };
}
