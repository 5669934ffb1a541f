import { Token } from '../../lexicon/tokens';
import { LexiconMatch } from '../../lexicon/lexicon';
import frames from '../../../rubric/alarmism/profile-frames.json';
import type { AssertionFacts } from '../rule';
import { clauseBreakBetween } from './negativity';

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
const SINGULAR_COPULA = new Set(frames.classes.singularCopula);
const ROLE_ASCRIPTIONS = frames.classes.roleAscriptions.map((p) => p.split(' '));
const PERSON_SUBJECTS = new Set(frames.classes.personSubjects);
const PROFILE_OPENERS = new Set(frames.classes.profileOpeners);
const AGENTIVE = new RegExp(`(?:${frames.classes.agentiveSuffixes.join('|')})$`);
/** The word after a subject that shows the verb has come: a be or have form, or a finite -s or -ed form. */
const FINITE_AFTER_SUBJECT = /^(?:is|was|has|had|also)$|^\p{Ll}{2,}(?:[^s'’]s|ed)$/u;

/** A subject word that cannot be one person: a name (capitalised), a kind noun ("the network"), a plural. */
const notOnePerson = (t: Token): boolean => t.capitalised || KIND.has(t.word) || /s$/.test(t.word);

/**
 * One person as the sentence's subject, opening it: "He coordinates training for …", "Additionally, he …", "The Taliban
 * facilitator operates and funds a cell …". `isPerson` tells whether a lower-case singular noun names a person (a role
 * noun the attribution lexicon marks so); a noun with an agentive suffix ("leader", "facilitator", "financier") does too.
 */
function individualSubject(tokens: readonly Token[], isPerson: (word: string) => boolean): boolean {
  let i = 0;
  if (PROFILE_OPENERS.has(tokens[0]?.word ?? '')) i = 1;
  const first = tokens[i]?.word ?? '';
  if (first === 'he' || first === 'she') return true;
  if (first !== 'the') return false;
  for (let h = i + 1; h < Math.min(tokens.length - 1, i + 6); h++) {
    const next = tokens[h + 1];
    if (next.capitalised || !FINITE_AFTER_SUBJECT.test(next.word)) continue;
    const head = tokens[h];
    return !notOnePerson(head) && (isPerson(head.word) || AGENTIVE.test(head.word));
  }
  return false;
}

/**
 * A role ascribed to one person: "He was responsible for leading training camps", "the leader is in charge of planning
 * attacks", "the facilitator who was responsible for …". The subject is "he", "she" or a relative "who", or a singular
 * common noun ("leader", "facilitator") that names no group and is no threat actor (`actor`).
 */
function roleAscribed(tokens: readonly Token[], actor: (index: number) => boolean): boolean {
  for (let i = 1; i < tokens.length - 2; i++) {
    if (!SINGULAR_COPULA.has(tokens[i].word)) continue;
    const ascribed = ROLE_ASCRIPTIONS.some((words) => words.every((w, k) => tokens[i + 1 + k]?.word === w));
    if (!ascribed) continue;
    const subject = tokens[i - 1];
    if (PERSON_SUBJECTS.has(subject.word)) return true;
    if (notOnePerson(subject) || actor(i - 1)) continue;
    if (/^\p{Ll}[\p{Ll}-]*$/u.test(subject.word)) return true;
  }
  return false;
}

/**
 * A press release's profile of the one person it targeted: a role ascribed to that person (`roleAscribed`) or a
 * sentence opening with the person as its subject (`individualSubject`). Its predicate says what part the person had,
 * not what a group can or means to do. `actor` tells whether a token lies in a threat-actor match; `isPerson` whether
 * a word is a person role.
 */
export function profilesOnePerson(
  tokens: readonly Token[],
  actor: (index: number) => boolean,
  isPerson: (word: string) => boolean,
): boolean {
  return roleAscribed(tokens, actor) || individualSubject(tokens, isPerson);
}

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
export function reportsOperation(
  tokens: readonly Token[],
  operations: readonly LexiconMatch[],
  actorAt: (k: number) => boolean,
): boolean {
  return operations.some((m) => {
    const w = tokens[m.token].word;
    // "confirmed the capture of a commander operating in …": an operation noun whose "of" object names an actor is the
    // operation nominalised (Quirk et al. 1985 §17.51, the objective genitive), done to that actor; "planning the
    // capture of the dam" and "planning attacks" are not.
    if (m.length === 1 && NOMINAL_OPERATIONS.has(w) && tokens[m.token + 1]?.word === 'of') {
      for (let k = m.token + 2; k < Math.min(tokens.length, m.token + 7); k++) if (actorAt(k)) return true;
      return false;
    }
    return w.endsWith('ed') || OPERATION_FORMS.has(w);
  });
}

/** Nouns of the operations lexicon that name an act done to someone, as their "of" phrase shows ("the arrest of X"). */
const NOMINAL_OPERATIONS = new Set(['capture', 'arrest', 'detention', 'killing', 'interrogation']);

/**
 * A threat actor named as the object of "against" ("the fight against insurgent networks", "operations against the
 * Taliban"): the preposition of opposition (Quirk et al. 1985 §9.49) makes it the target of someone else's effort, so
 * the sentence claims nothing of its strength ("the growing capability of Afghan forces to fight against insurgents").
 * "against", or a verb of opposing, counts up to three words before the actor, in the same clause.
 */
export function opposedActor(f: AssertionFacts, actor: LexiconMatch): boolean {
  for (let k = actor.token - 1; k >= Math.max(0, actor.token - 3); k--) {
    if (clauseBreakBetween(f, k)) return false;
    if (f.tokens[k].word === 'against' || OPPOSING.test(f.tokens[k].word)) return true;
  }
  return false;
}

/**
 * Verbs of opposing whose object is the opponent ("to fight the insurgents", "countering extremists", "defeat the
 * Taliban"), as "against" marks one.
 */
const OPPOSING =
  /^(?:fight(?:s|ing)?|fought|combat(?:s|ed|ing|ting)?|counter(?:s|ed|ing)?|confront(?:s|ed|ing)?|defeat(?:s|ed|ing)?|oppos(?:e|es|ed|ing)|resist(?:s|ed|ing)?)$/;

/** Whether the sentence names a threat, by a threat actor or a topic noun, other than as a target ("against X"). */
export const namesThreat = (f: AssertionFacts): boolean =>
  f.matches.threatActors.some((a) => !opposedActor(f, a)) || f.matches.topicNouns.some((a) => !opposedActor(f, a));
