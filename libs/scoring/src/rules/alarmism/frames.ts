import { Token } from '../../lexicon/tokens';
import { LexiconMatch } from '../../lexicon/lexicon';
import frames from '../../../rubric/alarmism/profile-frames.json';

const COPULA = new Set(frames.classes.copula);
const ARTICLES = new Set(frames.classes.articles);
const KIND = new Set(frames.classes.kindNouns);
const FOUNDING = new Set(frames.classes.foundingParticiples);
// Progressive and irregular forms of the operations verbs; not "fighting", an ongoing activity.
const OPERATION_FORMS = new Set([
  'killing',
  'detaining',
  'arresting',
  'capturing',
  'seizing',
  'destroying',
  'wounding',
  'injuring',
  'fought',
  'shot',
]);
const FOUNDING_NEXT = new Set(frames.classes.foundingFollowers);

/**
 * A profile or definitional sentence: "X is a Sunni militant organisation", "the group is a branch
 * of X", "… founded in 1998". The copula must come early (a subject, not a clause, before it) and
 * its complement name a kind of organisation or a part of one within a few words.
 */
export function isProfile(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].word;
    if (
      FOUNDING.has(w) &&
      FOUNDING_NEXT.has(tokens[i + 1]?.word ?? '') &&
      (w !== 'set' || tokens[i + 1]?.word === 'up')
    )
      return true;
    if (i <= 6 && COPULA.has(w) && ARTICLES.has(tokens[i + 1]?.word ?? '')) {
      for (let k = i + 2; k < Math.min(tokens.length, i + 7); k++) if (KIND.has(tokens[k].word)) return true;
    }
  }
  return false;
}

/**
 * A sentence that reports an operation or incident: a verb of the operations lexicon in its
 * finite or participle form ("detained", "killed", "launched", "killing"). Nouns ("attacks") do
 * not count: "the group is planning attacks" is still a threat claim.
 */
export function reportsOperation(tokens: readonly Token[], operations: readonly LexiconMatch[]): boolean {
  return operations.some((m) => {
    const w = tokens[m.token].word;
    return w.endsWith('ed') || OPERATION_FORMS.has(w);
  });
}
