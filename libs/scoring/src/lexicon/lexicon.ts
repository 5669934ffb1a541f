import { stem, Token, wordFact } from './tokens';

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

/** Marks a term to be matched on exact words rather than stems. */
const EXACT = '=';

/**
 * A phrase: its words as stems, or as exact lower-cased words when `exact`. Stem and exact phrases
 * live in separate indexes, so matching needs no per-token key strings ("=" + word) to be built.
 */
interface Phrase {
  term: string;
  keys: string[];
  exact: boolean;
}

/** The phrases starting at a token: those keyed by its stem first, then those keyed by its exact word. */
interface PhraseIndex<P extends Phrase> {
  byStem: Map<string, P[]>;
  byWord: Map<string, P[]>;
}

const newIndex = <P extends Phrase>(): PhraseIndex<P> => ({ byStem: new Map(), byWord: new Map() });

function indexAdd<P extends Phrase>(index: PhraseIndex<P>, p: P): void {
  const map = p.exact ? index.byWord : index.byStem;
  const list = map.get(p.keys[0]) ?? [];
  list.push(p);
  // Longest phrase first, so "wave of terrorist attacks" wins over "wave" (stable: earlier entries first among equals).
  list.sort((a, b) => b.keys.length - a.keys.length);
  map.set(p.keys[0], list);
}

/** Whether phrase `c` continues at tokens[i+1 …] (its first word already matched at i). */
function restMatches(tokens: readonly Token[], i: number, c: Phrase): boolean {
  const keys = c.keys;
  for (let k = 1; k < keys.length; k++)
    if ((c.exact ? tokens[i + k].word : tokens[i + k].stem) !== keys[k]) return false;
  return true;
}

/**
 * Phrase matcher over stemmed tokens. Phrases are indexed by their first stem, so matching a
 * sentence costs one map lookup per token plus the few candidate phrases starting there.
 */
export class Lexicon {
  readonly description: string;
  readonly weight: number;
  private readonly index = newIndex<Phrase>();

  constructor(def: LexiconDef) {
    this.description = def.description;
    this.weight = def.weight ?? 0;
    for (const raw of def.terms) {
      const exact = raw.startsWith(EXACT);
      const term = exact ? raw.slice(1) : raw;
      const keys = exact ? words(term) : words(term).map(stem);
      if (keys.length === 0) continue;
      indexAdd(this.index, { term, keys, exact });
    }
  }

  /** Non-overlapping matches, left to right, longest first. */
  match(tokens: readonly Token[]): LexiconMatch[] {
    const out: LexiconMatch[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const byStem = this.index.byStem.get(tokens[i].stem);
      const byWord = this.index.byWord.get(tokens[i].word);
      const candidates =
        byStem && byWord ? [...byStem, ...byWord].sort((a, b) => b.keys.length - a.keys.length) : (byStem ?? byWord);
      if (!candidates) continue;
      for (const c of candidates) {
        const n = c.keys.length;
        if (i + n > tokens.length || !restMatches(tokens, i, c)) continue;
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

  /** Every phrase, in the order its index holds them, for LexiconSet. */
  phrases(): Phrase[] {
    return [...this.index.byStem.values(), ...this.index.byWord.values()].flat();
  }
}

/** Shared by every lexicon without a match in a sentence (most of them): frozen, so a caller cannot add to it. */
const NO_MATCHES = Object.freeze([]) as unknown as LexiconMatch[];

interface SetPhrase extends Phrase {
  lex: number;
}

/**
 * Matches many lexicons in one pass over a sentence's tokens: each token costs two map lookups
 * however many lexicons there are. Per lexicon the result equals `Lexicon.match`.
 */
export class LexiconSet<K extends string> {
  private readonly names: K[];
  private readonly index = newIndex<SetPhrase>();
  private readonly template: Record<K, LexiconMatch[]>;
  /**
   * matchAll's working state by lexicon, kept from call to call rather than two fresh arrays per sentence:
   * matchAll runs to completion and hands out the match lists, never these.
   */
  private readonly results: LexiconMatch[][];
  private readonly nextAllowed: Int32Array;

  constructor(lexicons: Record<K, Lexicon>) {
    this.names = Object.keys(lexicons) as K[];
    this.results = this.names.map(() => NO_MATCHES);
    this.nextAllowed = new Int32Array(this.names.length);
    this.template = Object.fromEntries(this.names.map((name) => [name, NO_MATCHES])) as Record<K, LexiconMatch[]>;
    this.names.forEach((name, lex) => {
      for (const p of lexicons[name].phrases()) indexAdd(this.index, { lex, ...p });
    });
  }

  /** The phrases a word can start (by its stem, then by its exact form), looked up once per distinct word. */
  private readonly startingWith = wordFact((form) => {
    const byStem = this.index.byStem.get(form.stem);
    const byWord = this.index.byWord.get(form.word);
    return byStem || byWord ? { byStem, byWord } : null;
  });

  matchAll(tokens: readonly Token[]): Record<K, LexiconMatch[]> {
    const n = this.names.length;
    const { results, nextAllowed } = this;
    results.fill(NO_MATCHES);
    nextAllowed.fill(0);
    for (let i = 0; i < tokens.length; i++) {
      const starting = this.startingWith(tokens[i]);
      if (starting === null) continue;
      if (starting.byStem) this.tryAt(tokens, i, starting.byStem, results, nextAllowed);
      if (starting.byWord) this.tryAt(tokens, i, starting.byWord, results, nextAllowed);
    }
    // Copying a template gives every result one fixed shape at once, with every lexicon unmatched; only the few
    // lexicons that matched are then stored by name (a megamorphic keyed store each, which per lexicon per sentence
    // was most of this function's time).
    const out = { ...this.template };
    for (let l = 0; l < n; l++) if (results[l] !== NO_MATCHES) out[this.names[l]] = results[l];
    return out;
  }

  private tryAt(
    tokens: readonly Token[],
    i: number,
    candidates: readonly SetPhrase[],
    results: LexiconMatch[][],
    nextAllowed: Int32Array,
  ): void {
    for (const c of candidates) {
      if (i < nextAllowed[c.lex]) continue;
      const n = c.keys.length;
      if (i + n > tokens.length || !restMatches(tokens, i, c)) continue;
      if (results[c.lex] === NO_MATCHES) results[c.lex] = [];
      results[c.lex].push({ term: c.term, start: tokens[i].start, end: tokens[i + n - 1].end, token: i, length: n });
      nextAllowed[c.lex] = i + n;
    }
  }
}
