/**
 * A small word/punctuation tokenizer with offsets. Attribution rules look at a handful of
 * tokens around each cue, so a regex scan per sentence keeps the stage linear and cheap.
 */

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  word: boolean;
  /** Starts with an upper-case letter (or is a dotted acronym such as "U.S."). */
  cap: boolean;
}

// Words keep inner apostrophes, hyphens, slashes and dots ("Kyrgyzstan’s", "IS-K", "RFE/RL", "U.S").
const TOKEN_RE = /([\p{L}\p{N}](?:[\p{L}\p{N}’'\-/.]*[\p{L}\p{N}])?)|\S/gu;

// Abbreviations whose trailing period belongs to the word, so "Col. Rafael Torres" stays one name.
const ABBREVIATIONS = new Set([
  'col', 'lt', 'gen', 'maj', 'capt', 'sgt', 'adm', 'brig', 'cmdr', 'cpl', 'pvt', 'mr', 'mrs', 'ms', 'dr', 'prof',
  // Political and clerical titles before a name ("Alabama Sen. Jeff Sessions", "Rep. Jeff Hoover", "Gov. Mike Huckabee").
  'sen', 'sens', 'rep', 'reps', 'gov', 'govs', 'rev', 'amb', 'supt', 'atty',
  'st', 'no', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'vs', 'u.s', 'u.n', 'lt.col',
]);

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    let raw = m[0];
    const start = m.index;
    const isWord = m[1] !== undefined;
    // Two apostrophes are a double quotation mark in some wire and newspaper styles (''Yes,'' he said).
    if (raw === "'" && text[start + 1] === "'") {
      TOKEN_RE.lastIndex = start + 2;
      out.push({ text: '"', lower: '"', start: start + offset, end: start + 2 + offset, word: false, cap: false });
      continue;
    }
    // A footnote number glued to a word by its full stop ("official.16") is not part of the word.
    const glued = isWord && raw.includes('.') ? /\p{L}\.\d{1,3}$/u.exec(raw) : null;
    if (glued) {
      raw = raw.slice(0, glued.index + 1);
      TOKEN_RE.lastIndex = start + raw.length;
    }
    if (isWord && text.charCodeAt(start + raw.length) === 46 /* . */) {
      const low = raw.toLowerCase();
      if (ABBREVIATIONS.has(low) || /^\p{Lu}$/u.test(raw) || /^(\p{Lu}\.)+\p{Lu}$/u.test(raw)) {
        raw += '.';
        TOKEN_RE.lastIndex = start + raw.length;
      }
    }
    const lower = raw.toLowerCase();
    out.push({
      text: raw,
      lower,
      start: start + offset,
      end: start + raw.length + offset,
      word: isWord,
      // Upper-case first letter: it changes under lower-casing (digits and caseless scripts do not).
      cap: isWord && raw[0] !== lower[0],
    });
  }
  return out;
}

export const OPEN_QUOTES = new Set(['“', '"', '‘', '«']);
export const CLOSE_QUOTES = new Set(['”', '"', '’', '»']);
export const isQuote = (t: Token): boolean => OPEN_QUOTES.has(t.text) || CLOSE_QUOTES.has(t.text);
