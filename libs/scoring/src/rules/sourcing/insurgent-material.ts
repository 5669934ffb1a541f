import { LexiconMatch } from '../../lexicon/lexicon';
import { AssertionFacts, defineRule, matchSpan, quote, signal } from '../rule';
import { isQuotedMention } from './quotation';

/** How far before the material its producer may stand ("The Taliban, in a rare move, posted a video"). */
const PRODUCER_BEFORE = 12;
/** A passive agent or source right after the material ("a video released by the IMU"). */
const AGENT_AFTER = 4;
/** Seizure or discovery this close marks the material as an object someone else holds. */
const SEIZED_BEFORE = 6;
const SEIZED_AFTER = 3;

const within = (m: LexiconMatch, others: readonly LexiconMatch[], before: number, after: number) =>
  others.some((o) =>
    o.token < m.token ? m.token - (o.token + o.length - 1) <= before : o.token - (m.token + m.length - 1) <= after,
  );

/**
 * Whether insurgents produced this material, as far as the sentence says: an insurgent actor as
 * its subject, possessor or modifier before it ("the Taliban posted a statement", "an IMU video"),
 * or its agent after it ("a video released by the Taliban"). An insurgent group that is only the
 * topic of someone else's announcement ("Kazakhstan announced the removal of the Taliban from its
 * list") produced nothing, and a passive agent that is not insurgent ("… announced by the
 * ministry") names another producer.
 */
function producedByInsurgents(f: AssertionFacts, m: LexiconMatch): boolean {
  const actors = f.matches.insurgentActors;
  const end = m.token + m.length;
  for (let k = end; k < Math.min(f.tokens.length, end + AGENT_AFTER); k++) {
    const w = f.tokens[k].word;
    if (w !== 'by' && w !== 'from') continue;
    return actors.some((a) => a.token > k && a.token <= k + 3);
  }
  return actors.some((a) => a.token < m.token && m.token - a.token <= PRODUCER_BEFORE);
}

/**
 * Insurgent communiqués, websites and photos taken at face value. The critique: the "only proof"
 * of a joint IMU-Taleban attack was "a statement on the Internet … and two photos", material that
 * "might as well be complete invention". Reporting it without distance earns a penalty. Not
 * insurgent material taken at face value: material reported by a party other than the insurgents
 * (a coalition release on a night letter, a state's announcement — that party's own claim, weighed
 * as such), material described as seized or found (an object someone holds, not a publication
 * relayed), material in scare quotes (a list of ‘martyrs’), and material the sentence does not
 * credit to insurgents.
 */
export const insurgentMaterial = defineRule({
  id: 'insurgent-material-face-value',
  score: 'sourcingQuality',
  weights: ['insurgent-material-face-value'],
  signals: ['insurgent-material-face-value'],
  apply(f, w, rubric) {
    if (f.hedges.length > 0 || f.matches.alarmismCritique.length > 0) return [];
    // The outlet or the cited source is a party other than the insurgents: it reports its
    // adversary's material as its own claim, which the party rules weigh.
    const otherParty = (t: string | undefined) =>
      t !== undefined && t !== 'insurgent' && (rubric.admiralty.parties as readonly string[]).includes(t);
    if (otherParty(f.outletType) || otherParty(f.attribution?.sourceType)) return [];
    const insurgentSource = f.attribution?.sourceType === 'insurgent';
    for (const m of f.matches.insurgentMaterial) {
      if (within(m, f.matches.seizureCues, SEIZED_BEFORE, SEIZED_AFTER) || isQuotedMention(f, matchSpan(m))) continue;
      if (!insurgentSource && !producedByInsurgents(f, m)) continue;
      const span = matchSpan(m);
      return [
        signal(
          'insurgent-material-face-value',
          'sourcingQuality',
          w['insurgent-material-face-value'],
          span,
          `insurgent self-publication ("${quote(f, span)}") reported without distance`,
        ),
      ];
    }
    return [];
  },
});
