/**
 * Finds the noun phrase naming a source next to a reporting cue, scanning tokens left or right
 * until a word that cannot belong to a name or description. Token ranges are [start, end).
 */
import { possessiveLength, type Token } from './tokens';
import {
  AUXILIARIES,
  BE_FORMS,
  DETERMINERS,
  INTERVENING_ADVERBS,
  LEADING_CONNECTIVES,
  MONTHS,
  NP_BOUNDARY,
  NP_PREPOSITIONS,
  NAME_PARTICLES,
  PERIODS,
  pluralWord,
  POSSESSIVE_DETERMINERS,
  ASSOCIATION_LINKS,
  ACCESS_NOUNS,
  CARDINAL_WORDS,
  TIME_UNIT,
  QUANTIFIER_PRONOUNS,
  SENTENCE_CAPS,
  SUBJECT_PRONOUNS,
  WEEKDAYS,
  npPrepositionAt,
  ofLikeAt,
} from './words';
import {
  canBeBaseVerb,
  isAdjectiveOnly,
  isLexicalVerbOnly,
  isNonNominal,
  isLyAdverbForm,
  isPastTense,
  isPreposition,
  isOrgWord,
  lookupOrganisation,
  ROLES,
  STATE_MODIFIERS,
  STATE_SPEAKERS,
  stateKey,
} from './lexicon';

export type Range = [number, number];

const MAX_NP = 14;

export const PROPORTION_COUNT = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine)$/;
export const PROPORTION_BASE = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten)$/;

/** "two in three", "six in 10" starting at `i`. */
export const proportion = (tokens: Token[], i: number): boolean =>
  PROPORTION_COUNT.test(tokens[i]?.lower ?? '') &&
  tokens[i + 1]?.lower === 'in' &&
  PROPORTION_BASE.test(tokens[i + 2]?.lower ?? '');

/** A capitalised token that is a name rather than a sentence-opening function word. */
export function isProper(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !t.cap) return false;
  return !SENTENCE_CAPS.has(t.lower);
}

const startsNameOrArticle = (t: Token | undefined): boolean =>
  !!t && t.word && (t.cap || t.lower === 'the' || t.lower === 'a') && !MONTHS.has(t.lower) && !/^\d/.test(t.text);

/** "then" at `i` stands between a determiner or possessive and a role noun ("the then minister", "its then head"). */
const formerHolder = (tokens: Token[], i: number): boolean => {
  const before = tokens[i - 1];
  return (
    !!before &&
    (/^(?:the|its|his|her|their)$/.test(before.lower) || possessiveLength(before.lower) > 0) &&
    ROLES.has(tokens[i + 1]?.lower ?? '')
  );
};

/** A partitive opens at `k` ("two of the defendants", "one of the detained men"): a cardinal word before "of". */
const partitiveAt = (tokens: Token[], k: number): boolean =>
  CARDINAL_WORDS.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'of';

// Verb-like lower-case words (-ed, -ing, irregular pasts like "spoke") end a phrase unless they are hyphenated
// modifiers ("Almaty-based").
const verbLike = (t: Token): boolean =>
  !t.cap &&
  !t.text.includes('-') &&
  (/(?:ed|ing)$/.test(t.lower) || isPastTense(t.lower)) &&
  !ROLES.has(t.lower) &&
  // "unconfirmed", "unnamed", "unidentified": -ed forms the Brill lexicon only ever tags as adjectives.
  !isAdjectiveOnly(t.lower) &&
  t.lower !== 'renowned';

/** Nouns of asserting that a contact relative clause may follow ("a claim officials deny"). */
const ASSERTION_NOUNS = new Set([
  'claim',
  'claims',
  'charge',
  'charges',
  'allegation',
  'allegations',
  'accusation',
  'accusations',
  'assertion',
  'assertions',
  'contention',
  'narrative',
  'theory',
  // The other nouns of a speech act's content (rubric 2.3.19): "a pledge Western officials doubt", "a denial the UN
  // rejects", "an estimate analysts dispute", "a version the ministry rejects".
  'pledge',
  'pledges',
  'promise',
  'promises',
  'denial',
  'denials',
  'assurance',
  'assurances',
  'warning',
  'warnings',
  'argument',
  'arguments',
  'estimate',
  'estimates',
  'assessment',
  'assessments',
  'version',
]);
/** A word that can open the subject of a contact relative clause: no preposition, verb-group word or conjunction. */
const startsRelativeSubject = (t: Token | undefined): boolean =>
  !!t && t.word && !NP_PREPOSITIONS.has(t.lower) && !NP_BOUNDARY.has(t.lower) && t.lower !== 'and';

/**
 * "UN monitoring team", "U.S. lobbying records", "Trump's remaining rivals", "the Security Council monitoring team":
 * an -ing form after an acronym (dotted or not), a possessive or the head word of an organisation's name, and before a
 * lower-case noun, modifies that noun (a personal name before an -ing verb, "Trump faring better", is its subject).
 */
const namedGerundModifier = (tokens: Token[], i: number): boolean =>
  /\p{L}{3}ing$/u.test(tokens[i].lower) &&
  !!tokens[i - 1]?.word &&
  (/^(?:\p{Lu}{2,}|(?:\p{Lu}\.){2,})$/u.test(tokens[i - 1].text) ||
    /\p{L}[’']s$/u.test(tokens[i - 1].text) ||
    (tokens[i - 1].cap && isOrgWord(tokens[i - 1].text))) &&
  !!tokens[i + 1]?.word &&
  !tokens[i + 1].cap &&
  !DETERMINERS.has(tokens[i + 1].lower);

/** The articles: a noun phrase opens with one, and another one opens the next phrase. */
export const ARTICLES = new Set(['a', 'an', 'the']);
const PREDETERMINERS = new Set(['all', 'both', 'half', 'such', 'what', 'quite', 'rather', 'many', 'twice']);
/** Words an article may follow inside one phrase: a predeterminer, a preposition, a conjunction, a doubled article. */
const articleMayFollow = (tokens: Token[], k: number): boolean =>
  PREDETERMINERS.has(tokens[k].lower) ||
  npPrepositionAt(tokens, k) ||
  ARTICLES.has(tokens[k].lower) ||
  tokens[k].lower === 'and' ||
  tokens[k].lower === '&';

const SENTENCE_ADVERBS = new Set([
  'perhaps',
  'maybe',
  'soon',
  'just',
  'ever',
  'still',
  'yet',
  'instead',
  'indeed',
  'now',
  'again',
  'already',
  'thus',
  'hence',
  'likewise',
]);

/**
 * A sentence adverb opening a phrase ("Ultimately 54.6 percent …", "Perhaps Mr. Trump …"): no part of a name.
 * Adverbs in -ly are told from names ending so ("Kelly", "Italy") by their derivational endings.
 */
export function sentenceAdverb(t: Token): boolean {
  const w = t.lower;
  return (
    t.word &&
    (SENTENCE_ADVERBS.has(w) ||
      (w.length >= 6 && /(?:ally|ately|ently|antly|ously|ingly|edly|ively|fully|ily|tly|arly|ibly|ably)$/.test(w)))
  );
}

/** Adverbs that place a measured stretch of time before or after now ("two weeks ago", "three days later"). */
const RELATIVE_TIME = new Set(['ago', 'earlier', 'later', 'before']);
/** What counts the units besides a numeral or number word: an article or an indefinite count ("a few", "a couple of"). */
const TIME_COUNTS = new Set(['a', 'an', 'few', 'several', 'couple', 'of', 'some', 'many']);
const countsTime = (w: string): boolean => /^\d+$/.test(w) || CARDINAL_WORDS.has(w) || TIME_COUNTS.has(w);
/** Approximators before the count ("less than two weeks ago", "nearly a year earlier", "just days before"). */
const TIME_APPROXIMATORS = new Set([
  'less',
  'more',
  'than',
  'about',
  'around',
  'nearly',
  'almost',
  'just',
  'only',
  'barely',
  'roughly',
  'over',
  'under',
  'some',
]);

/**
 * Start of a measure of time ending at `j` ("less than two weeks", "a few days", "days"): the unit, then its count and
 * any approximator, walking back. Returns `j` itself (no measure) when the token at `j` is no unit of time.
 */
function measureBack(tokens: Token[], j: number): number {
  if (!TIME_UNIT.test(tokens[j]?.lower ?? '')) return j;
  let k = j - 1;
  while (k >= 0 && tokens[k].word && countsTime(tokens[k].lower)) k--;
  while (k >= 0 && tokens[k].word && TIME_APPROXIMATORS.has(tokens[k].lower)) k--;
  return k;
}

/** What counts times in an adverbial of frequency ("several times", "three times", "many times"). */
const frequencyCount = (w: string): boolean =>
  CARDINAL_WORDS.has(w) || /^(?:several|many|numerous|multiple|\d+)$/.test(w);

/**
 * "Officials there said", "residents here have complained": a place pro-form after a noun postmodifies it (English
 * nouns take adverbs of place as postmodifiers, Quirk et al. 1985 on postmodification by adverbs), so the noun before
 * it ends the subject. Not after a verb, auxiliary or preposition, where the pro-form is the verb's or the
 * preposition's ("who live there", "were there", "from there").
 */
function placeProFormAfterNoun(tokens: Token[], j: number): boolean {
  const w = tokens[j].lower;
  if (w !== 'here' && w !== 'there') return false;
  const prev = tokens[j - 1];
  if (!prev?.word) return false;
  const p = prev.lower;
  return (
    !AUXILIARIES.has(p) &&
    !BE_FORMS.has(p) &&
    !isPreposition(p) &&
    !isLexicalVerbOnly(p) &&
    // "staff", "guards": a role noun that is also a verb is still a noun here; "who work there" is a verb's.
    (!canBeBaseVerb(p) || ROLES.has(p)) &&
    !isPastTense(p) &&
    !SUBJECT_PRONOUNS.has(p)
  );
}

/** "USA Today reported": an adverb that ends a gazetteer name with the word before it is the name's, not the adverb. */
const adverbInName = (tokens: Token[], j: number): boolean =>
  tokens[j].cap && j > 0 && lookupOrganisation(`${tokens[j - 1].text} ${tokens[j].text}`) !== undefined;

const FLOATING_QUANTIFIERS = new Set(['both', 'all', 'each']);

/**
 * The word a floating quantifier can follow: the end of a subject (a name, a plural, "they", "we") or an auxiliary
 * ("have both argued"); after a verb or determiner "all" quantifies a noun ("avoided all mention").
 */
const floatsAfter = (t: Token | undefined): boolean =>
  !!t &&
  t.word &&
  (t.cap ||
    /^(?:they|we|you)$/.test(t.lower) ||
    pluralWord(t.lower) ||
    AUXILIARIES.has(t.lower) ||
    BE_FORMS.has(t.lower));

/** Index of the first token before `i` that is not an intervening adverb ("even", "also", "-ly"). */
export function skipAdverbsBack(tokens: Token[], i: number): number {
  let j = i - 1;
  for (;;) {
    while (j >= 0 && tokens[j].word) {
      const w = tokens[j].lower;
      // "ISAF three days later said": the measure goes with the adverb, before "later" alone is passed over.
      if (RELATIVE_TIME.has(w) && measureBack(tokens, j - 1) < j - 1) j = measureBack(tokens, j - 1);
      // "The King, often irritated, several times threatened": a count of times is an adverbial of frequency.
      else if (w === 'times' && frequencyCount(tokens[j - 1]?.lower ?? '')) j -= 2;
      else if ((INTERVENING_ADVERBS.has(w) && !adverbInName(tokens, j)) || (isLyAdverbForm(w) && !tokens[j].cap)) j--;
      else if (placeProFormAfterNoun(tokens, j)) j--;
      // "has since said": after a perfect auxiliary, "since" is the adverb of time ('subsequently'), not a preposition.
      else if (w === 'since' && /^(?:has|have|had|'s|'ve|'d)$/.test(tokens[j - 1]?.lower ?? '')) j--;
      // "The minister and his deputy both said", "they all agree": a floating quantifier after its noun phrase (Quirk
      // et al. 1985 §6.49); sentence-initial "All" or "Both" is the subject itself.
      else if (FLOATING_QUANTIFIERS.has(w) && floatsAfter(tokens[j - 1])) j--;
      else break;
    }
    // A time adverbial between subject and verb ("ISAF on Monday said", "officials last week warned").
    const t = tokens[j];
    if (!t || !t.word) return j;
    if (WEEKDAYS.has(t.lower)) j -= /^(?:on|last|this|late|early)$/.test(tokens[j - 1]?.lower ?? '') ? 2 : 1;
    else if (PERIODS.has(t.lower) && /^(?:last|this|earlier)$/.test(tokens[j - 1]?.lower ?? '')) j -= 2;
    // "on Thursday evening said": the period belongs to the weekday before it.
    else if (PERIODS.has(t.lower) && WEEKDAYS.has(tokens[j - 1]?.lower ?? '')) j -= 1;
    else {
      // "have in the past said", "has in recent weeks warned", "have for months insisted": a prepositional adverbial
      // of time between the auxiliary (or subject) and the verb.
      const from = timePhraseStart(tokens, j);
      if (from < 0) return j;
      j = from - 1;
    }
  }
}

/** Determiners of an adverbial of frequency besides counts: "at various times", "on other occasions". */
const OCCASION_WORDS = new Set([
  'various',
  'different',
  'other',
  'some',
  'such',
  'these',
  'those',
  'previous',
  'earlier',
]);
/** Prepositions that open an adverbial of duration or period ("in recent weeks", "for months", "over the past year"). */
const TIME_PREPOSITIONS = new Set(['in', 'for', 'over', 'during', 'throughout', 'within']);
/** Words between such a preposition and its measure of time: "the past", "recent", "the last", "the coming". */
const TIME_PHRASE_WORDS = new Set(['the', 'past', 'recent', 'last', 'coming', 'next', 'previous', 'preceding']);

/**
 * Start (the preposition) of a prepositional adverbial of time ending at `j`: "in the past", "in recent weeks", "for
 * months", "over the past two years"; -1 when none ends there. The phrase ends on a measure of time (measureBack) or on
 * "past".
 */
function timePhraseStart(tokens: Token[], j: number): number {
  const w = tokens[j].lower;
  // "have at various times claimed", "has on several occasions said": an adverbial of frequency (Quirk et al. 1985
  // §8.64), "at" with times and "on" with occasions.
  if (w === 'times' || w === 'occasions' || w === 'occasion') {
    let k = j - 1;
    while (k >= 0 && tokens[k].word && (frequencyCount(tokens[k].lower) || OCCASION_WORDS.has(tokens[k].lower))) k--;
    const preposition = w === 'times' ? 'at' : 'on';
    return k >= 0 && tokens[k].lower === preposition && !tokens[k].cap ? k : -1;
  }
  if (!TIME_UNIT.test(w) && w !== 'past') return -1;
  let k = w === 'past' ? j - 1 : measureBack(tokens, j);
  while (k >= 0 && tokens[k].word && TIME_PHRASE_WORDS.has(tokens[k].lower)) k--;
  return k >= 0 && TIME_PREPOSITIONS.has(tokens[k].lower) && !tokens[k].cap ? k : -1;
}

/**
 * "the latest study on radicalization": a document's topic, a bare noun after "on", stays in the document's phrase,
 * which is the source ("… suggests that").
 */
function documentTopic(tokens: Token[], i: number): boolean {
  return tokens[i].lower === 'on' && !!ROLES.get(tokens[i - 1]?.lower ?? '')?.document;
}

/**
 * "residents in nearby villages", "elders from remote districts": where a role's holders are, a place phrase
 * after a role noun, stays in the role's phrase, as "officials in Kabul" does with a name.
 */
function roleLocation(tokens: Token[], i: number): boolean {
  return /^(?:in|from|at)$/.test(tokens[i].lower) && ROLES.has(tokens[i - 1]?.lower ?? '');
}

/** A preposition before the article at `i` ties it to a head noun before ("Many of the …", "Reports from the …"). */
function linksBack(tokens: Token[], i: number): boolean {
  const p = tokens[i - 1]?.lower ?? '';
  if (ofLikeAt(tokens, i - 1) || associationLink(tokens, i - 1)) return true;
  const head = tokens[i - 2];
  return (
    NP_PREPOSITIONS.has(p) &&
    !!head &&
    head.word &&
    (!SENTENCE_CAPS.has(head.lower) || ROLES.has(head.lower) || QUANTIFIER_PRONOUNS.has(head.lower)) &&
    !verbLike(head)
  );
}

/** Modifiers of a title or name ("former President X", "the late Y"), a closed class of status adjectives. */
const NAME_MODIFIERS = new Set([
  'former',
  'late',
  'then',
  'acting',
  'interim',
  'incoming',
  'outgoing',
  'fellow',
  'future',
]);

/** A lower-case common noun: no role, title, adjective, name particle or function word. */
export function commonNoun(t: Token): boolean {
  if (!/^\p{Ll}+$/u.test(t.text) || ROLES.has(t.lower) || isAdjectiveOnly(t.lower)) return false;
  if (NAME_MODIFIERS.has(t.lower) || NAME_PARTICLES.has(t.lower)) return false;
  return !DETERMINERS.has(t.lower) && !NP_PREPOSITIONS.has(t.lower) && !LEADING_CONNECTIVES.has(t.lower);
}

/**
 * "the Republican nomination", "the New Hampshire primary": a name between an article and a common noun modifies that
 * noun. The word after it must be a noun that cannot be a verb, or "the Taliban say" would lose its subject.
 */
export function nameModifiesNoun(tokens: Token[], first: number, end: number): boolean {
  const next = tokens[end];
  return !!next && ARTICLES.has(tokens[first - 1]?.lower ?? '') && nounNotVerb(next);
}

/** A lower-case common noun that cannot be read as a verb ("nomination", "world"; not "say", "says", "warned"). */
export function nounNotVerb(t: Token): boolean {
  if (!commonNoun(t) || verbLike(t)) return false;
  const w = t.lower;
  return (
    !isLexicalVerbOnly(w) &&
    !AUXILIARIES.has(w) &&
    !isLyAdverbForm(w) &&
    !(w.endsWith('s') && canBeBaseVerb(w.slice(0, -1)))
  );
}

/**
 * The preposition at `i` ties an unnamed source to whom it is close ("sources close to the leadership", "a person
 * familiar with the matter", "an official with knowledge of the talks"): the phrase after it describes the source.
 */
export function associationLink(tokens: Token[], i: number): boolean {
  const p = tokens[i]?.lower ?? '';
  const before = tokens[i - 1];
  if (!before?.word) return false;
  if (ASSOCIATION_LINKS.get(p)?.has(before.lower)) return true;
  const next = tokens[i + 1]?.lower ?? '';
  return (
    p === 'with' &&
    (ACCESS_NOUNS.has(next) ||
      (/^(?:direct|detailed|close|inside)$/.test(next) && ACCESS_NOUNS.has(tokens[i + 2]?.lower ?? '')))
  );
}

/** "in chief", "at large" after a role noun: the fixed complements English titles take after their head. */
export function titleComplement(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1]?.lower;
  return (
    (tokens[i].lower === 'in' && next === 'chief') ||
    (tokens[i].lower === 'at' && next === 'large' && !!tokens[i - 1] && ROLES.has(tokens[i - 1].lower))
  );
}

/**
 * A manner adverb after a name or noun is no part of it: "President Obama passionately rebuked", "partners in Tehran
 * relentlessly referring to". An -ly word the Brill lexicon never tags as a noun, lower case ("Kelly" and "the
 * elderly" stay), after a word that can end a noun phrase ("for fearlessly speaking", "was particularly telling" have
 * none).
 */
const trailingAdverb = (tokens: Token[], i: number): boolean => {
  const t = tokens[i];
  const prev = tokens[i - 1];
  return (
    i > 0 &&
    !t.cap &&
    isLyAdverbForm(t.lower) &&
    isNonNominal(t.lower) &&
    !!prev.word &&
    (prev.cap || (!isNonNominal(prev.lower) && !isPreposition(prev.lower)))
  );
};

/** "(GKNB)" closing at `close` right after a word: the index of its opening bracket, else -1. */
function bracketedAcronymStart(tokens: Token[], close: number): number {
  const open = close - 2;
  return open > 0 &&
    tokens[open].text === '(' &&
    /^[A-Z][A-Z0-9.&-]{1,9}$/.test(tokens[close - 1].text) &&
    tokens[open - 1].word
    ? open
    : -1;
}

/** The capitalised run ending at `end` names a state or capital (STATE_SPEAKERS), its first word at the result, else -1. */
function stateBefore(tokens: Token[], end: number): number {
  let k = end;
  while (k >= 0 && tokens[k].cap && tokens[k].word) k--;
  for (let from = k + 1; from <= end; from++) {
    const name = tokens
      .slice(from, end + 1)
      .map((t) => t.text)
      .join(' ');
    if (STATE_SPEAKERS.has(stateKey(name))) return from;
  }
  return -1;
}

/**
 * The comma at `comma` joins conjuncts of states up to `last` ("Dushanbe, Tashkent and Bishkek", "Uzbekistan,
 * Tajikistan, and Kyrgyzstan"): a state before it, and states separated by commas and one "and" after it.
 */
function stateList(tokens: Token[], comma: number, last: number): boolean {
  const first = stateBefore(tokens, comma - 1);
  if (first < 0) return false;
  // "Unlike Moscow, Tashkent and Bishkek said": a fronted adverbial's state is no conjunct of the subject.
  const before = tokens[first - 1];
  if (before && isPreposition(before.lower) && (first === 1 || tokens[first - 2].text === ',')) return false;
  let sawAnd = false;
  let k = last;
  for (;;) {
    const from = stateBefore(tokens, k);
    if (from <= comma) return false;
    k = from - 1;
    if (tokens[k].lower === 'and' && !sawAnd) {
      sawAnd = true;
      k--;
      if (tokens[k].text !== ',') continue;
    }
    if (k === comma) return sawAnd;
    if (tokens[k].text !== ',') return false;
    k--;
  }
}

/** The noun phrase ending at token `last` (inclusive), scanning leftwards. */
export function backwardNP(tokens: Token[], last: number): Range | null {
  if (trailingAdverb(tokens, last)) last--;
  let i = last;
  let count = 0;
  // Whether every token after `i` up to `last` is capitalised: the scan has only read a name so far.
  let nameSoFar = true;
  for (; i >= 0 && count < MAX_NP; i--, count++) {
    const t = tokens[i];
    if (i < last) nameSoFar &&= tokens[i + 1].cap;
    if (!t.word) {
      // "the State Committee for National Security (GKNB) of the Kyrgyz Republic": a bracketed acronym between a name
      // and its "of" phrase belongs to the phrase.
      const open = i < last && t.text === ')' && npPrepositionAt(tokens, i + 1) ? bracketedAcronymStart(tokens, i) : -1;
      // "Dushanbe, Tashkent and Bishkek", "leaders of Uzbekistan, Tajikistan and Kyrgyzstan": a list of states is one
      // coordinated speaker, as source-types.ts reads it; other lists ("In Iowa, Cruz and Rubio said") stop at the comma.
      if (open < 0 && t.text === ',' && i < last && stateList(tokens, i, last)) continue;
      if (open < 0) break;
      i = open;
      continue;
    }
    if (SUBJECT_PRONOUNS.has(t.lower)) {
      if (i === last) i--;
      break;
    }
    if (t.lower === 'and' || t.lower === '&') {
      // "Afghan and coalition forces", "Uzbek and Tajik officials": coordinated modifiers of one head, as in forwardNP.
      if (i < last && STATE_MODIFIERS.has(tokens[i - 1]?.lower ?? '')) continue;
      // "Uzbekistan, Tajikistan, and Kyrgyzstan": the serial comma before "and" in a list of states.
      if (i < last && tokens[i - 1]?.text === ',' && stateList(tokens, i - 1, last)) continue;
      if (i === last || !startsNameOrArticle(tokens[i + 1]) || !tokens[i - 1]?.word) break;
      continue;
    }
    // "Sources close to the leadership": back past the tie and its adjective to the unnamed source.
    if (i < last && associationLink(tokens, i)) {
      i--;
      continue;
    }
    // "the head of the service", "the envoy to Afghanistan": a complement belongs to its phrase.
    if (npPrepositionAt(tokens, i)) {
      if (i === last) break;
      // "six in 10 voters": a proportion is one phrase.
      if (proportion(tokens, i - 1)) continue;
      // "editor in chief", "ambassador at large": a title's post-positive complement is part of the title.
      if (titleComplement(tokens, i)) continue;
      if (
        !ofLikeAt(tokens, i) &&
        !startsNameOrArticle(tokens[i + 1]) &&
        !partitiveAt(tokens, i + 1) &&
        !documentTopic(tokens, i) &&
        !roleLocation(tokens, i)
      )
        break;
      continue;
    }
    // "the agency's then chairman", "the then president": "then" before a role premodifies it (a former holder).
    if (t.lower === 'then' && i < last && formerHolder(tokens, i)) continue;
    if (NP_BOUNDARY.has(t.lower) && !t.cap) break;
    // "the lawsuit Lynch announced": a name right after a common noun that is no role, title or adjective opens a
    // phrase of its own (a relative clause without "that"); "the spokesman Zabihullah Mujahid" keeps the role.
    if (i < last && nameSoFar && commonNoun(t)) break;
    // "a claim human rights groups dispute", "a charge the ministry denies": after a noun of asserting, a phrase with
    // no "that" and a verb of its own is a relative clause, whose subject starts after the noun.
    if (i < last && ASSERTION_NOUNS.has(t.lower) && startsRelativeSubject(tokens[i + 1])) break;
    // After an article a participle modifies the head ("the combined force", "an armed man"), as in forwardNP.
    // So does an -ing form between a name and a common noun: "the UN monitoring team", "the NATO training mission".
    if (i !== last && verbLike(t) && !ARTICLES.has(tokens[i - 1]?.lower ?? '') && !namedGerundModifier(tokens, i))
      break;
    // An article opens the phrase ("During the search a civilian man …"), unless a preposition links it to a
    // head before ("the head of the service", "Some reports from the region", "a spokesman for the governor"). So
    // does the negative determiner ("a figure no independent observer has confirmed": two phrases, not one).
    if ((ARTICLES.has(t.lower) || t.lower === 'no') && !linksBack(tokens, i)) {
      i--;
      break;
    }
  }
  let start = i + 1;
  while (
    start <= last &&
    (LEADING_CONNECTIVES.has(tokens[start].lower) ||
      NP_BOUNDARY.has(tokens[start].lower) ||
      (start < last && sentenceAdverb(tokens[start])))
  )
    start++;
  return start <= last ? [start, last + 1] : null;
}

/**
 * "the newly revised timeline", "a widely shared video": after an article and an -ly adverb a participle premodifies
 * the noun (Quirk et al. 1985 §7.15, participles as adjectives with their own modifiers) instead of ending the phrase
 * as a verb. The adverb is an -ly word the Brill lexicon never tags as a noun ("newly", "widely"; not "the daily", "the
 * reply"); "the ministry recently said" has no article right before the adverb.
 */
function premodifyingParticiple(tokens: Token[], i: number): boolean {
  const adverb = tokens[i - 1];
  return (
    i >= 2 &&
    ARTICLES.has(tokens[i - 2].lower) &&
    !adverb.cap &&
    /\p{L}ly$/u.test(adverb.lower) &&
    isNonNominal(adverb.lower) &&
    /\p{L}(?:ed|ing)$/u.test(tokens[i].lower)
  );
}

/** A number at `i` stands after the phrase's determiner and only adjectives ("the recent 50-state poll"). */
function figureAfterDeterminer(tokens: Token[], first: number, i: number): boolean {
  if (!/^(?:the|a|an|its|their)$/.test(tokens[first].lower)) return false;
  for (let k = first + 1; k < i; k++) if (tokens[k].cap || !isAdjectiveOnly(tokens[k].lower)) return false;
  return true;
}

/** Prepositions of the occasion a named person spoke at ("at a briefing", "during a visit"), before "a"/"an". */
const EVENT_PREPOSITIONS = new Set(['at', 'during']);
const INDEFINITE = new Set(['a', 'an']);

/** Determiners after which an -ing or -ed word premodifies a noun: possessives and "another" ("those leading" may not). */
const NOUN_DETERMINERS = new Set([...POSSESSIVE_DETERMINERS, 'another']);

/** The noun phrase starting at token `first`, scanning rightwards. */
export function forwardNP(tokens: Token[], first: number): Range | null {
  while (first < tokens.length - 1 && sentenceAdverb(tokens[first]) && tokens[first + 1].word) first++;
  let i = first;
  let count = 0;
  for (; i < tokens.length && count < MAX_NP; i++, count++) {
    const t = tokens[i];
    if (!t.word) break;
    if (t.lower === 'and' || t.lower === '&') {
      const modifierPair = STATE_MODIFIERS.has(tokens[i - 1]?.lower ?? '') && tokens[i + 1]?.word;
      // "Aliev and others": the pronoun of the rest of a group closes a coordinated phrase.
      const others = tokens[i + 1]?.lower === 'others';
      if (i === first || !(startsNameOrArticle(tokens[i + 1]) || modifierPair || others)) break;
      continue;
    }
    // "a person familiar with the matter", "officials briefed on the plan": the tie and what follows describe the source.
    if (i > first && associationLink(tokens, i)) continue;
    if (i > first && associationLink(tokens, i + 1)) {
      i++;
      continue;
    }
    if (npPrepositionAt(tokens, i)) {
      if (i === first) break;
      const next = tokens[i + 1];
      if (!next || !next.word || MONTHS.has(next.lower) || /^\d/.test(next.text)) break;
      // "announced by Deputy Minister Kurbanov at a briefing": after a personal name, "at"/"during" a (an) occasion is
      // where it was said, no part of the name ("an officer at a checkpoint" keeps its place: a role, not a name).
      if (
        EVENT_PREPOSITIONS.has(t.lower) &&
        INDEFINITE.has(next.lower) &&
        isProper(tokens, i - 1) &&
        !ROLES.has(tokens[i - 1].lower)
      )
        break;
      if (titleComplement(tokens, i)) {
        i++;
        continue;
      }
      if (!ofLikeAt(tokens, i) && !startsNameOrArticle(next)) break;
      continue;
    }
    if (NP_BOUNDARY.has(t.lower) && !t.cap) break;
    if (SUBJECT_PRONOUNS.has(t.lower) && i !== first) break;
    // "According to initial reports an ISAF unit received …": an article after a noun opens the next phrase (one opens a
    // phrase only after a predeterminer: "all the", "half a", "such a").
    if (
      ARTICLES.has(t.lower) &&
      i !== first &&
      !t.cap &&
      !articleMayFollow(tokens, i - 1) &&
      !associationLink(tokens, i - 1)
    )
      break;
    // "Gulnara Abdieva holds a different view": an -s form between a name and an article is the name's verb; a plural
    // noun after a name ("Taliban fighters") takes no article after it.
    if (
      i !== first &&
      !t.cap &&
      /[^s']s$/.test(t.lower) &&
      isProper(tokens, i - 1) &&
      ARTICLES.has(tokens[i + 1]?.lower ?? '') &&
      !tokens[i + 1]?.cap
    )
      break;
    // "the base chief known as Bob": the participle introducing an alias post-modifies the phrase.
    if (t.lower === 'known' && tokens[i + 1]?.lower === 'as' && i !== first) break;
    // "the numbers cited by officials vary widely": a word that is only ever a verb is the next clause's, not the phrase's.
    if (i !== first && !t.cap && isLexicalVerbOnly(t.lower)) break;
    // "the meeting", "a briefing": right after an article an -ing word is the noun, not a verb ending the phrase; so after
    // a possessive or "another" ("another leading advocate", "his ruling party"), determiners that take no clause, and
    // after an acronym or an organisation's name ("according to U.S. lobbying records").
    if (
      verbLike(t) &&
      i !== first &&
      !(t.lower === 'named' && tokens[i + 1]?.cap) &&
      !ARTICLES.has(tokens[i - 1].lower) &&
      !NOUN_DETERMINERS.has(tokens[i - 1].lower) &&
      !premodifyingParticiple(tokens, i) &&
      !namedGerundModifier(tokens, i)
    )
      break;
    // A year or number only after the article and its adjectives: "the 2021 UN report", "the recent 50-state poll".
    // An ordinal before a capitalised rank or unit stays in the name: "Air Force 1st Lt. X", "the 2nd Battalion".
    const ordinalTitle = /^\d+(?:st|nd|rd|th)$/.test(t.lower) && !!tokens[i + 1]?.cap;
    // "according to Forum 18, …", "the opposition Group 24.": a short number closing a capitalised name is part of it.
    const nameNumber =
      /^\d{1,3}$/.test(t.text) && !!tokens[i - 1]?.cap && !MONTHS.has(tokens[i - 1].lower) && !tokens[i + 1]?.word;
    if (/^\d/.test(t.text) && i !== first && !ordinalTitle && !nameNumber && !figureAfterDeterminer(tokens, first, i))
      break;
  }
  let end = i;
  while (end > first && (npPrepositionAt(tokens, end - 1) || tokens[end - 1].lower === 'and')) end--;
  return end > first ? [first, end] : null;
}

/** Index of a phrase's head: its last word before the first post-modifying preposition ("the rules of the court"). */
export function headIndex(tokens: Token[], r: Range): number {
  let h = r[0];
  while (h + 1 < r[1] && !npPrepositionAt(tokens, h + 1)) h++;
  return h;
}

/** "those surveyed", "those interviewed": "those" with a participle names people by what was done to them. */
export const thoseParticiple = (tokens: Token[], i: number): boolean =>
  tokens[i]?.lower === 'those' && /\p{L}ed$/u.test(tokens[i + 1]?.lower ?? '');

/** Text of a token range, exactly as in the source string. */
export function rangeText(text: string, tokens: Token[], r: Range, base = 0): string {
  return text.slice(tokens[r[0]].start - base, tokens[r[1] - 1].end - base);
}
