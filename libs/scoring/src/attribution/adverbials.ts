/**
 * Time and occasion adverbials that stand between a reporting verb and its content clause
 * ("announced in late July that", "said on Monday that", "said in a statement that",
 * "told reporters last week that"): the verb still relays the clause that follows them.
 */
import type { Token } from './tokens';
import { MONTHS, PERIODS, POSSESSIVE_DETERMINERS, RELATIVE_PRONOUNS, SUBJECT_PRONOUNS, WEEKDAYS } from './words';
import { isPreposition } from './lexicon';

const SINGLE = new Set([
  'today',
  'yesterday',
  'tonight',
  'earlier',
  'later',
  'again',
  'also',
  'publicly',
  'previously',
  'recently',
  'once',
  'too',
  'then',
  'now',
  'already',
  'separately',
  'subsequently',
  'privately',
  'openly',
  'repeatedly',
  'however',
]);

/** Occasions a statement is made on ("in a statement", "at a press conference", "in an interview"). */
const OCCASIONS = new Set([
  'statement',
  'interview',
  'briefing',
  'conference',
  'tweet',
  'post',
  'speech',
  'release',
  'message',
  'video',
  'letter',
  'address',
  'broadcast',
  'communique',
  'communiqué',
  'meeting',
  'session',
  'summit',
  'report',
  'remarks',
  'talk',
  'time',
  // Written and spoken genres and public events a view is given in (WordNet 3.1 noun.communication: e-mail, op-ed,
  // column, editorial, essay, article, blog, memo, filing, testimony; noun.act/noun.event: debate, forum, rally,
  // hearing, appearance, podcast): "argued in his email, …", "acknowledged in an MSNBC forum that …".
  'email',
  'e-mail',
  'op-ed',
  'column',
  'editorial',
  'essay',
  'article',
  'blog',
  'memo',
  'filing',
  'testimony',
  'debate',
  'forum',
  'rally',
  'hearing',
  'appearance',
  'podcast',
]);
const PHRASE_WORDS = new Set([
  'a',
  'an',
  'the',
  'its',
  'his',
  'her',
  'their',
  'press',
  'news',
  'joint',
  'written',
  'televised',
  'separate',
  'recent',
  'brief',
  'short',
  'phone',
  'telephone',
  'video',
  'radio',
  'online',
  'official',
  'same',
  'weekly',
  'text',
  'opinion',
  'guest',
  'exclusive',
  'public',
  'latest',
]);
const PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'over', 'via', 'through']);
/** Nouns of attitude in the manner phrase of diplomatic statements ("notes with concern", "welcomed with satisfaction"). */
const ATTITUDE_NOUNS = new Set([
  'concern',
  'satisfaction',
  'regret',
  'alarm',
  'interest',
  'approval',
  'appreciation',
  'dismay',
  'anxiety',
  'disappointment',
  'surprise',
  'gratitude',
]);
const ATTITUDE_DEGREE = new Set(['deep', 'great', 'grave', 'serious', 'particular', 'growing', 'some']);
const determiner = (w: string): boolean => w === 'a' || w === 'an' || w === 'the' || POSSESSIVE_DETERMINERS.has(w);
/** A lower-case word that can premodify a noun: no preposition, conjunction, pronoun or other function word. */
const premodifier = (t: Token): boolean =>
  !t.cap &&
  !isPreposition(t.lower) &&
  !CONNECTIVES.has(t.lower) &&
  !SUBJECT_PRONOUNS.has(t.lower) &&
  !RELATIVE_PRONOUNS.has(t.lower);
const CONNECTIVES = new Set(['and', 'or', 'but', 'to', 'not', 'we']);

const isTime = (t: Token): boolean =>
  MONTHS.has(t.lower) || WEEKDAYS.has(t.lower) || PERIODS.has(t.lower) || /^\d{1,4}(?:st|nd|rd|th)?$/.test(t.lower);

/** End of "in late July", "on Monday", "in a statement", "at a news conference" starting after the preposition. */
function phraseEnd(tokens: Token[], from: number): number {
  let end = -1;
  for (let k = from; k < Math.min(tokens.length, from + 5); k++) {
    const t = tokens[k];
    if (!t.word) break;
    if (isTime(t) || OCCASIONS.has(t.lower)) {
      end = k + 1;
      continue;
    }
    // "in an MSNBC forum", "in a Fox News interview": a broadcaster or paper names whose occasion it was.
    if (PHRASE_WORDS.has(t.lower) || t.lower === 'of' || t.cap) continue;
    // "in an audio message", "in a rare interview": after a determiner any premodifier may come before the occasion
    // noun, which must still close the phrase for it to count.
    if (k > from && determiner(tokens[from].lower) && premodifier(t)) continue;
    break;
  }
  // "in an interview with the BBC": the interviewer belongs to the adverbial.
  if (end > 0 && tokens[end]?.lower === 'with') {
    let k = end + 1;
    while (
      k < tokens.length &&
      k < end + 6 &&
      tokens[k].word &&
      (tokens[k].cap || /^(?:the|a|an)$/.test(tokens[k].lower))
    )
      k++;
    if (k > end + 1) end = k;
  }
  return end;
}

/** End of a run of one to four capitalised words starting at `from` ("CNN", "Fox News"), or -1. */
function nameEnd(tokens: Token[], from: number): number {
  let k = from;
  while (k < tokens.length && k < from + 4 && tokens[k].word && tokens[k].cap) k++;
  return k > from ? k : -1;
}

/** Index of the first token at or after `k` that is not part of a time or occasion adverbial. */
export function skipAdverbialsForward(tokens: Token[], k: number): number {
  for (let guard = 0; guard < 4 && k < tokens.length; guard++) {
    const t = tokens[k];
    if (!t.word) {
      // "said, on Monday, that": commas around the adverbial.
      if (t.text === ',' && guard > 0) {
        k++;
        continue;
      }
      return k;
    }
    const w = t.lower;
    if (SINGLE.has(w) || (/ly$/.test(w) && !t.cap)) {
      k++;
      continue;
    }
    if (/^(?:last|this|earlier|next)$/.test(w) && tokens[k + 1] && PERIODS.has(tokens[k + 1].lower)) {
      k += 2;
      continue;
    }
    // "notes with concern that", "noted with satisfaction the progress of the talks": the manner phrase of the
    // diplomatic formula, an attitude noun after "with", stands between the cue and its complement.
    if (w === 'with') {
      let n = k + 1;
      if (ATTITUDE_DEGREE.has(tokens[n]?.lower ?? '')) n++;
      if (ATTITUDE_NOUNS.has(tokens[n]?.lower ?? '')) {
        k = n + 1;
        continue;
      }
    }
    if (PREPOSITIONS.has(w)) {
      const end = phraseEnd(tokens, k + 1);
      if (end > 0) {
        k = end;
        continue;
      }
      // "insisted on CNN that", "said on Twitter that": a medium named before the that-clause is where it was said.
      const medium = nameEnd(tokens, k + 1);
      if (medium > 0 && tokens[medium]?.lower === 'that') return medium;
    }
    return k;
  }
  return k;
}
