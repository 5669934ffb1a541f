import { AssertionFacts } from '../rule';
import { Span } from '../../types';

const PAIRS: Record<string, string> = { '“': '”', '‘': '’', '«': '»' };
const CLOSERS = new Set(Object.values(PAIRS));
/** A quotation this short around a word quotes the word itself (scare quotes), not a speaker's statement. */
export const MENTION_WORDS = 5;

/** Offsets (in text) of the quotation around [from, to): curly pairs and guillemets, or straight quotes by parity. */
function enclosingQuote(text: string, from: number, to: number): [number, number] | null {
  for (let i = from - 1; i >= 0; i--) {
    const c = text[i];
    if (CLOSERS.has(c)) break;
    if (PAIRS[c]) {
      const close = text.indexOf(PAIRS[c], to);
      return close < 0 ? null : [i, close];
    }
  }
  let open = -1;
  let count = 0;
  for (let i = text.indexOf('"'); i >= 0 && i < from; i = text.indexOf('"', i + 1)) {
    count++;
    open = i;
  }
  if (count % 2 === 0) return null;
  const close = text.indexOf('"', to);
  return close < 0 ? null : [open, close];
}

/**
 * The span stands inside a short quotation: the writer mentions the word at a distance
 * ("identified as “two Uzbeks”", "a list of 87 ‘martyrs’") instead of using it. An apostrophe
 * (’) ends the backward search like a closing quote, so possessives never open a quotation.
 */
export function isQuotedMention(f: Pick<AssertionFacts, 'text' | 'start' | 'tokens'>, span: Span): boolean {
  const q = enclosingQuote(f.text, span[0] - f.start, span[1] - f.start);
  if (!q) return false;
  const words = f.tokens.filter((t) => t.start - f.start > q[0] && t.end - f.start <= q[1]).length;
  return words <= MENTION_WORDS;
}
