import { defineRule, insideAny, matchSpan, quote, signal, type AssertionFacts } from '../rule';
import { isProfile, opposedActor, profilesOnePerson, reportsOperation } from './frames';
import { ROLES } from '../../attribution/lexicon';
import { AUXILIARIES, BE_FORMS } from '../../attribution/words';
import type { LexiconMatch } from '../../lexicon/lexicon';
import { clauseBreakBetween, negatedWithin } from './negativity';
import { CLAUSE_OPENERS } from '../../attribution/negative-subject';

/**
 * A claim about militants' capability, intent or growth stated as fact, with no hedge, evidence,
 * reference, or independent source. The critique: such reports are "presented as proven facts and
 * amplified by repetition"; the labelling guide rates a threat claim repeated without evidence and
 * without distancing as mildly alarmist. Independent named sources are exempt: their claims are
 * weighed under sourcing quality instead. A profile sentence ("X is a militant organisation
 * founded in 1998") or an incident report ("the force detained three insurgents") states what a
 * group is or what happened, not what it threatens; a negated claim denies it.
 */
export const unsupportedThreatClaim = defineRule({
  id: 'unsupported-threat-claim',
  score: 'alarmism',
  weights: ['unsupported-threat-claim'],
  signals: ['unsupported-threat-claim'],
  apply(f, w) {
    if (f.hedges.length > 0 || f.references.length > 0) return [];
    if (f.attribution?.named && f.attribution.sourceType === 'independent') return [];
    // A denied claim ("we don't have any nexus to terrorism") claims nothing; see claimHolds for the rest.
    const claim = f.matches.threatClaims.find((m) => claimHolds(f, m) && actorClaims(f, m));
    if (!claim || f.matches.evidence.length > 0) return [];
    const actor = (k: number): boolean => f.matches.threatActors.some((a) => k >= a.token && k < a.token + a.length);
    if (isProfile(f.tokens) || reportsOperation(f.tokens, f.matches.operations, actor)) return [];
    if (profilesOnePerson(f.tokens, actor, (w) => !!ROLES.get(w)?.person)) return [];
    return [
      signal(
        'unsupported-threat-claim',
        'alarmism',
        w['unsupported-threat-claim'],
        matchSpan(claim),
        `threat claim ("${quote(f, matchSpan(claim))}") stated as fact without evidence or distance`,
      ),
    ];
  },
});

/**
 * Verbs of preventing and withholding (Levin 1993's "prevent" and "deprive" classes), and of limiting ("reduce",
 * "restrict", "limit", "curb": what they act on is kept smaller, not asserted): a claim under one of them in its clause is what the actor is kept from
 * or held to ("deny sanctuary to terrorists", "hinder Taliban efforts to seek sanctuary", "reduce the Taliban's freedom
 * of movement"), an operation's aim rather than a threat asserted.
 */
const PREVENTION =
  /^(?:den(?:y|ies|ied|ying)|prevent(?:s|ed|ing)?|hinder(?:s|ed|ing)?|depriv(?:e|es|ed|ing)|disrupt(?:s|ed|ing)?|thwart(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|restrict(?:s|ed|ing)?|limit(?:s|ed|ing)?|curb(?:s|ed|ing)?)$/;

/** The -ing forms of the activity verbs among the threat-claim words (growth words like "increasing" are left out). */
const ACTIVITY_ING = new Set([
  'operating',
  'training',
  'staging',
  'recruiting',
  'preparing',
  'integrating',
  'regrouping',
]);

const ATTRIBUTIVE_FOLLOWERS = new Set(['in', 'on', 'at', 'from', 'with', 'across', 'inside', 'within', 'throughout']);

const ATTRIBUTIVE_DETERMINERS = /^(?:a|an|the|its|their|his|this|that)$/;

/** A determiner within three words before the match, with no auxiliary between ("that insurgents were preparing" has one). */
function determinerBefore(f: AssertionFacts, m: LexiconMatch): boolean {
  for (let k = 1; k <= 3; k++) {
    const w = f.tokens[m.token - k]?.word ?? '';
    if (ATTRIBUTIVE_DETERMINERS.test(w)) return true;
    if (AUXILIARIES.has(w) || BE_FORMS.has(w)) return false;
  }
  return false;
}

/** Whether a threat-claim match asserts a threat here, not a word of a name, a modifier, a force's own act or a denial. */
function claimHolds(f: AssertionFacts, m: LexiconMatch): boolean {
  if (negatedWithin(f, m.token)) return false;
  // "displayed hostile intent": a rules-of-engagement term of the operations lexicon reports an engagement.
  if (insideAny(f.matches.operations, m)) return false;
  const tokens = f.tokens;
  const end = m.token + m.length;
  // "Forward Operating Base Price": mid-sentence capitals make the words part of a name.
  if (m.token > 0 && tokens.slice(m.token, end).every((t) => t.capitalised)) return false;
  const word = tokens[m.token].word;
  const next = tokens[end];
  // "a forward operating base", "the training manual", "an ISAF forward operating base": a verb of activity in its -ing
  // form after a determiner (up to two premodifiers between, no verb among them), before the noun it modifies, names a
  // kind of thing. (Growth adjectives, "the increasing appeal", "a growing threat", are the claim itself.)
  if (
    m.length === 1 &&
    ACTIVITY_ING.has(word) &&
    next &&
    !ATTRIBUTIVE_FOLLOWERS.has(next.word) &&
    determinerBefore(f, m)
  )
    return false;
  // "Security forces operating in the area", "the joint security force was preparing to depart": the subject right before
  // the verb (past any auxiliary) is a force of a state or the coalition.
  let subject = m.token - 1;
  while (subject > 0 && (AUXILIARIES.has(tokens[subject].word) || BE_FORMS.has(tokens[subject].word))) subject--;
  const before = ROLES.get(tokens[subject]?.word ?? '');
  if (m.length === 1 && (before?.type === 'military' || before?.type === 'official')) return false;
  // "fighters posing as police": a disguise, not a threat posed; "poses little threat", "posed no real danger": what is
  // posed is denied by its negative or minimal quantifier (Quirk et al. 1985 §10.58-10.63), which stands after the verb.
  // "the degree of threat they pose to Central Asia": with no object after it, the verb is in a relative clause on the
  // threat noun, which the sentence names rather than asserts.
  if (m.length === 1 && tokens[m.token].stem === 'pose') {
    if (!next || POSE_NO_OBJECT.test(next.word) || clauseBreakBetween(f, m.token)) return false;
    for (let k = end; k < end + 2 && k < tokens.length; k++) if (SMALL_OBJECT.has(tokens[k].word)) return false;
  }
  // "the presence of Afghan civilians": presence of someone no threat lexicon names.
  if (
    word === 'presence' &&
    next?.word === 'of' &&
    !f.matches.threatActors.some((a) => a.token > end && a.token <= end + 4)
  )
    return false;
  // "until the rise of ISKP", "since the resurgence of the IMU": after a preposition of time the event is a point in
  // time the sentence dates something by, presupposed rather than asserted (Quirk et al. 1985 §9.7, §15.25).
  const prep = /^(?:the|a|an)$/.test(tokens[m.token - 1]?.word ?? '') ? m.token - 2 : m.token - 1;
  if (TIME_PREPOSITIONS.has(tokens[prep]?.word ?? '')) return false;
  // "threats to Uzbekistan's aspirations": the intent or capability is its possessor's, here no one a threat lexicon names.
  if (tokens[m.token - 1]?.word.endsWith("'s") && !f.matches.threatActors.some((a) => a.token + a.length === m.token))
    return false;
  for (let k = m.token - 1; k >= 0; k--) {
    if (clauseBreakBetween(f, k)) break;
    if (PREVENTION.test(tokens[k].word)) return false;
    // "received several reports of Haqqani activity", "allegations of IMU training", "talk of fighters massing", "a claim
    // about infiltration": the claim is what a report says, relayed at one remove (the labelling guide's "reported with
    // distance"), not asserted.
    if (REPORT_NOUNS.test(tokens[k].word) && REPORT_PREPOSITIONS.test(tokens[k + 1]?.word ?? '')) return false;
  }
  return true;
}

/**
 * A threat actor the claim is about: one before it (its subject, "the IMU is expanding") or one after it in the same
 * clause, no conjunction or relative word (CLAUSE_OPENERS) and no comma between ("growing numbers of militants", "camps
 * in the border hills for the militants"). An actor named only in a clause of its own is not what the claim is about ("the
 * base has been expanding since long before the Taliban returned").
 */
function actorClaims(f: AssertionFacts, m: LexiconMatch): boolean {
  const end = m.token + m.length;
  for (const a of f.matches.threatActors) {
    if (opposedActor(f, a)) continue;
    if (a.token < m.token) return true;
    let k = end;
    while (k < a.token && !CLAUSE_OPENERS.has(f.tokens[k].word) && !clauseBreakBetween(f, k - 1)) k++;
    if (k === a.token) return true;
  }
  return false;
}

/** Words after "pose" that show it has no object there: "posing as police", "the threat they pose to the region". */
const POSE_NO_OBJECT = /^(?:as|to|for|in|on|at|by|from|against|within|across|and|or|but)$/;

/** Negative and minimal quantifiers of a posed threat: "no", "little", "less", "minimal", "negligible" … */
const SMALL_OBJECT = new Set(['no', 'little', 'less', 'few', 'minimal', 'negligible', 'scant', 'hardly', 'scarcely']);

/**
 * Nouns of communication whose "of" or "about" phrase is what they report (WordNet 3.1 noun.communication: report,
 * claim, allegation, rumour, account; since rubric 2.3.13 also talk, story, narrative, assertion and speculation, whose
 * senses there are "idle gossip or rumor; 'there has been talk about you lately'", "a message that tells the
 * particulars of an act or occurrence", "a message expressing an opinion based on incomplete evidence").
 */
const REPORT_NOUNS =
  /^(?:reports?|claims?|allegations?|rumou?rs?|accounts?|talk|stor(?:y|ies)|narratives?|assertions?|speculation)$/;
const REPORT_PREPOSITIONS = /^(?:of|about)$/;

/** Prepositions that date one event by another (Quirk et al. 1985 §9.7): "since", "until", "before", "after" … */
const TIME_PREPOSITIONS = new Set(['since', 'until', 'till', 'before', 'after', 'following', 'during']);
