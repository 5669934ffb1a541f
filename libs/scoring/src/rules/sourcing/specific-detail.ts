import { Rule, signal } from '../rule';
import { Token } from '../../lexicon/tokens';
import { Span } from '../../types';

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const YEAR = /^(1[89]\d\d|20\d\d)$/;
// Capitalised words that begin sentences or clauses without naming anything checkable.
const NOT_NAMES = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'in', 'on', 'at', 'but', 'and', 'or', 'however', 'although', 'while', 'since', 'after', 'before', 'during', 'as', 'if', 'for', 'from', 'by', 'of', 'to', 'with', 'there', 'his', 'her', 'their', 'its', 'our', 'both', 'some', 'many', 'most', 'such', 'still', 'yet', 'so', 'then', 'thus', 'therefore', 'consequently', 'furthermore', 'moreover', 'now', 'according', 'even', 'also', 'another', 'one', 'all', 'what', 'when', 'where', 'who', 'how', 'why', 'whether', 'not', 'no', 'few', 'much', 'more']);

export interface Detail {
  span: Span;
  kind: 'date' | 'figure' | 'name';
}

/** Dates, figures and capitalised names (people, places, organisations) in a sentence. */
export function findDetails(t: readonly Token[]): Detail[] {
  const details: Detail[] = [];
  for (let i = 0; i < t.length; i++) {
    const tok = t[i];
    if (YEAR.test(tok.word) || (MONTHS.has(tok.word) && tok.capitalised && /^\d/.test(t[i + 1]?.word ?? ''))) {
      details.push({ span: [tok.start, tok.end], kind: 'date' });
    } else if (/^\d/.test(tok.word)) {
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

/**
 * Specific, checkable detail: dates, named people and places, figures. The critique's test is
 * whether a report is "substantiated by details that can be independently scrutinised".
 */
export const specificDetail: Rule = {
  id: 'specific-detail',
  score: 'sourcingQuality',
  apply(f, rubric) {
    const details = f.details;
    if (details.length === 0) return [];
    const w = rubric.sourcingQuality.weights;
    const kinds = [...new Set(details.map((d) => d.kind))].join(', ');
    const weight = Math.min(w['specific-detail-max'], details.length * w['specific-detail']);
    return [signal('specific-detail', 'sourcingQuality', weight, [details[0].span[0], details[details.length - 1].span[1]], `${details.length} checkable detail(s): ${kinds}`)];
  },
};
