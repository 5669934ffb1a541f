/**
 * Footnote markers inside sentences, note labels at the start of blocks, and
 * the bibliographic-versus-discursive judgement for notes.
 */
import {
  anyMatch,
  countMatches,
  BIBLIOGRAPHIC_CUES,
  BIBLIOGRAPHIC_HINTS,
  NUMBER_ABBREVIATIONS,
  POINTERS,
  PROSE_VERBS,
  TITLE_ABBREVIATIONS,
} from './lexicon';
import * as chars from './chars';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon/calendar';

// Bound once: under CommonJS interop (tsx, SWC) each cross-module call otherwise goes through an export getter,
// which showed up as a fifth of the segmenter's time in profiles.
const { isCloser, isDigit, isLetter, isLower, isWs } = chars;

/** A leading note label: "(1) They cite …", "[10] Ibid." (PDF "4 Letter dated …" is handled by the caller). */
const LEADING_LABEL = /^(?:\((\d{1,3})\)|\[(\d{1,3})\])/;
/** PDF only: a footnote glued to a year after a month: "March 201914". */
const PDF_YEAR_GLUED =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December) (?:19|20)\d\d(\d{1,2})\b/g;

/** One author-year citation: a surname (or two, or "et al."), a year, an optional page ("Tucker 2016", "Lemon and Thibault, 2018, p. 4"). */
const AUTHOR_YEAR_ONE =
  "\\p{Lu}[\\p{L}'’-]+(?:(?: and | & )\\p{Lu}[\\p{L}'’-]+| et al\\.)?,? (?:19|20)\\d\\d[a-z]?(?:, pp?\\. ?\\d+(?:[-–]\\d+)?)?";
/**
 * Author-date citations in brackets, the Harvard style of think-tank briefs and scholarship: "(Tucker 2016)",
 * "(see Lemon 2019; Heathershaw and Montgomery 2014, p. 12)". A month or weekday before the year is a date ("(March
 * 2021)"), not an author.
 */
const AUTHOR_YEAR = new RegExp(`\\((?:see |cf\\. )?(${AUTHOR_YEAR_ONE}(?:; ?${AUTHOR_YEAR_ONE})*)\\)`, 'gu');
const AUTHOR_YEAR_HINT = /\((?:[^()]{0,80}?)(?:19|20)\d\d/;
/** Words of a date or a season: "(March 2021)", "(Spring 2019)" date a thing, no author wrote it. */
const DATE_WORDS: ReadonlySet<string> = new Set([
  ...MONTH_NAMES,
  ...WEEKDAY_NAMES,
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
]);

/** "Tucker 2016", "Lemon and Thibault 2018": the citations of a segment's author-date brackets, in order. */
function authorYearLabels(s: string): string[] {
  if (!AUTHOR_YEAR_HINT.test(s)) return [];
  const out: string[] = [];
  for (const m of s.matchAll(AUTHOR_YEAR))
    for (const one of m[1].split(/; ?/)) {
      const label = one.replace(/,? (?=(?:19|20)\d\d)/, ' ').replace(/, pp?\..*$/, '');
      if (!DATE_WORDS.has(label.slice(0, label.indexOf(' ')).toLowerCase()) && !out.includes(label)) out.push(label);
    }
  return out;
}

const URL = /\bhttps?:\/\/[^\s<>"”’)\]]+[^\s<>"”’)\].,;:]|\bwww\.[^\s<>"”’)\]]+[^\s<>"”’)\].,;:]/g;
const QUOTED = /[“"‘][^”"’]{0,300}[”"’]/g;
const WORD = /\p{L}+(?:['’]\p{L}+)?/gu;
const DIGIT = /\d/;

export function leadingLabel(s: string): string | null {
  const m = LEADING_LABEL.exec(s);
  return m ? (m[1] ?? m[2]) : null;
}

/**
 * Labels of every footnote marker a segment carries, in order, without duplicates.
 * One pass over the digit runs of the segment; each run is judged by its neighbours:
 *   "[3]" anywhere; "(11)" glued ("ones.(11)"), leading ("(1) They") or closing the sentence ("… here (12).");
 *   digits glued after "word," / "word." / a closing quote or bracket ("Taliban,1", "agriculture.5", "(TIP)5");
 *   1–2 digits glued onto a lower-case word ("students2,", "civil war22").
 * Years and figures are excluded by the digit-count limits and by requiring a letter or quote before the punctuation.
 */
export function markerLabels(s: string, pdf: boolean): string[] {
  let labels: string[] | null = null;
  const n = s.length;
  // Markers start at a digit, and the regex engine finds the first one far faster than this loop walks to it:
  // 71% of press-release segments have none, and 92% of their characters come before the first.
  for (let i = s.search(DIGIT); i >= 0 && i < n; i++) {
    if (!isDigit(s.charCodeAt(i)) || (i > 0 && isDigit(s.charCodeAt(i - 1)))) continue;
    let j = i;
    while (j < n && isDigit(s.charCodeAt(j))) j++;
    const len = j - i;
    if (len <= 3 && isMarker(s, i, j, len)) {
      labels ??= [];
      if (!labels.includes(s.slice(i, j))) labels.push(s.slice(i, j));
    }
    i = j - 1;
  }
  if (pdf && s.length > 20) {
    for (const m of s.matchAll(PDF_YEAR_GLUED)) {
      labels ??= [];
      if (!labels.includes(m[1])) labels.push(m[1]);
    }
  }
  for (const label of authorYearLabels(s)) {
    labels ??= [];
    if (!labels.includes(label)) labels.push(label);
  }
  return labels ?? [];
}

function isMarker(s: string, i: number, j: number, len: number): boolean {
  const before = i > 0 ? s.charCodeAt(i - 1) : -1;
  const after = j < s.length ? s.charCodeAt(j) : -1;
  if (before === 0x5b /* [ */) return after === 0x5d;
  if (before === 0x28 /* ( */) {
    if (after !== 0x29) return false;
    if (i === 1) return true; // leading note label
    const prev = s.charCodeAt(i - 2);
    if (!isWs(prev)) return isLetter(prev) || isPunctBeforeMarker(prev);
    // Separated by a space, it only counts when it closes the sentence: "… here (12)."
    let k = j + 1;
    if (k < s.length && isClauseEnd(s.charCodeAt(k))) k++;
    return k >= s.length;
  }
  const endOk = after === -1 || isWs(after) || after === 0x29 || isClauseEnd(after);
  if (!endOk) return false;
  if (before === 0x2e /* . */ || before === 0x2c /* , */) {
    if (i < 2) return false;
    const b2 = s.charCodeAt(i - 2);
    if (isCloser(b2)) return after !== 0x2c || before !== 0x2c;
    if (!isLetter(b2)) return false;
    const word = wordBefore(s, i - 1).toLowerCase();
    return !NUMBER_ABBREVIATIONS.has(word) && !TITLE_ABBREVIATIONS.has(word);
  }
  // A straight quote only closes when glued to the previous word: `said "3 killed"` is not a marker.
  if (before === 0x22) return i >= 2 && !isWs(s.charCodeAt(i - 2));
  if (isCloser(before) && before !== 0x27 /* ' */) return true;
  if (len <= 2 && i >= 3 && isLower(before) && isLower(s.charCodeAt(i - 2)) && isLower(s.charCodeAt(i - 3)))
    return true;
  return false;
}

function isPunctBeforeMarker(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || isCloser(c);
}

function isClauseEnd(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a;
}

function wordBefore(s: string, end: number): string {
  let p = end;
  while (p > 0 && end - p < 20 && isLetter(s.charCodeAt(p - 1))) p--;
  return s.slice(p, end);
}

export function findUrls(s: string): string[] {
  return s.match(URL) ?? [];
}

/**
 * A note is bibliographic when citation cues (author, quoted title, URL,
 * "Ibid.", dates, publisher) are present and running-prose verbs are not.
 * In a list under a references or notes heading one cue in a verbless entry is enough.
 */
export function isBibliographic(body: string, inReferenceList = false): boolean {
  if (anyMatch(POINTERS, body)) return true;
  const lower = body.toLowerCase();
  const strong = countMatches(BIBLIOGRAPHIC_CUES, body, lower);
  const weak = countMatches(BIBLIOGRAPHIC_HINTS, body, lower);
  if (strong === 0 && weak === 0) return false;
  if (/^(?:ibid|ibidem|op\.? ?cit)\b/i.test(body)) return true;
  let verbs = 0;
  const withoutQuotes = body.replace(QUOTED, ' ');
  // Capitalised "May" in "20 May 2021" is a month, not a verb: count lower-case tokens only.
  for (const m of withoutQuotes.matchAll(WORD)) if (PROSE_VERBS.has(m[0])) verbs++;
  if (strong >= 2) return verbs <= 2;
  if (strong === 1) return verbs <= 1;
  if (verbs > 0) return false;
  // Under a references or notes heading the list itself says what its entries are: a verbless entry with one sign of a
  // citation is one ("Author interviews with returnees, Khatlon region, 2022.").
  if (inReferenceList) return true;
  // A short verbless note with a date is a citation ("Extremism Survey 2018, Some Institute.")
  // unless it reads like a clause (mostly lower-case words).
  return weak >= 2 || (body.length < 100 && lowerCaseShare(body) <= 0.3);
}

/** "See the note at the end.", "Background on … here." */
export function isPointer(s: string): boolean {
  return anyMatch(POINTERS, s);
}

function lowerCaseShare(s: string): number {
  let words = 0;
  let lower = 0;
  for (const m of s.matchAll(WORD)) {
    words++;
    if (isLower(m[0].charCodeAt(0))) lower++;
  }
  return words === 0 ? 0 : lower / words;
}
