import { LexiconMatch } from '../../lexicon/lexicon';
import { AssertionFacts, defineRule, quote, signal } from '../rule';
import { isQuotedMention } from './quotation';

const WINDOW = 8;
/** A national adjective on a state body names the state actor ("Tajik forces arrested …"), not the detained. */
const namesStateActor = (f: AssertionFacts, l: LexiconMatch) =>
  f.matches.stateBodies.some((b) => b.token === l.token + l.length);
/** A label inside the attribution's source describes who speaks ("According to the Tajik Border Service, …"). */
const inSource = (f: AssertionFacts, l: LexiconMatch) => {
  const span = f.attribution?.span;
  return !!span && l.start >= span[0] && l.end <= span[1];
};

/**
 * Ethnic or national labels applied to the dead or detained as identification. The critique's
 * hospital account: unclaimed bodies are "automatically labeled Foreign Fighters and depending on
 * their faces: Asiatic = Uzbeks". A label next to a casualty word is identification without evidence.
 * Not identification: a sentence that questions labels (it mentions them to doubt them: "labels
 * such as … are misleading", "an alleged Uzbek"), a label quoted as a word ("identified as “two
 * Uzbeks”"), and a national adjective on a state body ("Tajik forces arrested …"). A hedge
 * elsewhere in the sentence ("the detained Uzbeks could face trial") does not lift it. Nor is a label inside the
 * attribution's source, which says who speaks ("According to the Tajik Border Service, three smugglers were killed").
 */
export const ethnicLabels = defineRule({
  id: 'ethnic-label-identification',
  score: 'sourcingQuality',
  weights: ['ethnic-label-identification'],
  signals: ['ethnic-label-identification'],
  apply(f, w) {
    if (f.matches.alarmismCritique.length > 0 || f.matches.labelCritique.length > 0) return [];
    const labels = f.matches.ethnicLabels;
    if (labels.length === 0) return [];
    const casualties = f.matches.casualtyTerms;
    for (const l of labels) {
      if (namesStateActor(f, l) || inSource(f, l) || isQuotedMention(f, [l.start, l.end])) continue;
      const near = casualties.find((c) => Math.abs(c.token - l.token) <= WINDOW);
      if (near) {
        const span: [number, number] = [Math.min(l.start, near.start), Math.max(l.end, near.end)];
        return [
          signal(
            'ethnic-label-identification',
            'sourcingQuality',
            w['ethnic-label-identification'],
            span,
            `ethnic/national label ("${quote(f, [l.start, l.end])}") used to identify the ${quote(f, [near.start, near.end])}`,
          ),
        ];
      }
    }
    return [];
  },
});
