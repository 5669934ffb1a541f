import { stem, Token } from './tokens';

/** A lexicon as stored in the rubric: one JSON file per list, with the reason it exists. */
export interface LexiconDef {
  description: string;
  /** Points per match for the rule that uses the lexicon (rules may ignore it). */
  weight?: number;
  /**
   * Words or phrases; matched on Porter stems, so "infested" also covers "infest", "infests".
   * A leading "=" matches the exact words instead, for terms whose stem is too broad
   * ("=likely" must not match "like", "=questionable" not "questioning").
   */
  terms: string[];
}

export interface LexiconMatch {
  term: string;
  start: number;
  end: number;
  /** Index of the first matched token. */
  token: number;
  /** Number of tokens matched. */
  length: number;
}

const WORD = /[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)*|\d+(?:[.,]\d+)*/g;

function words(term: string): string[] {
  return term.toLowerCase().replace(/’/g, "'").match(WORD) ?? [];
}

/** Keys a token can be looked up by: its stem, and its exact word prefixed with "=". */
const EXACT = '=';

/**
 * Phrase matcher over stemmed tokens. Phrases are indexed by their first stem, so matching a
 * sentence costs one map lookup per token plus the few candidate phrases starting there.
 */
export class Lexicon {
  readonly description: string;
  readonly weight: number;
  private readonly byFirst = new Map<string, { term: string; keys: string[]; exact: boolean }[]>();

  constructor(def: LexiconDef) {
    this.description = def.description;
    this.weight = def.weight ?? 0;
    for (const raw of def.terms) {
      const exact = raw.startsWith(EXACT);
      const term = exact ? raw.slice(1) : raw;
      const keys = exact ? words(term).map((w) => EXACT + w) : words(term).map(stem);
      if (keys.length === 0) continue;
      const list = this.byFirst.get(keys[0]) ?? [];
      list.push({ term, keys, exact });
      // Longest phrase first, so "wave of terrorist attacks" wins over "wave".
      list.sort((a, b) => b.keys.length - a.keys.length);
      this.byFirst.set(keys[0], list);
    }
  }

  /** Non-overlapping matches, left to right, longest first. */
  match(tokens: readonly Token[]): LexiconMatch[] {
    const out: LexiconMatch[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const byStem = this.byFirst.get(tokens[i].stem);
      const byWord = this.byFirst.get(EXACT + tokens[i].word);
      const candidates = byStem && byWord ? [...byStem, ...byWord].sort((a, b) => b.keys.length - a.keys.length) : (byStem ?? byWord);
      if (!candidates) continue;
      for (const c of candidates) {
        const n = c.keys.length;
        if (i + n > tokens.length) continue;
        let ok = true;
        for (let k = 1; k < n && ok; k++) ok = (c.exact ? EXACT + tokens[i + k].word : tokens[i + k].stem) === c.keys[k];
        if (!ok) continue;
        out.push({ term: c.term, start: tokens[i].start, end: tokens[i + n - 1].end, token: i, length: n });
        i += n - 1;
        break;
      }
    }
    return out;
  }

  has(tokens: readonly Token[]): boolean {
    return this.match(tokens).length > 0;
  }

  /** The phrase index, keyed by first stem (or "="-prefixed exact word), for LexiconSet. */
  entries(): IterableIterator<[string, { term: string; keys: string[]; exact: boolean }[]]> {
    return this.byFirst.entries();
  }
}

/**
 * Matches many lexicons in one pass over a sentence's tokens: each token costs two map lookups
 * however many lexicons there are. Per lexicon the result equals `Lexicon.match`.
 */
export class LexiconSet<K extends string> {
  private readonly names: K[];
  private readonly index = new Map<string, { lex: number; term: string; keys: string[]; exact: boolean }[]>();

  constructor(lexicons: Record<K, Lexicon>) {
    this.names = Object.keys(lexicons) as K[];
    this.names.forEach((name, lex) => {
      for (const [key, entries] of lexicons[name].entries()) {
        const list = this.index.get(key) ?? [];
        for (const e of entries) list.push({ lex, ...e });
        list.sort((a, b) => b.keys.length - a.keys.length);
        this.index.set(key, list);
      }
    });
  }

  matchAll(tokens: readonly Token[]): Record<K, LexiconMatch[]> {
    const out = {} as Record<K, LexiconMatch[]>;
    const results: LexiconMatch[][] = this.names.map(() => []);
    const nextAllowed = new Array<number>(this.names.length).fill(0);
    for (let i = 0; i < tokens.length; i++) {
      const byStem = this.index.get(tokens[i].stem);
      const byWord = this.index.get(EXACT + tokens[i].word);
      if (byStem) this.tryAt(tokens, i, byStem, results, nextAllowed);
      if (byWord) this.tryAt(tokens, i, byWord, results, nextAllowed);
    }
    this.names.forEach((name, lex) => (out[name] = results[lex]));
    return out;
  }

  private tryAt(tokens: readonly Token[], i: number, candidates: readonly { lex: number; term: string; keys: string[]; exact: boolean }[], results: LexiconMatch[][], nextAllowed: number[]): void {
    for (const c of candidates) {
      if (i < nextAllowed[c.lex]) continue;
      const n = c.keys.length;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) ok = (c.exact ? EXACT + tokens[i + k].word : tokens[i + k].stem) === c.keys[k];
      if (!ok) continue;
      results[c.lex].push({ term: c.term, start: tokens[i].start, end: tokens[i + n - 1].end, token: i, length: n });
      nextAllowed[c.lex] = i + n;
    }
  }
}
