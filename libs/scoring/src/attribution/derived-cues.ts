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
import { addHit, isCloseQuote, isPunct, ordersTo, sourceLike, subjectOf, AUXILIARIES, type CueHit } from './cue-helpers';
import { frameAt, isCueCandidate, readingAt } from './frames';
import { backwardNP, forwardNP, isProper, skipAdverbsBack, type Range } from './noun-phrase';
import { lookupOrganisation, ROLES } from './lexicon';
import {
  AUTHOR_PRONOUNS, BE_FORMS, DETERMINERS, MONTHS, NEGATING_SUBJECTS, NP_BOUNDARY, NP_PREPOSITIONS, PERIODS, RELATIVE_PRONOUNS, SUBJECT_PRONOUNS,
  WEEKDAYS,
} from './words';

interface ReadingRule { frames: ReadonlySet<string>; rejected: ReadonlySet<string>; others: boolean }
interface Entry { lemma: string; verb: ReadingRule | null; noun: ReadingRule | null }

interface LexiconReading { frames: Record<string, unknown>; rejected?: Record<string, unknown>; others: boolean }
interface LexiconCue { lemma: string; forms: string[]; verb?: LexiconReading; noun?: LexiconReading }

const rule = (r: LexiconReading | undefined): ReadingRule | null =>
  r ? { frames: new Set(Object.keys(r.frames)), rejected: new Set(Object.keys(r.rejected ?? {})), others: r.others } : null;

const BY_FORM = new Map<string, Entry>();
for (const c of lexicon.cues as LexiconCue[]) {
  const entry: Entry = { lemma: c.lemma, verb: rule(c.verb), noun: rule(c.noun) };
  for (const f of c.forms) if (!BY_FORM.has(f)) BY_FORM.set(f, entry);
}

/** A frame the lexicon kept, or one too rare to judge in a reading that is a cue two times in three. */
function allows(r: ReadingRule | null, frame: string): boolean {
  return !!r && (r.frames.has(frame) || (r.others && !r.rejected.has(frame) && !frame.startsWith('p-')));
}

/** Every surface form of a derived cue, for the sentence prefilter. */
export const DERIVED_FORMS: readonly string[] = [...BY_FORM.keys()];

const DOUBLE_OPEN = new Set(['“', '"', '«']);
const DOUBLE_CLOSE = new Set(['”', '"', '»']);
const NOT_NOMINAL = new Set(['either', 'neither', 'both', 'each', 'all', 'also', 'not', 'only', 'even', 'just']);
const OBJECT_MARKERS = new Set([
  'of', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'about', 'into', 'against', 'over', 'under', 'through', 'during', 'after',
  'before', 'between', 'among', 'toward', 'towards', 'without', 'within', 'upon', 'via', 'per',
]);

/** Lemmas of evidential verbs: their subject may be evidence ("the case shows how …") rather than a source. */
const EVIDENTIAL = new Set(cueVerbs.evidential.map(stem));

/** The head of a subject phrase (its last word before a preposition) names a source: "the poll of voters", not "the case of X". */
function sourceHead(tokens: Token[], r: Range): boolean {
  let h = r[0];
  while (h + 1 < r[1] && !NP_PREPOSITIONS.has(tokens[h + 1].lower)) h++;
  const t = tokens[h];
  const bare = t.lower.replace(/[’']s$/, '');
  return isProper(tokens, h) || SUBJECT_PRONOUNS.has(t.lower) || !!ROLES.get(bare) || !!lookupOrganisation(t.text);
}

/** Frames that carry someone's words or thoughts: the cue is strong and relays content. */
const CONTENT_FRAMES = new Set(['that', 'clause', 'quote']);
const STRONG_FRAMES = new Set(['that', 'clause', 'quote', 'end', 'comma']);

const isParticiple = (w: string): boolean => /(?:ed|en|wn)$/.test(w) || /^(?:said|told|thought|written|known|seen|found|sought|shown|held|made|felt|heard|taken|given)$/.test(w);

/**
 * A subject a derived cue may take: the data measured the cue's frame with whatever subject it had,
 * so any noun phrase will do — except the author's voice, negations, relative pronouns, times and
 * phrases that end in a verb or a function word (the scan ran into another clause).
 */
function nominalSubject(tokens: Token[], r: Range): boolean {
  const first = tokens[r[0]];
  const last = tokens[r[1] - 1];
  if (AUTHOR_PRONOUNS.has(first.lower) || NEGATING_SUBJECTS.has(first.lower) || RELATIVE_PRONOUNS.has(first.lower) || NOT_NOMINAL.has(last.lower)) return false;
  if (!last.word || (NP_BOUNDARY.has(last.lower) && !last.cap) || DETERMINERS.has(last.lower)) return false;
  if (!last.cap && !ROLES.has(last.lower) && !last.text.includes('-') && /(?:ed|ing)$/.test(last.lower)) return false;
  for (let k = r[0]; k < r[1]; k++) {
    const w = tokens[k].lower;
    if (tokens[k].word && !MONTHS.has(w) && !WEEKDAYS.has(w) && !PERIODS.has(w) && !/^\d/.test(w) && !DETERMINERS.has(w)) return true;
  }
  return false;
}

/** After "to" or a preposition a phrase is an object, not a subject ("to discuss future …", "by jihadists knowing …"). */
function objectOfPreposition(tokens: Token[], r: Range): boolean {
  const before = tokens[r[0] - 1];
  return !!before && before.word && (before.lower === 'to' || OBJECT_MARKERS.has(before.lower));
}

/** "Trump’s claim that", "criticism from Republicans", "fears that": the owner of a nominal cue, or the cue itself. */
function nounSource(tokens: Token[], i: number, frame: string): { source: Range; vague: boolean } | null {
  const prev = tokens[i - 1];
  if (prev && /[’']s$|s[’']$/.test(prev.lower)) {
    const np = backwardNP(tokens, i - 1);
    if (np) return { source: np, vague: false };
  }
  if (frame === 'p-by' || frame === 'p-from') {
    const np = forwardNP(tokens, i + 2);
    if (np) return { source: np, vague: false };
  }
  const start = prev && prev.word && DETERMINERS.has(prev.lower) ? i - 1 : i;
  return { source: [start, i + 1], vague: true };
}

/** Adds hits for derived cues at tokens no hand-listed cue covers. */
export function derivedHits(hits: CueHit[], tokens: Token[], text: string, base: number, titleCase: boolean): void {
  const first = hits.length;
  const covered = new Set<number>();
  for (const h of hits) for (let k = h.cueRange[0]; k < h.cueRange[1]; k++) covered.add(k);
  let quoted = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // A cue inside a quotation is the quoted speaker's words, not the sentence's attribution.
    if (DOUBLE_OPEN.has(t.text) && !quoted) { quoted = true; continue; }
    if (DOUBLE_CLOSE.has(t.text) && quoted) { quoted = false; continue; }
    if (quoted || !t.word || covered.has(i) || !(titleCase ? t.word : isCueCandidate(tokens, i))) continue;
    const entry = BY_FORM.get(t.lower);
    if (!entry) continue;
    const reading = readingAt(tokens, i);
    const frame = frameAt(tokens, i + 1);
    if (!allows(reading === 'verb' ? entry.verb : entry.noun, frame)) continue;
    const cueRange: Range = [i, i + 1];
    if (reading === 'noun') {
      const owner = nounSource(tokens, i, frame);
      if (!owner) continue;
      const before = hits.length;
      addHit(hits, tokens, text, base, cueRange, 'noun', owner.source, null, false, CONTENT_FRAMES.has(frame), true);
      if (hits.length > before && owner.vague) hits[hits.length - 1].vague = true;
      continue;
    }
    const j = skipAdverbsBack(tokens, i);
    const prev = tokens[j];
    // ", asserting groups are present": a participial adjunct, whose subject is not the phrase before the comma.
    if (isPunct(prev, ',') && /ing$/.test(t.lower)) continue;
    // An infinitive belongs to the verb that governs it ("plans to endorse"); "told them to leave" is an order.
    if (prev?.lower === 'to' || (entry.lemma === 'tell' && ordersTo(tokens, i + 1))) continue;
    // A passive participle ("was criticized") reports nothing about its subject; a progressive ("is seeking") does.
    if (prev && (BE_FORMS.has(prev.lower) || AUXILIARIES.has(prev.lower) && BE_FORMS.has(tokens[j - 1]?.lower ?? '')) && isParticiple(t.lower)) continue;
    let k = j;
    while (k >= 0 && (AUXILIARIES.has(tokens[k].lower) || BE_FORMS.has(tokens[k].lower))) k = skipAdverbsBack(tokens, k);
    const invertible = !tokens[k] || isPunct(tokens[k], ',', '–', '—') || isCloseQuote(tokens[k]);
    const s = subjectOf(tokens, i, t.lower, invertible);
    if (!s || objectOfPreposition(tokens, s.source)) continue;
    if (EVIDENTIAL.has(entry.lemma) ? !sourceHead(tokens, s.source) : !(sourceLike(tokens, s.source, text, base) || nominalSubject(tokens, s.source))) continue;
    // A subject found across "and" or "who" needs relayed content, as for the hand-listed cues.
    if (s.indirect && !CONTENT_FRAMES.has(frame)) continue;
    addHit(hits, tokens, text, base, cueRange, s.mode, s.source, s.description, STRONG_FRAMES.has(frame), CONTENT_FRAMES.has(frame), true);
  }
  for (let k = first; k < hits.length; k++) hits[k].derived = true;
}
