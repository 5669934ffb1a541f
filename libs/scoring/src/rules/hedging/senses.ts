import { LexiconMatch } from '../../lexicon/lexicon';
import { stem, Token } from '../../lexicon/tokens';
import senses from '../../../rubric/hedging/hedge-senses.json';
import cueLexicon from '../../../rubric/attribution/cue-lexicon.json';
import { CARDINAL_WORDS } from '../../attribution/words';
import { canBeBaseVerb, isLyAdverbForm, isMostlyAdjective, isPreposition } from '../../attribution/lexicon';
import { IRREGULAR_PAST } from '../../attribution/frames';
import harmVerbs from '../../../rubric/alarmism/harm-verbs.json';
import evidence from '../../../rubric/sourcing/evidence.json';

type ClassName = keyof typeof senses.classes;

const set = (name: ClassName): ReadonlySet<string> => new Set(senses.classes[name].words);
const stems = (name: ClassName): ReadonlySet<string> => new Set(senses.classes[name].words.map((w) => stem(w)));

const MONTH_CONTEXT = set('monthContext');
const PURPOSE = set('purposeMarkers');
const PRIOR_TIME = set('priorTimeMarkers');
const MODAL_NEGATORS = set('modalNegators');
const DETERMINERS = set('determiners');
const MIGHT_NOUN = new Set([...DETERMINERS, ...set('mightNounPremodifiers')]);
const CLAIM_OBJECTS = set('claimObjects');
const CLAIM_NOUN_CONTEXT = set('claimNounContexts');
const CLAIM_COUNTERS = set('claimCounters');
const NOUN_SUBJECT_VERBS = set('nounSubjectVerbs');
const ASSUME_OBJECTS = set('assumeObjects');
const APPEAR_COMPLEMENTS = set('appearComplements');
const APPEAR_DEGREE = set('appearDegreeWords');
const APPEAR_OCCASIONS = set('appearOccasions');
/** "made him appear weak": an appearance caused, not one the writer is unsure of. */
const CAUSATIVES = new Set(['make', 'makes', 'made', 'making', 'let']);
const VARYING_SUBJECTS = set('varyingSubjects');
const POSSIBLE_BLOCKERS = set('possibleBlockers');
const EPISTEMIC_ACCESS = stems('epistemicAccess');
const VERIFICATION_FRAMES = set('verificationFrames');
/** The hedge lexicon's verification words: hedges only in a negated, obstructed or pending frame. */
const VERIFICATION_WORDS = set('verificationWords');
const SUPPORT_NOUNS = set('supportNouns');
/**
 * After a verb of support, the evidence lexicon's one-word entries too ("not backed by any documents"); not after
 * "lack", whose subject may be a person lacking papers ("those who lacked documents").
 */
const BACKING_NOUNS: ReadonlySet<string> = new Set([
  ...SUPPORT_NOUNS,
  ...evidence.terms.filter((t) => !t.includes(' ')).map((t) => t.replace(/^=/, '')),
]);
/** The absence-of-support construction's hedge-lexicon terms: "lack" and its forms, and the negated verbs of support. */
const SUPPORT_LACKS = set('supportLacks');
const SUPPORT_VERB_FRAMES = set('supportVerbFrames');
/** Words after the frame within which the missing support noun stands ("the lack of any checkable detail"). */
const SUPPORT_REACH = 6;
const CERTAINTY_BEFORE_DOUBT = set('certaintyBeforeDoubt');
/** Verbs of supplying and naming: with a support noun after them, a hedge in a negated or refused frame. */
const SUPPLYING = set('supplyingVerbs');
const WHETHER_BLOCKERS = set('whetherBlockers');
const BE = set('beForms');
const PASSIVE_ADVERBS = set('passiveAdverbs');
const OPINION_STARTERS = set('opinionPassiveStarters');
const DELIBERATION = set('deliberationFollowers');
const VAGUE_AGENTS = set('vagueAgents');
const QUESTION_NOUN = set('questionNounMarkers');
const GENERIC_DETERMINERS = set('genericDeterminers');
const SPECIFIC_SUBJECT = set('specificSubjectWords');
const CLAUSE_BOUNDARIES = set('clauseBoundaries');
/** The clause boundaries that are no prepositions: a phrase's own "of"/"for"/"in" stays inside its noun phrase. */
const CLAUSE_OPENERS = new Set(
  [...CLAUSE_BOUNDARIES].filter(
    (w) => !['for', 'in', 'on', 'at', 'of', 'by', 'with', 'to', 'from', 'into', 'during'].includes(w),
  ),
);
const EPISTEMIC_MAY = set('epistemicMayFrames');
const PARTICULAR_SUBJECTS = set('particularSubjects');
const RELATIVE_SUBJECTS = set('relativeSubjects');
const MODAL_ADVERBS = set('modalAdverbs');
const EPISODIC_ANCHORS = set('episodicAnchors');
const DEFINITE_DETERMINERS = set('definiteDeterminers');
const STATAL_PARTICIPLES = new Set([...set('statalParticiples'), ...harmVerbs.participles]);

/**
 * Verbs and nouns that take a 'that'-clause of what someone thinks or says, from the PolNeAR-derived cue lexicon (forms
 * of lemmas seen as gold cues with a 'that' complement): 'officials fear that …', 'concerns that …'.
 */
const THAT_CUES: ReadonlySet<string> = new Set(
  (
    cueLexicon.cues as {
      forms: string[];
      verb?: { frames?: Record<string, unknown> };
      noun?: { frames?: Record<string, unknown> };
    }[]
  )
    .filter((c) => (c.verb?.frames && 'that' in c.verb.frames) || (c.noun?.frames && 'that' in c.noun.frames))
    .flatMap((c) => c.forms),
);
/** How far back from 'may' a reporting 'that' may stand ('they fear that their younger generation, opposing …, may'). */
const THAT_WINDOW = 20;

const NOT = new Set(['not', 'never']);
const PREDICATE_ADVERBS = new Set([
  'only',
  'also',
  'likewise',
  'still',
  'not',
  'quite',
  'entirely',
  'very',
  'well',
  'perfectly',
  'hardly',
  'even',
  'always',
]);
const SO_NOT_PURPOSE = new Set(['far', 'long', 'called', 'and', 'even', 'if', 'or', 'much', 'many']);

const word = (tokens: readonly Token[], i: number): string => tokens[i]?.word ?? '';

/** True when any of the `n` tokens before `i` is in `words`. */
function before(tokens: readonly Token[], i: number, n: number, words: ReadonlySet<string>): boolean {
  for (let k = Math.max(0, i - n); k < i; k++) if (words.has(tokens[k].word)) return true;
  return false;
}

/** True when a token within `n` after `from` (inclusive) has a stem in `stemsSet`. */
function stemWithin(tokens: readonly Token[], from: number, n: number, stemsSet: ReadonlySet<string>): boolean {
  for (let k = Math.max(0, from); k < Math.min(tokens.length, from + n); k++)
    if (stemsSet.has(tokens[k].stem)) return true;
  return false;
}

/**
 * A modal in a purpose or result clause ("so the fighters could escape", "so that they might",
 * "in order that it may"), "could" in a clause of prior time ("before they could escape") or a
 * comparison of ability ("as fast as they could") states what was intended or possible for
 * someone, not the writer's uncertainty.
 */
function purposeOrAbility(tokens: readonly Token[], i: number): boolean {
  for (let k = Math.max(0, i - 5); k < i; k++) {
    const w = tokens[k].word;
    if (!PURPOSE.has(w)) continue;
    // "so far", "so-called", "and so", "even so" are not "so (that)" of purpose or result.
    if (w === 'so' && !SO_NOT_PURPOSE.has(word(tokens, k + 1)) && !SO_NOT_PURPOSE.has(word(tokens, k - 1))) return true;
    if (w === 'order' && word(tokens, k - 1) === 'in') return true;
  }
  // "before the gunmen could escape": the past of ability in a clause of prior time, its subject between.
  if (tokens[i].word === 'could')
    for (let k = i - 2; k >= 0 && k >= i - 7; k--) {
      if (PRIOR_TIME.has(tokens[k].word)) return true;
      if (CLAUSE_OPENERS.has(tokens[k].word)) break;
    }
  // "as fast as they could", "as soon as it might", "as best they could".
  const as = (k: number) => word(tokens, k) === 'as';
  return (as(i - 2) && (as(i - 3) || as(i - 4) || as(i - 5))) || (as(i - 3) && word(tokens, i - 2) === 'best');
}

/** A plural head noun ("players", "guests"), not "process", "virus", "analysis". */
const pluralNoun = (w: string): boolean => /[^s]s$/.test(w) && !/(us|is)$/.test(w);

/**
 * The subject before a modal is generic: "a player may …", "one may …", "guests may …". Walks back
 * through the noun phrase to its determiner; a particular referent ("the group", "it", a name)
 * or no subject at all keeps the epistemic reading.
 */
function genericSubject(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const w = tokens[k].word;
    if (SPECIFIC_SUBJECT.has(w)) return false;
    if (GENERIC_DETERMINERS.has(w)) return true;
    if (CLAUSE_BOUNDARIES.has(w)) return k < i - 1 && pluralNoun(word(tokens, i - 1));
    if (tokens[k].capitalised && k > 0) return false;
  }
  return i > 0 && pluralNoun(word(tokens, i - 1)) && !(tokens[i - 1].capitalised && i - 1 > 0);
}

/** A past-tense auxiliary, a past reporting verb or a year ties the sentence to a particular event. */
function episodic(tokens: readonly Token[]): boolean {
  for (const t of tokens)
    if (EPISODIC_ANCHORS.has(t.word) || (t.word.length === 4 && /^(1[5-9]|20)\d\d$/.test(t.word))) return true;
  return false;
}

/** 'may be regrouping': root 'may' hardly ever takes the progressive (Coates 1983), so it is the epistemic modal. */
function progressive(tokens: readonly Token[], i: number): boolean {
  let k = i + 1;
  while (MODAL_ADVERBS.has(word(tokens, k))) k++;
  const w = word(tokens, k + 1);
  return word(tokens, k) === 'be' && w.length > 5 && w.endsWith('ing') && !w.endsWith('thing');
}

/**
 * 'may (also) be used', 'may be called', 'may be played by': 'may' with a dynamic passive says what can be done (=
 * 'can'). The passive is root 'may''s strongest formal correlate, as the perfect and the progressive are epistemic
 * 'may''s (Coates 1983, The Semantics of the Modal Auxiliaries, ch. 6). Statal and opinion passives ('may be linked
 * to', 'may be considered', 'may be seen as') and harm passives ('may be attacked') keep the epistemic reading.
 */
function dynamicPassive(tokens: readonly Token[], i: number): boolean {
  let k = i + 1;
  while (MODAL_ADVERBS.has(word(tokens, k)) || NOT.has(word(tokens, k))) k++;
  if (word(tokens, k) !== 'be') return false;
  k++;
  if (PASSIVE_ADVERBS.has(word(tokens, k))) k++;
  const w = word(tokens, k);
  const participle = (w.length > 3 && w.endsWith('ed')) || IRREGULAR_PAST.has(w);
  const next = word(tokens, k + 1);
  return participle && !STATAL_PARTICIPLES.has(w) && next !== 'as' && next !== 'to';
}

/** Index of the last word of the subject before 'may' at `i`, past adverbs standing between them; -1 if none. */
function subjectEnd(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  while (k >= 0 && MODAL_ADVERBS.has(tokens[k].word)) k--;
  return k;
}

/**
 * How the noun phrase ending at `k` opens, walking back at most five words: a definite or possessive determiner
 * ('definite'), another determiner or a clause boundary ('determined'), a capital inside ('name') or on the sentence's
 * first word ('initial'), or none of these ('bare').
 */
function subjectOpening(tokens: readonly Token[], k: number): 'definite' | 'determined' | 'name' | 'initial' | 'bare' {
  for (let j = k; j >= Math.max(0, k - 4); j--) {
    const w = tokens[j].word;
    if (DEFINITE_DETERMINERS.has(w)) return 'definite';
    if (DETERMINERS.has(w) || CLAUSE_BOUNDARIES.has(w)) return 'determined';
    if (tokens[j].capitalised) return j > 0 ? 'name' : 'initial';
  }
  return 'bare';
}

/**
 * The subject of 'may' names a particular: a personal pronoun or 'this', a definite or possessive description ("the
 * territory", "its fighters"), or a name after the sentence's first word. A bare noun phrase ("time", "surgery",
 * "basic pitch"), even capitalised at the sentence start, is a kind.
 */
function particularSubject(tokens: readonly Token[], i: number): boolean {
  const k = subjectEnd(tokens, i);
  if (k < 0) return false;
  if (PARTICULAR_SUBJECTS.has(tokens[k].word)) return true;
  const opening = subjectOpening(tokens, k);
  return opening === 'definite' || opening === 'name';
}

/**
 * The subject of 'may' is a description ("the leaflet", "surgery", "the legislative body", "a clitic which"),
 * not a name, a name-led phrase ("Taliban fighters") or a personal pronoun.
 */
function descriptionSubject(tokens: readonly Token[], i: number): boolean {
  const k = subjectEnd(tokens, i);
  if (k < 0 || PARTICULAR_SUBJECTS.has(tokens[k].word)) return false;
  if (RELATIVE_SUBJECTS.has(tokens[k].word)) return k > 0 && !tokens[k - 1].capitalised;
  if (!/^[a-z]/.test(tokens[k].word)) return false;
  // 'the militants may attack': a definite description names a particular referent, not a kind; a capitalised word
  // inside names a particular, and at the sentence start, where every word is capitalised, only a determiner shows the
  // phrase is not a name.
  const opening = subjectOpening(tokens, k);
  return opening === 'determined' || opening === 'bare';
}

/** 'may' inside a that-clause of fearing, believing or saying: the modal voices the holder's estimate of a possibility. */
function reportedPossibility(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(1, i - THAT_WINDOW); k--)
    if (tokens[k].word === 'that' && THAT_CUES.has(tokens[k - 1].word)) return true;
  return false;
}

function may(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  // The modal is capitalised only where a sentence starts; elsewhere "May" is the month or a name.
  if (t.capitalised && i > 0) return false;
  if (t.capitalised && (/^\d/.test(word(tokens, i + 1)) || MONTH_CONTEXT.has(word(tokens, i - 1)))) return false;
  if (EPISTEMIC_MAY.has(word(tokens, i + 1)) || reportedPossibility(tokens, i) || progressive(tokens, i)) return true;
  // With a generic subject "may" says what can happen to any member (= "can"), not that the writer doubts a fact.
  if (genericSubject(tokens, i)) return false;
  // Tied to a past event ("the road may be used again, officials said"), even a dynamic passive weighs a particular fact;
  // so does one whose subject is a particular ("the territory may be used as a base": see DEFINITE_DETERMINERS).
  if (dynamicPassive(tokens, i) && !episodic(tokens) && !particularSubject(tokens, i)) return false;
  // In the timeless present, 'may' after a description says what can happen to a kind ("the leaf may turn brown",
  // "surgery may be needed": dynamic 'may', = 'sometimes'); after a name or a personal pronoun, or in a sentence tied
  // to a past event ("the toll may rise, officials said"), it weighs a particular fact.
  if (descriptionSubject(tokens, i) && !episodic(tokens)) return false;
  return !purposeOrAbility(tokens, i);
}

function might(tokens: readonly Token[], i: number): boolean {
  if (MIGHT_NOUN.has(word(tokens, i - 1))) return false;
  return !purposeOrAbility(tokens, i);
}

function could(tokens: readonly Token[], i: number): boolean {
  const next = word(tokens, i + 1);
  if (MODAL_NEGATORS.has(next) && word(tokens, i + 2) !== 'have') return false;
  return !purposeOrAbility(tokens, i);
}

/** "claimed that", "the claim that", "X claims" distance; "claimed responsibility", "land claims" do not. */
function claim(tokens: readonly Token[], i: number): boolean {
  const next = word(tokens, i + 1);
  const object = DETERMINERS.has(next) ? word(tokens, i + 2) : next;
  if (CLAIM_OBJECTS.has(object)) return false;
  if (CLAIM_NOUN_CONTEXT.has(word(tokens, i - 1)) || CLAIM_NOUN_CONTEXT.has(word(tokens, i - 2))) return false;
  // "claims to the territory" (a title to something), unlike "claimed to have" (a raising verb).
  if (next === 'to' && DETERMINERS.has(word(tokens, i + 2))) return false;
  // "(not) claimed by family members": collected, as bodies or goods are.
  if (next === 'by' && before(tokens, i, 2, NOT)) return false;
  // The noun after a determiner or possessive ("these claims", "his claim", "Smith's claim") names a claim; it
  // distances the sentence's own content only when that content follows ("the claim that …", "his claim to have …").
  if (claimNoun(tokens, i)) return next === 'that' || next === 'to';
  return true;
}

/**
 * 'claim'/'claims' as a noun: right after a determiner or a possessive ("the claim", "Smith's claims", "Smith ' s
 * claim"), after a numeral or quantifier ("twelve claims", "more claims"), or as the subject of a modal or auxiliary
 * with no subject before it ("theoretical claims should be tested").
 */
function claimNoun(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i].word;
  if (w !== 'claim' && w !== 'claims') return false;
  const prev = word(tokens, i - 1);
  if (DETERMINERS.has(prev) || /['’]s$|s['’]$/.test(prev) || (prev === 's' && i > 1)) return true;
  if (w !== 'claims') return false;
  if (CLAIM_COUNTERS.has(prev) || CARDINAL_WORDS.has(prev) || /^\d+$/.test(prev)) return true;
  return (
    NOUN_SUBJECT_VERBS.has(word(tokens, i + 1)) &&
    !!tokens[i - 1] &&
    // A capital opening the sentence is no sign of a name ("Theoretical claims should …").
    !(tokens[i - 1].capitalised && i > 1) &&
    !PARTICULAR_SUBJECTS.has(prev) &&
    !RELATIVE_SUBJECTS.has(prev)
  );
}

/**
 * Active 'believe(s)' reports its subject's belief, an attribution (PolNeAR counts beliefs as cues), not the writer's
 * doubt, when the subject is a particular person or group ("Smith believes", "she believes"); 'believe in' is faith or
 * trust. The writer's own "I/we believe", a vague or generic subject and the infinitive stay hedges.
 */
function believe(tokens: readonly Token[], i: number): boolean {
  if (word(tokens, i + 1) === 'in') return false;
  let k = i - 1;
  while (k >= 0 && MODAL_ADVERBS.has(tokens[k].word)) k--;
  const subject = word(tokens, k);
  if (subject === 'he' || subject === 'she' || subject === 'they') return false;
  // A capitalised word opening the sentence may be a generic plural ("Scientists believe"), unless the verb is singular.
  return !(tokens[k]?.capitalised && (k > 0 || tokens[i].word.endsWith('s')));
}

/** What opens the clause a verb of belief takes: "that", a determiner or a subject pronoun ("suspect the cell …"). */
const BELIEF_COMPLEMENT_OPENERS = new Set(['that', 'he', 'she', 'it', 'they', 'we', 'there', 'some', 'many', 'most']);

/**
 * 'suspect(s)' is a verb of tentative belief (Hyland 2005's hedges), read under believe's subject rule ("Officials
 * suspect that …", "we suspect the figures are …"; "Smith suspects" is Smith's belief). The noun, an incident report's
 * word for a person ("the suspect", "two suspects", "police detained suspects"), is none: after a determiner, a
 * numeral or a past-tense verb it is the noun, and the verb opens a clause ("that", a determiner or a pronoun) after it.
 */
function suspect(tokens: readonly Token[], i: number): boolean {
  const prev = word(tokens, i - 1);
  if (DETERMINERS.has(prev) || CARDINAL_WORDS.has(prev) || /^\d/.test(prev) || prev.endsWith('ed')) return false;
  const next = word(tokens, i + 1);
  if (!DETERMINERS.has(next) && !BELIEF_COMPLEMENT_OPENERS.has(next)) return false;
  return believe(tokens, i);
}

function assume(tokens: readonly Token[], i: number): boolean {
  const next = word(tokens, i + 1);
  const object = DETERMINERS.has(next) ? word(tokens, i + 2) : next;
  return !ASSUME_OBJECTS.has(object) && !(tokens[i].word === 'assumption' && next === 'of');
}

function appear(tokens: readonly Token[], i: number): boolean {
  if (word(tokens, i - 1) === 'it' || word(tokens, i - 1) === 'would') return true;
  const next = word(tokens, i + 1);
  if (!APPEAR_COMPLEMENTS.has(next)) return appearsAdjective(tokens, i);
  if (next === 'to') {
    // "appeared to Chloe", "appeared to the crowd": a person or place, not an infinitive.
    const after = tokens[i + 2];
    return after !== undefined && !after.capitalised && !DETERMINERS.has(after.word);
  }
  if (next === 'as') return word(tokens, i + 2) === 'if' || word(tokens, i + 2) === 'though';
  return true;
}

/**
 * "appears limited", "appeared increasingly isolated", "appears strong": "appear" as a linking verb, its subject's
 * state given as it seems (the evidential sense "seems" always has); "appeared briefly on television", "appeared
 * in court" are the verb of showing up. The adjective is one the Brill lexicon tags mostly JJ, or an -ed participle;
 * the verb finite ("to appear strong", "made them appear weak" is an appearance sought or caused).
 */
function appearsAdjective(tokens: readonly Token[], i: number): boolean {
  const prev = word(tokens, i - 1);
  if (prev === 'to') return false;
  // "make X appear": the causative's object, a short noun phrase, stands between.
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) if (CAUSATIVES.has(tokens[k].word)) return false;
  let k = i + 1;
  const degree = word(tokens, k);
  if (APPEAR_OCCASIONS.has(degree)) return false;
  if (APPEAR_DEGREE.has(degree) || (isLyAdverbForm(degree) && !isPreposition(degree))) k++;
  const w = word(tokens, k);
  if (w === '' || isPreposition(w) || APPEAR_OCCASIONS.has(w)) return false;
  return isMostlyAdjective(w) || (w.length > 4 && w.endsWith('ed'));
}

/**
 * "Estimates of the number of fighters vary widely": a noun of count or account heads the subject, its "of" or "for"
 * phrase between it and the verb (the adjacent "estimates vary" is the lexicon's own phrase); "prices vary" is none.
 */
function varyingSubject(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 2; k >= 0 && k >= i - 10; k--) {
    const w = tokens[k].word;
    if (CLAUSE_OPENERS.has(w) || w === '') return false;
    if (VARYING_SUBJECTS.has(w)) return word(tokens, k + 1) === 'of' || word(tokens, k + 1) === 'for';
  }
  return false;
}

function possible(tokens: readonly Token[], i: number): boolean {
  const next = word(tokens, i + 1);
  if (next === 'that') return true;
  if (next === 'to') return false; // "possible to travel": feasibility, not likelihood
  if (before(tokens, i, 3, POSSIBLE_BLOCKERS)) return false;
  // Predicative "X is (only) possible" is feasibility ("30 points are possible"); "it is possible" is not.
  let k = i - 1;
  while (k >= 0 && PREDICATE_ADVERBS.has(tokens[k].word)) k--;
  if (k >= 0 && BE.has(tokens[k].word)) return word(tokens, k - 1) === 'it';
  return true;
}

/** A hedge-lexicon match of the absence-of-support construction ("lack", "not backed by"), a hedge only in context. */
export const isSupportFrame = (m: LexiconMatch): boolean =>
  SUPPORT_LACKS.has(m.term) || SUPPORT_VERB_FRAMES.has(m.term);

/**
 * Whether the token at `k` stands where support frame `m` says support is missing: within the reach after it, or
 * for "lacking" before it ("evidence for the figure is lacking").
 */
const inSupportReach = (m: LexiconMatch, k: number): boolean => {
  const end = m.token + m.length;
  return (
    (k >= end && k < end + SUPPORT_REACH) || (m.term === 'lacking' && k < m.token && k >= m.token - SUPPORT_REACH + 1)
  );
};

/**
 * "the claims lack any evidence", "the lack of checkable detail", "not backed by proof", "evidence is lacking": a
 * negative predicate hedges only when what is missing is support for a claim ("the army lacks equipment" does not).
 */
function unsupported(tokens: readonly Token[], m: LexiconMatch): boolean {
  const nouns = SUPPORT_VERB_FRAMES.has(m.term) ? BACKING_NOUNS : SUPPORT_NOUNS;
  const from = Math.max(0, m.token - SUPPORT_REACH + 1);
  for (let k = from; k < Math.min(tokens.length, m.token + m.length + SUPPORT_REACH); k++)
    if (inSupportReach(m, k) && nouns.has(tokens[k].word)) return true;
  return false;
}

/**
 * Whether hedge `h` (a match found in its hedge sense) says the words at `token` are missing: "lacks any documents",
 * "not backed by footage", "documents are lacking". The evidence rule then does not count them as evidence cited.
 */
export const deniesSupportAt = (h: LexiconMatch, token: number): boolean =>
  isSupportFrame(h) && inSupportReach(h, token);

/** "difficult to", "impossible", "unable to" hedge only when what cannot be done is finding out. */
function obstructedAccess(tokens: readonly Token[], m: LexiconMatch): boolean {
  return (
    stemWithin(tokens, m.token + m.length, 5, EPISTEMIC_ACCESS) || stemWithin(tokens, m.token - 4, 4, EPISTEMIC_ACCESS)
  );
}

function doubt(tokens: readonly Token[], i: number): boolean {
  const before = word(tokens, i - 1);
  // "a few doubts" is the positive quantifier; "no one doubts" the negative pronoun.
  if (before === 'few') return word(tokens, i - 2) === 'a';
  if (before === 'one' && word(tokens, i - 2) === 'no') return false;
  return !CERTAINTY_BEFORE_DOUBT.has(before) && !(before === 'a' && CERTAINTY_BEFORE_DOUBT.has(word(tokens, i - 2)));
}

/** "is considered one of", "widely regarded as", "considered by many": an anonymous opinion. */
function opinionPassive(tokens: readonly Token[], i: number): boolean {
  const next = word(tokens, i + 1);
  if (next === '' || DELIBERATION.has(next)) return false;
  if (next === 'by' && !VAGUE_AGENTS.has(word(tokens, i + 2))) return false;
  let k = i - 1;
  if (OPINION_STARTERS.has(word(tokens, k))) return true;
  while (k >= 0 && PASSIVE_ADVERBS.has(tokens[k].word)) k--;
  return k >= 0 && BE.has(tokens[k].word);
}

/** 'suggested delay', 'suggest requiring', 'suggested as a strategy' propose a course of action; 'suggests that …' weighs evidence. */
function suggest(tokens: readonly Token[], i: number): boolean {
  const next = word(tokens, i + 1);
  return !(next === 'as' || (next.length > 4 && next.endsWith('ing') && !next.endsWith('thing')));
}

function question(tokens: readonly Token[], i: number): boolean {
  const next = word(tokens, i + 1);
  if (next === 'whether' || next === 'if') return true;
  if (QUESTION_NOUN.has(word(tokens, i - 1))) return false;
  // The verb: "activists question the group's existence", "some question whether".
  return DETERMINERS.has(next) || next === 'his' || next === 'claims' || next === 'reports';
}

/**
 * Whether a hedge-lexicon match is a hedge in this sentence: the epistemic sense of a word that has
 * others. Keyed by the first matched word; words not listed are hedges in every sense.
 */
export function isHedgeSense(tokens: readonly Token[], m: LexiconMatch): boolean {
  const i = m.token;
  const w = tokens[i].word;
  // "did not provide any details", "declined to release evidence": a verb of supplying and its support noun hedge in a
  // negated or refused frame; with its own "no" ("gave no source") the phrase is the negation.
  if (m.length > 1 && SUPPLYING.has(w)) return tokens[i + 1].word === 'no' || unverified(tokens, i);
  // "is known to operate": the raising passive before a verb; "is known to the police" is being on record.
  if (m.length === 3 && tokens[i + 1].word === 'known') return canBeBaseVerb(word(tokens, i + 3));
  switch (w) {
    case 'may':
      return may(tokens, i);
    case 'might':
      return might(tokens, i);
    case 'could':
      return could(tokens, i);
    case 'claim':
    case 'claims':
    case 'claimed':
    case 'claiming':
      return claim(tokens, i);
    case 'believe':
    case 'believes':
      return believe(tokens, i);
    case 'suspect':
    case 'suspects':
      return suspect(tokens, i);
    case 'assume':
    case 'assumes':
    case 'assumed':
    case 'assuming':
    case 'assumption':
      return assume(tokens, i);
    case 'appear':
    case 'appears':
    case 'appeared':
      return appear(tokens, i);
    case 'vary':
    case 'varied':
    case 'differ':
    case 'differed':
      return varyingSubject(tokens, i);
    case 'possible':
      return possible(tokens, i);
    case 'impossible':
    case 'difficult':
    case 'hard':
    case 'unable':
      return obstructedAccess(tokens, m);
    case 'no':
      return m.term !== 'no way to' || obstructedAccess(tokens, m);
    case 'lack':
    case 'lacks':
    case 'lacked':
    case 'lacking':
    case 'unsupported':
      return unsupported(tokens, m);
    case 'not':
      return !SUPPORT_VERB_FRAMES.has(m.term) || unsupported(tokens, m);
    case 'doubt':
    case 'doubts':
    case 'doubted':
    case 'doubtful':
      return doubt(tokens, i);
    case 'whether':
      return !(word(tokens, i - 1) === 'of' && WHETHER_BLOCKERS.has(word(tokens, i - 2)));
    case 'considered':
    case 'regarded':
    case 'presumed':
      return opinionPassive(tokens, i);
    case 'question':
      return m.length > 1 || question(tokens, i);
    case 'suggest':
    case 'suggests':
    case 'suggested':
    case 'suggesting':
      return suggest(tokens, i);
    case 'say':
    case 'saying':
    case 'specify':
    case 'specifying':
    case 'disclose':
    case 'disclosing':
    case 'reveal':
    case 'revealing':
      // Withheld detail: "did not say how many", "declined to specify where", "without saying who".
      return unverified(tokens, i);
    case 'reconcile':
    case 'reconciled':
      // Accounts "could not be reconciled": only the passive of making accounts agree ("the rival clans never reconciled",
      // "a reconciled, post-war country" are other senses).
      return BE.has(word(tokens, i - 1)) && unverified(tokens, i);
    case 'rule':
    case 'ruled':
    case 'ruling':
    case 'be':
    case 'been':
      return unverified(tokens, i);
    default:
      return !VERIFICATION_WORDS.has(w) || unverified(tokens, i);
  }
}

/**
 * A verification word in a negated, obstructed or pending frame. A negative subject ("None of the claims was
 * verified", "Few of these reports are substantiated") is left out: the labelling guide reads such a sentence as a
 * statement about the reports, not a hedge on its own content (the evidence rule reads it instead).
 */
const unverified = (tokens: readonly Token[], i: number): boolean =>
  before(tokens, i, 4, VERIFICATION_FRAMES) || beingDone(tokens, i) || coordinatedUnder(tokens, i);

/**
 * "did not name the group or say how …", "has not identified the bomber or confirmed the toll": a verb coordinated by
 * "or" shares the frame of the verb before it (negation takes both conjuncts), so the window reaches back from "or".
 */
function coordinatedUnder(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--)
    if (tokens[k].word === 'or') return before(tokens, k, 5, VERIFICATION_FRAMES);
  return false;
}

/**
 * "the circumstances are being established", "the figures are being checked": the progressive passive puts the
 * verification in progress, as "pending" and "awaiting" do. Only after a form of "be" ("after being confirmed as
 * minister" is done), and not before a that-clause ("it is being established that …" presents its clause as fact).
 */
const beingDone = (tokens: readonly Token[], i: number): boolean =>
  word(tokens, i - 1) === 'being' && BE.has(word(tokens, i - 2)) && word(tokens, i + 1) !== 'that';

export const isVerificationWord = (word: string): boolean => VERIFICATION_WORDS.has(word);
