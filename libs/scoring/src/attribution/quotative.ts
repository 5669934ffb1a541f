/**
 * The quotative frame: "“…,” the judge exclaimed", "“…!” shouted Ramos". A comma, question or
 * exclamation mark closing a direct quotation, followed by a short subject and one verb (or the
 * verb and then its subject) that ends the clause, is a speech report whatever the verb is — the
 * construction, not the verb, marks it. This covers manner-of-speaking verbs (barked, quipped,
 * retorted, exclaimed) that no frequency list of reporting verbs keeps. The same holds before a
 * quotation: "Noah quipped, “…”", "Romney tweeted in response: “…”".
 */
import type { Token } from './tokens';
import { CLOSE_QUOTES } from './tokens';
import { forwardNP, isProper, type Range } from './noun-phrase';
import { IRREGULAR_PAST } from './frames';
import { ROLES } from './lexicon';
import { SUBJECT_PRONOUNS, WEEKDAYS } from './words';
import { quotedTokens, subjectOf } from './cue-helpers';

export interface Quotative {
  source: Range;
  cue: number;
}

/** A finite past or present verb form without a tagger: -ed, -s, or an irregular past. */
const finiteVerb = (t: Token | undefined): boolean =>
  !!t &&
  t.word &&
  !t.cap &&
  (/\p{L}{2,}ed$/u.test(t.lower) || IRREGULAR_PAST.has(t.lower) || /\p{L}{3,}[^s’']s$/u.test(t.lower));

/**
 * After the verb the clause ends: punctuation, the end, or an adjunct ("in her speech", "with a smile", "angrily",
 * "Monday", "yesterday", "last Saturday", "late Sunday").
 */
const clauseEnds = (t: Token | undefined): boolean =>
  !t ||
  !t.word ||
  /^(?:in|on|at|with|via|to|during|after|before|as|while|when|from|later|again|back|and|but|today|yesterday|tonight|earlier|last|late|overnight)$/.test(
    t.lower,
  ) ||
  WEEKDAYS.has(t.lower) ||
  /\p{L}{3,}ly$/u.test(t.lower);

/** Names a speaker: a name, a role noun or a pronoun (pronouns resolve later). */
function speakerLike(tokens: Token[], r: Range): boolean {
  for (let k = r[0]; k < r[1]; k++)
    if (isProper(tokens, k) || ROLES.has(tokens[k].lower) || SUBJECT_PRONOUNS.has(tokens[k].lower)) return true;
  return false;
}

/** Up to this many words of adjunct between the verb and the colon or comma ("tweeted in response:", "shot back with a laugh,"). */
const MAX_ADJUNCT = 4;

/** "A flabbergasted Noah quipped, “…”": a finite verb, a short adjunct, a comma or colon, then the quotation. */
function beforeQuotation(tokens: Token[]): Quotative | null {
  let quoted: boolean[] | null = null;
  for (let q = 2; q < tokens.length - 1; q++) {
    if (!OPEN_QUOTE.has(tokens[q].text) || !/^[,:]$/.test(tokens[q - 1].text)) continue;
    // A straight mark after a comma may close the quotation instead ("Nobody believes that," the envoy scoffed).
    if (tokens[q].text === '"' && !(quoted ??= quotedTokens(tokens))[q + 1]) continue;
    // "responded pointedly, with a smile:": the adjunct may be set off by a comma of its own.
    for (
      let v = q - 2;
      v >= Math.max(1, q - 3 - MAX_ADJUNCT) && (tokens[v].word || (tokens[v].text === ',' && v < q - 2));
      v--
    ) {
      if (!tokens[v].word) continue;
      if (!finiteVerb(tokens[v])) continue;
      const s = subjectOf(tokens, v, tokens[v].lower, false);
      if (s && s.mode === 'subject' && !s.indirect && s.source[1] <= v && speakerLike(tokens, s.source))
        return { source: s.source, cue: v };
      break;
    }
  }
  return null;
}

const OPEN_QUOTE = new Set(['“', '"', '«']);

export function quotativeSpeaker(tokens: Token[]): Quotative | null {
  const before = beforeQuotation(tokens);
  if (before) return before;
  for (let q = 1; q < tokens.length - 2; q++) {
    if (!CLOSE_QUOTES.has(tokens[q].text) || !/^[,!?]$/.test(tokens[q - 1].text)) continue;
    const k = q + 1;
    // "…,” the judge exclaimed" / "…,” he shouted"
    const found = SUBJECT_PRONOUNS.has(tokens[k].lower) ? ([k, k + 1] as Range) : forwardNP(tokens, k);
    // Without a tagger the phrase may run on through its verb ("Bennett shot back with a laugh"): end it there.
    let np = found;
    if (found)
      for (let v = found[0] + 1; v < found[1]; v++)
        if (finiteVerb(tokens[v])) {
          np = [found[0], v];
          break;
        }
    if (
      np &&
      np[1] - np[0] <= 6 &&
      finiteVerb(tokens[np[1]]) &&
      clauseEnds(tokens[np[1] + 1]) &&
      speakerLike(tokens, np)
    )
      return { source: np, cue: np[1] };
    // "…!” shouted Ramos"
    if (finiteVerb(tokens[k])) {
      const after = forwardNP(tokens, k + 1);
      if (
        after &&
        after[1] - after[0] <= 6 &&
        speakerLike(tokens, after) &&
        !SUBJECT_PRONOUNS.has(tokens[after[0]].lower) &&
        (!tokens[after[1]] || !tokens[after[1]].word)
      )
        return { source: after, cue: k };
    }
  }
  return null;
}
