/**
 * Attribution without a reporting verb: a speaker label before a colon ("CLINTON: I believe …",
 * "Rubio: Trump can't be trusted", interview transcripts and quote headlines), and figures given in a
 * poll or survey ("In a new Gallup poll, 40 percent …": the figures are the poll's).
 */
import type { Token } from './tokens';
import { forwardNP, type Range } from './noun-phrase';
import { ROLES, STATE_MODIFIERS, STATE_SPEAKERS, lookupOrganisation } from './lexicon';
import { OPEN_QUOTES } from './tokens';

/** Labels that head a line without being anyone's words. */
const NOT_SPEAKERS = new Set([
  'note',
  'update',
  'updated',
  'editor',
  'editors',
  'photo',
  'photos',
  'video',
  'watch',
  'read',
  'more',
  'correction',
  'breaking',
  'exclusive',
  'related',
  'tags',
  'tag',
  'topics',
  'source',
  'sources',
  'credit',
  'listen',
  'see',
  'also',
  'warning',
  'background',
  'summary',
  'analysis',
  'opinion',
  'comment',
  'timeline',
  'factbox',
  'explainer',
  // The section labels of think-tank briefs and assessments ("Key Takeaways:", "Key Findings:", "Outlook:").
  'takeaway',
  'takeaways',
  'findings',
  'conclusion',
  'conclusions',
  'recommendations',
  'highlights',
  'overview',
  'outlook',
  'abstract',
  'introduction',
  'methodology',
  'q',
  'a',
  'by',
  'in',
  'on',
  'at',
  'the',
  'answer',
  'question',
  'contributing',
  'byline',
  'email',
  'twitter',
  'facebook',
  'plus',
  'remember',
  'revealed',
  'rankings',
  'notice',
  // Headline kickers ("BUSTED: …", "WOW: …", "SHOCK: …"): a label of the story, not of a speaker.
  'busted',
  'wow',
  'shock',
  'shocking',
  'boom',
  'alert',
  'urgent',
  'developing',
  'live',
  'flashback',
  'paid',
  'short',
  'reads',
  'now',
  'wait',
  'nor',
  'daily',
  'weekly',
  'morning',
  'evening',
  'latest',
  'live',
  'win',
  'poll',
  'report',
]);
export const POLL_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys']);

const DASHES = new Set(['-', '–', '—']);

/**
 * "NAME: words …" at the start of a sentence: the name's token range, or null. The name must be a
 * transcript label in capitals, a name of two or more words, or a surname the document introduces
 * with a given name ("Marco Rubio" … "Rubio: …"); and what follows must be words, not a figure,
 * a handle or a list of names ("Clinton: 1,769", "Twitter: @x", "Contributing: Jane Doe").
 */
export function speakerLabel(tokens: Token[], docText: string): Range | null {
  let s = 0;
  if (tokens[0] && OPEN_QUOTES.has(tokens[0].text)) s = 1;
  // A digest item: "Pollsters agree - Carl Bialik: “…”": the label follows a dash and introduces a quotation.
  let dash = -1;
  for (let k = 1; k < Math.min(tokens.length, 14); k++)
    if (DASHES.has(tokens[k].text)) {
      dash = k;
      break;
    }
  if (dash > 0) {
    const after = labelAt(tokens, dash + 1, docText);
    if (after && OPEN_QUOTES.has(tokens[after[1] + 1]?.text ?? '')) return after;
  }
  return labelAt(tokens, s, docText);
}

function labelAt(tokens: Token[], s: number, docText: string): Range | null {
  let c = s;
  // "Mark Blumenthal and Jon Cohen: “…”": two speakers joined by "and" share a label.
  const joined = (k: number): boolean => tokens[k].lower === 'and' && k > s && !!tokens[k + 1]?.cap;
  // Up to five words, or eight once an "and" has joined two names.
  for (let and = false; c < tokens.length && tokens[c].word && c - s < (and ? 8 : 5); c++) and ||= joined(c);
  if (c === s || tokens[c]?.text !== ':') return null;
  const label = tokens.slice(s, c);
  if (!label.every((t, k) => t.cap || joined(s + k)) || label.some((t) => NOT_SPEAKERS.has(t.lower))) return null;
  // Joined speakers are full names ("Jon Cohen"), not a headline's pair of nouns ("Rice and Wheat: …").
  const and = label.findIndex((t, k) => joined(s + k));
  if (and >= 0 && (and < 2 || label.length - and - 1 < 2)) return null;
  const phrase = label.map((t) => t.lower).join(' ');
  // "Afghanistan: …" is a topic, not a speaker.
  if (STATE_SPEAKERS.has(phrase) || label.every((t) => STATE_MODIFIERS.has(t.lower))) return null;
  const rest = tokens.slice(c + 1).filter((t) => t.word);
  // A title-case headline after the label is words too ("NY Daily News: Attacks Highlight Threat Posed by NRA"), but a
  // short or comma-separated run of capitals is a list of names.
  const names = rest.every((t) => t.cap) && (rest.length < 5 || tokens.slice(c + 1).some((t) => t.text === ','));
  if (rest.length < 4 || /^[\d@#]/.test(tokens[c + 1]?.text ?? '') || names) return null;
  const upper = label.every((t) => !/\p{Ll}/u.test(t.text) && t.text.length >= 3);
  const introduced = label.length === 1 && new RegExp(`\\p{Lu}\\p{Ll}+ ${escape(label[0].text)}\\b`, 'u').test(docText);
  if (!(upper || label.length >= 2 || introduced || lookupOrganisation(label[0].text) || ROLES.has(label[0].lower)))
    return null;
  return [s, c];
}

const escape = (x: string): string => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "in a new Gallup poll", "from the latest survey": the poll phrase's token range, or null. */
export function pollPhrase(tokens: Token[]): Range | null {
  for (let i = 0; i < tokens.length - 1; i++) {
    if (tokens[i].lower !== 'in' && tokens[i].lower !== 'from') continue;
    const np = forwardNP(tokens, i + 1);
    if (!np) continue;
    // A particular poll ("a new Gallup poll", "the survey"), not the polls in general ("rose in the polls").
    for (let k = np[0]; k < np[1]; k++) {
      if (!POLL_NOUNS.has(tokens[k].lower)) continue;
      const named = tokens.slice(np[0], k).some((t) => t.cap);
      if (named || !tokens[k].lower.endsWith('s')) return [np[0], k + 1];
    }
  }
  return null;
}

/** A share of respondents ("38 percent of voters", "six in 10", "a majority", "half"): a poll's figure, not a citable source. */
const RESPONDENT_SHARE =
  /^(?:(?:some|about|only|nearly|almost|roughly|just|at least|more than|as many as|fewer than|a|the)\s+)*(?:\d[\d,.]*\s*(?:percent|%)|(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:in|out of)\s+(?:10|ten|\d+)|half|a majority|majority|most|a third|two-thirds|a quarter)\b/i;

export const respondentShare = (source: string): boolean => RESPONDENT_SHARE.test(source);

/**
 * The poll a sentence's figures come from: "in a new Gallup poll", or a poll as a subject ("A Bloomberg
 * poll in June showed …", "Polls show …", "… according to a Quinnipiac poll"). Null when none is named.
 */
export function pollMention(tokens: Token[]): Range | null {
  const phrase = pollPhrase(tokens);
  if (phrase) return phrase;
  for (let k = 0; k < tokens.length; k++) {
    if (!POLL_NOUNS.has(tokens[k].lower)) continue;
    let s = k;
    while (
      s > 0 &&
      tokens[s - 1].word &&
      (tokens[s - 1].cap || /^(?:a|an|the|new|latest|recent|national|exit|\d{4})$/.test(tokens[s - 1].lower))
    )
      s--;
    return [s, k + 1];
  }
  return null;
}
