import { PorterStemmer } from 'natural/lib/natural/stemmers';
import { WEEKDAY_NAMES } from '@auditor/scoring/lexicon/calendar';
import {
  EVENT_WORDS,
  FINE_PLACE_NOUNS,
  FIGURE_MODIFIERS,
  GAZETTEER,
  INCIDENT_WORDS,
  MONTHS,
  NUMBER_WORDS,
  PLACE_NOUNS,
  STOP_WORDS,
  UBIQUITOUS_NAMES,
} from './lexicon';

/** A count in a claim: "2,000 fighters" → {noun: 'fighter', value: 2000}. */
export interface FigureMention {
  noun: string;
  value: number;
  /** Counted in a single event (killed, detained …) rather than an estimate of a standing force. */
  eventCount: boolean;
}

/**
 * Everything the similarity needs, in plain JSON (arrays, not Sets) so fingerprints can be stored
 * next to assertions and an index rebuilt from them without re-reading any text.
 */
export interface Fingerprint {
  /** Stemmed content words, sorted and unique. */
  stems: string[];
  /** FNV-1a hashes of 3-word shingles over `stems` in text order, sorted and unique. */
  shingles: number[];
  /** Lower-case capitalised names that are not ubiquitous in the domain (people, groups, places). */
  entities: string[];
  /** Places (subset of the names, plus gazetteer hits), lower-case. */
  places: string[];
  figures: FigureMention[];
  /** Dates as "YYYY", "YYYY-MM", "MM-DD" or "YYYY-MM-DD", whatever the text pins down. */
  dates: string[];
  /** The sentence reports an incident (killed, detained, operation …), not an assessment. */
  incident: boolean;
  /** Publication date (YYYY-MM-DD) of the article, when known: incidents reported far apart are different incidents. */
  published: string | null;
}

// Letters may join digits after a hyphen so "AK-47" is one word, not the figure "47 assault rifles".
const TOKEN = /[A-Za-z\u00C0-\u024F]+(?:['’.-][A-Za-z0-9]+)*|\d+(?:[.,]\d+)*(?:st|nd|rd|th)?/g;
const YEAR = /^(19[5-9]\d|20\d\d)$/;
const ORDINAL = /\d(st|nd|rd|th)$/;
const SHINGLE = 3;
/**
 * Claims are sentences; text past this length is a segmentation failure (a table or a line dump
 * of a whole document), and its opening identifies it well enough. The cap bounds the work one
 * assertion can cost the grouping, which runs on the service's main thread.
 */
export const MAX_CLAIM_CHARS = 2000;

interface RawToken {
  surface: string;
  word: string;
  capitalised: boolean;
  /** First token of the text or after sentence punctuation: its capital says nothing. */
  initial: boolean;
  /** Ended in 's: a name run stops here ("Helmand's Marjah district" is two places). */
  possessive: boolean;
}

// Stemming dominates fingerprinting time; claim vocabulary is small and repetitive.
const stemCache = new Map<string, string>();
function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = /^\d/.test(word) ? word : PorterStemmer.stem(word);
    if (stemCache.size > 100_000) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

function tokens(text: string): RawToken[] {
  const out: RawToken[] = [];
  let last = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const between = text.slice(last, m.index);
    const surface = m[0];
    const lower = surface.toLowerCase().replace(/’/g, "'");
    const word = lower.replace(/'s$/, '');
    out.push({
      surface,
      word,
      capitalised: surface[0] !== surface[0].toLowerCase(),
      initial: out.length === 0 || /[.!?:"“]\s*$/.test(between),
      possessive: word !== lower,
    });
    last = m.index + surface.length;
  }
  return out;
}

/** FNV-1a over a string, 32-bit unsigned: stable across runs and processes, so stored hashes stay valid. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function numberValue(word: string): number | undefined {
  if (/^\d/.test(word)) return Number(word.replace(/,/g, ''));
  return NUMBER_WORDS.get(word);
}

/** Capitalised runs that are names: a sentence-initial capital counts only when the run goes on ("Juma Namangani"). */
function names(toks: RawToken[]): { entities: Set<string>; places: Set<string> } {
  const entities = new Set<string>();
  const places = new Set<string>();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (GAZETTEER.has(t.word)) places.add(t.word);
    if (!t.capitalised || /^\d/.test(t.word)) continue;
    let j = i;
    while (
      j + 1 < toks.length &&
      !toks[j].possessive &&
      toks[j + 1].capitalised &&
      !toks[j + 1].initial &&
      !/^\d/.test(toks[j + 1].word)
    )
      j++;
    const run = toks
      .slice(i, j + 1)
      .filter((x) => !UBIQUITOUS_NAMES.has(x.word.split('-')[0]) && !STOP_WORDS.has(x.word) && !MONTHS.has(x.word));
    const standalone = !t.initial || j > i || GAZETTEER.has(t.word);
    if (run.length > 0 && standalone) {
      for (const x of run) entities.add(x.word);
      const placeNoun = toks[j + 1]?.word ?? '';
      // Districts and villages are kept with their noun: "Khost district" is not "Khost province".
      if (PLACE_NOUNS.has(placeNoun))
        places.add(
          FINE_PLACE_NOUNS.has(placeNoun)
            ? `${run.map((x) => x.word).join(' ')} ${placeNoun.replace(/s$/, '')}`
            : run[run.length - 1].word,
        );
    }
    i = j;
  }
  return { entities, places };
}

function figures(toks: RawToken[]): FigureMention[] {
  const out: FigureMention[] = [];
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i].word;
    // Years, days of a month and ordinals ("187th") count nothing.
    if (YEAR.test(w) || ORDINAL.test(w) || MONTHS.has(toks[i - 1]?.word ?? '')) continue;
    const value = numberValue(w);
    if (value === undefined || !Number.isFinite(value)) continue;
    let k = i + 1;
    while (
      k < toks.length &&
      k <= i + 4 &&
      (FIGURE_MODIFIERS.has(toks[k].word) || numberValue(toks[k].word) !== undefined)
    )
      k++;
    const noun = toks[k];
    if (!noun || STOP_WORDS.has(noun.word) || /^\d/.test(noun.word) || MONTHS.has(noun.word)) continue;
    let eventCount = false;
    for (let e = Math.max(0, i - 5); e <= Math.min(toks.length - 1, k + 4) && !eventCount; e++)
      eventCount = EVENT_WORDS.has(toks[e].word);
    out.push({ noun: stem(noun.word), value, eventCount });
    i = k;
  }
  return out;
}

const WEEKDAYS: readonly string[] = WEEKDAY_NAMES;
const DAY_MS = 86_400_000;

/**
 * "yesterday", "last night", "Tuesday" resolved against the publication date. Press releases date
 * events only this way, and the same stock sentence about another day is another event.
 */
function relativeDates(toks: RawToken[], i: number, publishedAt: Date): string[] {
  const w = toks[i].word;
  let offset: number | null = null;
  // "last night" may be either calendar day: the caller gets both.
  if (w === 'night' && toks[i - 1]?.word === 'last')
    return [-1, 0].map((d) => new Date(publishedAt.getTime() + d * DAY_MS).toISOString().slice(0, 10));
  if (w === 'yesterday') offset = -1;
  else if (w === 'today' || w === 'tonight') offset = 0;
  else if (WEEKDAYS.includes(w) && toks[i].capitalised)
    offset = -((publishedAt.getUTCDay() - WEEKDAYS.indexOf(w) + 7) % 7);
  if (offset === null) return [];
  return [new Date(publishedAt.getTime() + offset * DAY_MS).toISOString().slice(0, 10)];
}

function dates(toks: RawToken[], publishedAt: Date | null): string[] {
  const out = new Set<string>();
  for (let i = 0; i < toks.length; i++) {
    if (publishedAt) for (const d of relativeDates(toks, i, publishedAt)) out.add(d);
    const month = MONTHS.get(toks[i].word);
    // "may" is a modal verb far more often than a month: only trust it capitalised.
    if (month !== undefined && (toks[i].capitalised || toks[i].word !== 'may')) {
      const mm = String(month).padStart(2, '0');
      const day = /^\d{1,2}$/.test(toks[i + 1]?.word ?? '')
        ? toks[i + 1].word
        : /^\d{1,2}$/.test(toks[i - 1]?.word ?? '')
          ? toks[i - 1].word
          : null;
      const year = [toks[i + 1], toks[i + 2]].find((t) => t && YEAR.test(t.word))?.word;
      if (day && year) out.add(`${year}-${mm}-${day.padStart(2, '0')}`);
      else if (day) out.add(`${mm}-${day.padStart(2, '0')}`);
      else if (year) out.add(`${year}-${mm}`);
      continue;
    }
    if (YEAR.test(toks[i].word) && !MONTHS.has(toks[i - 1]?.word ?? '') && !MONTHS.has(toks[i - 2]?.word ?? ''))
      out.add(toks[i].word);
  }
  return [...out].sort();
}

/**
 * The claim without a trailing attribution after a closing quote (‘…," said U.S. Army Col. X, ISAF
 * Joint Command director.’): the speaker's long title is the same in every release and would make
 * unrelated quotes look alike. Who said it is the group analysis's business (citedSource).
 */
function claimPart(text: string): string {
  const m = /[,.!?]?["”]\s*,?\s*(?:said|says|added|according to)\b/.exec(text);
  return m && m.index > 20 ? text.slice(0, m.index) : text;
}

/**
 * The compact, storable description of one claim's text. With `publishedAt`, relative dates
 * ("yesterday", "Tuesday") become calendar dates; without it they are ignored.
 */
export function fingerprint(text: string, publishedAt: Date | null = null): Fingerprint {
  const toks = tokens(claimPart(text.length > MAX_CLAIM_CHARS ? text.slice(0, MAX_CLAIM_CHARS) : text));
  // Numbers stay out of the wording: figures are compared as figures, so a disputed estimate
  // (2,000 vs 600 fighters) is flagged rather than read as different wording.
  const content = toks
    .filter((t) => !STOP_WORDS.has(t.word) && t.word.length > 1 && !/^\d/.test(t.word))
    .map((t) => stem(t.word));
  const shingles = new Set<number>();
  if (content.length > 0 && content.length < SHINGLE) shingles.add(hash32(content.join(' ')));
  for (let i = 0; i + SHINGLE <= content.length; i++) shingles.add(hash32(content.slice(i, i + SHINGLE).join(' ')));
  const { entities, places } = names(toks);
  return {
    stems: [...new Set(content)].sort(),
    shingles: [...shingles].sort((a, b) => a - b),
    entities: [...entities].sort(),
    places: [...places].sort(),
    figures: figures(toks),
    dates: dates(toks, publishedAt),
    incident: toks.some((t) => INCIDENT_WORDS.has(t.word)),
    published: publishedAt ? publishedAt.toISOString().slice(0, 10) : null,
  };
}

/**
 * A sentence with no place, specific name or date ("The security force did not fire their weapons")
 * is not a claim about an identifiable event: grouping it would merge unrelated releases.
 */
export function isSpecific(fp: Fingerprint): boolean {
  return fp.places.length > 0 || fp.entities.length > 0 || fp.dates.some((d) => d.length > 4);
}
