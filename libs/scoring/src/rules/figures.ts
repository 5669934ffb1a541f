import { LexiconMatch } from '../lexicon/lexicon';
import { numericValue, Token } from '../lexicon/tokens';
import { Figure } from './rule';
import { MONTH_WORDS } from '../lexicon/calendar';

// A Map, not an object literal: token words like "constructor" must not hit Object.prototype.
const VAGUE_MULTIPLIERS = new Map<string, number>([
  ['hundreds', 200],
  ['thousands', 2000],
  ['dozens', 24],
  ['scores', 40],
]);
const EVENT_WORDS = new Set([
  'kill',
  'killed',
  'detain',
  'detained',
  'captur',
  'captured',
  'arrest',
  'arrested',
  'wound',
  'wounded',
  'die',
  'died',
  'dead',
  'injur',
  'injured',
  'kia',
]);
const YEAR = /^(1[89]\d\d|20\d\d)$/;
/**
 * Words before a bare year-shaped number that make it a date: "in 2009 militants attacked",
 * "since 1998 fighters have", "the 2014 insurgents' offensive". A head-count written as a year
 * ("some 2000 fighters") follows a quantifier instead; one with a separator ("2,000") is no year.
 */
const DATE_CONTEXT = new Set([
  'in',
  'since',
  'by',
  'until',
  'till',
  'from',
  'during',
  'before',
  'after',
  'of',
  'to',
  'between',
  'and',
  'the',
  'early',
  'late',
  'mid',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'year',
  'years',
  'circa',
  'c',
]);
const MONTHS = MONTH_WORDS;

/**
 * Finds figures that count people ("400 Kyrgyz citizens", "thousands of militants").
 * A figure counts the first quantity noun within a few tokens after it; years are not figures.
 */
export function findFigures(tokens: readonly Token[], quantityNouns: readonly LexiconMatch[]): Figure[] {
  if (quantityNouns.length === 0) return [];
  const nounAt = new Map<number, string>();
  for (const m of quantityNouns) nounAt.set(m.token, tokens[m.token + m.length - 1].stem);
  const figures: Figure[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let value: number | undefined;
    const c = t.word.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      const prev = tokens[i - 1]?.word ?? '';
      // A day of a date ("March 15, 2010 insurgents", "15 May"), or a year after a date word or day.
      if (
        MONTHS.has(prev) ||
        MONTHS.has(tokens[i + 1]?.word ?? '') ||
        (YEAR.test(tokens[i + 1]?.word ?? '') && /^\d{1,2}$/.test(t.word))
      )
        continue;
      if (YEAR.test(t.word) && (DATE_CONTEXT.has(prev) || !nounWithin(nounAt, i, 1) || isDay(tokens[i - 1]))) continue;
      value = numericValue(t.word);
    } else if (tokens[i + 1]?.word === 'of') {
      value = VAGUE_MULTIPLIERS.get(t.word);
    }
    if (value === undefined || !Number.isFinite(value)) continue;
    const nounIndex = nounWithin(nounAt, i, 4);
    if (nounIndex === undefined) continue;
    let eventCount = false;
    for (let k = Math.max(0, i - 4); k <= Math.min(tokens.length - 1, nounIndex + 3) && !eventCount; k++) {
      eventCount = EVENT_WORDS.has(tokens[k].word) || EVENT_WORDS.has(tokens[k].stem);
    }
    figures.push({ value, noun: nounAt.get(nounIndex)!, span: [t.start, tokens[nounIndex].end], eventCount });
  }
  return figures;
}

/** "March 15, 2010 insurgents…": a day number before a year makes the year a date. */
function isDay(t: Token | undefined): boolean {
  return t !== undefined && /^\d{1,2}$/.test(t.word);
}

function nounWithin(nounAt: Map<number, string>, i: number, window: number): number | undefined {
  for (let k = i + 1; k <= i + window; k++) if (nounAt.has(k)) return k;
  return undefined;
}
