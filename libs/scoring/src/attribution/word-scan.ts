/**
 * Which of some listed words stand in a text as whole words, in one pass over its characters.
 *
 * It answers what `/\b(?:word|word|…)\b/i` would find, group by group: a regex word is a run of [A-Za-z0-9_] (JavaScript's
 * `\w` without the `u` flag), matched without regard to ASCII case, so a listed word is found exactly when some maximal
 * run of such characters equals it. The sentence prefilter and the vague-attribution gates each ran a prefix-tree regex
 * of hundreds of words over every sentence (together about a tenth of the attribution stage in profiles); this walks a
 * table-driven automaton instead, with no slicing and no lower-casing.
 */

/** Symbol of each ASCII unit in a regex word: letters case-folded to 0–25, digits 26–35, "_" 36; -1 for any other. */
const SYMBOL = new Int8Array(128).fill(-1);
for (let c = 0; c < 26; c++) SYMBOL[65 + c] = SYMBOL[97 + c] = c;
for (let c = 0; c < 10; c++) SYMBOL[48 + c] = 26 + c;
SYMBOL[95] = 36;
const SYMBOLS = 37;

export class WordSet {
  /** Transitions, SYMBOLS per state; 0 (the root, never a target) means no listed word continues this way. */
  private readonly next: Int32Array;
  /** Bit g set when the state spells a word of group g. */
  private readonly groups: Int32Array;

  /** `groups[g]` are the words of group g (at most 31 groups; each word a regex word, any case). */
  constructor(groups: readonly (readonly string[])[]) {
    if (groups.length > 31) throw new Error(`WordSet: ${groups.length} groups, at most 31 fit a bit mask`);
    const next: number[] = new Array<number>(SYMBOLS).fill(0);
    const bits: number[] = [0];
    groups.forEach((words, g) => {
      for (const word of words) {
        let state = 0;
        for (let k = 0; k < word.length; k++) {
          const c = word.charCodeAt(k);
          const s = c < 128 ? SYMBOL[c] : -1;
          if (s < 0) throw new Error(`WordSet: "${word}" is not a regex word`);
          if (next[state * SYMBOLS + s] === 0) {
            next[state * SYMBOLS + s] = bits.length;
            bits.push(0);
            for (let j = 0; j < SYMBOLS; j++) next.push(0);
          }
          state = next[state * SYMBOLS + s];
        }
        bits[state] |= 1 << g;
      }
    });
    this.next = Int32Array.from(next);
    this.groups = Int32Array.from(bits);
  }

  /**
   * Bits of the groups that list `word` itself, exactly as written (lower case: an upper-case letter matches nothing),
   * or 0. A table walk over the word's characters: for a fresh token string it is cheaper than a Set lookup, which
   * must hash the string first.
   */
  lookup(word: string): number {
    const { next } = this;
    let state = 0;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      const s = c < 128 && (c < 65 || c > 90) ? SYMBOL[c] : -1;
      if (s < 0 || (state = next[state * SYMBOLS + s]) === 0) return 0;
    }
    return this.groups[state];
  }

  /**
   * Bit g set when some word of group g stands in `text` as a whole word. With `enough`, the scan may stop as soon as
   * all of its bits are found (so the other bits may then be missing).
   */
  scan(text: string, enough = 0): number {
    const { next, groups } = this;
    let found = 0;
    // The word run under way: 0 between runs, -1 once the run has left every listed word.
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const s = c < 128 ? SYMBOL[c] : -1;
      if (s >= 0) {
        if (state >= 0) state = next[state * SYMBOLS + s] || -1;
      } else if (state !== 0) {
        if (state > 0 && groups[state] !== 0) {
          found |= groups[state];
          if (enough !== 0 && (found & enough) === enough) return found;
        }
        state = 0;
      }
    }
    return state > 0 ? found | groups[state] : found;
  }
}
