/**
 * The grammar around a cue word: its subject, an object source ("according to X"), a passive agent
 * ("identified … by ISAF"), whether content follows, and whether a phrase can name a source at all.
 * Shared by the hand-listed cues (cues.ts) and the corpus-derived ones (derived-cues.ts).
 */
import { CLOSE_QUOTES, OPEN_QUOTES, possessiveLength, type Token } from './tokens';
import {
  canBeBaseVerb,
  frontsAdverbial,
  frontsParticiple,
  INVERTED_CUES,
  isPreposition,
  isAdjectiveOnly,
  isCommonCapitalised,
  isNonNominal,
  isSuffixNoun,
  MULTIWORD_CUES,
  ROLES,
  STATE_MODIFIERS,
  type RoleInfo,
} from './lexicon';
import { analyseMention, roleAt } from './mention-parts';
import { skipAdverbialsForward } from './adverbials';
import { adjunctSubject, clauseSubject, coordinatedSubject, relativeAntecedent } from './coordination';
import {
  ARTICLES,
  backwardNP,
  forwardNP,
  headIndex,
  isProper,
  proportion,
  PROPORTION_COUNT,
  rangeText,
  skipAdverbsBack,
  thoseParticiple,
  type Range,
} from './noun-phrase';
import { FINITE, isPastForm, PASSED_OVER, relativeThat } from './frames';
import {
  AUTHOR_PRONOUNS,
  AUXILIARIES,
  BE_FORMS,
  CARDINAL_WORDS,
  LINKING_VERBS,
  PERCEPTION_VERBS,
  POSSESSIVE_DETERMINERS,
  DETERMINERS,
  INTERVENING_ADVERBS,
  ISSUING_PARTICIPLES,
  LEADING_CONNECTIVES,
  MONTHS,
  NEGATING_SUBJECTS,
  NP_PREPOSITIONS,
  PERIODS,
  QUANTIFIER_PRONOUNS,
  REFLEXIVES,
  RELATIVE_PRONOUNS,
  SUBJECT_PRONOUNS,
  WEEKDAYS,
} from './words';

export type CueMode = 'subject' | 'object' | 'inverted' | 'passive' | 'participle' | 'noun';

export interface CueHit {
  mode: CueMode;
  cue: string;
  /** Token range of the cue. */
  cueRange: Range;
  /** Token range of the source phrase. */
  source: Range;
  /** Token range of an appositive describing the source ("director of …"), if any. */
  description: Range | null;
  /** he/she/it/they, or latter/former. */
  pronoun: string | null;
  strong: boolean;
  /** The cue introduces relayed content ("that", a quote, a colon). */
  content: boolean;
  /** A nominal cue with no owner ("amid fears that …", "the statement said"): anonymous unless an anaphor resolves it. */
  vague?: boolean;
  /** Found by the corpus-derived lexicon rather than the hand-listed cues. */
  derived?: boolean;
}

/** Aspectual (phase) verbs, a closed class of catenatives taking -ing or to-infinitive complements. */
const PHASE_VERBS = new Set(
  ['begin', 'start', 'continue', 'keep', 'resume']
    .flatMap((v) => [v, `${v}s`, `${v.replace(/e$/, '')}ing`])
    .concat(['began', 'begun', 'started', 'continued', 'kept', 'resumed']),
);
const PLACE_ADVERBS = new Set(['elsewhere', 'abroad', 'overseas', 'nationwide', 'worldwide', 'beyond']);
const GO_FORMS = new Set(['go', 'goes', 'going', 'went', 'gone']);

/**
 * An infinitive cue reports nothing ("in order to confirm", "plans to endorse") unless the verb governing it passes
 * its subject's act on: ability ("was able to confirm") or aspect ("began to argue", "went on to say"). Returns the
 * index of that verb before the `to` at `to`, or -1.
 */
export function infinitiveLicensor(tokens: Token[], to: number): number {
  const w = tokens[to - 1]?.lower ?? '';
  if (w === 'able' || PHASE_VERBS.has(w)) return to - 1;
  if (w === 'on' && GO_FORMS.has(tokens[to - 2]?.lower ?? '')) return to - 2;
  // "went so far as to say", "goes as far as to claim": the verb of the degree idiom shares its subject.
  if (
    w === 'as' &&
    tokens[to - 2]?.lower === 'far' &&
    /^(?:so|as)$/.test(tokens[to - 3]?.lower ?? '') &&
    GO_FORMS.has(tokens[to - 4]?.lower ?? '')
  )
    return to - 4;
  return -1;
}
export const CONTENT_STARTERS = new Set(['that', ':', 'how', 'whether', 'why', 'what', 'responsibility']);

export const PLURAL_DETERMINERS = new Set([
  'these',
  'those',
  'many',
  'several',
  'some',
  'all',
  'both',
  'few',
  'such',
  'other',
  'various',
  'numerous',
]);

/** Nationality or state adjective before a plural noun: "Central Asian states", "Western claims". */
export function isAdjectival(t: Token): boolean {
  // "the Kyrgyz Republic reports", "The Guardian claims": a noun with the suffix heads a name (word-classes suffixNouns).
  return t.cap && (STATE_MODIFIERS.has(t.lower) || (/(?:ian|ese|ish|ern|ic)$/.test(t.lower) && !isSuffixNoun(t.lower)));
}

export function pluralDeterminerBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4) && tokens[k].word; k--)
    if (PLURAL_DETERMINERS.has(tokens[k].lower)) return true;
  return false;
}

/** "were, nevertheless, identified": a be-form a parenthetical away. */
export function beFormBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    if (BE_FORMS.has(tokens[k].lower)) return true;
    if (
      tokens[k].word &&
      !PASSED_OVER.has(tokens[k].lower) &&
      !/^(?:nevertheless|however|therefore|though|later|sometimes|best|well)$/.test(tokens[k].lower) &&
      !/ly$/.test(tokens[k].lower)
    )
      return false;
  }
  return false;
}

const DOUBLE_OPEN = new Set(['“', '"', '«']);
const DOUBLE_CLOSE = new Set(['”', '"', '»']);

/** For each token, whether it stands inside a double quotation opened in this sentence. */
export function quotedTokens(tokens: Token[]): boolean[] {
  const out = new Array<boolean>(tokens.length).fill(false);
  if (!tokens.some((t) => !t.word && (DOUBLE_OPEN.has(t.text) || DOUBLE_CLOSE.has(t.text)))) return out;
  let quoted = false;
  tokens.forEach((t, k) => {
    if (DOUBLE_OPEN.has(t.text) && !quoted) quoted = true;
    else if (DOUBLE_CLOSE.has(t.text) && quoted) quoted = false;
    else out[k] = quoted;
  });
  return out;
}

export const isOpenQuote = (t: Token | undefined): boolean => !!t && OPEN_QUOTES.has(t.text);
export const isCloseQuote = (t: Token | undefined): boolean => !!t && CLOSE_QUOTES.has(t.text);
export const isPunct = (t: Token | undefined, ...chars: string[]): boolean => !!t && !t.word && chars.includes(t.text);

export function roleOf(t: Token) {
  return ROLES.get(t.lower.replace(/[’']s$/, ''));
}

/**
 * The role the word at `i` names in a phrase ending before `end`: none for a word that is as often an adjective
 * (role-nouns.json headOnly) before another word of the phrase ("general type", not "the general").
 */
function roleWordAt(tokens: Token[], i: number, end: number) {
  const role = roleOf(tokens[i]);
  return role && !modifiesNext(role, tokens, i, end) ? role : undefined;
}

/** A headOnly role word at `i` with another word of its phrase (ending before `end`) after it: an adjective there. */
const modifiesNext = (role: RoleInfo, tokens: Token[], i: number, end: number): boolean =>
  !!role.headOnly && i + 1 < end && tokens[i + 1].word;

/** Participles of doing research, before "by the author" (rubric 2.3.14). */
const FIELDWORK = /^(?:conducted|carried|undertaken|collected|gathered|held|recorded)$/;

/** "we", "I", "one" alone: the author's voice ("one longtime friend" is not); so is an imperative "let me", "let's". */
export function authorVoice(tokens: Token[], r: Range): boolean {
  const first = tokens[r[0]].lower;
  if (first === 'let' || first === "let's" || first === 'let’s') return true;
  // "This paper argues", "this brief finds": the text speaking of itself is its author; "this writer believes", "the
  // present author has argued": the author naming themselves in the third person (the academic convention for
  // self-reference), not "the author" of some work cited before.
  const selfName = (k: number): boolean => /^(?:author|authors|writer)$/.test(tokens[k].lower);
  if (first === 'this' && r[1] - r[0] === 2 && (SELF_DOCUMENTS.has(tokens[r[0] + 1].lower) || selfName(r[0] + 1)))
    return true;
  if (first === 'the' && r[1] - r[0] === 3 && tokens[r[0] + 1].lower === 'present' && selfName(r[0] + 2)) return true;
  // "Interviews conducted by the author in Osh suggest …": fieldwork the author carried out is the author's own finding,
  // as "my interviews" is; "a study by the author" still points back to a work cited before.
  if (first === 'the' && selfName(r[0] + 1) && tokens[r[0] - 1]?.lower === 'by') {
    const k = tokens[r[0] - 2]?.lower === 'out' ? r[0] - 3 : r[0] - 2;
    if (FIELDWORK.test(tokens[k]?.lower ?? '')) return true;
  }
  // "Our data suggest", "my fieldwork found": the author's own documents and findings are the author speaking; "our
  // sources say" is not (sources are people, not the author's work).
  if ((first === 'our' || first === 'my') && r[1] - r[0] >= 2) {
    // The head stands before any post-modifying phrase: "my interviews in Osh".
    let h = r[0] + 1;
    while (h + 1 < r[1] && !NP_PREPOSITIONS.has(tokens[h + 1].lower)) h++;
    if (roleOf(tokens[h])?.document || OWN_FINDINGS.has(tokens[h].lower)) return true;
  }
  // "US troops", "US officials": the country, not the first-person "us".
  if (tokens[r[0]].text === 'US') return false;
  return AUTHOR_PRONOUNS.has(first) && (first !== 'one' || r[1] - r[0] === 1);
}

/**
 * The genres a text calls itself by ("this paper", "this brief", "this article"). Not "this report" or "this study",
 * which in news point back to someone else's document as often as to the text itself.
 */
const SELF_DOCUMENTS = new Set(['paper', 'brief', 'essay', 'chapter', 'section', 'commentary', 'article', 'piece']);

/** Research products no role noun covers, which under "our"/"my" are the author's own work ("our findings show"). */
const OWN_FINDINGS = new Set([
  'findings',
  'finding',
  'interviews',
  'fieldwork',
  'observations',
  'calculations',
  'sample',
]);

/** A phrase that can name a source: a name, an organisation, a role or a pronoun. */
export function sourceLike(tokens: Token[], r: Range, text: string, base: number): boolean {
  const first = tokens[r[0]];
  if (NEGATING_SUBJECTS.has(first.lower) || RELATIVE_PRONOUNS.has(first.lower) || authorVoice(tokens, r)) return false;
  for (let i = r[0]; i < r[1]; i++) {
    const t = tokens[i];
    if (
      isProper(tokens, i) ||
      roleWordAt(tokens, i, r[1]) ||
      SUBJECT_PRONOUNS.has(t.lower) ||
      OBJECT_PRONOUNS.has(t.lower) ||
      t.lower === 'latter' ||
      t.lower === 'former' ||
      (i + 1 < r[1] && thoseParticiple(tokens, i))
    )
      return true;
  }
  // "Two in three said …", "one in four said": a share of those asked, people though no noun names them.
  if (r[1] - r[0] === 3 && proportion(tokens, r[0])) return true;
  const p = analyseMention(text.slice(tokens[r[0]].start - base, tokens[r[1] - 1].end - base));
  return p.head !== null || p.orgs.length > 0;
}

/** "according to him", "quoting them": object forms stand for the subject pronoun they resolve like. */
const OBJECT_PRONOUNS = new Map([
  ['him', 'he'],
  ['her', 'she'],
  ['them', 'they'],
]);
/** "in his view": a possessive standing alone as a source (cues.ts possessedOpinion) resolves like its subject form. */
export const POSSESSIVE_PRONOUNS: ReadonlyMap<string, string> = new Map([
  ['his', 'he'],
  ['her', 'she'],
  ['their', 'they'],
  ['its', 'it'],
]);

export function pronounOf(tokens: Token[], r: Range): string | null {
  if (r[1] - r[0] === 1 && SUBJECT_PRONOUNS.has(tokens[r[0]].lower)) return tokens[r[0]].lower;
  if (r[1] - r[0] === 1 && OBJECT_PRONOUNS.has(tokens[r[0]].lower)) return OBJECT_PRONOUNS.get(tokens[r[0]].lower)!;
  if (r[1] - r[0] === 1 && POSSESSIVE_PRONOUNS.has(tokens[r[0]].lower))
    return POSSESSIVE_PRONOUNS.get(tokens[r[0]].lower)!;
  const last = tokens[r[1] - 1].lower;
  if ((last === 'latter' || last === 'former') && r[1] - r[0] <= 2) return last;
  return null;
}

/** Source after an object cue: "according to Central Asian scholars, Kamoludin Abdullaev …". */
/**
 * "said X when asked about …", "said the governor as he left": a clause of time after the inverted speaker ("as" only
 * with a pronoun subject: "described Trump as a danger" is the verb's own "as" frame).
 */
const timeClause = (tokens: Token[], k: number): boolean =>
  /^(?:when|while|before|after)$/.test(tokens[k].lower) ||
  (tokens[k].lower === 'as' && SUBJECT_PRONOUNS.has(tokens[k + 1]?.lower ?? ''));

/** A document phrase with its "by" author after it ("a study by the election commission"), else the phrase as it is. */
function withAuthor(tokens: Token[], np: Range): Range {
  const author = documentAuthorAt(tokens, np[1]);
  return author ? [np[0], author[1]] : np;
}

/** A document's own "by" phrase right after its head, which ends at `end` ("a report by the ministry"), or null. */
export function documentAuthorAt(tokens: Token[], end: number): Range | null {
  // "Reporting by the BBC suggests …": the nominalised act of reporting is its author's document as "a report" is.
  // So is the noun of an inquiry with its author ("a review by the Times shows", "an audit by the ministry found"):
  // lower-case only, as capitalised such nouns name bodies ("the Review Board"), and only with "by".
  const head = tokens[end - 1];
  return end > 0 &&
    tokens[end]?.lower === 'by' &&
    (roleOf(head)?.document || head.lower === 'reporting' || (!head.cap && INQUIRY_NOUNS.has(head.lower)))
    ? forwardNP(tokens, end + 1)
    : null;
}

/**
 * Nouns of the result of inquiring (the nominalisations of the verbs of investigating, and "review", "audit", "count"):
 * with a "by" phrase they are the author's finding, as "a report by" and "a tally by" are. Not role nouns, which would
 * type capitalised bodies ("Review Board", "Census Bureau") as documents (README, rubric 2.3.19, tried and dropped).
 */
const INQUIRY_NOUNS = new Set([
  'review',
  'reviews',
  'investigation',
  'investigations',
  'inquiry',
  'audit',
  'audits',
  'examination',
  'probe',
  'census',
  'count',
]);

/** Focusing adverbs (Quirk et al. 1985 §8.116: restrictive and additive subjuncts) before a noun phrase. */
const FOCUSING_ADVERBS = new Set(['even', 'only', 'also', 'just', 'merely', 'mainly', 'chiefly', 'largely', 'mostly']);

export function objectSource(
  tokens: Token[],
  from: number,
  text: string,
  base: number,
): { source: Range; description: Range | null } | null {
  let start = isOpenQuote(tokens[from]) ? from + 1 : from;
  // "according to even his own supporters", "according to only one witness": a focusing adverb is no part of the source.
  if (FOCUSING_ADVERBS.has(tokens[start]?.lower ?? '') && tokens[start + 1]?.word) start++;
  // "according to at least two officials", "… more than a dozen residents": an approximator belongs to the number; the
  // source is the phrase it quantifies.
  const w0 = tokens[start]?.lower ?? '';
  const w1 = tokens[start + 1]?.lower ?? '';
  if ((w0 === 'at' && /^(?:least|most)$/.test(w1)) || (/^(?:more|fewer|less)$/.test(w0) && w1 === 'than')) start += 2;
  const np = forwardNP(tokens, start);
  if (!np) return null;
  let description: Range | null = null;
  let source = np;
  if (isPunct(tokens[np[1]], ',')) {
    const after = forwardNP(tokens, np[1] + 1);
    // An appositive closes at punctuation, a relative clause or the sentence's end ("according to X, a local analyst,
    // …"); a phrase that runs on into a verb is the next clause's subject ("According to Uzbek television, 14 militants
    // were killed"), which must not type X.
    const closer = after ? tokens[after[1]] : undefined;
    const next =
      after && (!closer || isPunct(closer, ',', '.', ';', '(', ')', '—', '–') || /^(?:who|whose)$/.test(closer.lower))
        ? after
        : null;
    const describes = (r: Range) => {
      const p = analyseMention(text.slice(tokens[r[0]].start - base, tokens[r[1] - 1].end - base));
      return !p.person && p.orgs.length === 0 && !!p.head && !!(p.head.info.person || p.head.info.crowd);
    };
    if (next && describes(np) && tokens[next[0]].cap) {
      description = np;
      source = next;
    } else if (next && !tokens[next[0]].cap) description = next;
  }
  return { source, description };
}

export function multiwordAt(tokens: Token[], i: number): string | null {
  const options = MULTIWORD_CUES.get(tokens[i].lower);
  if (!options) return null;
  // A plain loop: this runs at every token of every sentence with a cue word.
  for (const words of options) {
    let k = 1;
    while (k < words.length && tokens[i + k]?.lower === words[k]) k++;
    if (k === words.length && tokens[i].lower === words[0]) return words.join(' ');
  }
  return null;
}

/**
 * What an armed unit (see `armedUnit`) calls for in an operation is a request or a command, not a statement: "called
 * for air support", "called for all occupants to exit", "called all occupants to exit", "called on the gunmen to
 * surrender" (as "ordered" is, cue-lexicon.json's exclusions). Anyone else's "called for the minister to resign" stays
 * a demand, as PolNeAR annotates it. `after` is the token after the cue.
 */
export function operationalCall(tokens: Token[], after: number): boolean {
  if (/^(?:for|on|upon)$/.test(tokens[after]?.lower ?? '')) return true;
  // "called all occupants to (peacefully) exit": an object, then the act asked of it.
  const to = objectInfinitive(tokens, after);
  if (to < 0) return false;
  let v = to + 1;
  while (/\p{L}ly$/u.test(tokens[v]?.lower ?? '')) v++;
  return canBeBaseVerb(tokens[v]?.lower ?? '');
}

const ARMED_PRONOUNS = new Set(['they', 'it']);

/**
 * A unit of armed men named by its collective role ("Afghan forces", "the security force", "troops"), a member of one
 * ("an Afghan member of the force"), or "they"/"it" with such a unit named earlier in the sentence ("led the security
 * force to the compound, where they called …"). Not a person speaking for one (a spokesman, a commander by name).
 */
export function armedUnit(tokens: Token[], r: Range, text: string, base: number): boolean {
  const p = analyseMention(rangeText(text, tokens, r, base));
  if (p.person) return false;
  const unit = (role: RoleInfo | undefined) => !!role && role.type === 'military' && !role.person;
  if (p.head && unit(p.head.info)) return true;
  if (p.head && /^members?$/.test(p.head.key)) return p.tokens.slice(p.coreEnd).some((t) => unit(ROLES.get(t.lower)));
  if (r[1] - r[0] === 1 && ARMED_PRONOUNS.has(tokens[r[0]].lower))
    for (let k = r[0] - 1; k >= 0; k--) if (unit(roleOf(tokens[k]))) return true;
  return false;
}

/** "told X to …" before any "that" or quotation: an instruction. */
export const ordersTo = (tokens: Token[], from: number): boolean => objectInfinitive(tokens, from) >= 0;

/** Personal pronouns that can only be a clause's subject: one after a verb's object opens its content clause. */
export const CLAUSE_SUBJECTS = /^(?:he|she|they|we|i)$/;

/** The "to" after an object that starts at `from` ("X to …"), before any "that", quotation or clause mark; else -1. */
function objectInfinitive(tokens: Token[], from: number): number {
  for (let k = from; k < Math.min(tokens.length, from + 6); k++) {
    const t = tokens[k];
    if (t.lower === 'that' || isOpenQuote(t) || isPunct(t, ',', ':', ';')) return -1;
    // "told Kabar he planned to stay": a pronoun subject opens a content clause, whose "to" is its own.
    if (k > from && CLAUSE_SUBJECTS.test(t.lower)) return -1;
    if (t.lower === 'to') return k > from ? k : -1;
  }
  return -1;
}

export function hasContent(tokens: Token[], after: number): boolean {
  const k = skipAdverbialsForward(tokens, after);
  const t = tokens[k];
  if (!t) return false;
  return (
    CONTENT_STARTERS.has(t.lower) ||
    (isOpenQuote(t) && !quotedPredicate(tokens[k + 1])) ||
    (t.text === ',' && isOpenQuote(tokens[k + 1])) ||
    contentAfterPhrase(tokens, k) ||
    bareClause(tokens, k)
  );
}

/**
 * "told Reuters he planned to stay neutral", "warned the villagers they would be punished": a content clause without
 * "that" (the zero that-clause), opened by a personal pronoun subject and its finite verb.
 */
function bareClause(tokens: Token[], k: number): boolean {
  const subject = tokens[k];
  if (!subject?.word || !CLAUSE_SUBJECTS.test(subject.lower)) return false;
  let v = k + 1;
  while (tokens[v]?.word && /ly$/.test(tokens[v].lower) && !tokens[v].cap) v++;
  const verb = tokens[v];
  return !!verb?.word && !verb.cap && (FINITE.has(verb.lower) || isPastForm(verb.lower) || /[^s]s$/.test(verb.lower));
}

/** Object pronouns and the press as the addressee after "to" ("explained to us that", "said to reporters that"). */
const ADDRESSEE_PRONOUNS = new Set(['me', 'us', 'him', 'her', 'them', 'you', 'reporters', 'journalists']);
/** Articles and possessives opening an addressee's noun phrase ("to the synod"); not quantifiers ("counter to all that"). */
const ADDRESSEE_OPENERS = /^(?:a|an|the|his|her|its|their|our|my|your)$/;

/** Prepositions of a phrase of occasion, channel or addressee between a verb and its content clause. */
const BRIDGING_PREPOSITIONS = new Set(['during', 'through', 'via', 'in', 'at', 'on', 'to', 'before', 'after', 'with']);

/**
 * "argued during Saturday's debate that …", "explained through a spokesman that …", "explained to CBS why …": a short
 * prepositional phrase of occasion, channel or addressee (a preposition and at most five words of a noun phrase)
 * standing right before a content clause, beyond the listed occasions skipAdverbialsForward knows. Not there:
 * skipAdverbialsForward also feeds frameAt, whose frames the derived cue lexicon was counted with.
 */
function contentAfterPhrase(tokens: Token[], k: number): boolean {
  if (!BRIDGING_PREPOSITIONS.has(tokens[k]?.lower ?? '')) return false;
  // "to" before an addressee ("to CBS", "to the synod", "to us"), not an infinitive ("continues to believe that").
  const next = tokens[k + 1];
  if (
    tokens[k].lower === 'to' &&
    !(next?.cap || ADDRESSEE_OPENERS.test(next?.lower ?? '') || ADDRESSEE_PRONOUNS.has(next?.lower ?? ''))
  )
    return false;
  for (let j = k + 1; j < Math.min(tokens.length, k + 7); j++) {
    const t = tokens[j];
    if (j > k + 1 && /^(?:that|how|whether|why|what)$/.test(t.lower)) return true;
    if (!t.word || AUXILIARIES.has(t.lower) || BE_FORMS.has(t.lower) || SUBJECT_PRONOUNS.has(t.lower)) return false;
    if (RELATIVE_PRONOUNS.has(t.lower) || isPreposition(t.lower)) return false;
  }
  return false;
}

/**
 * A quotation opening on an auxiliary or a form of "be" ("the ministry's report “was not credible”") quotes the
 * predicate the noun before it is subject of; the content of a report never opens on a bare verb.
 */
const quotedPredicate = (t: Token | undefined): boolean => !!t && (BE_FORMS.has(t.text) || AUXILIARIES.has(t.text));

/** Tokens from a comma to the next at most, for a list's last item or a coordinated subject (", and migration,"). */
const MAX_SHORT_ITEM = 6;

/** The comma before a run of at most `max` words ending at `end` (exclusive), or -1. */
function commaBefore(tokens: Token[], end: number, max: number): number {
  let q = end - 1;
  while (q >= 0 && tokens[q].word && end - q <= max) q--;
  return q >= 0 && isPunct(tokens[q], ',') && end - q <= max + 1 ? q : -1;
}

/**
 * "Anne Richards, assistant secretary for population, refugees, and migration, said": when the last comma before the
 * cue's opens the last item of a serial list (", and migration,"), the appositive holds the whole list and the phrase
 * it ends: the comma opening the appositive is the one before the list's first item's phrase. Otherwise `c`.
 */
function serialListStart(tokens: Token[], c: number, comma: number): number {
  if (!/^(?:and|or)$/.test(tokens[c + 1]?.lower ?? '') || comma - c > MAX_SHORT_ITEM) return c;
  let p = c;
  // Earlier items: short runs between commas ("refugees").
  for (let q = commaBefore(tokens, p, 3); q > 0; q = commaBefore(tokens, p, 3)) p = q;
  // The phrase the list ends ("assistant secretary for population") opens the appositive, if a comma comes before it.
  const open = commaBefore(tokens, p, 8);
  // A clause there ("…, but this is the way the leadership, and the base, thinks") is no such phrase.
  const clause = tokens
    .slice(open + 1, p)
    .some((t) => BE_FORMS.has(t.lower) || AUXILIARIES.has(t.lower) || /^(?:and|but|or)$/.test(t.lower));
  return open > 0 && !clause ? open : c;
}

/** Subject of a verb at token `i` (cue spanning to `end`), or null. */
/** "X, director of …, confirms": the subject before an appositive that ends at the comma `comma`. */
function appositiveSubject(tokens: Token[], comma: number): { np: Range; description: Range; leading: boolean } | null {
  let c = comma - 1;
  for (; c >= 0 && !isPunct(tokens[c], ',', '(', ';', ':', '“', '"'); c--) {
    // A quoted title inside the appositive ("host of MSNBC’s “Morning Joe,”") is looked past whole.
    if (tokens[c].text === '”') {
      let o = c - 1;
      while (o > 0 && o > c - 12 && tokens[o].text !== '“') o--;
      if (tokens[o]?.text === '“') c = o;
    }
  }
  if (c <= 0 || tokens[c].text !== ',') return null;
  c = serialListStart(tokens, c, comma);
  // "X, who lives outside the capital, Sacramento, said": a relative clause may hold commas of its own; the subject is
  // the phrase before its ", who" when that phrase opens the sentence.
  for (let w = c - 1; w > 1 && w > comma - 30 && !isPunct(tokens[w], ';', ':', '(', ')'); w--) {
    if (!/^(?:who|whose)$/.test(tokens[w].lower) || !isPunct(tokens[w - 1], ',')) continue;
    // "Women, who form the majority of victims, are at risk from traffickers who …, promise …": a finite verb after a
    // comma closed the relative clause and opened the main clause's predicate, so the cue is not that subject's.
    // A "who" clause has its verb at once; "whose hometown, Miami, is …" is still inside the relative clause.
    if (tokens[w].lower === 'who')
      for (let k = w + 2; k < comma; k++)
        if (isPunct(tokens[k], ',') && FINITE.has(tokens[k + 1]?.lower ?? '')) return null;
    const head = backwardNP(tokens, w - 2);
    if (head && sourceHeadIn(tokens, head) && opensClause(tokens, head))
      return { np: head, description: [w, comma], leading: true };
    break;
  }
  // "A resident who gave only his first name, Davlat, said": the appositive ends a restrictive "who" clause whose
  // antecedent opens the sentence; that antecedent, not the clause's object, is the subject.
  for (let w = c - 1; w > 0 && w > c - 12 && tokens[w].word; w--) {
    if (tokens[w].lower !== 'who') continue;
    const head = backwardNP(tokens, w - 1);
    if (head && head[1] === w && roleAt(tokens, w - 1) && opensClause(tokens, head))
      return { np: head, description: [w, comma], leading: true };
    break;
  }
  // ", and these became my friends who …, explained": a coordinated clause is no appositive (a list's last item or a
  // coordinated subject is short: "for population, refugees, and migration, said", "the leadership, and the base, thinks").
  if (/^(?:and|but|or|so|yet)$/.test(tokens[c + 1]?.lower ?? '') && comma - c > MAX_SHORT_ITEM) return null;
  // "Rep. Elijah Cummings (D-Md.), chair of …, said": the parenthesis after the name is looked past.
  let beforeComma = isPunct(tokens[c - 1], ')') ? parentheticalStart(tokens, c - 1) - 1 : c - 1;
  // "Sanders, meanwhile, who …, said": a conjunctive adverb set off by commas stands between the subject and its relative.
  if (INTERVENING_ADVERBS.has(tokens[beforeComma]?.lower ?? '') && isPunct(tokens[beforeComma - 1], ','))
    beforeComma -= 2;
  let np = beforeComma >= 0 ? backwardNP(tokens, beforeComma) : null;
  if (!np) return null;
  // "Harry Bond, 30, of Raleigh, N.C., who was polled, said": before a relative clause the appositives may stack up to
  // the phrase opening the sentence, which is the subject.
  if (/^(?:who|whose)$/.test(tokens[c + 1]?.lower ?? '') && !opensClause(tokens, np)) {
    let afterAdverbial = false;
    // "“…,” Harry Bond, 30, of Raleigh, N.C., who was polled, said": after an opening quotation the clause starts afresh.
    const quoteEnd = isOpenQuote(tokens[0])
      ? tokens.findIndex((t, k) => k > 1 && isCloseQuote(t) && isPunct(tokens[k - 1], ',', '!', '?'))
      : -1;
    for (let f = quoteEnd > 0 && quoteEnd + 2 < c ? quoteEnd + 2 : 1; f < c; f++) {
      if (tokens[f].text !== ',') continue;
      const head = backwardNP(tokens, f - 1);
      if (!head) break;
      // "In October, Mr. Paulson, who …": a fronted adverbial comes first.
      if (!afterAdverbial && opensClause(tokens, head) && frontedAdverbial(tokens, head)) {
        afterAdverbial = true;
        continue;
      }
      if (sourceHeadIn(tokens, head) && (opensClause(tokens, head) || afterAdverbial || head[0] === quoteEnd + 1))
        return { np: head, description: [f + 1, comma], leading: true };
      break;
    }
  }
  // The subject opens the sentence (after connectives), or the appositive is a relative clause: no clause precedes it.
  const opens = (r: Range): boolean => {
    // After a quotation ("“…,” the assailant, John McGraw, told …") the clause starts afresh.
    if (isCloseQuote(tokens[r[0] - 1]) || (isPunct(tokens[r[0] - 1], ',') && isCloseQuote(tokens[r[0] - 2])))
      return true;
    let k = 0;
    // "However, X, …": a connective may be set off by its own comma.
    while (k < r[0] && (tokens[k].word ? LEADING_CONNECTIVES.has(tokens[k].lower) : k > 0 && tokens[k].text === ','))
      k++;
    return k === r[0];
  };
  // "Sen. Lindsey Graham, R-S.C., a long-shot candidate, said": appositives may stack; the subject is the first phrase.
  // A fronted adverbial before it ("In July,", "Similarly,", "Earlier this week,") is no subject: the clause opens after it.
  let afterAdverbial = false;
  // "Gov. X, facing a fierce challenge in Herat, a border province, said": a participle clause may stand among the
  // appositives; the stack goes on past it.
  const withParticiple = (r: Range): Range => {
    const p = r[0] - 1;
    return !opens(r) && p > 1 && /\p{L}{3}(?:ing|ed)$/u.test(tokens[p].lower) && isPunct(tokens[p - 1], ',')
      ? [p, r[1]]
      : r;
  };
  np = withParticiple(np);
  // "One commander backing the governor, Abdul Rahim, said": the phrase before the appositive is an -ing participle's
  // object; the noun the participle modifies is the subject, as without the appositive.
  np = (!opens(np) && activeParticipleHead(tokens, np, comma + 1)) || np;
  const fronted = openingAdverbialEnd(tokens);
  // A phrase passed over on the way to the one that opens the sentence ("Aida Bekova, a teacher from Naryn, Kyrgyzstan,
  // attending the forum, said": "Kyrgyzstan", then "a teacher from Naryn"); kept only if that opening phrase is found.
  const start = np;
  let passed = false;
  for (let guard = 0; guard < 4 && !opens(np) && isPunct(tokens[np[0] - 1], ','); guard++) {
    const before = backwardNP(tokens, np[0] - 2);
    const widened = before && withParticiple(before);
    if (widened && widened !== before) {
      np = widened;
      continue;
    }
    // "Speaking in Osh on Monday, the deputy minister, Ali Valiev, said": the phrase follows a fronted participial or
    // prepositional clause, after which the main clause opens.
    if (fronted === np[0] - 1) {
      afterAdverbial = true;
      break;
    }
    if (before && !opens(before) && before[1] === np[0] - 1 && isPunct(tokens[before[0] - 1], ',')) {
      np = before;
      passed = true;
      continue;
    }
    if (!before || !opens(before)) break;
    if (frontedAdverbial(tokens, before)) {
      afterAdverbial = true;
      break;
    }
    np = before;
    passed = false;
  }
  if (passed) np = start;
  const leading = opens(np) || afterAdverbial || /^(?:who|which|whose)$/.test(tokens[c + 1]?.lower ?? '');
  // "And a third, Daniel Traynor, said", "the other candidate, former Secretary Ana Ruiz, drew …": a description that
  // names no one, then the person's name: the name is the source and the description says who that is.
  const named = leading ? appositiveName(tokens, np, c + 1, comma) : null;
  if (named) return { np: named, description: np, leading };
  // "The report, published by the Crisis Group, found …": a document speaks for its issuer, set off by commas as in
  // "a report published by …" without them.
  const issuer =
    leading && c === np[1] && roleOf(tokens[c - 1])?.document && AUTHORING.has(tokens[c + 1]?.lower ?? '')
      ? authorAfter(tokens, c + 1)
      : null;
  if (issuer && issuer[1] <= comma) return { np: issuer, description: np, leading };
  // Stacked appositives all describe the subject ("a teacher from Naryn, Kyrgyzstan"), not only the last one.
  const from = np[1] < c && isPunct(tokens[np[1]], ',') ? np[1] + 1 : c + 1;
  return { np, description: [from, comma], leading };
}

/**
 * Subject of a participial adjunct after the comma at `comma` (adjunctSubject), named by the appositive that follows
 * it when it is a description: "the other official at the briefing, Deputy Minister Karim Saidov, drew a contrast,
 * saying …" is Saidov speaking, as appositiveSubject reads the same subject before a finite cue. The description may
 * run on in a prepositional phrase ("at the briefing"), not in a verb ("the chief said the governor, X, was wrong").
 */
export function adjunctSpeaker(tokens: Token[], comma: number): Range | null {
  const main = adjunctSubject(tokens, comma);
  if (!main) return null;
  let c = main[1];
  if (tokens[c]?.word && NP_PREPOSITIONS.has(tokens[c].lower))
    while (c < comma && c - main[1] < 8 && tokens[c].word) c++;
  if (c >= comma || !isPunct(tokens[c], ',')) return main;
  let e = c + 1;
  while (e < comma && e - c <= 8 && tokens[e].word) e++;
  if (e > comma || !isPunct(tokens[e], ',')) return main;
  return appositiveName(tokens, [main[0], c], c + 1, e) ?? main;
}

/**
 * End of an appositive after the comma at `comma`: the punctuation closing its run of words (at most 12, room for a
 * name and its affiliation: "Andrew J. Pincus of the law firm Mayer Brown"), or -1.
 */
function appositiveEnd(tokens: Token[], comma: number): number {
  let e = comma + 1;
  while (e < tokens.length && e - comma <= 12 && tokens[e].word) e++;
  return e === tokens.length || isPunct(tokens[e], ',', '.', ';') ? e : -1;
}

/** The appositive in [from, to) is a person's name (titles allowed) and the phrase `np` before it names no one. */
function appositiveName(tokens: Token[], np: Range, from: number, to: number): Range | null {
  // A description headed by a role ("A spokesman for the Taliban, Zabihullah Mujahid, claimed") yields to the name: the
  // labelling guide's source is the shortest span naming who speaks.
  // So does an indefinite description of one person, which is never a name ("said another leading Supreme Court
  // advocate, Andrew Pincus", "Another delegate on the slate, Jim Poolman, said"), when a full name (two capitalised
  // words at least) follows it.
  const described =
    ROLES.has(tokens[headIndex(tokens, np)].lower.replace(/[’']s$/, '')) ||
    (/^(?:a|an|another|one)$/.test(tokens[np[0]].lower) &&
      !tokens.slice(np[0], np[1]).some((t) => !t.cap && /[^s’']s$/.test(t.lower)) &&
      !!tokens[from]?.cap &&
      !!tokens[from + 1]?.cap);
  for (let k = np[0]; k < np[1] && !described; k++) {
    // The sentence's first word is capitalised anyway: a name there ("Christie, the governor, said") still counts, a
    // common word or a participle ("Disillusioned, Mr. Mitchell resigned") does not.
    const opener = k === 0 && (isCommonCapitalised(tokens[k].text) || /\p{L}{3}(?:ed|ing|ly)$/u.test(tokens[k].lower));
    if (isProper(tokens, k) && !opener) return null;
  }
  const name = forwardNP(tokens, from);
  if (!name || name[1] > to) return null;
  const text = tokens
    .slice(name[0], name[1])
    .map((t) => t.text)
    .join(' ');
  return analyseMention(text).person ? name : null;
}

const FRONTING_PREPOSITIONS = new Set([
  'in',
  'on',
  'at',
  'during',
  'after',
  'before',
  'since',
  'as',
  'with',
  'without',
  'despite',
  'amid',
  'following',
  'from',
  'for',
  'by',
  'under',
  'over',
  'through',
  'throughout',
  'within',
  'upon',
  'like',
  'unlike',
  'besides',
  'outside',
  'inside',
]);
const TIME_WORDS = new Set([
  'earlier',
  'later',
  'meanwhile',
  'here',
  'there',
  'now',
  'then',
  'today',
  'yesterday',
  'last',
  'this',
  'next',
  'past',
]);
/** Conjunctive adverbs without the -ly ending (a closed class). */
const SENTENCE_ADVERBS = new Set([
  'likewise',
  'otherwise',
  'instead',
  'nonetheless',
  'nevertheless',
  'moreover',
  'furthermore',
  'indeed',
  'again',
  'besides',
  'thus',
  'hence',
  'overall',
  'still',
  'yet',
  'however',
  'meanwhile',
]);

/** A capitalised participle opening the sentence ("Having …", "Rattling off …", "Asked …"); "According" cites. */
export const participleOpener = (t: Token): boolean =>
  t.lower === 'having' || (/^\p{L}{3,}ing$/u.test(t.lower) && t.lower !== 'according') || frontsParticiple(t.text);

/**
 * A sentence-initial word that fronts an adverbial rather than starting the subject (Quirk et al. 1985 §8.15): a
 * participle, or a preposition or adverb of the tagger lexicon ("Amid …", "Despite …", "Perhaps …"; word-classes.json
 * frontedAdverbials, which leaves out the subordinators: "As X reported, …" keeps its order).
 */
export const adverbialOpener = (t: Token | undefined): boolean =>
  !!t?.cap && (participleOpener(t) || frontsAdverbial(t.text));

/** Subordinators of time, condition, cause and concession that open a fronted adverbial clause (Quirk et al. 1985 §14.12). */
const FRONTED_SUBORDINATORS = new Set([
  'When',
  'Whenever',
  'While',
  'After',
  'Before',
  'Although',
  'Though',
  'If',
  'Because',
  'Since',
  'Once',
  'Until',
  'Unless',
  'Whereas',
]);

/**
 * Index of the comma closing an adverbial that opens the sentence, or -1; `clauses` admits a fronted adverbial clause
 * too ("When the envoy argued that …, the minister said").
 */
export function openingAdverbialEnd(tokens: Token[], clauses = false): number {
  if (!adverbialOpener(tokens[0]) && !(clauses && FRONTED_SUBORDINATORS.has(tokens[0]?.text ?? ''))) return -1;
  for (let k = 1; k < Math.min(tokens.length, 40); k++) if (tokens[k].text === ',') return k;
  return -1;
}

/**
 * A phrase opening the sentence that is an adverbial, not a subject: led by a preposition ("In July", "As a part of
 * his plea"), an -ly sentence adverb ("Similarly", "Ultimately") or made of time words ("Earlier this week", "Tuesday").
 */
function frontedAdverbial(tokens: Token[], r: Range): boolean {
  let k = 0;
  while (
    k < r[0] &&
    tokens[k].word &&
    LEADING_CONNECTIVES.has(tokens[k].lower) &&
    !FRONTING_PREPOSITIONS.has(tokens[k].lower)
  )
    k++;
  if (k < r[0] && tokens[k].word && FRONTING_PREPOSITIONS.has(tokens[k].lower)) return true;
  const first = tokens[r[0]].lower;
  if (r[1] - r[0] === 1 && (/^\p{L}{3,}ly$/u.test(first) || SENTENCE_ADVERBS.has(first)) && !ROLES.has(first))
    return true;
  for (let i = r[0]; i < r[1]; i++) {
    const w = tokens[i].lower;
    if (!(
      TIME_WORDS.has(w) ||
      WEEKDAYS.has(w) ||
      MONTHS.has(w) ||
      PERIODS.has(w) ||
      /^\d/.test(w) ||
      /^(?:the|a|an|of|on)$/.test(w)
    ))
      return false;
  }
  return true;
}

/** Only connectives (and their commas) stand before the phrase. */
function opensClause(tokens: Token[], r: Range): boolean {
  let k = 0;
  while (k < r[0] && (tokens[k].word ? LEADING_CONNECTIVES.has(tokens[k].lower) : k > 0 && tokens[k].text === ',')) k++;
  return k === r[0];
}

/** A name, role or organisation within the phrase. */
export function sourceHeadIn(tokens: Token[], r: Range): boolean {
  for (let k = r[0]; k < r[1]; k++) if (isProper(tokens, k) || roleWordAt(tokens, k, r[1])) return true;
  return false;
}

const ASIDE_STARTS = new Set([
  'in',
  'of',
  'for',
  'at',
  'as',
  'however',
  'though',
  'meanwhile',
  'moreover',
  'too',
  'also',
  'then',
  'again',
  'indeed',
  'perhaps',
  'nonetheless',
  'nevertheless',
  'if',
  'after',
  'once',
  'by',
]);

/**
 * Index of the comma opening a short parenthetical adverbial that ends with the comma at `j` ("in fact", "as he has in
 * the past", "however"), or -1. The words before it must be a subject or an auxiliary, never a closing quotation.
 */
function commaAdverbialStart(tokens: Token[], j: number): number {
  if (!isPunct(tokens[j], ',')) return -1;
  let k = j - 1;
  while (k > 0 && k >= j - 7 && tokens[k].word) k--;
  if (!isPunct(tokens[k], ',') || k === j - 1 || !tokens[k - 1]?.word) return -1;
  const first = tokens[k + 1].lower;
  if (!ASIDE_STARTS.has(first) && !/\p{L}{3}ly$/u.test(first)) return -1;
  // Before it stands an auxiliary ("have, in fact, praised") or a subject opening its clause ("The governor, however,",
  // "and Karimi, as he has before,"), not the end of an appositive ("in Aurora, Colorado, in July 2012, said").
  const before = tokens[k - 1].lower;
  if (AUXILIARIES.has(before) || BE_FORMS.has(before) || before === 'who') return k;
  const np = backwardNP(tokens, k - 1);
  return np && (opensClause(tokens, np) || /^(?:and|but)$/.test(tokens[np[0] - 1]?.lower ?? '')) ? k : -1;
}

/** Index of the opening bracket or dash matching the closing one at `close`, or -1. */
export function parentheticalStart(tokens: Token[], close: number): number {
  const t = tokens[close].text;
  const open = t === ')' ? '(' : t;
  for (let k = close - 1; k >= Math.max(0, close - 30); k--) {
    if (tokens[k].text === open) return k;
    if (tokens[k].text === ';') return -1;
  }
  return -1;
}

/**
 * Verbs taking an object and a bare infinitive (Quirk et al. 1985 §16.52: perception and causative verbs), in their
 * finite and non-finite forms: "heard him say", "saw her leave", "let him speak", "made her admit".
 */
const BARE_INFINITIVE_TAKERS = new Set([
  ...PERCEPTION_VERBS,
  ...'let lets letting make makes made making have has had having help helps helped helping'.split(' '),
]);

/** The forms of Levin's (1993, §29.3) dub verbs, whose second object is a name: call, name, dub, style, christen, term. */
// prettier-ignore
const NAMING_FORMS = new Set([
  'call', 'calls', 'called', 'calling', 'name', 'names', 'named', 'naming', 'dub', 'dubs', 'dubbed', 'dubbing',
  'style', 'styles', 'styled', 'styling', 'christen', 'christens', 'christened', 'christening', 'term', 'terms',
  'termed', 'terming',
]);

/**
 * A naming verb, a reflexive and a capitalised name after it ("a group calling itself the Islamic Movement"): the
 * subject's name, no stance ("called himself a moderate" keeps its claim); the phrase is a post-modifier of its noun.
 */
export function selfNaming(tokens: Token[], i: number): boolean {
  if (!NAMING_FORMS.has(tokens[i]?.lower ?? '') || !REFLEXIVES.has(tokens[i + 1]?.lower ?? '')) return false;
  const name = tokens[i + 2]?.lower === 'the' ? tokens[i + 3] : tokens[i + 2];
  return !!name?.word && name.cap;
}

/** A parenthesis between subject and verb ("Kasich (R-OH), said", "Joyce — who … — told") is looked past. */
function subjectBeforeParenthesis(
  tokens: Token[],
  j: number,
): { mode: CueMode; source: Range; description: null } | null {
  if (!isPunct(tokens[j], ')', '—', '–')) return null;
  const open = parentheticalStart(tokens, j);
  if (open <= 0 || !tokens[open - 1].word) return null;
  const np = backwardNP(tokens, open - 1);
  if (!np) return null;
  // "Neil Sroka, director of Democracy for America, or DFA — which … — said": the phrase before the parenthesis may
  // itself be an appositive, read as before a comma.
  // Not after a fronted adverbial ("On Saturday, Sen. X (I-Vt.) called"), whose comma opens the clause.
  const app =
    isPunct(tokens[np[0] - 1], ',') && openingAdverbialEnd(tokens, true) !== np[0] - 1
      ? appositiveSubject(tokens, open)
      : null;
  if (app?.leading && sourceHeadIn(tokens, app.np)) return { mode: 'subject', source: app.np, description: null };
  return { mode: 'subject', source: np, description: null };
}

export function subjectOf(
  tokens: Token[],
  i: number,
  verb: string,
  invertible = INVERTED_CUES.has(verb),
): { mode: CueMode; source: Range; description: Range | null; indirect?: boolean } | null {
  let j = skipAdverbsBack(tokens, i);
  // "Traders in Kunduz and elsewhere voiced …": a coordinated place adverb extends the subject's place, not the subject.
  if (PLACE_ADVERBS.has(tokens[j]?.lower ?? '') && /^(?:and|or)$/.test(tokens[j - 1]?.lower ?? '')) j -= 2;
  // "have, in fact, praised", "Cruz, as he has in the past, opposed": a parenthetical adverbial between commas.
  const aside = commaAdverbialStart(tokens, j);
  if (aside > 0) {
    // "The study, by researchers at the university, found …": after a document a "by" phrase set off by commas is its
    // author (an appositive postmodifier, Quirk et al. 1985 §17.65), not an adverbial; the document and its author are
    // the subject, as in "a study by researchers at the university found …" (typedSource credits the author).
    const doc =
      tokens[aside + 1].lower === 'by' && roleOf(tokens[aside - 1])?.document ? backwardNP(tokens, aside - 1) : null;
    const author = doc ? forwardNP(tokens, aside + 2) : null;
    if (doc && author && author[1] === j && sourceHeadIn(tokens, author))
      return { mode: 'subject', source: [doc[0], j], description: null };
    j = skipAdverbsBack(tokens, aside);
  }
  if (isPunct(tokens[j], ',') && isPunct(tokens[j - 1], ')')) j--;
  const beforeParenthesis = subjectBeforeParenthesis(tokens, j);
  if (beforeParenthesis) return beforeParenthesis;
  const licensor = tokens[j]?.lower === 'to' ? infinitiveLicensor(tokens, j) : -1;
  if (licensor >= 0) j = skipAdverbsBack(tokens, licensor);
  // An aspectual verb shares the cue's subject: "began dismissing", "kept insisting".
  else if (PHASE_VERBS.has(tokens[j]?.lower ?? '') && /\p{L}ing$/u.test(tokens[i].lower))
    j = skipAdverbsBack(tokens, j);
  while (j >= 0 && (AUXILIARIES.has(tokens[j].lower) || BE_FORMS.has(tokens[j].lower))) j = skipAdverbsBack(tokens, j);
  // "Tucker (2019) has shown", "Joyce — who … — has told": the parenthesis may stand before the auxiliary too.
  const beforeAuxiliaries = j < i - 1 ? subjectBeforeParenthesis(tokens, j) : null;
  if (beforeAuxiliaries) return beforeAuxiliaries;
  // "became convinced", "has grown worried": a copula before the cue word's adjective shares its subject.
  if (j >= 0 && LINKING_VERBS.has(tokens[j].lower)) {
    j = skipAdverbsBack(tokens, j);
    while (j >= 0 && (AUXILIARIES.has(tokens[j].lower) || BE_FORMS.has(tokens[j].lower)))
      j = skipAdverbsBack(tokens, j);
  }
  // "X, host of “Morning Joe,” suggested": the comma of the appositive sits inside the closing quote.
  if (isCloseQuote(tokens[j]) && isPunct(tokens[j - 1], ',')) {
    let o = j - 2;
    while (o > 0 && o > j - 12 && tokens[o].word) o--;
    const app = o > 0 && tokens[o].text === '“' ? appositiveSubject(tokens, o) : null;
    if (app && app.leading) return { mode: 'subject', source: app.np, description: [app.description[0], j - 1] };
  }
  const prev = tokens[j];
  // "heard him say": an object pronoun before a bare infinitive is its subject ("let me say": the speaker's own voice).
  // Not "them": resolved in its own sentence it would take the clause's subject ("Elders heard them say").
  // Only verbs of perception and causation take that bare-infinitive frame ("heard him say", "let her speak"): in
  // "Officials who met him say …" the pronoun is the object of a relative clause's verb.
  if (
    prev &&
    /^(?:him|her)$/.test(prev.lower) &&
    canBeBaseVerb(tokens[i].lower) &&
    BARE_INFINITIVE_TAKERS.has(tokens[j - 1]?.lower ?? '')
  )
    return { mode: 'subject', source: [j, j + 1], description: null };
  if (prev?.lower === 'me' && canBeBaseVerb(tokens[i].lower)) return null;
  // "The governor offered the elders a school, then says …": ", then" joins a second verb to the clause's subject.
  if (isPunct(prev, ',') && tokens[j + 1]?.lower === 'then' && j + 1 < i) {
    const r = coordinatedSubject(tokens, j);
    if (r) return { mode: 'subject', source: r, description: null, indirect: true };
  }
  if (!prev || isPunct(prev, ',', '–', '—', '-') || isCloseQuote(prev)) {
    // "Clinton, who called Sanders, told …", "Economists, like their rivals, say …": a subject set off by an appositive
    // at the start of the sentence comes before a speaker after the verb.
    const app = prev?.text === ',' ? appositiveSubject(tokens, j) : null;
    if (app && app.leading) return { mode: 'subject', source: app.np, description: app.description };
    if (invertible) {
      const np = forwardNP(tokens, i + 1);
      const after = np ? tokens[np[1]] : undefined;
      // "said a longtime adviser to the governor": a role or name may carry its own prepositional phrase.
      // "said two officials who spoke on condition of anonymity": or by a relative clause.
      // "said the base chief known as Bob", "says a source involved in the talks": or by a participle, unless a finite
      // verb follows it ("said the commander killed in the raid was …": the phrase is the reported clause's subject).
      // A bare name before an -ed form is the reported clause's subject and its verb ("said Obama failed to …").
      const described =
        !!np &&
        (DETERMINERS.has(tokens[np[0]].lower) ||
          PLURAL_DETERMINERS.has(tokens[np[0]].lower) ||
          PROPORTION_COUNT.test(tokens[np[0]].lower) ||
          /^\d/.test(tokens[np[0]].text) ||
          !tokens[np[1] - 1].cap);
      const participle = described && !!after && !after.cap && isPastForm(after.lower);
      const postModified =
        !!np &&
        !!after &&
        after.word &&
        (/^(?:to|for|at|with|from|on|who)$/.test(after.lower) ||
          // "“…,” concluded a study by the election commission": a document and its author.
          !!documentAuthorAt(tokens, np[1]) ||
          // "wrote a man calling himself Mario K.": a self-naming participle.
          selfNaming(tokens, np[1]) ||
          (participle && !finiteClauseFollows(tokens, np[1]))) &&
        sourceHeadIn(tokens, np);
      // "X, a supporter, said Clinton’s acceptance of donations … was akin to extortion": a finite verb after the
      // phrase makes it the subject of the reported clause, not a speaker, when a subject stands before the verb.
      // "said he still prays …": a pronoun opening a longer phrase is the reported clause's subject, not a speaker.
      const clausePronoun = !!np && np[1] - np[0] > 1 && SUBJECT_PRONOUNS.has(tokens[np[0]].lower);
      const inverted =
        np &&
        !clausePronoun &&
        !timeOrManner(tokens, np) &&
        (!after ||
          !after.word ||
          after.lower === 'in' ||
          after.lower === 'of' ||
          postModified ||
          (timeClause(tokens, np[1]) && sourceHeadIn(tokens, np)));
      if (inverted && !(app && finiteClauseFollows(tokens, np[1]))) {
        // "“…,” said the governor, Abdul Jabar Naeemi.": a description then the person's name, as before a verb.
        const named = isPunct(tokens[np[1]], ',')
          ? appositiveName(tokens, np, np[1] + 1, appositiveEnd(tokens, np[1]))
          : null;
        if (named) return { mode: 'inverted', source: named, description: np };
        return { mode: 'inverted', source: withAuthor(tokens, np), description: null };
      }
    }
    if (app) return { mode: 'subject', source: app.np, description: app.description };
    return null;
  }
  // "Officials who asked not to be named said …": the verb follows a restrictive relative clause; its subject is the
  // clause's antecedent, when the words right before the verb cannot themselves name a source.
  const rel = reducedRelativeAfter(tokens, i, j)
    ? null
    : relativeClauseAntecedent(tokens, j, !np0HasNoSource(tokens, j));
  if (rel) return { mode: 'subject', source: rel, description: null };
  const np = backwardNP(tokens, j);
  if (np && invertible) {
    // "… a safe haven for insurgent leaders said U.S. Army Col. X": a titled name after the verb is the speaker.
    const fwd = forwardNP(tokens, i + 1);
    const titled =
      fwd &&
      analyseMention(
        tokens
          .slice(fwd[0], fwd[1])
          .map((t) => t.text)
          .join(' '),
      ).rank;
    if (fwd && titled && !properIn(tokens, np)) return { mode: 'inverted', source: fwd, description: null };
  }
  // "A letter from the ministry obtained by Reuters warns …": the agent of a participle that post-modifies the subject
  // (a reduced passive relative) is no subject; the noun the participle modifies is.
  const passiveHead = np ? reducedPassiveHead(tokens, np) : null;
  // "A statement released by the Taliban claimed …": a document speaks for whoever issued or wrote it.
  // Fieldwork the author carried out ("Interviews conducted by the author suggest …") is the author's own voice.
  if (passiveHead && authoredDocument(tokens, passiveHead))
    return authorVoice(tokens, np!) ? null : { mode: 'subject', source: np!, description: null };
  const reduced =
    passiveHead ??
    (np
      ? (trailingParticiple(tokens, np, i) ??
        placedHead(tokens, np, i) ??
        activeParticipleHead(tokens, np, i) ??
        prepositionalHead(tokens, np))
      : null);
  if (reduced) return { mode: 'subject', source: reduced, description: null };
  if (np) {
    // "Police arrested a man who they said was armed": a pronoun speaking inside a relative clause is the matrix subject.
    // So is one after a complementiser ("the party is trying to convince the courts that they should …", "Netizens
    // enjoyed what they saw as …"). Only where the pronoun agrees with it; otherwise coreference resolves the pronoun.
    const pronoun = np[1] - np[0] === 1 ? tokens[np[0]].lower : '';
    const linker = tokens[np[0] - 1];
    const relPronoun =
      /^(?:they|he|she|it)$/.test(pronoun) &&
      !!linker &&
      RELATIVE_PRONOUNS.has(linker.lower) &&
      linker.lower !== 'whose' &&
      !(tokens[np[0] - 2]?.word && PREPOSITIONS_BEFORE_RELATIVE.has(tokens[np[0] - 2].lower));
    const matrix = relPronoun ? clauseSubject(tokens, np[0] - 1) : null;
    // The relative's own antecedent is never the pronoun's ("the vote, which she said was a mistake").
    const antecedent = relPronoun ? backwardNP(tokens, isPunct(tokens[np[0] - 2], ',') ? np[0] - 3 : np[0] - 2) : null;
    const own = !!antecedent && !!matrix && antecedent[0] < matrix[1] && matrix[0] < antecedent[1];
    const agrees = !!matrix && !own && matrix[1] < np[0] - 1 && pronounAgrees(pronoun, tokens, matrix);
    return { mode: 'subject', source: agrees ? matrix! : np, description: null };
  }
  // Coordinated verbs ("Traders … voiced concerns and said that …", "… visited the dam, but said …") and relative clauses
  // ("the elder who confirmed …").
  // "The Washington Post, which argued …", "a report the ministry issued, which says …": "which" refers to things, of
  // which a document or a body speaks; an unnamed one only when its issuer is named before it ("The ministry published
  // a report, which says …"), since "a paper, which describes …" names no one.
  const thing = relativeThat(tokens, j) || prev.lower === 'which' ? relativeAntecedent(tokens, j, true) : null;
  const issuer = thing && issuerOf(tokens, thing);
  const r =
    prev.lower === 'and' || prev.lower === 'but'
      ? coordinatedSubject(tokens, j)
      : prev.lower === 'who'
        ? relativeAntecedent(tokens, j)
        : (issuer ?? (thing && (prev.lower !== 'which' || properIn(tokens, thing)) ? thing : null));
  // ", who denied …": a non-restrictive relative asserts something of an antecedent already identified.
  const appositive = prev.lower === 'who' && isPunct(tokens[j - 1], ',');
  return r ? { mode: 'subject', source: r, description: null, indirect: !appositive } : null;
}

/** The phrase holds a name ("The Washington Post", "the Doha agreement"). */
function properIn(tokens: Token[], r: Range): boolean {
  for (let k = r[0]; k < r[1]; k++) if (isProper(tokens, k)) return true;
  return false;
}

/** Finite forms of the issuing verbs ("The ministry issued a statement that said …"). */
const ISSUING_VERBS = new Set([...ISSUING_PARTICIPLES, 'issues', 'releases', 'publishes', 'posts', 'sends', 'put']);

/**
 * "The ministry issued a statement that said …", "The UN released a report, which found …": a document that is the
 * object of an issuing verb speaks for that verb's subject, as "a statement issued by the ministry" does.
 */
function issuerOf(tokens: Token[], document: Range): Range | null {
  let v = document[0] - 1;
  if (tokens[v]?.lower === 'out' && tokens[v - 1]?.lower === 'put') v--;
  if (!ISSUING_VERBS.has(tokens[v]?.lower ?? '') || tokens[v].cap) return null;
  const subject = backwardNP(tokens, skipAdverbsBack(tokens, v));
  return subject && sourceHeadIn(tokens, subject) && opensClause(tokens, subject) ? subject : null;
}

/**
 * The phrase before the participle when `np` is the "by" agent of a participle right after a noun ("a letter … obtained
 * by Reuters", "a report written by analysts"), else null. After a be-form the participle is a full passive's.
 */
function reducedPassiveHead(tokens: Token[], np: Range): Range | null {
  const p = np[0] - 2;
  const participle = tokens[p];
  if (tokens[np[0] - 1]?.lower !== 'by' || !participle || participle.cap) return null;
  if (!isPastForm(participle.lower)) return null;
  const before = tokens[p - 1];
  if (!before?.word || BE_FORMS.has(before.lower) || AUXILIARIES.has(before.lower)) return null;
  const head = backwardNP(tokens, p - 1);
  return head && head[1] === p ? head : null;
}

/** Participles that make a "by" phrase a document's issuer or author ("released by", "compiled by", "written by"). */
const AUTHORING = new Set([
  ...ISSUING_PARTICIPLES,
  'written',
  'compiled',
  'prepared',
  'produced',
  'conducted',
  'commissioned',
  'collected',
  'gathered',
  // The signatories of a letter, petition or statement are its authors ("a letter signed by twelve elders").
  'signed',
]);

/** `head` is a document noun followed by an authoring participle ("a statement released", "a survey conducted"). */
function authoredDocument(tokens: Token[], head: Range): boolean {
  const last = tokens[head[1] - 1];
  const noun = roleOf(last);
  // A document by its role noun, or a plural thing no role names ("figures compiled by the UN", "leaflets distributed
  // by the Taliban"); never a person or crowd ("fighters sent by the IMU").
  const thing = !noun && /[^s’']s$/.test(last.lower) && (!last.cap || head[1] - 1 === 0);
  return (!!noun?.document || thing) && AUTHORING.has(tokens[head[1]]?.lower ?? '');
}

/**
 * "figures compiled by the UN", "data collected by the ministry", "a report by the council": the author after the noun
 * phrase ending at `end`.
 */
export function authorAfter(tokens: Token[], end: number): Range | null {
  // "a report by the ministry": a document's own "by" phrase names its author as well.
  const own = documentAuthorAt(tokens, end);
  if (own) return own;
  if (!AUTHORING.has(tokens[end]?.lower ?? '') || tokens[end + 1]?.lower !== 'by') return null;
  return forwardNP(tokens, end + 2);
}

/** Nouns of talk whose "with" phrase names the people who talked ("interviews with a dozen officials"). */
const TALK_NOUNS = new Set(['interview', 'interviews', 'conversation', 'conversations', 'discussions']);

/**
 * "according to a tally by the Associated Press", "… calculations by Amy Glasmeier", "… interviews with a dozen
 * officials": whatever the cited thing is, the one who made it (its "by" agent) or, for talk, the one talked with is
 * who the content comes from, when that phrase can name a source ("by the end of May", "by phone" cannot).
 */
export function makerAfter(tokens: Token[], end: number, text: string, base: number): Range | null {
  const link = tokens[end]?.lower;
  if (link !== 'by' && !(link === 'with' && TALK_NOUNS.has(tokens[end - 1]?.lower ?? ''))) return null;
  // "court records seen by the author", "a letter reviewed by the Post": the agent of a participle of perception or
  // handling read the thing; only one of making wrote it ("figures compiled by the UN", authorAfter's AUTHORING).
  const before = tokens[end - 1]?.lower ?? '';
  if (link === 'by' && isPastForm(before) && !AUTHORING.has(before)) return null;
  const np = forwardNP(tokens, end + 1);
  return np && sourceLike(tokens, np, text, base) ? np : null;
}

/** `np` is the "by" agent of an authored document ("a survey conducted by the Asia Foundation"), so it speaks. */
export function documentAuthor(tokens: Token[], np: Range): boolean {
  const head = reducedPassiveHead(tokens, np);
  return !!head && authoredDocument(tokens, head);
}

/**
 * "A UN report released on Monday estimated …", "a poll conducted last week found …": a participle after the head noun
 * and before the adverbial skipped on the way to the cue at `cue` opens a reduced relative; the phrase ends before it.
 * Right before the cue the form is the clause's own verb ("Clinton faced questions"); after a determiner it is itself
 * the noun ("the accused"); after an adjective it is a noun too ("on the political left").
 */
function trailingParticiple(tokens: Token[], np: Range, cue: number): Range | null {
  const last = np[1] - 1;
  const t = tokens[last];
  if (last - np[0] < 1 || np[1] >= cue || t.cap) return null;
  if (!isPastForm(t.lower)) return null;
  const before = tokens[last - 1];
  if (!before.word || DETERMINERS.has(before.lower) || /ly$/.test(before.lower) || isAdjectiveOnly(before.lower))
    return null;
  return [np[0], last];
}

/** Prepositions and adverbs of where a document appeared: "posted on the internet", "circulated online". */
const PLACE_PREPOSITIONS = new Set(['on', 'in', 'at', 'via', 'through', 'across', 'to', 'for']);
const WHERE_PUBLISHED = new Set(['online', 'locally', 'widely', 'abroad', 'overseas']);
/** Where documents are posted under their publisher's name ("the website GunBroker.com", "the group's Telegram channel"). */
const SITES = new Set(['website', 'site', 'page', 'account', 'channel', 'blog', 'feed', 'forum']);

/**
 * "A Taliban statement posted on the internet claimed …", "troops stationed in Kunduz said …": the phrase before the
 * verb is a place in a reduced relative after the subject (a document where it appeared, people where they serve); the
 * phrase the participle modifies is the subject. Only a role noun (a person, body or document by role) heads it, so a
 * place is never taken for the speaker. Only for a subject opening the sentence.
 */
function placedHead(tokens: Token[], np: Range, cue: number): Range | null {
  // The clause's finite verb follows the subject; an -ing form ("images of the senator repeating himself") has its own.
  if (/ing$/.test(tokens[cue].lower)) return null;
  const alone = np[1] - np[0] === 1 && WHERE_PUBLISHED.has(tokens[np[0]].lower);
  const first = tokens[np[0] - 1]?.lower ?? '';
  // "deported from Russia": a place of origin, read only for a person's phrase below (a document "received from the
  // ministry" is the ministry's).
  if (!alone && !PLACE_PREPOSITIONS.has(first) && first !== 'from') return null;
  const p = alone ? np[0] - 1 : participleBefore(tokens, np[0] - 1);
  const participle = tokens[p];
  if (p < 0 || !participle?.word || participle.cap || !isPastForm(participle.lower)) return null;
  const head = p > 0 ? backwardNP(tokens, p - 1) : null;
  // A named site is the publisher, which speaks ("posted on the website GunBroker.com"); and a head that does not open
  // the sentence may be a finite clause's subject ("As his rivals seized on images of …").
  let named = false;
  let site = false;
  for (let k = np[0]; k < np[1]; k++) {
    named ||= isProper(tokens, k);
    site ||= SITES.has(tokens[k].lower);
  }
  if (named && site) return null;
  if (!head || head[1] !== p || !opensClause(tokens, head)) return null;
  if (first === 'from' && !personIn(tokens, head)) return null;
  // A role by its last word or as a whole phrase ("border guards"), or before its "of" or "for" phrase ("residents of
  // Khorog", "a lawyer for the men").
  if (roleAt(tokens, p - 1)) return head;
  for (let k = head[0] + 1; k < p - 1; k++)
    if (POST_MODIFIER_LINKS.has(tokens[k].lower) && roleAt(tokens, k - 1)) return head;
  // "Migrants interviewed in Moscow said …", "Herders surveyed for the study described …": the object of a verb of
  // eliciting information is the informant, whatever noun names it.
  if (INFORMANT_PARTICIPLES.has(participle.lower) && namesSomeone(tokens, head)) return head;
  return null;
}

/** Prepositions between an -ing participle and the phrase after it: "living near the base", "working with the UN". */
const ACTIVE_PARTICIPLE_LINKS = new Set([
  ...PLACE_PREPOSITIONS,
  'near',
  'with',
  'outside',
  'inside',
  'around',
  'along',
  'from',
  'among',
  'under',
  'behind',
]);

/**
 * "A lawyer representing four of the men said …", "Residents living near the base said …", "Police investigating the
 * blast said …": the phrase before the verb is the object or the place of an -ing participle that post-modifies the
 * subject (a reduced active relative, Quirk et al. 1985 §17.29); the phrase the participle modifies is the subject. At
 * most three phrases after the participle ("living in a village near the base"); a role noun or a common noun after a
 * determiner heads it, and only a subject opening the clause.
 */
function activeParticipleHead(tokens: Token[], np: Range, cue: number): Range | null {
  if (/ing$/.test(tokens[cue].lower)) return null;
  let k = np[0] - 1;
  if (ACTIVE_PARTICIPLE_LINKS.has(tokens[k]?.lower ?? '')) k--;
  k = participleBack(tokens, k, activeParticiple, ACTIVE_PARTICIPLE_LINKS, 3);
  if (k < 1) return null;
  const head = backwardNP(tokens, k - 1);
  if (!head || head[1] !== k || !opensClause(tokens, head)) return null;
  // A role noun; or a common noun after a determiner ("An advocate representing …") when the participle's object is
  // plainly a phrase of its own (a determiner, a name or a number opens it). "both lobbying firms", "a forward operating
  // base", "the national tracking poll" are compounds, an -ing word before their head.
  if (roleAt(tokens, k - 1)) return head;
  const noun = tokens[k - 1];
  const object = tokens[k + 1];
  const plainObject =
    !!object &&
    (DETERMINERS.has(object.lower) ||
      object.cap ||
      /^\d/.test(object.text) ||
      ACTIVE_PARTICIPLE_LINKS.has(object.lower));
  return plainObject && DETERMINERS.has(tokens[head[0]].lower) && noun.word && !noun.cap && !isAdjectiveOnly(noun.lower)
    ? head
    : null;
}

/**
 * "Residents of villages near the border say", "Critics of the deal with Kabul argue", "Opponents of letting refugees
 * into the country cite": the phrase before the verb is a preposition's object inside the subject's post-modifier, and
 * the subject is the whole phrase from the role noun that opens the clause (Quirk et al. 1985 §17.37, prepositional
 * postmodification). Back over at most four prepositional phrases, and over a gerund with its object ("of letting
 * refugees into"), to a head that is a role; null when none opens the clause.
 */
function prepositionalHead(tokens: Token[], np: Range): Range | null {
  let first = np[0];
  for (let hop = 0; hop < 4; hop++) {
    const prep = tokens[first - 1];
    if (!prep?.word || prep.cap || !isPreposition(prep.lower)) return null;
    const before = backwardNP(tokens, first - 2);
    if (!before || before[1] !== first - 1) return null;
    // "of letting refugees into": the gerund and its object stand between two prepositions.
    if (activeParticiple(tokens[before[0] - 1]) && isPreposition(tokens[before[0] - 2]?.lower ?? '')) {
      first = before[0] - 1;
      continue;
    }
    // A document's "by", "from" or "about" phrase is left to the author rules (authoredDocument, typedSource).
    const role = roleAt(tokens, headIndex(tokens, before));
    if (role?.info.document) return null;
    if (role && opensClause(tokens, before)) return [before[0], np[1]];
    first = before[0];
  }
  return null;
}

/** An -ing participle ("representing", "living"), not a short word that merely ends so ("king", "sing"). */
const activeParticiple = (t: Token | undefined): boolean =>
  !!t?.word && !t.cap && t.lower.length > 4 && t.lower.endsWith('ing');

/** Prepositions opening a role's post-modifier: "residents of Khorog", "a lawyer for the men", "an adviser to the envoy". */
const POST_MODIFIER_LINKS = new Set(['of', 'for', 'to']);

/** A person's role in the phrase ("the wife of a migrant", "relatives of the men"). */
function personIn(tokens: Token[], r: Range): boolean {
  for (let k = r[0]; k < r[1]; k++) {
    const role = roleAt(tokens, k)?.info;
    if (role?.person && !modifiesNext(role, tokens, k, r[1])) return true;
  }
  return false;
}

/**
 * "sentenced last month to eight years in prison": back from the preposition at `prep` over a chain of prepositional
 * phrases and bare time phrases to the participle that opens them (at most four hops); its index, or -1.
 */
function participleBefore(tokens: Token[], prep: number): number {
  return participleBack(tokens, prep - 1, pastParticiple, PLACE_LINKS, 4);
}

const pastParticiple = (t: Token | undefined): boolean => !!t && !t.cap && isPastForm(t.lower);
/** A place's preposition ("in prison") or an origin's ("deported from Russia") between two steps back. */
const PLACE_LINKS = new Set([...PLACE_PREPOSITIONS, 'from']);

/**
 * Back from `k` over a chain of noun phrases, each after one of `links` or bare (a time phrase: "last month"), to the
 * participle `isParticiple` accepts, in at most `hops` steps ("sentenced last month to eight years in prison", "living
 * in a village near the base"); its index, or -1.
 */
function participleBack(
  tokens: Token[],
  k: number,
  isParticiple: (t: Token | undefined) => boolean,
  links: ReadonlySet<string>,
  hops: number,
): number {
  for (let hop = 0; hop < hops && k >= 0; hop++) {
    if (isParticiple(tokens[k])) return k;
    const np = backwardNP(tokens, k);
    if (!np || np[1] !== k + 1) return -1;
    const before = tokens[np[0] - 1];
    if (!before?.word) return -1;
    k = links.has(before.lower) ? np[0] - 2 : np[0] - 1;
  }
  return -1;
}

/** Past participles of verbs whose object gives the information (interview, survey, poll, question, consult, reach). */
const INFORMANT_PARTICIPLES = new Set([
  'interviewed',
  'surveyed',
  'polled',
  'questioned',
  'consulted',
  'contacted',
  'reached',
]);

const PREPOSITIONS_BEFORE_RELATIVE = new Set([
  'in',
  'of',
  'by',
  'with',
  'for',
  'from',
  'to',
  'at',
  'on',
  'under',
  'through',
  'during',
]);

/** Number and person agreement of he/she/it/they with a phrase, from its last word: a role's flags, else its form. */
function pronounAgrees(pronoun: string, tokens: Token[], r: Range): boolean {
  const last = tokens[r[1] - 1];
  const role = roleOf(last);
  const plural = /[^s]s$/.test(last.lower) || /^(?:police|people|staff)$/.test(last.lower) || !!role?.crowd;
  const body = role
    ? !role.person && !role.crowd
    : (last.cap && r[1] - r[0] >= 2 && !isProper(tokens, r[0])) || /^(?:the)$/i.test(tokens[r[0]].text);
  if (pronoun === 'they') return plural || body;
  if (plural) return false;
  if (pronoun === 'it') return body;
  return role ? !!role.person : last.cap && !body;
}

/** The phrase ending at `j` names no one: no name, role or pronoun ("named", "anonymity", "the ministry's plan"). */
function np0HasNoSource(tokens: Token[], j: number): boolean {
  const np = backwardNP(tokens, j);
  if (!np) return true;
  // "… not authorised to talk to the media said": a preposition's object is no subject of the verb after it.
  const before = tokens[np[0] - 1];
  if (before?.word && !before.cap && (isPreposition(before.lower) || before.lower === 'to')) return true;
  for (let k = np[0]; k < np[1]; k++)
    if (isProper(tokens, k) || roleOf(tokens[k]) || SUBJECT_PRONOUNS.has(tokens[k].lower)) return false;
  return true;
}

/** How far back from the verb a relative clause's "who" may stand, with no punctuation between. */
const RELATIVE_CLAUSE_WORDS = 24;

/** Words that open another clause inside a relative clause ("who know what Karzai said"), or join a new one. */
const CLAUSE_OPENERS = new Set([
  'what',
  'that',
  'which',
  'whether',
  'how',
  'where',
  'when',
  'why',
  'if',
  'because',
  'and',
  'but',
  'or',
  'while',
]);

/**
 * "… found no trace of the camps described in the reports": a participle right after a determined noun, with neither
 * content nor an object after it, post-modifies that noun (a reduced relative); it is no verb whose subject a "who"
 * clause before it could be ("Residents who fled the fighting said that …", "… described scenes of chaos").
 */
function reducedRelativeAfter(tokens: Token[], i: number, j: number): boolean {
  if (j !== i - 1 || !isPastForm(tokens[i].lower) || hasContent(tokens, i + 1)) return false;
  // With an object of its own ("described scenes of chaos") the participle is the clause's verb.
  const next = tokens[i + 1];
  if (next?.word && !isPreposition(next.lower)) return false;
  const np = backwardNP(tokens, j);
  return !!np && np[1] === i && DETERMINERS.has(tokens[np[0]].lower) && !tokens[j].cap;
}

/**
 * Antecedent of a "who" clause that runs, without punctuation, up to the verb after `j`. When the words right before
 * the verb could name a source themselves (`sourceBefore`: "officials who spoke with The Kabul Times said"), they are
 * the relative clause's object unless another clause opens between "who" and the verb.
 */
function relativeClauseAntecedent(tokens: Token[], j: number, sourceBefore: boolean): Range | null {
  // Wire copy's "who spoke on condition of anonymity because he was not authorised to talk to the media" runs long.
  for (let k = j; k > 0 && k >= j - RELATIVE_CLAUSE_WORDS; k--) {
    const t = tokens[k];
    if (!t.word) return null;
    if (sourceBefore && k < j && CLAUSE_OPENERS.has(t.lower) && !namesCoordinated(tokens, k)) return null;
    if (t.lower !== 'who') continue;
    // "a candidate who many members say is corrupt": "who" is the clause's object, the words after it its subject, and
    // the cue its verb. When that subject already has its own verb before the cue ("the man who Karzai met said"), the
    // clause is complete and the cue is the main clause's, whose subject is the antecedent.
    if (sourceBefore && !subjectWho(tokens, k) && !objectClauseComplete(tokens, k, j)) return null;
    return k < j && !isPunct(tokens[k - 1], ',') ? relativeAntecedent(tokens, k) : null;
  }
  return null;
}

/**
 * "who work for Karimov or Rahimov said": "and"/"or" between two names joins them into one object of the relative
 * clause, not a new clause whose subject the second name would be (coordination of like constituents, Quirk et al.
 * 1985 §13.2).
 */
function namesCoordinated(tokens: Token[], k: number): boolean {
  if (tokens[k].lower !== 'and' && tokens[k].lower !== 'or') return false;
  return isProper(tokens, k - 1) && isProper(tokens, k + 1);
}

/** "who Karzai met", "who the villagers trusted": after the object "who" at `k`, a subject and then a verb end at `j`. */
function objectClauseComplete(tokens: Token[], k: number, j: number): boolean {
  const subject = forwardNP(tokens, k + 1);
  return !!subject && subject[1] === j && tokens[j].word && !tokens[j].cap;
}

/** The "who" at `k` is its clause's subject: what follows is no name, pronoun, determiner or quantifier. */
function subjectWho(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  return (
    !!next &&
    next.word &&
    !next.cap &&
    !DETERMINERS.has(next.lower) &&
    !SUBJECT_PRONOUNS.has(next.lower) &&
    !AUTHOR_PRONOUNS.has(next.lower) &&
    !PLURAL_DETERMINERS.has(next.lower) &&
    !QUANTIFIER_PRONOUNS.has(next.lower) &&
    !/^(?:each|every|no|any)$/.test(next.lower)
  );
}

/** "said Sunday", "said dryly", "said last week": an adverbial after the verb, not an inverted speaker. */
function timeOrManner(tokens: Token[], r: Range): boolean {
  for (let k = r[0]; k < r[1]; k++) {
    const w = tokens[k].lower;
    if (!(
      WEEKDAYS.has(w) ||
      PERIODS.has(w) ||
      MONTHS.has(w) ||
      /^\d/.test(w) ||
      /^(?:today|yesterday|tonight|later|afterward|afterwards|again)$/.test(w) ||
      (!tokens[k].cap && /ly$/.test(w))
    ))
      return false;
  }
  return true;
}

const FINITE_AFTER = new Set([
  'is',
  'was',
  'are',
  'were',
  'has',
  'had',
  'have',
  'will',
  'would',
  'could',
  'can',
  'should',
  'must',
  'may',
  'might',
  'did',
  'does',
]);

/** A finite auxiliary within the same stretch of words (no punctuation) after `from`. */
function finiteClauseFollows(tokens: Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 12); k++) {
    if (!tokens[k].word) return false;
    if (FINITE_AFTER.has(tokens[k].lower)) return true;
  }
  return false;
}

export function passiveAgent(tokens: Token[], i: number): Range | null {
  let quoted = false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 14); k++) {
    const t = tokens[k];
    if (isOpenQuote(t) && !quoted) {
      quoted = true;
      continue;
    }
    if (isCloseQuote(t) && quoted) {
      quoted = false;
      continue;
    }
    if (quoted) continue;
    // The agent must belong to this participle, not to a later verb ("… and were arrested by …").
    if (isPunct(t, ';', '.', '(', ',') || /^(?:and|were|was|is|are|who|which|but)$/.test(t.lower)) return null;
    if (t.lower === 'by') {
      const np = forwardNP(tokens, k + 1);
      if (!np || /^(?:any|no)$/.test(tokens[np[0]].lower)) return null;
      return np;
    }
  }
  return null;
}

/**
 * "a Taliban leader believed to be …", "a leader accused of …": an agentless passive after a noun, recorded as a vague
 * report whose cue is the participle and the word after it; no one in the sentence holds the view.
 */
export function addAgentlessPassive(hits: CueHit[], tokens: Token[], text: string, base: number, i: number): void {
  addHit(hits, tokens, text, base, [i, i + 2], 'subject', [i, i + 2], null, false, true, true, true);
}

/** Existential "there" and presentative "here" ("There's talk of …", "Here's the case for …"): no one. */
const EXISTENTIALS = new Set(['there', 'here']);

/**
 * A source is a noun phrase: some word in it can head one (a name or other capitalised word, a role noun, a noun,
 * pronoun or number, or a word the Brill lexicon does not know). A phrase of articles, adjectives, adverbs and verbs alone
 * ("outright" in "if not outright opposed", "the least" in "the least talked about", "provide" in "provide telling
 * insight") is a scan that ran into the wrong words, and whatever cue it hangs on reports nobody. Quantifiers that
 * stand as pronouns ("several said") name an unspecified group, which the vague-source rules read.
 */
function namesSomeone(tokens: Token[], r: Range): boolean {
  for (let i = r[0]; i < r[1]; i++) {
    const t = tokens[i];
    if (!t.word) continue;
    const w = t.lower.slice(0, t.lower.length - possessiveLength(t.lower));
    if (EXISTENTIALS.has(w)) continue;
    // An article or possessive determiner before other words names no one, capitalised at the sentence's start or not
    // ("His strong — and largely unwavering — support"); alone, a possessive is a pronoun ("In their view").
    if ((ARTICLES.has(w) || POSSESSIVE_DETERMINERS.has(w)) && i + 1 < r[1]) continue;
    if (t.cap || QUANTIFIER_PRONOUNS.has(t.lower)) return true;
    // The role nouns come first: the Brill lexicon, drawn from financial news, tags "insurgent" and "militant" JJ only.
    if (ROLES.has(w) || (!ARTICLES.has(w) && !isNonNominal(w))) return true;
  }
  return false;
}

export function addHit(
  hits: CueHit[],
  tokens: Token[],
  text: string,
  base: number,
  cueRange: Range,
  mode: CueMode,
  source: Range | null,
  description: Range | null,
  strong: boolean,
  content: boolean,
  checked = false,
  vague = false,
): void {
  // A vague hit's "source" is the words that leave it unnamed ("believed to", "fears"), not a noun phrase.
  if (!source || (!vague && !namesSomeone(tokens, source)) || !(checked || sourceLike(tokens, source, text, base)))
    return;
  const cue = text.slice(tokens[cueRange[0]].start - base, tokens[cueRange[1] - 1].end - base);
  const hit: CueHit = { mode, cue, cueRange, source, description, pronoun: pronounOf(tokens, source), strong, content };
  if (vague) hit.vague = true;
  hits.push(hit);
}

/** Nouns that name a piece of language ("the term", "the word", "the acronym"): what they refer to is a meaning. */
const METALINGUISTIC_NOUNS = new Set([
  'term',
  'terms',
  'word',
  'name',
  'names',
  'phrase',
  'expression',
  'label',
  'acronym',
  'abbreviation',
  'designation',
  'title',
]);

/** A subject phrase that opens with, or follows, a noun naming a piece of language ("the term X", "the name X"). */
export function namesLanguage(tokens: Token[], subject: Range): boolean {
  // "The name Ansarullah refers to …": the name itself may be read as the subject, its noun standing just before it.
  for (let k = Math.max(0, subject[0] - 1); k < Math.min(subject[1], subject[0] + 3); k++)
    if (METALINGUISTIC_NOUNS.has(tokens[k].lower)) return true;
  return false;
}

/** The subject of the verb at `i` names a piece of language (see namesLanguage). */
export function metalinguisticSubject(tokens: Token[], i: number): boolean {
  const s = subjectOf(tokens, i, tokens[i].lower, false);
  return !!s && s.mode === 'subject' && namesLanguage(tokens, s.source);
}

/**
 * Numerals and determiners that open only a plural noun phrase ("two", "several", "both"); not "some", "such" or
 * "other", which take a singular too ("some official says", "the other side says").
 */
const PLURAL_OPENERS = new Set([
  ...CARDINAL_WORDS,
  ...[...PLURAL_DETERMINERS].filter((w) => !/^(?:some|such|other)$/.test(w)),
  'multiple',
]);

/** Last words of the role nouns of several words ("member states"): only these can end a compound role at a cue. */
const COMPOUND_ROLE_ENDS = new Set([...ROLES.keys()].filter((k) => /[ -]/.test(k)).map((k) => k.split(/[ -]/).pop()!));

/**
 * A cue word that heads a noun phrase rather than verbs one: the last word of a listed compound role ("the member
 * states say", "Member states reportedly asked"), or a third-person -s form after a plural determiner and a singular
 * noun ("two member states", "three party reports claim"), which subject-verb agreement rules out as a verb and its
 * subject (subject-verb concord).
 */
export function nounHeadAt(tokens: Token[], i: number): boolean {
  if (COMPOUND_ROLE_ENDS.has(tokens[i].lower)) {
    const role = roleAt(tokens, i);
    if (role && role.key.includes(' ')) return true;
  }
  if (!/[^s]s$/.test(tokens[i].lower) || skipAdverbsBack(tokens, i) !== i - 1) return false;
  // The singular nouns of a compound before the head ("two member states", "100 poly email lists"); an adverb is none
  // ("AL 303 clearly distinguishes"), and a determiner ends them.
  let k = i - 1;
  while (k > 0 && i - k <= 3 && compoundWord(tokens[k])) k--;
  if (k === i - 1) return false;
  const opener = tokens[k];
  // A number after a capital is part of a name ("Resolution 2254 states"), and a year is no count ("a 2011 email shows").
  if (/^\d[\d,]*$/.test(opener.text))
    return opener.text !== '1' && !/^(?:1[89]|20)\d\d$/.test(opener.text) && !tokens[k - 1]?.cap;
  return opener.lower !== 'one' && (PLURAL_OPENERS.has(opener.lower) || prepositionObject(tokens, k));
}

/**
 * After a preposition of the predicate the words are its object, no subject with a verb ("were linked to land
 * disputes"): the clause's verb (a be-form or auxiliary) stands before the preposition, with no relative word that
 * would make it a relative clause's. Without such a verb the phrase may postmodify the subject ("the survey on drought
 * suggests"). The tagger's prepositions include the subordinators, after which a clause and its subject may start
 * ("although history says"), so those (Quirk et al. 1985 §14.12, with the comparative "than" and informal "like") are not.
 */
function prepositionObject(tokens: Token[], k: number): boolean {
  const word = tokens[k].lower;
  if (word !== 'to' && (!isPreposition(word) || CLAUSE_SUBORDINATORS.has(word))) return false;
  let verb = false;
  for (let j = k - 1; j >= 0 && tokens[j].word; j--) {
    const w = tokens[j].lower;
    if (RELATIVE_PRONOUNS.has(w)) return false;
    if (BE_FORMS.has(w) || AUXILIARIES.has(w)) verb = true;
  }
  return verb;
}
const CLAUSE_SUBORDINATORS = new Set([
  ...[...FRONTED_SUBORDINATORS].map((w) => w.toLowerCase()),
  'as',
  'till',
  'whilst',
  'where',
  'wherever',
  'than',
  'like',
  'that',
]);

/** A lower-case singular noun that can stand in a compound: no number, determiner, quantifier, -s form or other class. */
const compoundWord = (t: Token): boolean =>
  t.word &&
  !t.cap &&
  !/s$|^\d/.test(t.lower) &&
  !DETERMINERS.has(t.lower) &&
  !PLURAL_OPENERS.has(t.lower) &&
  !isNonNominal(t.lower) &&
  !isPreposition(t.lower) &&
  !AUXILIARIES.has(t.lower) &&
  !BE_FORMS.has(t.lower) &&
  !SUBJECT_PRONOUNS.has(t.lower) &&
  !AUTHOR_PRONOUNS.has(t.lower) &&
  !OBJECT_PRONOUNS.has(t.lower) &&
  !RELATIVE_PRONOUNS.has(t.lower) &&
  !/^(?:and|or|but|than|not|me)$/.test(t.lower);

/** Adverbs of frequency and extent that premodify a reduced passive participle ("widely cited", "often quoted"). */
const FREQUENCY_ADVERBS = new Set([
  'often',
  'sometimes',
  'widely',
  'frequently',
  'commonly',
  'usually',
  'occasionally',
  'repeatedly',
  'routinely',
  'previously',
]);

/**
 * "the tens of thousands sometimes cited.", "a figure widely quoted in the press": a participle after a frequency adverb
 * with no object, clause or quotation after it is a reduced passive relative modifying the noun before it, which is what
 * was cited, not who cited it. A "by" agent after it is left to the passive readings, which credit the agent.
 */
export function reducedFrequencyPassive(tokens: Token[], i: number, width: number): boolean {
  if (!FREQUENCY_ADVERBS.has(tokens[i - 1]?.lower ?? '') || !isPastForm(tokens[i].lower)) return false;
  // "he often cited": after a subject pronoun or a name the participle is the active past, not a modifier.
  const before = tokens[i - 2];
  if (!before?.word || SUBJECT_PRONOUNS.has(before.lower) || before.cap) return false;
  // "who often warned of …", "had often cited": a relative pronoun or an auxiliary makes the verb finite.
  if (RELATIVE_PRONOUNS.has(before.lower) || AUXILIARIES.has(before.lower) || BE_FORMS.has(before.lower)) return false;
  const next = tokens[i + width];
  return (
    !next ||
    isPunct(next, '.', ',', ';', ':', ')', '—', '–') ||
    (isPreposition(next.lower) && next.lower !== 'that' && next.lower !== 'by')
  );
}
