/**
 * Cues from the corpus-derived lexicon (rubric/attribution/cue-lexicon.json): a word counts in
 * the reading (verb or noun) and complement frame in which PolNeAR's annotators marked it a cue in
 * at least two of three occurrences — "vowed to", "denied the charge", "called for", "fears that",
 * ", Ortiz noted." They run after the hand-listed cues and add hits only where those found none.
 */
import lexicon from '../../rubric/attribution/cue-lexicon.json';
import cueVerbs from '../../rubric/attribution/cue-verbs.json';
import { stem } from '../lexicon/tokens';
import type { Token } from './tokens';
import { roleAt } from './mention-parts';
import {
  addAgentlessPassive,
  addHit,
  parentheticalStart,
  authorVoice,
  beFormBefore,
  isCloseQuote,
  isPunct,
  ordersTo,
  quotedTokens,
  sourceLike,
  subjectOf,
  documentAuthor,
  documentAuthorAt,
  passiveAgent,
  type CueHit,
  infinitiveLicensor,
  operationalCall,
  armedUnit,
  adjunctSpeaker,
  selfNaming,
  metalinguisticSubject,
  nounHeadAt,
  reducedFrequencyPassive,
} from './cue-helpers';
import { clauseSubject, objectParticipleSubject, subordinateSubject } from './coordination';
import { ADJUNCT_PREPOSITIONS } from './adjuncts';
import {
  FINITE,
  frameAt,
  IRREGULAR_PAST,
  isCueCandidate,
  isPastForm,
  lightVerbBefore,
  finiteVerbAt,
  objectOfVerb,
  readingAt,
  relativeWordBefore,
} from './frames';
import { backwardNP, forwardNP, headIndex, isProper, skipAdverbsBack, type Range } from './noun-phrase';
import { INVERTED_CUES, lookupOrganisation, ROLES, VAGUE_PATTERNS, withSpellings } from './lexicon';
import {
  AUXILIARIES,
  BE_FORMS,
  DETERMINERS,
  EVIDENCE_NOUNS,
  LIGHT_VERBS,
  LINKING_VERBS,
  MONTHS,
  NEGATING_SUBJECTS,
  NP_BOUNDARY,
  PERIODS,
  QUANTIFIER_PRONOUNS,
  RAISING_PASSIVES,
  REFLEXIVES,
  RELATIVE_PRONOUNS,
  REPORT_NOUNS,
  SUBJECT_PRONOUNS,
  TIME_UNIT,
  WEEKDAYS,
} from './words';
import { WordSet } from './word-scan';

interface ReadingRule {
  frames: ReadonlySet<string>;
  rejected: ReadonlySet<string>;
  others: boolean;
}
interface Entry {
  lemma: string;
  verb: ReadingRule | null;
  noun: ReadingRule | null;
  /** A form the corpus did not show (thirdPersonForms): it relays only a clause, a quotation or what came before. */
  inflected?: boolean;
}

interface LexiconReading {
  frames: Record<string, unknown>;
  rejected?: Record<string, unknown>;
  others: boolean;
}
interface LexiconCue {
  lemma: string;
  forms: string[];
  verb?: LexiconReading;
  noun?: LexiconReading;
}

const rule = (r: LexiconReading | undefined): ReadingRule | null =>
  r
    ? { frames: new Set(Object.keys(r.frames)), rejected: new Set(Object.keys(r.rejected ?? {})), others: r.others }
    : null;

/**
 * The third-person singular of a verb the corpus shows in its base and past forms ("maintain", "maintained" →
 * "maintains"): regular English inflection, which the counts, taken over surface forms, miss for a verb that never
 * occurred in it there. Only the -s form (-ing forms double as prepositions and nouns: "concerning", "charging"), and
 * only before a clause, a quotation or at the end ("…, Aliev maintains."): with an object the -s form is as often a
 * plural noun or another sense ("debated tax credits", "credits X to Y").
 */
function thirdPersonForms(forms: readonly string[]): string[] {
  const have = new Set(forms);
  const out: string[] = [];
  for (const f of forms) {
    if (!have.has(`${f}ed`) && !have.has(`${f}d`)) continue;
    const s = /(?:s|sh|ch|x|z|o)$/.test(f) ? `${f}es` : /[^aeiou]y$/.test(f) ? `${f.slice(0, -1)}ies` : `${f}s`;
    if (!have.has(s)) out.push(s);
  }
  return out;
}

const BY_FORM = new Map<string, Entry>();
for (const c of lexicon.cues as LexiconCue[]) {
  const entry: Entry = { lemma: c.lemma, verb: rule(c.verb), noun: rule(c.noun) };
  const forms = withSpellings(c.forms);
  for (const f of forms) if (!BY_FORM.has(f)) BY_FORM.set(f, entry);
  const inflected: Entry = { ...entry, inflected: true };
  if (c.verb) for (const f of thirdPersonForms(forms)) if (!BY_FORM.has(f)) BY_FORM.set(f, inflected);
}

/** A frame the lexicon kept, or one too rare to judge in a reading that is a cue two times in three. */
function allows(r: ReadingRule | null, frame: string): boolean {
  return !!r && (r.frames.has(frame) || (r.others && !r.rejected.has(frame) && !frame.startsWith('p-')));
}

/** Every surface form of a derived cue as a table walk, so most tokens are dismissed without hashing them (see WordSet.lookup). */
const DERIVED_FORM_WORDS = new WordSet([[...BY_FORM.keys()]]);

const NOT_NOMINAL = new Set(['either', 'neither', 'both', 'each', 'all', 'also', 'not', 'only', 'even', 'just']);
const OBJECT_MARKERS = new Set([
  'of',
  'in',
  'on',
  'at',
  'by',
  'for',
  'with',
  'from',
  'about',
  'into',
  'against',
  'over',
  'under',
  'through',
  'during',
  'after',
  'before',
  'between',
  'among',
  'toward',
  'towards',
  'without',
  'within',
  'upon',
  'via',
  'per',
]);

/** Lemmas of evidential verbs: their subject may be evidence ("the case shows how …") rather than a source. */
const EVIDENTIAL = new Set(cueVerbs.evidential.map(stem));

/**
 * "threaten to", "promise to": with a subject that cannot speak ("The crisis threatens to destabilise the region",
 * "the plan promises to cut costs") they say what seems likely, as "seem to" does (COBUILD's sense 'if something
 * threatens to do something unpleasant, it seems likely to do it'); only a source can utter a threat or a promise.
 */
const LIKELIHOOD_TO = new Set(['threaten', 'promise'].map(stem));

/** "deny" and "refuse", whose object may be a thing withheld rather than a claim rejected. */
const REFUSING = new Set(['deny', 'refuse'].map(stem));
const REFUSAL_OBJECTS = new Set(cueVerbs.refusalObjects);
/** Words from "deny" to the thing refused, past a recipient: "denied | the Afghan refugees | entry". */
const REFUSAL_REACH = 5;

/** A refused permission or good among the words after "deny", before any clause or punctuation. */
function refusal(tokens: Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + REFUSAL_REACH); k++) {
    if (!tokens[k].word || tokens[k].lower === 'that') return false;
    if (REFUSAL_OBJECTS.has(tokens[k].lower)) return true;
  }
  return false;
}

/**
 * A reflexive at `k` with nothing predicated of it after: the end, a comma or full stop, a conjunction, or an adverbial
 * ("at the gate", "to the guards") with no "as" complement later in the clause ("portrayed himself on Twitter as …").
 * A quotation ("called himself “pro-choice”") is a complement; so is "from" ("distanced himself from the bill" takes a
 * stance, which PolNeAR's annotators mark).
 */
function bareReflexive(tokens: Token[], k: number): boolean {
  if (!REFLEXIVES.has(tokens[k]?.lower ?? '')) return false;
  const next = tokens[k + 1];
  if (!next || isPunct(next, ',', '.', ';', '!', '?')) return true;
  if (/^(?:and|but|or)$/.test(next.lower)) return true;
  if (!/^(?:to|at|in|on|with|before|after|by|when|while|during)$/.test(next.lower)) return false;
  for (let j = k + 2; j < tokens.length && tokens[j].word; j++) if (tokens[j].lower === 'as') return false;
  return true;
}

/** The head of a subject phrase (its last word before a preposition) names a source: "the poll of voters", not "the case of X". */
function sourceHead(tokens: Token[], r: Range): boolean {
  let h = headIndex(tokens, r);
  // "Some in the opposition", "many of the analysts": a partitive quantifier names people of the group after it, or
  // members of a body ("some in the ruling party", "many within the movement"), as the bare pronoun does ("Some suggest").
  if (
    QUANTIFIER_PRONOUNS.has(tokens[h].lower) &&
    /^(?:in|of|among|within)$/.test(tokens[h + 1]?.lower ?? '') &&
    h + 2 < r[1]
  )
    return sourceHead(tokens, [h + 2, r[1]]) || tokens[h + 1].lower !== 'of';
  // "Exit polls taken in South Carolina": the participle before the post-modifier is not the head.
  if (h > r[0] && !tokens[h].cap && isParticiple(tokens[h].lower)) h--;
  const t = tokens[h];
  // A role of one word or several ("the border service", "security forces").
  return isProper(tokens, h) || SUBJECT_PRONOUNS.has(t.lower) || !!roleAt(tokens, h) || !!lookupOrganisation(t.text);
}

/** Frames that carry someone's words or thoughts: the cue is strong and relays content. */
const CONTENT_FRAMES = new Set(['that', 'clause', 'quote']);
const STRONG_FRAMES = new Set(['that', 'clause', 'quote', 'end', 'comma']);

const isParticiple = (w: string): boolean => /(?:ed|en|wn)$/.test(w) || IRREGULAR_PAST.has(w);

/**
 * A subject a derived cue may take: the data measured the cue's frame with whatever subject it had,
 * so any noun phrase will do — except the author's voice, negations, relative pronouns, times and
 * phrases that end in a verb or a function word (the scan ran into another clause). A percentage is a noun phrase
 * ("42% say", a share of respondents, as "42 percent say" is), unless a determiner makes it someone's figure ("his 34%
 * support").
 */
function nominalSubject(tokens: Token[], r: Range): boolean {
  const first = tokens[r[0]];
  const last = tokens[r[1] - 1];
  if (
    authorVoice(tokens, r) ||
    NEGATING_SUBJECTS.has(first.lower) ||
    RELATIVE_PRONOUNS.has(first.lower) ||
    NOT_NOMINAL.has(last.lower)
  )
    return false;
  if (!last.word || (NP_BOUNDARY.has(last.lower) && !last.cap) || DETERMINERS.has(last.lower)) return false;
  if (!last.cap && !ROLES.has(last.lower) && !last.text.includes('-') && /(?:ed|ing)$/.test(last.lower)) return false;
  for (let k = r[0]; k < r[1]; k++) {
    const w = tokens[k].lower;
    if (
      tokens[k].word &&
      !MONTHS.has(w) &&
      !WEEKDAYS.has(w) &&
      !PERIODS.has(w) &&
      (!/^\d/.test(w) || (/%$/.test(w) && !DETERMINERS.has(tokens[k - 1]?.lower ?? ''))) &&
      !DETERMINERS.has(w)
    )
      return true;
  }
  return false;
}

/**
 * Not a subject: a phrase after "to" or a preposition ("to discuss future …", "by jihadists knowing …"), or one
 * that ends in a verb (the scan ran through "The minister deflected").
 */
function objectOfPreposition(tokens: Token[], r: Range): boolean {
  const last = tokens[r[1] - 1];
  if (
    r[1] - r[0] > 1 &&
    !last.cap &&
    !ROLES.has(last.lower) &&
    !last.text.includes('-') &&
    /(?:ed|ing)$/.test(last.lower)
  )
    return true;
  const before = tokens[r[0] - 1];
  // "about two-thirds of voters": "about" before a number approximates it.
  if (
    before?.lower === 'about' &&
    /^(?:\d|two|three|four|five|six|seven|eight|nine|ten|half|a)/.test(tokens[r[0]].lower)
  )
    return false;
  return !!before && before.word && (before.lower === 'to' || OBJECT_MARKERS.has(before.lower));
}

const POST_MODIFIERS = new Set(['of', 'in', 'within', 'from', 'at', 'for', 'across', 'inside', 'outside']);

/** The plural head a prepositional phrase post-modifies ("members of the board", "advocates within the community"), or null. */
function postModifiedHead(tokens: Token[], r: Range): Range | null {
  const p = tokens[r[0] - 1];
  // "Exit polls taken in South Carolina found": a participle between the head and its phrase is looked past.
  let h = r[0] - 2;
  if (tokens[h] && !tokens[h].cap && isPastForm(tokens[h].lower)) h--;
  const head = tokens[h];
  if (!p || !head || !POST_MODIFIERS.has(p.lower) || !head.word || head.cap) return null;
  // A plural head, or a document that can speak in the singular ("the latest report on the group says").
  if (!/[^s]s$/.test(head.lower) && !ROLES.get(head.lower)?.document) return null;
  const np = backwardNP(tokens, h);
  return np && !objectOfPreposition(tokens, np) && nominalSubject(tokens, np) ? [np[0], r[1]] : null;
}

/** The particle after the verb (past adverbials) is followed by no noun phrase: an adverb, punctuation or the end. */
function strandedPreposition(tokens: Token[], from: number): boolean {
  if (!FRAME_PARTICLE_WORDS.has(tokens[from]?.lower ?? '')) return false;
  const next = tokens[from + 1];
  if (!next) return true;
  if (!next.word) return /^[.,;:)!?]$/.test(next.text);
  // An -ly adverb counts only at the clause's end ("referred to repeatedly."), not in a split infinitive ("to quickly end").
  const after = tokens[from + 2];
  return (
    /^(?:earlier|later|again|here|there|today|yesterday|now|then)$/.test(next.lower) ||
    (!next.cap && /\p{L}{3}ly$/u.test(next.lower) && (!after || !after.word))
  );
}

const FRAME_PARTICLE_WORDS = new Set([
  'to',
  'about',
  'for',
  'on',
  'of',
  'with',
  'at',
  'by',
  'from',
  'into',
  'over',
  'against',
  'in',
  'upon',
]);

const SUBJECTIVE_OF = new Set(['endorsement', 'endorsements', 'backing', 'blessing', 'support']);

/** "Trump’s full embrace of", "criticism from Republicans", "X voiced concerns that", "fears that": the owner of a nominal cue, or the cue itself. */
function nounSource(tokens: Token[], i: number, frame: string): { source: Range; vague: boolean } | null {
  // Look past adjectives and determiners to a possessive or a light verb.
  let k = i - 1;
  while (
    k >= 0 &&
    tokens[k].word &&
    !tokens[k].cap &&
    !/[’']s$|s[’']$/.test(tokens[k].lower) &&
    !LIGHT_VERBS.test(tokens[k].lower) &&
    !NP_BOUNDARY.has(tokens[k].lower) &&
    k > i - 4
  )
    k--;
  const at = tokens[k];
  if (at && at.word && /[’']s$|s[’']$/.test(at.lower)) {
    const np = backwardNP(tokens, k);
    if (np) return { source: np, vague: false };
  }
  if (at && at.word && LIGHT_VERBS.test(at.lower)) {
    const s = subjectOf(tokens, k, at.lower, false);
    if (s && !s.indirect && !objectOfPreposition(tokens, s.source) && nominalSubject(tokens, s.source))
      return { source: s.source, vague: false };
  }
  if (frame === 'p-by' || frame === 'p-from') {
    const np = forwardNP(tokens, i + 2);
    if (np) return { source: np, vague: false };
  }
  // "won the endorsement of the Union Leader": with nouns of giving support the "of" phrase after "the" is the
  // subjective genitive, the giver (the mention or defence "of X" is X's target, so only this class).
  if (frame === 'p-of' && tokens[i - 1]?.lower === 'the' && SUBJECTIVE_OF.has(tokens[i].lower)) {
    const np = forwardNP(tokens, i + 2);
    if (np && sourceHead(tokens, np) && !SUBJECT_PRONOUNS.has(tokens[np[0]].lower)) return { source: np, vague: false };
  }
  // "Trump failed to refuse the endorsement": a named subject of the clause holds the attitude its noun names. Not when
  // the noun, relaying nothing, is a preposition's object ("provided no evidence for her assertion", "was asked about
  // the claims"): the clause then says something about the statement, and voices none.
  const main = clauseSubject(tokens, i);
  if (
    main &&
    main[1] <= i &&
    (isProper(tokens, main[0]) || sourceHead(tokens, main)) &&
    !authorVoice(tokens, main) &&
    !(CONTENT_FRAMES.has(frame) || frame === 'to' ? false : aboutObject(tokens, i))
  )
    return { source: main, vague: false };
  const prev = tokens[i - 1];
  const start = prev && prev.word && DETERMINERS.has(prev.lower) ? i - 1 : i;
  // "in the hope that", "with the expectation that", "for fear that": a purpose or manner adjunct states the attitude of
  // the clause's own agent (found above when it can speak), never a report by someone unnamed, as "amid fears that" is.
  if (/^(?:in|with|for)$/.test(tokens[start - 1]?.lower ?? '')) return null;
  // With no owner the noun is an unnamed report only when it relays content ("speculation that …", "allegations
  // that …"); "his call for a ban", "claim credit for", "an infrastructure proposal to fix roads" report nothing.
  if (!CONTENT_FRAMES.has(frame)) return null;
  // "There is no doubt that …", "little doubt that", "no indication that": a report or attitude said not to exist is the
  // writer's own statement, held by no one else.
  if (NEGATIVE_QUANTIFIERS.has(tokens[i - 1]?.lower ?? '')) return null;
  return { source: [start, i + 1], vague: true };
}

/** Determiners that deny what their noun names exists (Quirk et al. 1985, 10.58-10.64): "no doubt", "little sign". */
const NEGATIVE_QUANTIFIERS = new Set(['no', 'little']);

/** Prepositions whose object is what a clause is about or aimed at, not what its subject says. */
const ABOUT_PREPOSITIONS = new Set(['for', 'about', 'on', 'against', 'over', 'behind', 'regarding', 'concerning']);

/**
 * The noun at i is the object of an "about" preposition, past its determiner or possessive ("for her assertion"). A
 * gerund is the subject's own act ("keen on telling women to stop"), not a statement talked about.
 */
function aboutObject(tokens: Token[], i: number): boolean {
  if (/ing$/.test(tokens[i].lower)) return false;
  let k = i - 1;
  while (k > i - 3 && k >= 0 && DETERMINERS.has(tokens[k].lower)) k--;
  return ABOUT_PREPOSITIONS.has(tokens[k]?.lower ?? '');
}

/** The subject of "be" when the cue word is its predicate ("is eager to", "has been a critic of"), else null. */
function predicateSubject(tokens: Token[], i: number): Range | null {
  let k = i - 1;
  while (
    k >= 0 &&
    tokens[k].word &&
    (DETERMINERS.has(tokens[k].lower) ||
      (!tokens[k].cap &&
        !NP_BOUNDARY.has(tokens[k].lower) &&
        /(?:ly|al|ed|ful|ive|ous|ic|ant|ent)$/.test(tokens[k].lower))) &&
    k > i - 4
  )
    k--;
  if (!tokens[k] || !BE_FORMS.has(tokens[k].lower)) return null;
  const s = subjectOf(tokens, k, tokens[k].lower, false);
  return s &&
    !s.indirect &&
    !objectOfPreposition(tokens, s.source) &&
    (nominalSubject(tokens, s.source) || sourceHead(tokens, s.source))
    ? s.source
    : null;
}

/** "he was dismissed", "they have been warned": the subject before the be-form of the participle at `i` is he/she/they. */
function personalPassiveSubject(tokens: Token[], i: number): boolean {
  let k = skipAdverbsBack(tokens, i);
  if (!tokens[k] || !BE_FORMS.has(tokens[k].lower)) return false;
  while (k >= 0 && (AUXILIARIES.has(tokens[k].lower) || BE_FORMS.has(tokens[k].lower))) k = skipAdverbsBack(tokens, k);
  return /^(?:he|she|they|i|we)$/.test(tokens[k]?.lower ?? '');
}

/** Heads of a time as a subject of "see" (TIME_UNIT's units, periods, eras, years in figures). */
const TIME_SUBJECT = new RegExp(
  `${TIME_UNIT.source}|^(?:period|era|age|century|centuries|summer|winter|spring|autumn|\\d{4}s?)$`,
);

/** Participles of naming: "X called Y" gives X a name when no one is its subject. */
const NAMING_PARTICIPLES = new Set(['called', 'named', 'dubbed', 'termed', 'nicknamed']);

/**
 * The naming participle is a reduced relative or a passive: right after a lower-case common noun that is no role or
 * person ("islands called", but not "officials called"), or after a be-form a parenthetical away ("is, often, called"),
 * and not followed by a particle of the reporting senses ("called for", "called on").
 */
function namingParticiple(tokens: Token[], i: number, j: number): boolean {
  const next = tokens[i + 1]?.lower ?? '';
  if (/^(?:for|on|upon|out|off|in|up|it|him|her|them|me|us|you)$/.test(next)) return false;
  if (beFormBefore(tokens, i)) return true;
  const prev = tokens[j];
  if (!prev || !prev.word || prev.cap || j !== i - 1) return false;
  const role = ROLES.get(prev.lower.replace(/s$/, '')) ?? ROLES.get(prev.lower);
  // A body referred back to ("a new group called X", "an organisation named Y") is named like any thing.
  return (
    (!role || (!!role.anaphor && !role.person && !role.document)) &&
    !SUBJECT_PRONOUNS.has(prev.lower) &&
    !/^(?:who|which|that|and|or|but|has|have|had)$/.test(prev.lower)
  );
}

/** Verbs of perception whose attitude sense takes an "as" complement ("seen by many as", "viewed by voters as"). */
const PERCEPTION_LEMMAS = new Set(['see', 'view']);

/** The "as" complement after a passive's agent ending at `end`, past a few words of the agent's own post-modifier. */
function asComplementAfter(tokens: Token[], end: number): boolean {
  for (let k = end; k < Math.min(tokens.length, end + 4); k++) {
    if (tokens[k].lower === 'as') return true;
    if (!tokens[k].word) return false;
  }
  return false;
}

/** A copula or auxiliary at `k`, past a conjunctive adverb set off by commas (", however,"). */
function finiteVerbFollows(tokens: Token[], k: number): boolean {
  if (tokens[k]?.text === ',' && tokens[k + 1]?.word && tokens[k + 2]?.text === ',') k += 3;
  return FINITE.has(tokens[k]?.lower ?? '');
}

/** An object noun phrase from `from`, then "as" opening its complement (not "as well", "as soon as", "as it …"). */
function objectThenAs(tokens: Token[], from: number): boolean {
  const np = forwardNP(tokens, from);
  if (!np || tokens[np[1]]?.lower !== 'as') return false;
  // "as it passed": a pronoun after "as" opens a clause of time, not the object's complement.
  return !/^(?:well|soon|long|far|much|many|if|though|of|to|for|it|he|she|they|we|i|you)$/.test(
    tokens[np[1] + 1]?.lower ?? '',
  );
}

/**
 * Evidential verbs whose object, under a document subject, is what the document finds or shows: "find" (a document
 * cannot come upon a thing; the physical sense wants an animate finder, "police found a body"), and the verbs of
 * establishing and displaying ("the survey indicated broad support", "the report highlighted the risks"). Not "mean",
 * "reflect", "point" or "signal", whose object is no content ("the report means delays").
 */
const DOCUMENT_OBJECT_LEMMAS = new Set(
  ['find', 'indicate', 'demonstrate', 'prove', 'highlight', 'underscore', 'illustrate', 'imply'].map(stem),
);

/**
 * "The survey found broad support", "a study by the Oxus Society found few Central Asians among them": with a document
 * for subject an evidential verb takes its object as the finding, as it takes a that-clause (a selectional
 * restriction: see DOCUMENT_OBJECT_LEMMAS).
 */
function documentFinding(tokens: Token[], i: number, lemma: string, reading: string, frame: string): boolean {
  // With a clause after it as well ("the poll found 40% of voters are undecided"): the zero-that clause is the finding.
  if (!DOCUMENT_OBJECT_LEMMAS.has(lemma) || reading !== 'verb' || (frame !== 'object' && frame !== 'clause'))
    return false;
  const s = subjectOf(tokens, i, tokens[i].lower, false);
  if (!s || s.mode !== 'subject') return false;
  // "a study by the Oxus Society found": the subject found is the document's author; the document stands before "by".
  let from = s.source[0];
  if (/^(?:by|from|of)$/.test(tokens[from - 1]?.lower ?? '')) from = backwardNP(tokens, from - 2)?.[0] ?? from;
  // The unnamed reports of intelligence reporting ("recent reporting indicates", "intelligence information
  // indicated") are documents for this too.
  const head = headRole(tokens, [from, s.source[1]]);
  // "The survey, conducted by the Asia Foundation, found": the issuer found, through the document set off before it.
  const described = s.description && s.description[1] < s.source[0] ? headRole(tokens, s.description) : null;
  return (
    (head !== null && (head.document || REPORT_NOUNS.has(head.word))) || (described !== null && described.document)
  );
}

/**
 * Verbs whose object is the experiencer of a mental state (Levin 1993 §31.1, "amuse" verbs, and the verbs of causing
 * belief, "convince", "persuade"): their participle after a be-form with a that-clause is an adjective of that state
 * (Quirk et al. 1985, ch. 16, adjective complementation by a that-clause), so the subject holds the view it relays.
 * Only lemmas the cue lexicon keeps with a that-frame fire; the rest wait for counts.
 */
const EXPERIENCER_LEMMAS = new Set(
  ['convince', 'persuade', 'worry', 'concern', 'alarm', 'satisfy', 'surprise', 'disappoint', 'trouble', 'disturb'].map(
    stem,
  ),
);

/**
 * "As Tucker shows, …", "as the ICG has documented, …": a comment clause opened by "as" (Quirk et al. 1985, 15.53)
 * credits the main clause to its subject, whatever frames the verb takes elsewhere; the comma after the verb closes the
 * clause. Only at the sentence's start or after a comma, so "the same as Tucker shows," (a comparison) does not count.
 * Verbs the derived lexicon holds only: "documented" is not among them.
 */
function asCommentClause(tokens: Token[], i: number, entry: Entry, reading: string, frame: string): boolean {
  // A verb that relays a that-clause elsewhere ("shows that"); "As Blumenthal spoke," and "as the fire continued," are
  // clauses of time.
  if (reading !== 'verb' || frame !== 'comma' || !allows(entry.verb, 'that')) return false;
  let k = skipAdverbsBack(tokens, i);
  while (k >= 0 && (AUXILIARIES.has(tokens[k].lower) || BE_FORMS.has(tokens[k].lower))) k = skipAdverbsBack(tokens, k);
  // "As Tucker (2019) shows": a citation's parenthesis after the name is looked past.
  if (k > 0 && isPunct(tokens[k], ')')) k = parentheticalStart(tokens, k) - 1;
  const np = k >= 0 ? backwardNP(tokens, k) : null;
  if (!np || np[1] !== k + 1 || tokens[np[0] - 1]?.lower !== 'as') return false;
  const before = tokens[np[0] - 2];
  return !before || isPunct(before, ',', '—', '–', ';', ':');
}

/**
 * "…, records show.", "…, the data suggest.": a reporting clause closing the sentence after a comma (a comment clause,
 * Quirk et al. 1985, 15.53) credits everything before it to its subject, whatever frames the verb takes elsewhere, as
 * the "as" clause above does. A verb that relays a that-clause elsewhere only, its subject set off by the comma.
 */
function closingComment(tokens: Token[], i: number, entry: Entry, reading: string, frame: string): boolean {
  if (reading !== 'verb' || frame !== 'end' || !allows(entry.verb, 'that')) return false;
  if (tokens[i + 1] && !isPunct(tokens[i + 1], '.', '!', '?')) return false;
  let k = skipAdverbsBack(tokens, i);
  while (k >= 0 && (AUXILIARIES.has(tokens[k].lower) || BE_FORMS.has(tokens[k].lower))) k = skipAdverbsBack(tokens, k);
  const np = k >= 0 ? backwardNP(tokens, k) : null;
  if (!np || np[1] !== k + 1 || np[0] < 2 || !isPunct(tokens[np[0] - 1], ',', '—', '–')) return false;
  // What the clause comments on is a clause ("…, records show."), not a fronted adverbial ("Then, last week, X called.").
  const before = tokens.slice(0, np[0] - 1);
  return before.some((_, k) => finiteVerbAt(before, k)) || before.filter((t) => t.word).length >= 6;
}

/**
 * "was blamed on the IMU by Uzbek officials", "was praised for its restraint by the UN": a verb of judging (Levin 1993
 * §33) puts its "on"/"for" complement before the passive's "by" agent; the agent follows the complement's noun phrase.
 */
function displacedAgent(tokens: Token[], i: number): Range | null {
  const prep = tokens[i + 1]?.lower;
  if ((prep !== 'on' && prep !== 'for') || !JUDGING_PARTICIPLES.has(tokens[i].lower)) return null;
  const complement = forwardNP(tokens, i + 2);
  if (!complement || tokens[complement[1]]?.lower !== 'by') return null;
  return forwardNP(tokens, complement[1] + 1);
}

/**
 * "was blamed by Uzbek officials on the IMU": "blame" takes its target in an "on" phrase, which follows the agent here;
 * the agent ends before it (else the blamed group would be read as part of who blames it).
 */
function blameTarget(tokens: Token[], lemma: string, agent: Range | null): Range | null {
  if (!agent || lemma !== BLAME) return agent;
  for (let k = agent[0] + 1; k < agent[1]; k++) if (tokens[k].lower === 'on') return [agent[0], k];
  return agent;
}
const BLAME = stem('blame');

/**
 * Participles of judging (Levin 1993 §33, the "judgement" verbs): the anchors of the vague-sources.json pattern that reads
 * them as an agentless judgement when no agent follows ("was widely condemned"), so one list serves both readings.
 * "called on it by" (a phrasal verb) is none of them.
 */
const JUDGING_PARTICIPLES: ReadonlySet<string> = new Set(
  VAGUE_PATTERNS.find((p) => p.anchors.includes('blamed') && p.anchors.includes('praised'))?.anchors ?? [],
);

/** The first role noun of a phrase, its head before any "by"/"of" phrase, with whether it is a document. */
function headRole(tokens: Token[], r: Range): { word: string; document: boolean } | null {
  for (let k = r[0]; k < r[1]; k++) {
    const role = ROLES.get(tokens[k].lower);
    if (role) return { word: tokens[k].lower, document: !!role.document };
  }
  return null;
}

/**
 * The document phrase whose "by" agent `agent` is ("data published by the statistics agency", "a report by the
 * agency"): the noun phrase before "by" (and before its participle), when its head is a document noun; else null.
 */
function authoredDocumentBefore(tokens: Token[], agent: Range): Range | null {
  if (tokens[agent[0] - 1]?.lower !== 'by') return null;
  let k = agent[0] - 2;
  if (k >= 0 && isParticiple(tokens[k].lower)) k--;
  const np = k >= 0 ? backwardNP(tokens, k) : null;
  return np && headRole(tokens, np)?.document ? np : null;
}

/** Determiners and adjectives of amount or kind before such a noun ("no", "little", "fresh", "clear"). */
const EVIDENCE_PREMODIFIERS = new Set([
  'no',
  'little',
  'scant',
  'some',
  'any',
  'new',
  'fresh',
  'clear',
  'further',
  'credible',
]);
const FIND = stem('find');

/**
 * "Noah Tucker found no evidence of a recruitment network", "investigators found signs of torture": with evidence for
 * its object "find" reports what an inquiry established, its subject's finding, as "found that …" does; with any other
 * object it is the physical sense ("police found a body"), which the corpus's count leaves out.
 */
function evidenceFinding(tokens: Token[], i: number, lemma: string, reading: string, frame: string): boolean {
  if (lemma !== FIND || reading !== 'verb' || frame !== 'object') return false;
  let k = i + 1;
  while (k < i + 3 && EVIDENCE_PREMODIFIERS.has(tokens[k]?.lower ?? '')) k++;
  return EVIDENCE_NOUNS.has(tokens[k]?.lower ?? '');
}

/** Adds hits for derived cues at tokens no hand-listed cue covers. */
export function derivedHits(
  hits: CueHit[],
  tokens: Token[],
  text: string,
  base: number,
  titleCase: () => boolean,
  quoted: readonly boolean[] = quotedTokens(tokens),
): void {
  const first = hits.length;
  // One lookup per token: most sentences hold no derived cue form, and the rest hold one or two.
  const entries: [number, Entry][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const entry = t.word && DERIVED_FORM_WORDS.lookup(t.lower) !== 0 ? BY_FORM.get(t.lower) : undefined;
    if (entry) entries.push([i, entry]);
  }
  if (entries.length === 0) return;
  const covered = new Set<number>();
  for (const h of hits) for (let k = h.cueRange[0]; k < h.cueRange[1]; k++) covered.add(k);
  for (const [i, entry] of entries) {
    const t = tokens[i];
    // A cue inside a quotation is the quoted speaker's words, not the sentence's attribution.
    if (quoted[i] || covered.has(i) || !(isCueCandidate(tokens, i) || (t.cap && titleCase()))) continue;
    if (reducedFrequencyPassive(tokens, i, 1)) continue;
    const reading = readingAt(tokens, i);
    // "two member states", "100 email lists": agreement makes the -s form the head of a noun phrase.
    if (reading === 'verb' && nounHeadAt(tokens, i)) continue;
    let frame = frameAt(tokens, i + 1);
    if (entry.inflected && !(reading === 'verb' && (STRONG_FRAMES.has(frame) || frame === 'that'))) continue;
    // "Moscow sees the Taliban as a partner", "developers view golf courses as wasted space": a verb whose "as" frame
    // the data attests ("seen as", "viewed as") takes its object and the "as" complement together in the active too.
    if (frame === 'object' && reading === 'verb' && allows(entry.verb, 'p-as') && objectThenAs(tokens, i + 1))
      frame = 'p-as';
    // "issued a warning that", "gave assurances that": a light verb and the noun of a reporting verb relaying content
    // make one reporting predicate (a support-verb construction), whatever the noun alone would count as.
    const supportVerb =
      reading === 'noun' && CONTENT_FRAMES.has(frame) && allows(entry.verb, frame) && lightVerbBefore(tokens, i);
    // "was condemned by the UN": the passive of a verb attested with an object takes its subject as a "by" agent, though
    // the corpus may hold too few passives to attest the "by" frame itself. Not an evidential verb ("diplomacy shown by
    // Uzbekistan" displays, it does not say), and not with a personal pronoun as the passive's subject: "he was
    // dismissed by President Rahmon" is done to him (removed from office), no view held about him.
    const objectPassive =
      reading === 'verb' &&
      isParticiple(t.lower) &&
      !EVIDENTIAL.has(entry.lemma) &&
      !personalPassiveSubject(tokens, i) &&
      allows(entry.verb, 'object');
    const passiveOfObject = objectPassive && frame === 'p-by';
    // The same passive with its complement before the agent ("was blamed on the IMU by officials").
    const displaced = objectPassive && (frame === 'p-on' || frame === 'p-for') ? displacedAgent(tokens, i) : null;
    if (
      !supportVerb &&
      !passiveOfObject &&
      !displaced &&
      !allows(reading === 'verb' ? entry.verb : entry.noun, frame) &&
      !documentFinding(tokens, i, entry.lemma, reading, frame) &&
      !evidenceFinding(tokens, i, entry.lemma, reading, frame) &&
      !asCommentClause(tokens, i, entry, reading, frame) &&
      !closingComment(tokens, i, entry, reading, frame)
    )
      continue;
    // "concluded a six-day operation": with a plain object "conclude" is to finish something; it reports an inference only
    // with a clause ("concluded that …", "…, he concluded."), the frames the corpus attests for it.
    // (Not after a quotation, where the phrase after the verb is its speaker: "“…,” concluded a 2013 article".)
    if (
      entry.lemma === 'conclud' &&
      frame === 'object' &&
      !isCloseQuote(tokens[i - 1]) &&
      !(isPunct(tokens[i - 1], ',') && isCloseQuote(tokens[i - 2])) &&
      /^(?:a|an|the|its|their|his|her|this|that|\d.*)$/.test(tokens[i + 1]?.lower ?? '')
    )
      continue;
    // "denied entry to the refugees", "refused them access": withholding something, no claim rejected.
    if (REFUSING.has(entry.lemma) && frame === 'object' && refusal(tokens, i + 1)) continue;
    // "announced themselves and received fire", "identified himself to the guards": a reflexive object with no
    // complement after it is the subject's own presence or identity made known, no proposition relayed; with one
    // ("declared himself governor", "described herself as a victim") the subject asserts something of itself.
    if (frame === 'object' && bareReflexive(tokens, i + 1)) continue;
    // "a group calling itself Jamaat Ansarullah said …": a naming verb with a reflexive and a name gives the subject's
    // name, no stance ("called himself a moderate" keeps its claim); the phrase is the subject of the clause's own verb.
    if (selfNaming(tokens, i)) continue;
    // "The term jamoat refers to a rural council": with a word, a name or a term for subject, "refer" defines a word.
    if (entry.lemma === 'refer' && reading === 'verb' && metalinguisticSubject(tokens, i)) continue;
    // After an article or "of" an -ed form is a participle modifying a noun ("a wanted militant", "of wanted men"), not
    // a cue noun. ("that rattled him", "his stated aim" keep their readings: a relative clause's verb, an owner's aim.)
    if (reading === 'noun' && /\p{L}ed$/u.test(t.lower) && /^(?:a|an|the|of)$/.test(tokens[i - 1]?.lower ?? ''))
      continue;
    const cueRange: Range = [i, i + 1];
    if (reading === 'noun') {
      // "Her aides have been reluctant to …", "has been a pointed critic of …": a predicate's subject holds the attitude.
      const pred = predicateSubject(tokens, i);
      if (pred) {
        addHit(hits, tokens, text, base, cueRange, 'subject', pred, null, false, CONTENT_FRAMES.has(frame), true);
        continue;
      }
      const owner = nounSource(tokens, i, frame);
      if (!owner) continue;
      addHit(
        hits,
        tokens,
        text,
        base,
        cueRange,
        'noun',
        owner.source,
        null,
        false,
        CONTENT_FRAMES.has(frame),
        true,
        owner.vague,
      );
      continue;
    }
    const j = skipAdverbsBack(tokens, i);
    const prev = tokens[j];
    // "It is worth noting that …", "worth stressing": a gerund after the adjective "worth" is its complement, and the
    // extraposed clause the writer's own comment; no one is reported.
    if (prev?.lower === 'worth' && /ing$/.test(t.lower)) continue;
    const mentalState = frame === 'that' && EXPERIENCER_LEMMAS.has(entry.lemma);
    // "get called to jury duty": a past form after a present verb is its participle (-s forms read as nouns above);
    // after a copula it is an adjective ("became convinced that").
    if (objectOfVerb(tokens, j, i) && !(mentalState && LINKING_VERBS.has(prev.lower))) continue;
    // ", saying that …": a participial adjunct takes the subject of the main clause, never the phrase before the comma.
    // After a preposition ("began by talking about") the gerund is no adjunct of a comma but of its own verb phrase,
    // and the lexicon has already judged its frame.
    const afterPreposition = ADJUNCT_PREPOSITIONS.has(prev?.lower ?? '');
    if ((isPunct(prev, ',', '—', '–') || afterPreposition) && /ing$/.test(t.lower)) {
      // The lexicon has judged the frame ("telling reporters", "calling for"), so any frame it keeps will do; only a
      // relayed clause or quotation makes the hit strong.
      const main = adjunctSpeaker(tokens, j);
      if (main && !authorVoice(tokens, main)) {
        addHit(
          hits,
          tokens,
          text,
          base,
          cueRange,
          'subject',
          main,
          null,
          CONTENT_FRAMES.has(frame),
          CONTENT_FRAMES.has(frame),
        );
      }
      continue;
    }
    // "the one referred to earlier", "the plan he talked about": a preposition with no object left is stranded by a
    // relative or passive clause, whose subject is not the phrase before the verb.
    // Only a participle right after a noun ("the one referred to earlier") is that reduced passive; a finite verb with
    // its own subject ("the rule Trump rails against") keeps it.
    const reduced =
      isParticiple(t.lower) && !!prev && prev.word && !SUBJECT_PRONOUNS.has(prev.lower) && !isProper(tokens, j);
    if (reduced && (frame === 'to' || frame.startsWith('p-')) && strandedPreposition(tokens, i + 1)) continue;
    // "The campaign described, however, was different", "the eye just mentioned is red": a participle after a noun with
    // the clause's own finite verb after it post-modifies that noun (English stacks no two finite verbs).
    // A relative or wh-word before the noun makes the form a clause's verb ("whom many believed was tilting it").
    if (reduced && isPastForm(t.lower) && finiteVerbFollows(tokens, i + 1) && !relativeWordBefore(tokens, i, 5))
      continue;
    // "a Taliban leader believed to be responsible", "insurgents thought to be hiding": a past participle right after a
    // noun with a to-infinitive is an agentless passive (the reduced form of "who is believed to"); the noun is what is
    // believed about, and no one in the sentence holds the belief, so the report is as vague as "is believed to".
    if (
      reduced &&
      frame === 'to' &&
      j === i - 1 &&
      RAISING_PASSIVES.has(t.lower) &&
      !AUXILIARIES.has(prev.lower) &&
      !BE_FORMS.has(prev.lower) &&
      !relativeWordBefore(tokens, j, 3)
    ) {
      addAgentlessPassive(hits, tokens, text, base, i);
      continue;
    }
    // A participle of naming after a common noun or a be-form ("two islands called Pine and Cedar", "a tax known locally
    // as", "is often, wrongly, called the Gate") gives a thing its name; no one is reported as saying anything.
    if (NAMING_PARTICIPLES.has(t.lower) && namingParticiple(tokens, i, j)) continue;
    // An infinitive belongs to the verb that governs it ("plans to endorse") unless that verb passes the act on
    // ("began to warn"); "told them to leave" is an order.
    if (
      (prev?.lower === 'to' && infinitiveLicensor(tokens, j) < 0) ||
      (entry.lemma === 'tell' && ordersTo(tokens, i + 1))
    )
      continue;
    // "a measure strongly opposed by the unions", "was criticized by rights groups": a passive participle's agent holds
    // the attitude, whether the participle follows a be-form or reduces a relative clause after a noun.
    if (isParticiple(t.lower) && (tokens[i + 1]?.lower === 'by' || displaced) && prev?.word && !prev.cap) {
      const agent = displaced ?? blameTarget(tokens, entry.lemma, passiveAgent(tokens, i));
      // "seen by some as a demotion" is a view; "a memo seen by Reuters", "documents seen by the newspaper" are things
      // someone saw. A verb of perception (Levin 1993 §30.1) holds a view only with its "as" complement (every "seen by"
      // cue on PolNeAR train has one, and the one without is a memo a news agency saw).
      if (PERCEPTION_LEMMAS.has(entry.lemma) && agent && !asComplementAfter(tokens, agent[1])) continue;
      if (agent && sourceLike(tokens, agent, text, base) && !authorVoice(tokens, agent))
        addHit(hits, tokens, text, base, cueRange, 'passive', agent, null, false, false, true);
      continue;
    }
    // A passive participle ("was criticized", "seemed intended to") reports nothing about its subject; a progressive
    // ("is seeking") does. The participle of a verb with an experiencer object before a that-clause is an adjective of
    // mental state whose subject holds the view ("officials are convinced that …", "are worried that …").
    if (
      !mentalState &&
      prev &&
      (BE_FORMS.has(prev.lower) ||
        LINKING_VERBS.has(prev.lower) ||
        (AUXILIARIES.has(prev.lower) && BE_FORMS.has(tokens[j - 1]?.lower ?? ''))) &&
      isParticiple(t.lower)
    )
      continue;
    let k = j;
    while (k >= 0 && (AUXILIARIES.has(tokens[k].lower) || BE_FORMS.has(tokens[k].lower)))
      k = skipAdverbsBack(tokens, k);
    // Only verbs of saying take their speaker after them (", noted X."); after "have, in fact, praised" or "X, who …,
    // cited" the phrase after a transitive verb is its object.
    // Right after a quotation any verb may invert ("“…,” replied Obama"): the quotative frame.
    const afterQuote = isCloseQuote(tokens[k]) || (isPunct(tokens[k], ',') && isCloseQuote(tokens[k - 1]));
    const invertible =
      afterQuote ||
      ((!tokens[k] || isPunct(tokens[k], ',', '–', '—')) && (INVERTED_CUES.has(t.lower) || frame === 'end'));
    const adjunctOf = objectParticipleSubject(tokens, i);
    const s =
      adjunctOf && !authorVoice(tokens, adjunctOf)
        ? { mode: 'subject' as const, source: adjunctOf, description: null, indirect: false }
        : subjectOf(tokens, i, t.lower, invertible);
    if (!s) continue;
    // "music, song writing, singing": an -ing form right after a bare noun, with no be-form or auxiliary, is no finite
    // verb and has no subject; the two make a compound noun (an object-verb compound).
    if (
      s.mode === 'subject' &&
      /\p{L}{3}ing$/u.test(t.lower) &&
      s.source[1] === i &&
      s.source[1] - s.source[0] === 1 &&
      !tokens[s.source[0]].cap &&
      !/s$/.test(tokens[s.source[0]].lower)
    )
      continue;
    // "Assessment of the strike continues.": a verb closing the sentence relays what came before its subject ("…, he
    // continued."). With the subject opening the sentence, only a quotation just before can be what it relays ("“…?”
    // Sanders asked."), and a quotation's speaker is named bare, not as a noun with a phrase after it.
    if (
      frame === 'end' &&
      !tokens.slice(0, s.source[0]).some((x) => x.word) &&
      tokens.slice(s.source[0], s.source[1]).some((x) => POST_MODIFIERS.has(x.lower))
    )
      continue;
    if (entry.lemma === 'call' && armedUnit(tokens, s.source, text, base) && operationalCall(tokens, i + 1)) continue;
    // "This period saw …", "2021 saw …": a time that "sees" events witnesses them and holds no view.
    if (entry.lemma === 'see' && TIME_SUBJECT.test(tokens[s.source[1] - 1].lower)) continue;
    // "advocates within the scientific community cite": the phrase before the verb post-modifies the plural subject.
    // "A report by the ICG shows …": the author of a document speaks through it, as for "says".
    if (
      objectOfPreposition(tokens, s.source) &&
      !documentAuthor(tokens, s.source) &&
      !documentAuthorAt(tokens, s.source[0] - 1) &&
      !subordinateSubject(tokens, s.source, i) &&
      // "The report, published by the Crisis Group, found": the issuer of a document set off before it.
      !(s.description && s.description[1] < s.source[0])
    ) {
      const head = postModifiedHead(tokens, s.source);
      if (!head) continue;
      s.source = head;
    }
    // "Data published by the statistics agency show …": when the document's author names no source the engine knows,
    // the document itself reports, as "Customs data show …" does.
    if (EVIDENTIAL.has(entry.lemma) && !sourceHead(tokens, s.source)) {
      const document = authoredDocumentBefore(tokens, s.source);
      if (document) s.source = document;
    }
    if (
      EVIDENTIAL.has(entry.lemma)
        ? !sourceHead(tokens, s.source) || authorVoice(tokens, s.source)
        : !(
            sourceLike(tokens, s.source, text, base) ||
            (nominalSubject(tokens, s.source) && !(frame === 'to' && LIKELIHOOD_TO.has(entry.lemma)))
          )
    )
      continue;
    // A subject found across "and" or "who" needs relayed content, as for the hand-listed cues.
    if (s.indirect && !CONTENT_FRAMES.has(frame)) continue;
    addHit(
      hits,
      tokens,
      text,
      base,
      cueRange,
      s.mode,
      s.source,
      s.description,
      STRONG_FRAMES.has(frame),
      CONTENT_FRAMES.has(frame),
      true,
    );
  }
  for (let k = first; k < hits.length; k++) hits[k].derived = true;
}
