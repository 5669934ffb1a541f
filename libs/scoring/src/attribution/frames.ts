/**
 * The complement frame a cue word stands in ("denied that …", "denied the charge", "called for …",
 * "wants to …", ", Ortiz noted.") and whether it reads as a verb or a noun. The cue-lexicon
 * derivation (derive/polnear-cues.ts) counts gold cues per lemma, reading and frame with exactly
 * these functions, so a frame the lexicon keeps is one whose measured precision the runtime repeats.
 */
import { CLOSE_QUOTES, OPEN_QUOTES, type Token } from './tokens';
import { skipAdverbialsForward } from './adverbials';
import {
  AUXILIARIES,
  BE_FORMS,
  CARDINAL_WORDS,
  LIGHT_VERBS,
  PERIODS,
  pluralWord,
  QUANTIFIER_PRONOUNS,
  RELATIVE_PRONOUNS,
  WEEKDAYS,
} from './words';
import {
  isAdjectiveOnly,
  isLexicalVerbOnly,
  isLyAdverbForm,
  isNounOnlyCueForm,
  isPastTense,
  isVerbFirstSForm,
  ROLES,
} from './lexicon';
import { thoseParticiple } from './noun-phrase';

export type Reading = 'verb' | 'noun';

/**
 * that: a finite clause introduced by a complementiser or wh-word; clause: a clause without one
 * ("said he would", "argued the plan would fail"); quote: a quotation or colon; to: an infinitive
 * ("vowed to fight"); object: a noun phrase ("denied the charge"); end: nothing follows inside the
 * sentence (", Ortiz noted."); comma: a comma not opening a quotation; p-<word>: a preposition or
 * particle ("called for", "pointed out", "talked about").
 */
export const FRAME_PARTICLES = new Set([
  'for',
  'on',
  'about',
  'of',
  'with',
  'against',
  'as',
  'out',
  'up',
  'in',
  'at',
  'by',
  'to',
  'from',
  'into',
  'over',
  'back',
  'off',
  'down',
  'between',
  'during',
  'after',
  'before',
  'since',
  'under',
  'through',
  'among',
  'within',
  'without',
  'across',
  'toward',
  'towards',
  'despite',
  'amid',
  'near',
  'behind',
  'around',
  'upon',
  'via',
]);
const COMPLEMENTISERS = new Set(['that', 'whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who', 'which']);
const CLAUSE_SUBJECTS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'there']);
/** Finite auxiliaries and modals: after a short noun phrase they mark a clause, not an object. */
export const FINITE = new Set([
  'will',
  'would',
  'can',
  'could',
  'should',
  'must',
  'may',
  'might',
  'shall',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'does',
  'did',
  "won't",
  "wouldn't",
  "can't",
  "couldn't",
  "isn't",
  "wasn't",
  "doesn't",
  "didn't",
  "hasn't",
  "haven't",
]);
const CLAUSE_BREAK = new Set([
  'that',
  'who',
  'which',
  'whose',
  'whom',
  'and',
  'or',
  'but',
  'to',
  'for',
  'with',
  'because',
  'after',
  'before',
  'while',
]);
/** Words that before a cue word make it a noun ("the report", "his claims", "recent reporting", "amid fears"). */
const NOUN_MARKERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'these',
  'those',
  'that',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'your',
  'some',
  'many',
  'several',
  'such',
  'no',
  'any',
  'every',
  'each',
  'other',
  'more',
  'most',
  'recent',
  'new',
  'earlier',
  'initial',
  'further',
  'unconfirmed',
  'of',
  'in',
  'amid',
  'amidst',
  'despite',
  'with',
  'about',
  'over',
  'among',
  'following',
  'after',
  'before',
  'without',
  'by',
  'on',
]);

const isPossessive = (t: Token): boolean => /[’']s$/.test(t.lower) || /s[’']$/.test(t.lower);

/** Past forms without an -ed ending (standard English irregular verb tables). */
export const IRREGULAR_PAST = new Set([
  'said',
  'told',
  'thought',
  'wrote',
  'written',
  'spoke',
  'spoken',
  'knew',
  'known',
  'felt',
  'heard',
  'found',
  'saw',
  'seen',
  'held',
  'gave',
  'given',
  'took',
  'taken',
  'made',
  'meant',
  'understood',
  'forgot',
  'taught',
  'sought',
  'brought',
  'shown',
  'began',
  'begun',
  'swore',
  'sworn',
  'foresaw',
  'led',
  'read',
  'put',
  'set',
  'let',
  'got',
  'went',
  'came',
  'became',
  'kept',
  'left',
  'lost',
  'won',
  'ran',
  'stood',
  'struck',
  'chose',
  'drew',
  'bet',
  'bought',
  'fought',
  'dealt',
  'hid',
  'rose',
  'broke',
  'sent',
  'spent',
  'withdrew',
  'overheard',
  'laid',
  'paid',
  'met',
  'rang',
  'sang',
  'wept',
  'shot',
  'spat',
  'swore',
]);

/** A past form, regular ("-ed") or irregular: a past participle or simple past by its shape alone. */
export const isPastForm = (w: string): boolean => /\p{L}{2}ed$/u.test(w) || IRREGULAR_PAST.has(w);
/** Words after which a bare present form can be a verb: plural-agreeing pronouns, auxiliaries, negation. */
const BARE_VERB_CONTEXT = new Set([
  'i',
  'we',
  'you',
  'they',
  // A bare infinitive after an object pronoun ("let me say", "heard him say").
  'me',
  'us',
  'him',
  'them',
  'who',
  'that',
  'to',
  'do',
  'did',
  'does',
  'not',
  "don't",
  "didn't",
  "doesn't",
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'should',
  'must',
  'shall',
  "won't",
  "wouldn't",
  "can't",
  "couldn't",
  'also',
  'still',
  'and',
  'or',
  // Quantities agree in the plural ("four in 10 say", "a majority want", "all five say").
  ...[...CARDINAL_WORDS].filter((w) => w !== 'one'),
  'million',
  'percent',
  'majority',
  'majorities',
  'half',
  'third',
  'most',
  'many',
  'few',
  'several',
  'some',
  'all',
  'both',
  'others',
]);
/** Adjectives in -ly, not adverbs ("deadly attacks", "an elderly man"); nouns in -ly are a Brill word class (isLyAdverbForm). */
const LY_NOT_ADVERBS = new Set([
  'deadly',
  'likely',
  'unlikely',
  'early',
  'friendly',
  'unfriendly',
  'costly',
  'daily',
  'weekly',
  'monthly',
  'yearly',
  'quarterly',
  'elderly',
  'lonely',
  'lively',
  'orderly',
  'holy',
  'ugly',
]);

/** -ly adverbs ("publicly", "repeatedly"); short words (reply, imply) and -ly adjectives are not. */
export const isLyAdverb = (w: string): boolean =>
  /^\p{L}{4,}ly$/u.test(w) && !LY_NOT_ADVERBS.has(w) && isLyAdverbForm(w);

/** Adverbs looked past to the word that decides the reading ("who either refuse", "officials also claim"). */
export const PASSED_OVER = new Set([
  'either',
  'neither',
  'also',
  'still',
  'never',
  'even',
  'just',
  'now',
  'often',
  'already',
  'always',
  'again',
  'then',
  'once',
  'yet',
]);
const ADJECTIVE_SUFFIX = /(?:ful|ous|ive|al|ic|able|ible|less|ant|ent|ary)$/;

/**
 * Verb or noun reading of the cue word at `i`, from the word before it: after a determiner,
 * possessive or preposition it is a noun ("the report", "amid fears"); an -ing or -s form after an
 * adjective is a noun ("careful planning", "lethal attacks"); and English agreement lets a bare
 * present form be a verb only after a plural, a non-third-person pronoun or an auxiliary
 * ("critics list" but "the terror list").
 */
export function readingAt(tokens: Token[], i: number): Reading {
  let p = i - 1;
  while (p > 0 && tokens[p].word && !tokens[p].cap && (PASSED_OVER.has(tokens[p].lower) || isLyAdverb(tokens[p].lower)))
    p--;
  const prev = tokens[p];
  const w = tokens[i].lower;
  // "These policy proposals", "a public endorsement": a form the lexicon knows only as a noun is never a verb.
  if (isNounOnlyCueForm(w)) return 'noun';
  if (!prev || !prev.word) return 'verb';
  // "after saying", "by talking about", "without mentioning": a gerund right after an adverbial preposition is the
  // verb of a clause whose subject is the main clause's; "after consultations", "by the report" stay nouns.
  if (GERUND_PREPOSITIONS.has(prev.lower) && p === i - 1 && /\p{L}{2}ing$/u.test(w)) return 'verb';
  // "lobbyists that want", "a group that says": after a noun "that" is a relative pronoun and the cue its verb.
  if (p === i - 1 && !/(?:ed|ing)$/.test(w) && relativeThat(tokens, p)) return 'verb';
  // "those surveyed say": "those" with a participle is the subject, as "the people surveyed" is.
  if (p === i - 1 && thoseParticiple(tokens, p - 1)) return 'verb';
  if (NOUN_MARKERS.has(prev.lower) || isPossessive(prev)) return 'noun';
  // A suffix only suggests an adjective ("executive", "missive" are nouns): before a form usually read as a verb
  // ("says", "suggests") it counts only as a light verb's object's modifier ("made other public promises").
  const suffixAdjective =
    (ADJECTIVE_SUFFIX.test(prev.lower) || LY_NOT_ADVERBS.has(prev.lower)) &&
    (!isVerbFirstSForm(w) || lightVerbBefore(tokens, p));
  const adjective = !prev.cap && (suffixAdjective || isAdjectiveOnly(prev.lower)) && !ROLES.has(prev.lower);
  if (adjective && /(?:ing|s)$/.test(w)) return 'noun';
  if (/[^s]s$/.test(w) && objectOfVerb(tokens, p, i)) return 'noun';
  // "poetry slams are held", "the remaining lists were": an -s form right after a common noun and before a finite
  // auxiliary heads the subject noun phrase (English stacks no two finite verbs), unless a relative or wh-word makes it
  // a clause's verb ("what the ministry says is untrue"); after a pronoun or a name it is a contact clause's verb ("the
  // resolve she argues is needed").
  if (
    /[^s']s$/.test(w) &&
    FINITE.has(tokens[i + 1]?.lower ?? '') &&
    p === i - 1 &&
    (!prev.cap || p === 0) &&
    !CLAUSE_SUBJECTS.has(prev.lower) &&
    !relativeWordBefore(tokens, p + 1, 5)
  )
    return 'noun';
  const bare = !/(?:s|ed|ing|en)$/.test(w) && !IRREGULAR_PAST.has(w);
  if (
    bare &&
    !BARE_VERB_CONTEXT.has(prev.lower.replace(/’/g, "'")) &&
    !pluralWord(prev.lower) &&
    !pluralSubjectBefore(tokens, p)
  )
    return 'noun';
  return 'verb';
}

/**
 * A relative word within `span` words before `i`, with no punctuation between: the gap it leaves may be the verb's own
 * subject ("which the Tax Foundation estimates would cost") or object ("what many people believed to be").
 */
export function relativeWordBefore(tokens: Token[], i: number, span: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - span); k--) {
    if (!tokens[k].word) return false;
    if (RELATIVE_PRONOUNS.has(tokens[k].lower)) return true;
  }
  return false;
}

/** Modifiers a light verb's object may carry before its head ("made other public promises", "gave a formal warning"). */
const OBJECT_MODIFIERS = new Set(['a', 'an', 'the', 'other', 'more', 'new', 'several', 'many', 'repeated', 'fresh']);

/**
 * A light verb governs the word at `p` past at most three modifiers ("made other public promises", "issued a stern
 * warning"): the word is (in) the verb's object.
 */
export function lightVerbBefore(tokens: Token[], p: number): boolean {
  for (let k = p - 1; k >= Math.max(0, p - 3); k--) {
    const t = tokens[k];
    if (!t.word || t.cap) return false;
    if (LIGHT_VERBS.test(t.lower)) return true;
    if (!OBJECT_MODIFIERS.has(t.lower) && !isAdjectiveOnly(t.lower) && !ADJECTIVE_SUFFIX.test(t.lower)) return false;
  }
  return false;
}

/**
 * A finite cue form ("references", "said") right after a lexical verb in the present or base form is that verb's
 * object or a modifier in it: an -s form is a plural noun ("see references", "contains references"), a past form a
 * participle ("reduce said dispersion", "get called to jury duty"). A present verb ends no subject, and English never
 * stacks two finite verbs. Auxiliaries and modals ("has said") are left out; -ing forms are too ("keeps insisting"
 * is one verb group).
 */
export function objectOfVerb(tokens: Token[], p: number, i: number): boolean {
  const prev = tokens[p];
  const w = tokens[i].lower;
  return (
    !!prev &&
    prev.word &&
    !prev.cap &&
    isLexicalVerbOnly(prev.lower) &&
    !AUXILIARIES.has(prev.lower) &&
    !BE_FORMS.has(prev.lower) &&
    (/[^s]s$/.test(w) || /ed$/.test(w) || IRREGULAR_PAST.has(w)) &&
    !infinitiveEndsSubject(tokens, p, w)
  );
}

/**
 * Verbs that take an object with a past participle ("to get called", "to see them released", "to have it done"):
 * causatives and verbs of perception and volition (Quirk et al. 1985 §16.52, §16.47). Base forms only, after "to";
 * coordination.ts PARTICIPLE_COMPLEMENT_VERBS is the -ing complement's class ("saw them leaving").
 */
const PAST_PARTICIPLE_COMPLEMENT_VERBS = new Set([
  'get',
  'have',
  'see',
  'hear',
  'watch',
  'want',
  'need',
  'like',
  'keep',
  'leave',
  'make',
  'find',
]);

/**
 * "Officials not authorised to speak said …", "a source who declined to comment said …": a past form after an
 * infinitive that takes no participle ends the subject and is the clause's own verb.
 */
const infinitiveEndsSubject = (tokens: Token[], p: number, w: string): boolean =>
  tokens[p - 1]?.lower === 'to' && !PAST_PARTICIPLE_COMPLEMENT_VERBS.has(tokens[p].lower) && !/[^s]s$/.test(w);

/**
 * A finite verb at `k`: an auxiliary or modal, or a form whose commonest tag in the Brill lexicon is the simple past.
 * English never stacks two finite verbs, so a cue form right before one is the head noun of its subject ("Member
 * states agreed", "the Arab states signed"), not a verb.
 */
export function finiteVerbAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && t.word && !t.cap && (FINITE.has(t.lower) || isPastTense(t.lower));
}

/** Prepositions that take a gerund clause as an adjunct ("before saying", "by insisting"). */
const GERUND_PREPOSITIONS = new Set(['after', 'before', 'by', 'without', 'upon', 'while', 'since', 'when']);
/** Prepositions that post-modify a head noun ("advocates within the community", "members of the board"). */
const POST_MODIFIERS = new Set([
  'of',
  'in',
  'within',
  'from',
  'at',
  'for',
  'on',
  'across',
  'inside',
  'outside',
  'around',
]);

/** A "that" at `p` right after a plural noun, a role or a name: a relative pronoun ("lobbyists that want"). */
export function relativeThat(tokens: Token[], p: number): boolean {
  const t = tokens[p - 1];
  if (tokens[p]?.lower !== 'that' || !t || !t.word) return false;
  // "a message that said": a simple past right after "that" has no subject of its own, so "that" is the relative pronoun
  // whatever noun stands before it (a complementiser "that" is followed by its clause's subject).
  if (!t.cap && isPastTense(tokens[p + 1]?.lower ?? '') && !NOUN_MARKERS.has(t.lower)) return true;
  // Likewise an -s form usually read as a verb ("nothing that suggests", "a memo that says"): a determiner "that" would
  // need the rarer noun reading.
  if (!t.cap && isVerbFirstSForm(tokens[p + 1]?.lower ?? '') && !NOUN_MARKERS.has(t.lower)) return true;
  return pluralWord(t.lower) || ROLES.has(t.lower) || (t.cap && p - 1 > 0);
}

/**
 * English agreement reads a bare present form as a verb after a plural subject, and the subject's head need not
 * stand right before it: "Foner and Alba suggest" (coordinated names), "advocates within the scientific community
 * cite" (a head noun before its prepositional post-modifier). Scans back over one short phrase, never a clause break.
 */
function pluralSubjectBefore(tokens: Token[], p: number): boolean {
  for (let k = p - 1; k >= Math.max(0, p - 7); k--) {
    const t = tokens[k];
    if (!t.word) return false;
    if (t.lower === 'and') return tokens[p].cap && tokens[k + 1].cap && !!tokens[k - 1]?.cap;
    if (POST_MODIFIERS.has(t.lower))
      return (
        k > 0 &&
        tokens[k - 1].word &&
        // "most in Miami want"; "some of her highest approval" is a partitive, whose last noun is its head.
        (pluralWord(tokens[k - 1].lower) || (t.lower !== 'of' && QUANTIFIER_PRONOUNS.has(tokens[k - 1].lower))) &&
        (!tokens[k - 1].cap || k === 1)
      );
    // "Data compiled by ACLED show", "figures released by the ministry suggest": a participle and its agent
    // post-modify the plural head before them.
    if (t.lower === 'by' && k >= 2 && isPastForm(tokens[k - 1].lower))
      return pluralWord(tokens[k - 2].lower) && (!tokens[k - 2].cap || k === 2);
    if (FINITE.has(t.lower) || CLAUSE_BREAK.has(t.lower)) return false;
  }
  return false;
}

/** Frame of the cue ending before token `after`. */
export function frameAt(tokens: Token[], after: number): string {
  let k = skipAdverbialsForward(tokens, after);
  // A bare weekday or "last week" between verb and complement ("announced Wednesday that").
  while (tokens[k] && (WEEKDAYS.has(tokens[k].lower) || tokens[k].lower === 'tonight')) {
    k++;
    // "tweeted Tuesday night he …": the part of the day goes with its weekday.
    if (tokens[k] && PERIODS.has(tokens[k].lower) && WEEKDAYS.has(tokens[k - 1].lower)) k++;
  }
  const t = tokens[k];
  if (!t) return 'end';
  if (!t.word) {
    if (OPEN_QUOTES.has(t.text) || CLOSE_QUOTES.has(t.text) || t.text === ':') return 'quote';
    if (t.text === ',') return OPEN_QUOTES.has(tokens[k + 1]?.text ?? '') ? 'quote' : 'comma';
    if (t.text === '—' || t.text === '–' || t.text === '-') return 'comma';
    return 'end';
  }
  const w = t.lower;
  if (COMPLEMENTISERS.has(w)) return 'that';
  if (w === 'to') {
    const n = tokens[k + 1];
    return n &&
      n.word &&
      !n.cap &&
      !/^(?:the|a|an|his|her|their|its|this|these|those|our|my|your|him|them|me|us)$/.test(n.lower)
      ? 'to'
      : 'p-to';
  }
  if (FRAME_PARTICLES.has(w)) return `p-${w}`;
  if (CLAUSE_SUBJECTS.has(w) && tokens[k + 1]?.word) return 'clause';
  // A short noun phrase followed by a finite auxiliary is a clause's subject ("said the plan would fail").
  for (let j = k + 1; j < Math.min(tokens.length, k + 8); j++) {
    const x = tokens[j];
    if (!x.word) return 'object';
    if (FINITE.has(x.lower)) return 'clause';
    if (CLAUSE_BREAK.has(x.lower)) return 'object';
  }
  return 'object';
}

/** A word that can be a cue: capitalised after another word it is part of a name ("Islamic State") or a title. */
export function isCueCandidate(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return t.word && !(t.cap && i > 0 && tokens[i - 1].word) && /^\p{L}/u.test(t.text);
}
