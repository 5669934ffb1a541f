import { fingerprint, isSpecific } from './fingerprint';
import { chooseMatch } from './claim-index';
import { SAME_CLAIM_THRESHOLD, similarity } from './similarity';
import { ClaimInput } from './types';

/**
 * The O(N²) reference for ClaimIndex: the same decision rule (join the best earlier match at or
 * above the threshold, ties to the earlier one) without blocking. Tests and the measure script use
 * it to show blocking loses no links; it is too slow for the service.
 */
export function groupExhaustively(
  inputs: readonly ClaimInput[],
  threshold = SAME_CLAIM_THRESHOLD,
): Map<string, string> {
  const fps = inputs.map((x) => fingerprint(x.text, x.publishedAt));
  const groupOf: string[] = [];
  const founder = new Map<string, number>();
  const result = new Map<string, string>();
  inputs.forEach((input, i) => {
    let best = -1;
    if (isSpecific(fps[i])) {
      const scored: Array<[number, number]> = [];
      for (let j = 0; j < i; j++) if (isSpecific(fps[j])) scored.push([j, similarity(fps[i], fps[j])]);
      [best] = chooseMatch(scored, threshold, (j) => similarity(fps[i], fps[founder.get(groupOf[j])!]));
    }
    groupOf[i] = best >= 0 ? groupOf[best] : input.assertionId;
    if (best < 0) founder.set(input.assertionId, i);
    result.set(input.assertionId, groupOf[i]);
  });
  return result;
}
