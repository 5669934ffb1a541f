/**
 * Subjects that do not stand right before their reporting verb: the subject of a coordinated verb
 * phrase ("Traders … voiced concerns and said that …", "Tajikistan …, and had announced that …")
 * and the antecedent of a relative pronoun ("the village elder, who confirmed …").
 */
import { isQuote, type Token } from './tokens';
import { backwardNP, forwardNP, isProper, sentenceAdverb, type Range } from './noun-phrase';
import { isPastTense, isPreposition, lookupOrganisation, ROLES } from './lexicon';
import {
  BE_FORMS,
  DETERMINERS,
  LEADING_CONNECTIVES,
  LIGHT_VERBS,
  MONTHS,
  NP_PREPOSITIONS,
  PERCEPTION_VERBS,
  SUBJECT_PRONOUNS,
  WEEKDAYS,
} from './words';
import { IRREGULAR_PAST } from './frames';

/** Lower-case words that continue a phrase after a name ("Bank of Kabul", "Smith and Jones", "X & Sons"). */
const NAME_LINKS = new Set([
  'of',
  'and',
  '&',
  'the',
  'de',
  'al',
  'bin',
  'ibn',
  'van',
  'von',
  'der',
  'du',
  'la',
  'le',
  'del',
  'da',
]);

/** A subject further back than this is more likely a different clause's. */
const MAX_DISTANCE = 30;

const roleOf = (t: Token) => ROLES.get(t.lower.replace(/[’']s$/, ''));

/** Where the sentence's first clause starts: after a fronted adverbial ("On the other hand,", "In July,"). */
function clauseStart(tokens: Token[], limit: number): number {
  let k = datelineEnd(tokens, limit);
  // Prepositions are connectives too, but one opening the sentence fronts an adverbial ("In an interview, …").
  while (
    k < limit &&
    tokens[k].word &&
    LEADING_CONNECTIVES.has(tokens[k].lower) &&
    !NP_PREPOSITIONS.has(tokens[k].lower) &&
    !SUBORDINATORS.has(tokens[k].lower)
  )
    k++;
  // "Even as he won, …", "Shortly after the call ended, …": the adverb leads a subordinate clause or adverbial.
  while (
    k < limit - 1 &&
    ((tokens[k].lower === 'even' && SUBORDINATORS.has(tokens[k + 1].lower)) ||
      (sentenceAdverb(tokens[k]) && tokens[k + 1].word))
  )
    k++;
  const first = tokens[k];
  const fronted =
    first &&
    (NP_PREPOSITIONS.has(first.lower) ||
      /^(?:however|meanwhile|moreover|also|after|during|since|following|while|on|in|at|by|with|according|later|earlier|then|still|now|instead|here|early|late)$/.test(
        first.lower,
      ) ||
      // An adverbial clause ("Once he was president,", "As they met in Ottawa,"), a participle phrase ("Speaking at a
      // town hall,", "Asked about the plan,") or a measure of time ("Hours later,", "Two days after the vote,").
      SUBORDINATORS.has(first.lower) ||
      // Any other preposition ("Throughout Tuesday,", "Amid the talks,"), unless it approximates a number ("About 30 …").
      (isPreposition(first.lower) && !/^\d/.test(tokens[k + 1]?.text ?? '')) ||
      // A bare day or month ("Friday on CNN, …", "Monday at the university, …"), as "On Friday," is.
      WEEKDAYS.has(first.lower) ||
      MONTHS.has(first.lower) ||
      (first.cap && /\p{L}{3}(?:ing|ed)$/u.test(first.lower) && !ROLES.has(first.lower)) ||
      timeMeasure(tokens, k));
  if (!fronted) return k;
  // A clause may run longer before its comma than a prepositional phrase.
  const reach = SUBORDINATORS.has(first.lower) ? 20 : 12;
  for (let c = k; c < Math.min(limit, k + reach); c++)
    if (tokens[c].text === ',') return afterContinuations(tokens, c + 1, limit);
  return -1;
}

const SUBORDINATORS = new Set([
  'once',
  'as',
  'when',
  'whenever',
  'if',
  'although',
  'though',
  'because',
  'until',
  'unless',
  'whereas',
  'before',
]);

/**
 * "Hours later", "Two days after the vote", "Weeks ago", "a few days later": a count of time units and a relation to
 * another time.
 */
function timeMeasure(tokens: Token[], k: number): boolean {
  for (let j = k; j < Math.min(tokens.length, k + 4); j++) {
    if (/^(?:later|earlier|after|before|ago|afterward|afterwards)$/.test(tokens[j].lower))
      return j > k && /^(?:hours?|days?|weeks?|months?|years?|minutes?|moments?)$/.test(tokens[j - 1].lower);
  }
  return false;
}

const DASHES = new Set(['—', '–', '--', '-', '―']);

/**
 * A wire dateline ("WASHINGTON (AP) —", "Kabul, Dec. 8 (UPI) –") is no part of the first clause:
 * the index after its dash, or 0. It is short, opens the sentence and names a place in capitals or an agency in brackets.
 */
export function datelineEnd(tokens: Token[], limit: number): number {
  for (let k = 1; k < Math.min(limit, 10); k++) {
    if (!DASHES.has(tokens[k].text)) continue;
    const head = tokens.slice(0, k);
    const bracketed = head.some((t) => t.text === '(');
    const shouted = head[0].word && head[0].text.length > 2 && !/\p{Ll}/u.test(head[0].text);
    return bracketed || shouted ? k + 1 : 0;
  }
  return 0;
}

/**
 * "At an event in Ames, Iowa, on Sunday, Mrs. Clinton …": the fronted adverbial may run on in comma-set chunks, a
 * prepositional phrase or a one-word place before another; the clause starts after them.
 */
function afterContinuations(tokens: Token[], k: number, limit: number): number {
  for (let guard = 0; guard < 3; guard++) {
    let c = k;
    while (c < Math.min(limit, k + 6) && tokens[c].word) c++;
    if (c === k || tokens[c]?.text !== ',') return k;
    const first = tokens[k];
    const next = tokens[c + 1];
    const prepositional = /^(?:on|in|at|during|after|before|last|this|earlier)$/.test(first.lower);
    const place =
      (c - k === 1 &&
        first.cap &&
        !!next &&
        next.word &&
        (next.cap || /^(?:on|in|at|during|last|this)$/.test(next.lower))) ||
      // "in Salem, New Hampshire, Trump …": a place of two or three capitalised words after a place.
      (c - k <= 3 && tokens.slice(k, c).every((t) => t.cap) && !!tokens[k - 2]?.cap && !!next?.word);
    if (!prepositional && !place) return k;
    k = c + 1;
  }
  return k;
}

/** Grows a role noun's phrase forward over a following name ("President Emomali Rahmon"). */
function withName(tokens: Token[], r: Range): Range {
  const fwd = forwardNP(tokens, r[0]);
  return fwd && fwd[1] > r[1] && tokens.slice(r[1], fwd[1]).every((t) => t.cap) ? [r[0], fwd[1]] : r;
}

/** Subject of the verb phrase coordinated by the "and" at `and`, or null. */
export function coordinatedSubject(tokens: Token[], and: number): Range | null {
  return clauseSubject(tokens, and) ?? pronounClauseSubject(tokens, and) ?? nearbySource(tokens, and);
}

/** "They closed the road and said …": a personal pronoun opening the clause, left for coreference to resolve. */
function pronounClauseSubject(tokens: Token[], and: number): Range | null {
  const start = clauseStart(tokens, and);
  return start >= 0 && start < and - 1 && /^(?:he|she|they)$/.test(tokens[start].lower) ? [start, start + 1] : null;
}

/** The sentence's own subject, when it is a name or a source noun ("Traders in Kunduz … and said"). */
export function clauseSubject(tokens: Token[], and: number): Range | null {
  const start = clauseStart(tokens, and);
  if (start < 0 || start >= and) return null;
  const found = forwardNP(tokens, start);
  // A phrase that runs past the verb ("The campaign sent a fundraising email …") is cut there, then trimmed below.
  const np: Range | null = found && found[0] < and ? [found[0], Math.min(found[1], and)] : null;
  if (!np || and - np[1] > MAX_DISTANCE) return null;
  // A verb inside a quotation is the quoted speaker's, not the sentence subject's.
  for (let k = np[1]; k < and; k++) if (isQuote(tokens[k])) return null;
  // Without a tagger the phrase may run into its verb ("Tajikistan seems …", "Carly Fiorina threw her support behind
  // X"): a lower-case word right after a name is the verb, unless it links or heads a phrase; then end the phrase at
  // its last name or role word.
  let end = np[1];
  for (let k = np[0] + 1; k < np[1]; k++) {
    const t = tokens[k];
    if (
      !t.cap &&
      (isProper(tokens, k - 1) || !!roleOf(tokens[k - 1])) &&
      !/[’']s$/.test(tokens[k - 1].lower) &&
      !NAME_LINKS.has(t.lower) &&
      !NP_PREPOSITIONS.has(t.lower) &&
      !roleOf(t) &&
      (IRREGULAR_PAST.has(t.lower) || !endsInRole(tokens, k, np[1]))
    ) {
      end = k;
      break;
    }
  }
  while (
    end > np[0] &&
    !isProper(tokens, end - 1) &&
    !roleOf(tokens[end - 1]) &&
    !ROLES.has(`${tokens[end - 2]?.lower} ${tokens[end - 1].lower}`)
  )
    end--;
  return end > np[0] ? [np[0], end] : null;
}

/**
 * Subject of a participial adjunct after the comma at `comma` ("Clinton attacked Trump, saying …"): the main clause's
 * subject, or, when that clause is passive with its agent right before the comma ("movement was restricted by the
 * leadership, fearing that …"), the agent: the one who acts in the clause is the one who fears or says.
 */
export function adjunctSubject(tokens: Token[], comma: number): Range | null {
  // "She went on to attack the police chief, saying …": a personal pronoun opening the clause is its subject, and
  // coreference names it; the noun before the comma is the main verb's object.
  const start = clauseStart(tokens, comma);
  if (start >= 0 && start < comma - 1 && SUBJECT_PRONOUNS.has(tokens[start].lower) && tokens[start + 1].word)
    return [start, start + 1];
  const main = clauseSubject(tokens, comma);
  if (!main) return null;
  for (let k = main[1]; k < comma - 2; k++) {
    if (!BE_FORMS.has(tokens[k].lower)) continue;
    let p = k + 1;
    while (p < comma && /ly$/.test(tokens[p].lower)) p++;
    const participle = tokens[p];
    if (!participle || !(/\p{L}ed$/u.test(participle.lower) || IRREGULAR_PAST.has(participle.lower))) continue;
    if (tokens[p + 1]?.lower !== 'by') return main;
    const agent = forwardNP(tokens, p + 2);
    return agent && agent[1] === comma ? agent : main;
  }
  return main;
}

/** "Republican presidential candidate Donald Trump": the lower-case words after a name lead to a role, so it is one phrase. */
function endsInRole(tokens: Token[], k: number, end: number): boolean {
  let m = k;
  while (m < end && !tokens[m].cap && !NP_PREPOSITIONS.has(tokens[m].lower)) m++;
  return m > k && !!roleOf(tokens[m - 1]);
}

/** A source noun shortly before "and" ("During the search a civilian man came out of his home and told …"). */
function nearbySource(tokens: Token[], and: number): Range | null {
  for (let k = and - 1; k >= Math.max(0, and - 12) && tokens[k].word; k--) {
    // Two-word roles first ("security force"), so "coalition security force" is not cut to "coalition".
    const role = (k > 0 ? ROLES.get(`${tokens[k - 1].lower} ${tokens[k].lower}`) : undefined) ?? roleOf(tokens[k]);
    if (role && !role.document) {
      const r = backwardNP(tokens, k);
      if (r) return withName(tokens, r);
    }
  }
  return null;
}

/** Pronouns that stand for people, as antecedents of "who". */
const PEOPLE_PRONOUNS = new Set(['others', 'many', 'some', 'several', 'people']);

/** Antecedent of "who" (or, with `things`, of a relative "that") at `who`: "the village elder, who confirmed …". */
export function relativeAntecedent(tokens: Token[], who: number, things = false): Range | null {
  let k = who - 1;
  if (tokens[k]?.text === ',') k--;
  if (k < 0 || !tokens[k].word) return null;
  const r = backwardNP(tokens, k);
  if (!r) return null;
  // "who" refers to people: a person or crowd noun, or a personal name — not "the Taliban who recall …".
  const last = tokens[r[1] - 1];
  const role = roleOf(last);
  // A plural role that is no document or body ("officials", "diplomats") names people too.
  // So does a pronoun of people ("Nazarov and others who fled", "many who say"), with the name coordinated before it.
  const person = role
    ? !!(role.person || role.crowd || (/[^s]s$/.test(last.lower) && !role.document && !role.unique))
    : (last.cap && !!tokens[r[1] - 2]?.cap && !lookupOrganisation(last.text)) || PEOPLE_PRONOUNS.has(last.lower);
  if (person && PEOPLE_PRONOUNS.has(last.lower) && tokens[r[0] - 1]?.lower === 'and') {
    const first = backwardNP(tokens, r[0] - 2);
    if (first && first[1] === r[0] - 1 && tokens[first[0]].cap) return [first[0], r[1]];
  }
  // "that" also refers to things, and a document speaks ("a video that said …").
  return person ? withName(tokens, r) : things && documentHead(tokens, r) ? r : null;
}

/** Words that are prepositions before a noun and subordinators before a clause ("after the vote", "after it rained"). */
const PREPOSITION_OR_SUBORDINATOR = new Set(['after', 'before', 'since', 'until', 'till']);

/**
 * "a day after the survey showed …", "since the ministry warned …": the phrase between such a word and a past-tense
 * verb is the subject of the clause the word opens, not its object, and the verb is no participle modifying it.
 */
export function subordinateSubject(tokens: Token[], r: Range, verb: number): boolean {
  if (r[1] !== verb || !PREPOSITION_OR_SUBORDINATOR.has(tokens[r[0] - 1]?.lower ?? '')) return false;
  if (!isPastTense(tokens[verb].lower) && !IRREGULAR_PAST.has(tokens[verb].lower)) return false;
  // A subject is determined, named, a pronoun or a role ("after officials said"); "after great thought" is a noun.
  const first = tokens[r[0]];
  return (
    DETERMINERS.has(first.lower) ||
    /^\d/.test(first.text) ||
    SUBJECT_PRONOUNS.has(first.lower) ||
    tokens.slice(r[0], r[1]).some((t) => t.cap || ROLES.has(t.lower))
  );
}

/** A cue whose subject opens a clause of time ("after the survey showed", "before the ministry warned"). */
export const inTemporalClause = (tokens: Token[], hit: { mode: string; source: Range; cueRange: Range }): boolean =>
  hit.mode === 'subject' && subordinateSubject(tokens, hit.source, hit.cueRange[0]);

/**
 * "Trump posted a message on Twitter reading …", "emailed supporters saying …": a participle right
 * after a verb's object (no comma) is an adjunct of the clause, so its subject is the clause's,
 * never the object. Null when the phrase before the participle opens the clause (it is the subject).
 */
export function objectParticipleSubject(tokens: Token[], i: number): Range | null {
  if (!/(?:ing|ed)$/.test(tokens[i].lower) || !tokens[i - 1]?.word) return null;
  const np = backwardNP(tokens, i - 1);
  if (!np) return null;
  // "… and made statements expressing hopes": the scan ran into the light verb whose object the participle modifies;
  // the verb's subject owns the statements.
  for (let v = np[1] - 2; v >= np[0] - 1 && v >= 0; v--) {
    // After a determiner the word is a noun ("the share of voters saying").
    if (tokens[v].cap || !LIGHT_VERBS.test(tokens[v].lower) || DETERMINERS.has(tokens[v - 1]?.lower ?? '')) continue;
    if (v > np[0]) return [np[0], v];
    const owner = tokens[v - 1]?.lower === 'and' ? coordinatedSubject(tokens, v - 1) : clauseSubject(tokens, v);
    if (owner) return owner;
    break;
  }
  if (np[0] === 0 || subordinateSubject(tokens, np, i)) return null;
  const document = documentHead(tokens, np);
  // "a memo titled …" speaks like "a memo saying …"; other -ed participles are passives ("the man detained").
  if (!/ing$/.test(tokens[i].lower) && !document) return null;
  const before = tokens[np[0] - 1];
  // "with 30 percent of voters saying …": an absolute construction, whose phrase is the participle's own subject.
  if (before.lower === 'with' || before.lower === 'without') return null;
  if (!before.word || (LEADING_CONNECTIVES.has(before.lower) && !NP_PREPOSITIONS.has(before.lower))) return null;
  // "an advert featuring farmers telling their stories", "heard the governor saying": after a verb of perception or
  // depiction the object and the -ing participle are one complement (Quirk et al. 1985 §16.52), whose subject is the
  // object; a document object still speaks for its issuer ("a video showing …" is the clause subject's).
  if (!document && PARTICIPLE_COMPLEMENT_VERBS.has(before.lower) && /ing$/.test(tokens[i].lower)) return null;
  const main = clauseSubject(tokens, np[0] - 1);
  if (main && main[1] < np[0]) return main;
  // "His office put out a statement saying …": a document speaks for whoever issued it, the clause subject, even when
  // that is no name or role the lexicon knows.
  return document ? issuer(tokens, np[0]) : null;
}

/** Verbs of perception and of depiction, which take an object with an -ing participle ("saw them leaving", "featuring X"). */
const PARTICIPLE_COMPLEMENT_VERBS = new Set([
  ...PERCEPTION_VERBS,
  ...[
    ['show', 'shows', 'showed', 'shown', 'showing'],
    ['depict', 'depicts', 'depicted', 'depicting'],
    ['feature', 'features', 'featured', 'featuring'],
    ['film', 'films', 'filmed', 'filming'],
    ['picture', 'pictures', 'pictured', 'picturing'],
    ['portray', 'portrays', 'portrayed', 'portraying'],
    ['include', 'includes', 'included', 'including'],
  ].flat(),
]);

/** Documents and messages a clause subject issues ("released a statement", "sent an email", "carried signs"). */
const ISSUED = new Set([
  'statement',
  'release',
  'memo',
  'email',
  'e-mail',
  'letter',
  'ad',
  'ads',
  'advertisement',
  'video',
  'message',
  'post',
  'tweet',
  'sign',
  'signs',
  'note',
  'notice',
  'leaflet',
  'leaflets',
  'flyer',
  'flyers',
  'banner',
  'poster',
  'posters',
  'text',
  'communique',
]);

function documentHead(tokens: Token[], r: Range): boolean {
  let h = r[1] - 1;
  // "a statement Wednesday saying": a time after the noun is no head.
  while (
    h > r[0] &&
    /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|evening|night)$/.test(
      tokens[h].lower,
    )
  )
    h--;
  return ISSUED.has(tokens[h].lower) || !!roleOf(tokens[h])?.document;
}

/** The clause subject before the verb that governs the object at `object`, cut at that verb. */
function issuer(tokens: Token[], object: number): Range | null {
  const start = clauseStart(tokens, object);
  if (start < 0 || start >= object) return null;
  let end = start;
  while (end < object && tokens[end].word && !(end > start && isVerbForm(tokens[end]))) end++;
  return end > start && end < object ? [start, end] : null;
}

const isVerbForm = (t: Token): boolean =>
  !t.cap &&
  (IRREGULAR_PAST.has(t.lower) ||
    /\p{L}{2}(?:ed|ing)$/u.test(t.lower) ||
    /^(?:put|sent|has|have|had|will|would|is|was)$/.test(t.lower));
