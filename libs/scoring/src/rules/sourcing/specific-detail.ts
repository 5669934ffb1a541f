import { defineRule, quote, signal } from '../rule';
import { isOwnVoice, isPartyOutlet } from './own-voice';
import { Token } from '../../lexicon/tokens';
import { Span } from '../../types';
import { MONTH_WORDS } from '../../lexicon/calendar';

const MONTHS = MONTH_WORDS;
const YEAR = /^(1[89]\d\d|20\d\d)$/;
// Capitalised words that begin sentences or clauses without naming anything checkable.
const NOT_NAMES = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
  'in',
  'on',
  'at',
  'but',
  'and',
  'or',
  'however',
  'although',
  'while',
  'since',
  'after',
  'before',
  'during',
  'as',
  'if',
  'for',
  'from',
  'by',
  'of',
  'to',
  'with',
  'there',
  'his',
  'her',
  'their',
  'its',
  'our',
  'both',
  'some',
  'many',
  'most',
  'such',
  'still',
  'yet',
  'so',
  'then',
  'thus',
  'therefore',
  'consequently',
  'furthermore',
  'moreover',
  'now',
  'according',
  'even',
  'also',
  'another',
  'one',
  'all',
  'what',
  'when',
  'where',
  'who',
  'how',
  'why',
  'whether',
  'not',
  'no',
  'few',
  'much',
  'more',
]);

export interface Detail {
  span: Span;
  kind: 'date' | 'figure' | 'name';
}

const startsWithDigit = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57;
};

/** Dates, figures and capitalised names (people, places, organisations) in a sentence. */
export function findDetails(t: readonly Token[]): Detail[] {
  const details: Detail[] = [];
  for (let i = 0; i < t.length; i++) {
    const tok = t[i];
    // Character checks before the regex: this runs on every token of every assertion.
    const digit = startsWithDigit(tok.word);
    if (
      (digit && tok.word.length === 4 && YEAR.test(tok.word)) ||
      (MONTHS.has(tok.word) && tok.capitalised && startsWithDigit(t[i + 1]?.word ?? ''))
    ) {
      details.push({ span: [tok.start, tok.end], kind: 'date' });
    } else if (digit) {
      details.push({ span: [tok.start, tok.end], kind: 'figure' });
    } else if (tok.capitalised && i > 0 && !NOT_NAMES.has(tok.word) && !MONTHS.has(tok.word)) {
      let j = i;
      while (j + 1 < t.length && t[j + 1].capitalised && t[j + 1].start - t[j].end <= 2) j++;
      details.push({ span: [tok.start, t[j].end], kind: 'name' });
      i = j;
    }
  }
  return details;
}

/** The details a reason quotes, so a reader sees which words counted. */
const QUOTED = 4;

/**
 * Specific, checkable detail: dates, named people and places, figures. The critique's test is
 * whether a report is "substantiated by details that can be independently scrutinised". Details
 * scrutinise a claim only through its origin, though: in an unattributed claim of an outlet that
 * is not a party to the events, names and dates do not stand in for the missing source, so the
 * credit is capped (`specific-detail-unsourced-max`) — otherwise a dense op-ed with no sources
 * outscores a release whose origin is at least known.
 */
export const specificDetail = defineRule({
  id: 'specific-detail',
  score: 'sourcingQuality',
  weights: ['specific-detail', 'specific-detail-max', 'specific-detail-unsourced-max'],
  signals: ['specific-detail'],
  apply(f, w, rubric) {
    const details = f.details;
    if (details.length === 0) return [];
    const unsourced = isOwnVoice(f) && !isPartyOutlet(f.outletType, rubric);
    const max = unsourced ? w['specific-detail-unsourced-max'] : w['specific-detail-max'];
    const weight = Math.min(max, details.length * w['specific-detail']);
    const shown = details
      .slice(0, QUOTED)
      .map((d) => `"${quote(f, d.span)}"`)
      .join(', ');
    const more = details.length > QUOTED ? ` and ${details.length - QUOTED} more` : '';
    const cap = unsourced ? '; capped: details do not replace the missing source' : '';
    return [
      signal(
        'specific-detail',
        'sourcingQuality',
        weight,
        [details[0].span[0], details[details.length - 1].span[1]],
        `${details.length} checkable detail(s): ${shown}${more}${cap}`,
      ),
    ];
  },
});
