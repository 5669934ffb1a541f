import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon/calendar';

/**
 * English function-word classes used to find the edges of a source noun phrase without a tagger.
 * They are grammar, not rubric: the rubric (what counts as a cue or a source) lives in JSON.
 */

/** A negated contraction in both apostrophes: "does" → "doesn't", "doesn’t". */
export const negated = (forms: readonly string[]): string[] => forms.flatMap((f) => [`${f}n't`, `${f}n’t`]);

export const BE_FORMS = new Set([
  'be',
  'been',
  'being',
  'is',
  'are',
  'was',
  'were',
  ...negated(['is', 'are', 'was', 'were']),
]);

const AUXILIARY_BASES = ['has', 'have', 'had', 'would', 'did', 'does', 'do', 'could', 'might', 'should', 'must'];
/** Auxiliaries and modals, negated ones included ("doesn’t think", "didn't mention", "won't say"). */
export const AUXILIARIES = new Set([
  ...AUXILIARY_BASES,
  'will',
  'may',
  'can',
  'cannot',
  ...negated([...AUXILIARY_BASES, 'wo', 'ca']),
]);

/**
 * Verbs of perception in their finite and non-finite forms (Quirk et al. 1985 §16.52): they take an object with a bare
 * infinitive ("heard him say") or an -ing participle ("saw them leaving").
 */
export const PERCEPTION_VERBS: readonly string[] = [
  ['see', 'sees', 'saw', 'seen', 'seeing'],
  ['hear', 'hears', 'heard', 'hearing'],
  ['watch', 'watches', 'watched', 'watching'],
  ['feel', 'feels', 'felt', 'feeling'],
  ['notice', 'notices', 'noticed', 'noticing'],
].flat();

/**
 * Copular verbs other than "be" (Quirk et al. 1985 §16.21: current "seem", "appear", "feel", "remain", "stay"; resulting
 * "become", "get", "grow"): before an adjective of mental state ("became convinced that", "grew worried that") their
 * subject is the adjective's, as a be-form's is.
 */
export const LINKING_VERBS = new Set(
  ['become', 'grow', 'remain', 'seem', 'appear', 'feel', 'stay', 'get']
    .flatMap((v) => [v, `${v}s`])
    .concat(['became', 'grew', 'grown', 'remained', 'seemed', 'appeared', 'felt', 'stayed', 'got', 'gotten']),
);

/** Verbs whose object noun carries the meaning ("gave an endorsement", "voiced concerns"): their subject owns it. */
export const LIGHT_VERBS =
  /^(?:give|gives|gave|given|giving|make|makes|made|making|issue[sd]?|issuing|express(?:es|ed|ing)?|voice[sd]?|voicing|offer(?:s|ed|ing)?|deliver(?:s|ed|ing)?|raise[sd]?|raising|renew(?:s|ed|ing)?|repeat(?:s|ed|ing)?|share[sd]?|sharing)$/;

/** Quantifiers that head a plural noun phrase of their own ("many in the party", "some in the ministry"). */
export const QUANTIFIER_PRONOUNS = new Set(['most', 'many', 'some', 'few', 'several', 'all', 'both', 'others']);

/** Words that cannot sit inside a source noun phrase: an NP scan stops at them. */
export const NP_BOUNDARY = new Set([
  ...BE_FORMS,
  // Negated auxiliaries end a subject as the plain ones do ("the donor didn’t disclose").
  ...negated([...AUXILIARY_BASES, 'wo', 'ca']),
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'must',
  'should',
  'shall',
  'do',
  'does',
  'did',
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'when',
  'while',
  'where',
  'whether',
  'because',
  'since',
  'although',
  'though',
  'if',
  'as',
  'than',
  'but',
  'or',
  'nor',
  'so',
  'yet',
  'not',
  'never',
  'after',
  'before',
  'until',
  'by',
  'with',
  'without',
  'into',
  'onto',
  'upon',
  'about',
  'over',
  'under',
  'through',
  'during',
  'against',
  'between',
  'among',
  'to',
  'what',
  'how',
  'why',
  'there',
  'here',
  'above',
  'below',
  'then',
  'now',
  'however',
  'also',
  'even',
  'only',
  'just',
  'too',
  'like',
  'unlike',
  'following',
  'including',
  'concerning',
  'regarding',
  'despite',
  'per',
  'via',
  'today',
  'yesterday',
  'tonight',
]);

/** Prepositions allowed inside a name or description ("the head of X", "Police in Kunduz"). */
export const NP_PREPOSITIONS = new Set(['of', 'for', 'in', 'at', 'from', 'on']);

/**
 * Relational nouns of representation and service whose "to" complement names whom or where the holder serves: "the
 * envoy to Afghanistan", "an adviser to the president", "Russia's ambassador to Tajikistan" (the "N to n" pattern of
 * these nouns in COBUILD's grammar patterns). After one of them "to" ties a complement into the description as "of"
 * does in "the head of the service", and the holder, not the complement, heads the phrase: "An adviser to the Tajik
 * president said" is the adviser speaking. Only nouns that are already role nouns (role-nouns.json), with plurals.
 */
const TO_COMPLEMENT_HEADS = new Set([
  'ambassador',
  'ambassadors',
  'envoy',
  'envoys',
  'adviser',
  'advisers',
  'advisor',
  'advisors',
  'aide',
  'aides',
  'delegates',
  'deputy',
  'secretary',
  'spokesman',
  'spokeswoman',
  'spokesperson',
]);

/**
 * Token `i` ties a complement into its description as "of" does: "of" itself, or the "to" of a service noun's complement
 * ("envoy to", "adviser to").
 */
export const ofLikeAt = (tokens: readonly { lower: string }[], i: number): boolean =>
  tokens[i]?.lower === 'of' || (i > 0 && tokens[i].lower === 'to' && TO_COMPLEMENT_HEADS.has(tokens[i - 1].lower));

/** Token `i` is a preposition allowed inside a description: one of NP_PREPOSITIONS, or a service noun's "to". */
export const npPrepositionAt = (tokens: readonly { lower: string }[], i: number): boolean =>
  NP_PREPOSITIONS.has(tokens[i].lower) || ofLikeAt(tokens, i);

export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they']);
/** The author's own voice: never an attributed source. */
export const AUTHOR_PRONOUNS = new Set(['we', 'i', 'you', 'one', 'us']);
export const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that', 'whom', 'whose', 'what']);
/** Possessive determiners: before a noun they name its owner, not a speaker ("his strong support"). */
export const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
export const NEGATING_SUBJECTS = new Set(['none', 'no', 'nobody', 'neither', 'nothing', 'nor']);

export const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'these',
  'those',
  'its',
  'their',
  'his',
  'her',
  'our',
  'my',
  'your',
  'such',
  'many',
  'some',
  'several',
  'few',
  'any',
  'each',
  'every',
  'no',
  'most',
  'other',
  'another',
  'all',
  'both',
  'more',
  'much',
]);
export const INDEFINITE_DETERMINERS = new Set([
  'a',
  'an',
  'some',
  'several',
  'many',
  'few',
  'any',
  'other',
  'another',
  'most',
  'all',
  'various',
  'numerous',
  'multiple',
]);

/** Adverbs that may stand between a subject and its reporting verb ("Stratfor even casts"). */
export const INTERVENING_ADVERBS = new Set([
  'even',
  'also',
  'itself',
  'themselves',
  'himself',
  'herself',
  'still',
  'further',
  'previously',
  'recently',
  'then',
  'only',
  'merely',
  'too',
  'again',
  'already',
  'now',
  'just',
  'once',
  'later',
  'earlier',
  'soon',
  'first',
  'always',
  'never',
  'often',
  'today',
  'yesterday',
  'tonight',
  'publicly',
  'separately',
  // Frequency and duration adverbs of "have long said", "seldom speaks", "has lately argued".
  'long',
  'seldom',
  'rarely',
  'sometimes',
  'usually',
  'lately',
  'ever',
  // Degree adverbs of a passive's participle ("is best described as", "is better known", "is well documented").
  'best',
  'better',
  'well',
  // Conjunctive adverbs, which may stand between subject and verb without commas ("The governor however said").
  'however',
  'meanwhile',
  'nonetheless',
  'nevertheless',
  'therefore',
  'thus',
  'instead',
  'likewise',
  'moreover',
  'furthermore',
]);

/** Leading connectives stripped from the front of a subject ("And Noah Tucker"). */
export const LEADING_CONNECTIVES = new Set([
  'and',
  'but',
  'so',
  'yet',
  'then',
  'also',
  'still',
  'furthermore',
  'moreover',
  'however',
  'meanwhile',
  'indeed',
  'thus',
  'consequently',
  'therefore',
  'while',
  'as',
  'even',
  'of',
  'for',
  'in',
  'at',
  'from',
  'on',
  'instead',
  'besides',
  'hence',
]);

/** Capitalised words that are capitalised only because they open a sentence. */
export const SENTENCE_CAPS = new Set([
  ...DETERMINERS,
  ...LEADING_CONNECTIVES,
  ...SUBJECT_PRONOUNS,
  'we',
  'i',
  'you',
  'one',
  'in',
  'on',
  'at',
  'by',
  'with',
  'if',
  'when',
  'after',
  'before',
  'since',
  'although',
  'though',
  'there',
  'here',
  'what',
  'who',
  'which',
  'according',
  'based',
  'acting',
  'during',
  'following',
  'last',
  'recent',
  'further',
  'two',
  'three',
  'four',
  'five',
  'former',
  'late',
  'senior',
  'regional',
  'local',
  'international',
  'several',
  'claims',
  'statements',
  'reports',
  'analysts',
  'officials',
  // Prepositions open sentences too ("Amid fears that …", "Despite warnings …").
  'amid',
  'amidst',
  'despite',
  'among',
  'against',
  'under',
  'over',
  'within',
  'without',
  'through',
  'throughout',
  'toward',
  'towards',
  'across',
  'behind',
  'beyond',
  'for',
  'from',
  'of',
  'about',
  'into',
  'near',
  'upon',
  'unlike',
  'like',
  'given',
  // Participles that open a sentence as an adjunct ("Asked about the deal, the minister said …").
  'asked',
  'speaking',
  'reached',
  'contacted',
  'interviewed',
  'writing',
  'responding',
  'pressed',
  'told',
  'briefing',
  'addressing',
  'later',
  'earlier',
  'let’s',
  "let's",
  'having',
]);

export const MONTHS = new Set([
  ...MONTH_NAMES,
  ...MONTH_ABBREVIATIONS.map((a) => `${a}.`),
  ...WEEKDAY_NAMES,
  'last',
  'this',
  'next',
  'early',
  'late',
  'mid',
]);

/** Particles that stay inside personal names ("Mulla Muhammad Omar", "bin Laden", "de Blasio", "dos Santos"). */
export const NAME_PARTICLES = new Set([
  'al',
  'bin',
  'ibn',
  'abu',
  'de',
  'del',
  'della',
  'di',
  'des',
  'dos',
  'van',
  'von',
  'ul',
  'ud',
  'el',
  'da',
  'du',
  'der',
  'den',
  'la',
  'le',
]);

export const WEEKDAYS: ReadonlySet<string> = new Set(WEEKDAY_NAMES);
/** Nouns of "last week", "this month", "earlier this year": time adverbials around a reporting verb. */
export const PERIODS = new Set([
  'week',
  'month',
  'year',
  'night',
  'weekend',
  'morning',
  'evening',
  'afternoon',
  'summer',
  'winter',
  'spring',
  'autumn',
]);

/** Participles of issuing a document ("a statement issued by", "released a report"): the agent is its issuer. */
export const ISSUING_PARTICIPLES = [
  'issued',
  'released',
  'published',
  'posted',
  'circulated',
  'distributed',
  'sent',
  'delivered',
];

/**
 * How news writing describes a source it does not name by the source's tie to someone ("sources close to the
 * leadership", "a person familiar with the matter", "an official with knowledge of the talks", "officials briefed on the
 * plan"): the standard formulas of anonymous attribution that style guides discuss (AP Stylebook, "anonymous sources";
 * the NYT's "Confidential News Sources" policy). Each adjective or participle is listed with the preposition it takes;
 * the phrase after it describes the unnamed source and never is the source.
 */
export const ASSOCIATION_LINKS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['to', new Set(['close', 'closer', 'linked', 'loyal', 'allied', 'near', 'connected', 'tied', 'privy', 'aligned'])],
  ['with', new Set(['familiar', 'acquainted', 'associated', 'affiliated', 'connected'])],
  ['in', new Set(['involved'])],
  ['on', new Set(['briefed'])],
  ['about', new Set(['knowledgeable'])],
]);
/** "an official with knowledge of the talks", "a source with direct access to": "with" and what it gives the source. */
export const ACCESS_NOUNS = new Set(['knowledge', 'access', 'ties', 'links']);

/** Units a stretch of time is counted in, singular or plural ("two weeks ago", "Minutes later, she …"). */
export const TIME_UNIT = /^(?:second|minute|hour|day|week|fortnight|month|year|decade|moment)s?$/;
/** Cardinal number words ("Eight years ago", "three days later", "hundreds of fighters"). */
export const CARDINAL_WORDS: ReadonlySet<string> = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'hundred',
  'hundreds',
  'thousand',
  'thousands',
  'dozen',
  'dozens',
]);

/** Reflexive pronouns (Quirk et al. 1985 §6.23). */
export const REFLEXIVES: ReadonlySet<string> = new Set([
  'myself',
  'yourself',
  'himself',
  'herself',
  'itself',
  'ourselves',
  'yourselves',
  'themselves',
]);

/**
 * Closed-class words that open a sentence capitalised but never name anyone: reflexive and indefinite pronouns,
 * quantifying determiners used alone, interjections and the imperative 'let' ("Himself a veteran, …", "Everybody
 * knew", "Either way", "Oh, …", "Let me say"), and sequence adverbs ("First, …").
 */
export const OPENER_NON_NAMES = new Set([
  ...REFLEXIVES,
  'everybody',
  'everyone',
  'everything',
  'somebody',
  'someone',
  'something',
  'anybody',
  'anyone',
  'anything',
  'nobody',
  'nothing',
  'either',
  'neither',
  'both',
  'each',
  'all',
  'none',
  'oh',
  'yes',
  'no',
  'well',
  'let',
  'please',
  // Sequence adverbs opening a sentence ("First, …", "Finally, …").
  'first',
  'second',
  'third',
  'next',
  'last',
  'lastly',
  'finally',
]);

/**
 * The prefixes of attitude "anti-" and "pro-" and the negative prefix "non-" (Quirk et al. 1985, Appendix I, on
 * prefixation): "anti-Taliban militias", "pro-Kremlin sites", "non-NATO states" describe someone else by their stance
 * towards, or distance from, the body named after the hyphen.
 */
export const ATTITUDE_PREFIXES = ['anti', 'pro', 'non'];
/** A lower-cased word opening with a prefix of attitude. */
export const ATTITUDE_PREFIX = new RegExp(`^(?:${ATTITUDE_PREFIXES.join('|')})-`);

/**
 * Participles of the passive with a to-infinitive ("is believed to be", "are said to have"), the verbs of cognition and
 * communication that take it (Quirk et al. 1985 §16.25, subject raising in the passive): none of them takes an active
 * to-infinitive, so after a noun they are the reduced passive, never a past tense ("agreed to", "vowed to" are).
 */
export const RAISING_PASSIVES: ReadonlySet<string> = new Set([
  'believed',
  'thought',
  'said',
  'reported',
  'known',
  'suspected',
  'alleged',
  'considered',
  'estimated',
  'understood',
  'presumed',
  'rumoured',
  'rumored',
  'reputed',
  // The assessment passive of intelligence reporting ("a senior member assessed to be …"), as the hedge lexicon's "is
  // assessed to": a verb of judgement in the same raising frame.
  'assessed',
]);

/** Plurals without a plural -s, which English agreement still treats as plural ("the police say", "people fear"). */
const IRREGULAR_PLURALS = new Set([
  'data',
  'people',
  'men',
  'women',
  'children',
  'police',
  'media',
  'staff',
  'public',
  'clergy',
  'youth',
  // Plurals borrowed with their own endings, which English agreement treats as plural ("the Taliban deny", "the
  // mujahideen claim"): Pashto/Arabic "-an" and "-in"/"-een" plurals of talib and mujahid.
  'taliban',
  'mujahideen',
  'mujahedeen',
  'mujahidin',
]);

/** A plural form: an -s word (not -ss), a number, or an irregular plural (frames.ts readingAt and the subject rules). */
export const pluralWord = (w: string): boolean => /[^s]s$|^\d/.test(w) || IRREGULAR_PLURALS.has(w);

/**
 * Nouns of evidence that take an "of" or "that" complement (Quirk et al. 1985's nouns of proof and appearance, as the
 * hedges lexicon's "no evidence" reads them): what an inquiry finds or fails to find ("found no trace of"), and what a
 * denial denies with its complement ("no sign of an offensive").
 */
export const EVIDENCE_NOUNS: ReadonlySet<string> = new Set([
  'sign',
  'signs',
  'evidence',
  'indication',
  'indications',
  'proof',
  'trace',
  'traces',
  'hint',
  'suggestion',
]);

/** Nouns of unnamed reporting (the labelling guide's "intelligence reports", "recent reporting", "local tips"). */
export const REPORT_NOUNS: ReadonlySet<string> = new Set([
  'reports',
  'reporting',
  'intelligence',
  'information',
  'tip',
  'tips',
]);

/**
 * Heads of what is said or counted (WordNet 3.1 noun.communication and noun.quantity): doubted, they are a statement
 * whose truth is put in question, as a that-clause would be ("questioned the figures", "doubted the official account"),
 * and what the critique's "treat … with caution" must have for object.
 */
export const STATEMENT_HEADS: ReadonlySet<string> = new Set([
  ...EVIDENCE_NOUNS,
  ...REPORT_NOUNS,
  'report',
  'claim',
  'claims',
  'figure',
  'figures',
  'number',
  'numbers',
  'account',
  'accounts',
  'finding',
  'findings',
  'estimate',
  'estimates',
  'statistics',
  'data',
  'version',
  'story',
  'allegation',
  'allegations',
  'assessment',
  'assessments',
  'conclusion',
  'conclusions',
  'statement',
  'statements',
  'toll',
  'tally',
  'count',
  'talk',
  'rumour',
  'rumours',
  'rumor',
  'rumors',
  'narrative',
  'narratives',
  'assertion',
  'assertions',
  'speculation',
  'warning',
  'warnings',
  'prediction',
  'predictions',
  'forecast',
  'forecasts',
  'tallies',
]);
