/**
 * English function-word classes used to find the edges of a source noun phrase without a tagger.
 * They are grammar, not rubric: the rubric (what counts as a cue or a source) lives in JSON.
 */

export const BE_FORMS = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', "isn't", "wasn't", "weren't"]);

/** Words that cannot sit inside a source noun phrase: an NP scan stops at them. */
export const NP_BOUNDARY = new Set([
  ...BE_FORMS, 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'do', 'does', 'did',
  'that', 'which', 'who', 'whom', 'whose', 'when', 'while', 'where', 'whether', 'because', 'since', 'although', 'though', 'if',
  'as', 'than', 'but', 'or', 'nor', 'so', 'yet', 'not', 'never', 'after', 'before', 'until', 'by', 'with', 'without', 'into',
  'onto', 'upon', 'about', 'over', 'under', 'through', 'during', 'against', 'between', 'among', 'to', 'what', 'how', 'why',
  'there', 'here', 'above', 'below', 'then', 'now', 'however', 'also', 'even', 'only', 'just', 'too', 'like', 'unlike',
  'following', 'including', 'concerning', 'regarding', 'despite', 'per', 'via', 'today', 'yesterday', 'tonight',
]);

/** Prepositions allowed inside a name or description ("the head of X", "Police in Kunduz"). */
export const NP_PREPOSITIONS = new Set(['of', 'for', 'in', 'at', 'from', 'on']);

export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they']);
/** The author's own voice: never an attributed source. */
export const AUTHOR_PRONOUNS = new Set(['we', 'i', 'you', 'one', 'us']);
export const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that', 'whom', 'whose', 'what']);
export const NEGATING_SUBJECTS = new Set(['none', 'no', 'nobody', 'neither', 'nothing', 'nor']);

export const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'such', 'many', 'some',
  'several', 'few', 'any', 'each', 'every', 'no', 'most', 'other', 'another', 'all', 'both', 'more', 'much',
]);
export const INDEFINITE_DETERMINERS = new Set(['a', 'an', 'some', 'several', 'many', 'few', 'any', 'other', 'another', 'most', 'all', 'various', 'numerous', 'multiple']);

/** Adverbs that may stand between a subject and its reporting verb ("Stratfor even casts"). */
export const INTERVENING_ADVERBS = new Set([
  'even', 'also', 'itself', 'themselves', 'himself', 'herself', 'still', 'further', 'previously', 'recently', 'then',
  'only', 'merely', 'too', 'again', 'already', 'now', 'just', 'once', 'later', 'earlier', 'first', 'always', 'never', 'often',
  'today', 'yesterday', 'tonight', 'publicly', 'separately',
  // Frequency and duration adverbs of "have long said", "seldom speaks", "has lately argued".
  'long', 'seldom', 'rarely', 'sometimes', 'usually', 'lately', 'ever',
]);

/** Leading connectives stripped from the front of a subject ("And Noah Tucker"). */
export const LEADING_CONNECTIVES = new Set([
  'and', 'but', 'so', 'yet', 'then', 'also', 'still', 'furthermore', 'moreover', 'however', 'meanwhile', 'indeed', 'thus',
  'consequently', 'therefore', 'while', 'as', 'even', 'of', 'for', 'in', 'at', 'from', 'on', 'instead', 'besides', 'hence',
]);

/** Capitalised words that are capitalised only because they open a sentence. */
export const SENTENCE_CAPS = new Set([
  ...DETERMINERS, ...LEADING_CONNECTIVES, ...SUBJECT_PRONOUNS, 'we', 'i', 'you', 'one', 'in', 'on', 'at', 'by', 'with',
  'if', 'when', 'after', 'before', 'since', 'although', 'though', 'there', 'here', 'what', 'who', 'which', 'according',
  'based', 'acting', 'during', 'following', 'last', 'recent', 'further', 'two', 'three', 'four', 'five', 'former', 'late',
  'senior', 'regional', 'local', 'international', 'several', 'claims', 'statements', 'reports', 'analysts', 'officials',
  // Prepositions open sentences too ("Amid fears that …", "Despite warnings …").
  'amid', 'amidst', 'despite', 'among', 'against', 'under', 'over', 'within', 'without', 'through', 'throughout', 'toward',
  'towards', 'across', 'behind', 'beyond', 'for', 'from', 'of', 'about', 'into', 'near', 'upon', 'unlike', 'like', 'given',
  // Participles that open a sentence as an adjunct ("Asked about the deal, the minister said …").
  'asked', 'speaking', 'reached', 'contacted', 'interviewed', 'writing', 'responding', 'pressed', 'told', 'briefing', 'addressing',
  'later', 'earlier', 'let’s', "let's", 'having',
]);

export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'last', 'this', 'next', 'early', 'late', 'mid',
]);

/** Particles that stay inside personal names ("Mulla Muhammad Omar", "bin Laden"). */
export const NAME_PARTICLES = new Set(['al', 'bin', 'ibn', 'de', 'van', 'von', 'ul', 'ud', 'el', 'da', 'du', 'der', 'le']);

export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Nouns of "last week", "this month", "earlier this year": time adverbials around a reporting verb. */
export const PERIODS = new Set(['week', 'month', 'year', 'night', 'weekend', 'morning', 'evening', 'afternoon', 'summer', 'winter', 'spring', 'autumn']);
