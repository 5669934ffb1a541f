import { Rubric } from '../../rubric';
import { OutletType } from '../../types';
import { AssertionFacts, defineRule, signal, wholeSpan } from '../rule';

/** The outlet is itself a party to the events it reports (a ministry, an army, an insurgent group). */
export function isPartyOutlet(outletType: OutletType | undefined, rubric: Rubric): boolean {
  return outletType !== undefined && rubric.admiralty.parties.includes(outletType);
}

/** "a media outlet", "an independent outlet", "an official outlet". */
export const outletPhrase = (t: OutletType) => `${/^[aeiou]/.test(t) ? 'an' : 'a'} ${t} outlet`;

/** A claim the outlet makes in its own voice: no attributed source and no reference marker. */
export function isOwnVoice(f: Pick<AssertionFacts, 'attribution' | 'references'>): boolean {
  return !f.attribution && f.references.length === 0;
}

/**
 * A claim in the outlet's own voice with neither a source nor a reference marker. Two cases differ:
 *
 * - `own-voice-claim`: the outlet is not a party to the events (a newspaper, a think tank, or an
 *   outlet of unknown type). It was not there; the claim came from somewhere it does not disclose,
 *   so the reader must take it on trust — the critique's "presented as proven facts". Credibility 6
 *   (admiralty.ts) unless evidence is cited, and details earn little (specific-detail.ts).
 * - `party-own-account`: the outlet is a party (official, military, insurgent) describing its own
 *   actions, as a coalition release does. The origin is known — the party itself — but the AAN
 *   critique treats such releases as claims, like insurgent communiqués, not as confirmed facts
 *   ("If one listens to ISAF and to Central Asian governments …", "Few of these reports are
 *   substantiated"): the penalty stays, smaller because the source is identified, and reliability
 *   is the party row of the Admiralty table, the same for every side. Its details are first-hand
 *   and checkable against other accounts, so they still earn credibility 3.
 *
 * The critique's sharper complaint is the second step — party claims "picked up by media and other
 * outlets, presented as proven facts and amplified by repetition": that is the non-party case.
 * Its weight sits between `unspecific-source` (−10) and `anonymous-source` (−20) because an
 * unsourced non-party claim is either the author's own inference or an unacknowledged source.
 */
export const ownVoice = defineRule({
  id: 'own-voice-claim',
  score: 'sourcingQuality',
  weights: ['party-own-account', 'own-voice-claim'],
  signals: ['party-own-account', 'own-voice-claim'],
  apply(f, w, rubric) {
    if (!isOwnVoice(f)) return [];
    if (isPartyOutlet(f.outletType, rubric)) {
      return [
        signal(
          'party-own-account',
          'sourcingQuality',
          w['party-own-account'],
          wholeSpan(f),
          `${outletPhrase(f.outletType!)}'s own account: a party to the events speaking for itself, unconfirmed`,
        ),
      ];
    }
    const who = f.outletType ? `${outletPhrase(f.outletType)}, not a party to the events` : 'an outlet of unknown type';
    return [
      signal(
        'own-voice-claim',
        'sourcingQuality',
        w['own-voice-claim'],
        wholeSpan(f),
        `no source and no reference for this claim, made in the voice of ${who}`,
      ),
    ];
  },
});
