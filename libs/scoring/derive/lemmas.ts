/**
 * A small lemmatiser for counting cue words: lower case, the English irregular verb forms that a
 * stemmer cannot join to their base (said → say, thought → think), then natural's Porter stem.
 */
import { PorterStemmer } from 'natural/lib/natural/stemmers';
import type { Token } from '../src/attribution/tokens';

export { isCueCandidate } from '../src/attribution/frames';

/** Irregular past and participle forms of common English verbs (standard grammar tables). */
const IRREGULAR: Record<string, string> = {
  said: 'say',
  told: 'tell',
  thought: 'think',
  wrote: 'write',
  written: 'write',
  spoke: 'speak',
  spoken: 'speak',
  knew: 'know',
  known: 'know',
  felt: 'feel',
  heard: 'hear',
  found: 'find',
  saw: 'see',
  seen: 'see',
  held: 'hold',
  gave: 'give',
  given: 'give',
  took: 'take',
  taken: 'take',
  made: 'make',
  meant: 'mean',
  understood: 'understand',
  forgot: 'forget',
  forgotten: 'forget',
  taught: 'teach',
  sought: 'seek',
  brought: 'bring',
  shown: 'show',
  began: 'begin',
  begun: 'begin',
  swore: 'swear',
  sworn: 'swear',
  foresaw: 'foresee',
  foreseen: 'foresee',
  froze: 'freeze',
  led: 'lead',
  read: 'read',
  put: 'put',
  set: 'set',
  let: 'let',
  got: 'get',
  gotten: 'get',
  went: 'go',
  gone: 'go',
  came: 'come',
  became: 'become',
  kept: 'keep',
  left: 'leave',
  lost: 'lose',
  won: 'win',
  ran: 'run',
  stood: 'stand',
  struck: 'strike',
  chose: 'choose',
  chosen: 'choose',
  drew: 'draw',
  drawn: 'draw',
  bet: 'bet',
  bought: 'buy',
  fought: 'fight',
  dealt: 'deal',
  hid: 'hide',
  hidden: 'hide',
  rose: 'rise',
  risen: 'rise',
  broke: 'break',
  broken: 'break',
  sent: 'send',
  spent: 'spend',
  withdrew: 'withdraw',
  withdrawn: 'withdraw',
  overheard: 'overhear',
  wept: 'weep',
  slept: 'sleep',
};

/** Closed-class words (articles, pronouns, prepositions, conjunctions, auxiliaries): frame material, never cue lemmas. */
export const CLOSED_CLASS = new Set(
  `a an the this that these those some any no every each all both either neither
i me my mine we us our ours you your yours he him his she her hers it its they them their theirs one ones
myself ourselves yourself yourselves himself herself itself themselves who whom whose which what
of in on at by for with about against between into through during before after above below to from up down out off
over under again further then once here there when where why how and but or nor so yet if because as until while
than though although since unless whether not be is am are was were been being have has had having do does did doing
will would shall should can could may might must also just only very too even still more most much many such own same
other another s t don't doesn't didn't isn't aren't wasn't weren't won't wouldn't can't couldn't it's that's there's
mr mrs ms dr back later earlier again already soon first last next ago`.split(/\s+/),
);

/** Porter stems that split one verb ("added" → "ad", the stem of "ads"). */
const STEMMER_FIXES: Record<string, string> = { added: 'add', adding: 'add' };

/** -ly adverbs ("publicly", "repeatedly") modify a cue; they are not one. */
export { isLyAdverb as isAdverb } from '../src/attribution/frames';

const AUTHOR = new Set(['i', 'we', 'you']);
const BETWEEN = new Set([
  'do',
  "don't",
  'did',
  "didn't",
  'does',
  "doesn't",
  'not',
  'would',
  'will',
  'can',
  'could',
  'also',
  'really',
  'just',
  'still',
  'never',
  'always',
  'all',
]);

/** The subject of the word at `i` is I, we or you ("I really think", "we don't want"). */
export function AUTHOR_SUBJECT(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const w = tokens[k].lower.replace(/’/g, "'");
    if (AUTHOR.has(w) || /^(?:i|we|you)'(?:m|re|ve|d|ll)$/.test(w)) return true;
    if (!BETWEEN.has(w) && !/ly$/.test(w)) return false;
  }
  return false;
}

export function lemmaOf(word: string): string {
  const w = word.replace(/[’']s$/, '').replace(/’/g, "'");
  return STEMMER_FIXES[w] ?? PorterStemmer.stem(IRREGULAR[w] ?? w);
}
