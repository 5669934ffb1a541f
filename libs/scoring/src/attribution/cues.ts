/**
 * Explicit reporting cues inside one sentence: "X said that …", "“…,” said X", "according to X",
 * "X, director of …, confirms", "identified … by ISAF", "claims by X that …". Each hit names the
 * token range of its source; pronoun and anaphor subjects are resolved later by coreference.
 */
import { CLOSE_QUOTES, OPEN_QUOTES, type Token } from './tokens';
import {
  AMBIGUOUS_CUES, CONTENT_ONLY_CUES, INVERTED_CUES, MULTIWORD_CUES, NEEDS_COMPLEMENT, OBJECT_SOURCE_PHRASES, OBJECT_SOURCE_VERBS,
  PARTICIPLE_CUES, PARTICIPLE_PHRASES, PASSIVE_BY_AGENT, ROLES, lookupOrganisation, STATE_MODIFIERS, STRONG_CUES, WEAK_CUES,
} from './lexicon';
import { analyseMention } from './mention-parts';
import { skipAdverbialsForward } from './adverbials';
import { coordinatedSubject, relativeAntecedent } from './coordination';
import { backwardNP, forwardNP, isProper, skipAdverbsBack, type Range } from './noun-phrase';
import { AUTHOR_PRONOUNS, BE_FORMS, DETERMINERS, NEGATING_SUBJECTS, RELATIVE_PRONOUNS, SUBJECT_PRONOUNS } from './words';

export type CueMode = 'subject' | 'object' | 'inverted' | 'passive' | 'participle' | 'noun';

export interface CueHit {
  mode: CueMode;
  cue: string;
  /** Token range of the cue. */
  cueRange: Range;
  /** Token range of the source phrase. */
  source: Range;
  /** Token range of an appositive describing the source ("director of …"), if any. */
  description: Range | null;
  /** he/she/it/they, or latter/former. */
  pronoun: string | null;
  strong: boolean;
  /** The cue introduces relayed content ("that", a quote, a colon). */
  content: boolean;
}

const AUXILIARIES = new Set(['has', 'have', 'had', 'will', 'would', 'did', 'does', 'do', 'could', 'may', 'might', 'should', 'must', 'can']);
const CONTENT_STARTERS = new Set(['that', ':', 'how', 'whether', 'why', 'what', 'responsibility']);
/** "X was quoted as saying", "X has been quoted to have told": X is the speaker. */
const QUOTED_SPEAKER = /^(?:quoted|cited) (?:as (?:saying|having)|saying|to have (?:said|told|stated|warned|claimed|added))\b/;
const NOUN_CUES = new Set(['claims', 'claim', 'statement', 'statements', 'allegations', 'allegation', 'assertion', 'assertions', 'warnings']);

/** After a noun reading of "report"/"claims": "The LWJ report has …", "the claims of …". */
const NOUN_FOLLOWERS = new Set(['has', 'have', 'had', 'is', 'was', 'are', 'were', 'of', 'on', 'by', 'in', 'from', 'for', 'and', 'or']);
const PLURAL_DETERMINERS = new Set(['these', 'those', 'many', 'several', 'some', 'all', 'both', 'few', 'such', 'other', 'various', 'numerous']);

/** Nationality or state adjective before a plural noun: "Central Asian states", "Western claims". */
function isAdjectival(t: Token): boolean {
  return t.cap && (STATE_MODIFIERS.has(t.lower) || /(?:ian|ese|ish|ern|ic)$/.test(t.lower));
}

function pluralDeterminerBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4) && tokens[k].word; k--) if (PLURAL_DETERMINERS.has(tokens[k].lower)) return true;
  return false;
}

/** "were, nevertheless, identified": a be-form a parenthetical away. */
function beFormBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    if (BE_FORMS.has(tokens[k].lower)) return true;
    if (tokens[k].word && !/^(?:nevertheless|however|therefore|though|also|later|then)$/.test(tokens[k].lower) && !/ly$/.test(tokens[k].lower)) return false;
  }
  return false;
}

/** Every single word that can start a cue; anything else is skipped before any closure is built. */
const CANDIDATE_WORDS = new Set<string>([...STRONG_CUES, ...WEAK_CUES, ...PARTICIPLE_CUES, ...OBJECT_SOURCE_VERBS, ...PASSIVE_BY_AGENT, ...NOUN_CUES]);

const isOpenQuote = (t: Token | undefined): boolean => !!t && OPEN_QUOTES.has(t.text);
const isCloseQuote = (t: Token | undefined): boolean => !!t && CLOSE_QUOTES.has(t.text);
const isPunct = (t: Token | undefined, ...chars: string[]): boolean => !!t && !t.word && chars.includes(t.text);

function roleOf(t: Token) {
  return ROLES.get(t.lower.replace(/[’']s$/, ''));
}

/** A phrase that can name a source: a name, an organisation, a role or a pronoun. */
export function sourceLike(tokens: Token[], r: Range, text: string, base: number): boolean {
  const first = tokens[r[0]];
  if (NEGATING_SUBJECTS.has(first.lower) || RELATIVE_PRONOUNS.has(first.lower) || AUTHOR_PRONOUNS.has(first.lower)) return false;
  for (let i = r[0]; i < r[1]; i++) {
    const t = tokens[i];
    if (isProper(tokens, i) || roleOf(t) || SUBJECT_PRONOUNS.has(t.lower) || t.lower === 'latter' || t.lower === 'former') return true;
  }
  const p = analyseMention(text.slice(tokens[r[0]].start - base, tokens[r[1] - 1].end - base));
  return p.head !== null || p.orgs.length > 0;
}

function pronounOf(tokens: Token[], r: Range): string | null {
  if (r[1] - r[0] === 1 && SUBJECT_PRONOUNS.has(tokens[r[0]].lower)) return tokens[r[0]].lower;
  const last = tokens[r[1] - 1].lower;
  if ((last === 'latter' || last === 'former') && r[1] - r[0] <= 2) return last;
  return null;
}

/** Source after an object cue: "according to Central Asian scholars, Kamoludin Abdullaev …". */
function objectSource(tokens: Token[], from: number, text: string, base: number): { source: Range; description: Range | null } | null {
  const np = forwardNP(tokens, isOpenQuote(tokens[from]) ? from + 1 : from);
  if (!np) return null;
  let description: Range | null = null;
  let source = np;
  if (isPunct(tokens[np[1]], ',')) {
    const next = forwardNP(tokens, np[1] + 1);
    const describes = (r: Range) => {
      const p = analyseMention(text.slice(tokens[r[0]].start - base, tokens[r[1] - 1].end - base));
      return !p.person && p.orgs.length === 0 && !!p.head && !!(p.head.info.person || p.head.info.crowd);
    };
    if (next && describes(np) && tokens[next[0]].cap) { description = np; source = next; }
    else if (next && !tokens[next[0]].cap) description = next;
  }
  return { source, description };
}

function multiwordAt(tokens: Token[], i: number): string | null {
  const options = MULTIWORD_CUES.get(tokens[i].lower);
  if (!options) return null;
  for (const words of options) {
    if (words.every((w, k) => tokens[i + k]?.lower === w)) return words.join(' ');
  }
  return null;
}

/** "told X to …" before any "that" or quotation: an instruction. */
function ordersTo(tokens: Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 6); k++) {
    const t = tokens[k];
    if (t.lower === 'that' || isOpenQuote(t) || isPunct(t, ',', ':', ';')) return false;
    if (t.lower === 'to') return k > from;
  }
  return false;
}

function hasContent(tokens: Token[], after: number): boolean {
  const k = skipAdverbialsForward(tokens, after);
  const t = tokens[k];
  if (!t) return false;
  return CONTENT_STARTERS.has(t.lower) || isOpenQuote(t) || (t.text === ',' && isOpenQuote(tokens[k + 1]));
}

/** Subject of a verb at token `i` (cue spanning to `end`), or null. */
function subjectOf(tokens: Token[], i: number, verb: string): { mode: CueMode; source: Range; description: Range | null; indirect?: boolean } | null {
  let j = skipAdverbsBack(tokens, i);
  if (tokens[j]?.lower === 'to' && tokens[j - 1]?.lower === 'able') j = skipAdverbsBack(tokens, j - 1);
  while (j >= 0 && (AUXILIARIES.has(tokens[j].lower) || BE_FORMS.has(tokens[j].lower))) j = skipAdverbsBack(tokens, j);
  const prev = tokens[j];
  if (!prev || isPunct(prev, ',', '–', '—', '-') || isCloseQuote(prev)) {
    if (INVERTED_CUES.has(verb)) {
      const np = forwardNP(tokens, i + 1);
      const after = np ? tokens[np[1]] : undefined;
      if (np && (!after || !after.word || after.lower === 'in' || after.lower === 'of')) return { mode: 'inverted', source: np, description: null };
    }
    if (prev && prev.text === ',') {
      // "X, director of …, confirms": the subject stands before the appositive.
      let c = j - 1;
      while (c >= 0 && !isPunct(tokens[c], ',', '(', ';', ':', '“', '"')) c--;
      if (c > 0 && tokens[c].text === ',') {
        const np = backwardNP(tokens, c - 1);
        if (np) return { mode: 'subject', source: np, description: [c + 1, j] };
      }
    }
    return null;
  }
  const np = backwardNP(tokens, j);
  if (np && INVERTED_CUES.has(verb)) {
    // "… a safe haven for insurgent leaders said U.S. Army Col. X": a titled name after the verb is the speaker.
    const fwd = forwardNP(tokens, i + 1);
    const titled = fwd && analyseMention(tokens.slice(fwd[0], fwd[1]).map((t) => t.text).join(' ')).rank;
    let named = false;
    for (let k = np[0]; k < np[1]; k++) if (isProper(tokens, k)) named = true;
    if (fwd && titled && !named) return { mode: 'inverted', source: fwd, description: null };
  }
  if (np) return { mode: 'subject', source: np, description: null };
  // Coordinated verbs ("Traders … voiced concerns and said that …") and relative clauses ("the elder who confirmed …").
  const r = prev.lower === 'and' ? coordinatedSubject(tokens, j) : prev.lower === 'who' ? relativeAntecedent(tokens, j) : null;
  return r ? { mode: 'subject', source: r, description: null, indirect: true } : null;
}

function passiveAgent(tokens: Token[], i: number): Range | null {
  let quoted = false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 14); k++) {
    const t = tokens[k];
    if (isOpenQuote(t) && !quoted) { quoted = true; continue; }
    if (isCloseQuote(t) && quoted) { quoted = false; continue; }
    if (quoted) continue;
    // The agent must belong to this participle, not to a later verb ("… and were arrested by …").
    if (isPunct(t, ';', '.', '(', ',') || /^(?:and|were|was|is|are|who|which|but)$/.test(t.lower)) return null;
    if (t.lower === 'by') {
      const np = forwardNP(tokens, k + 1);
      if (!np || /^(?:any|no)$/.test(tokens[np[0]].lower)) return null;
      return np;
    }
  }
  return null;
}

function addHit(hits: CueHit[], tokens: Token[], text: string, base: number, cueRange: Range, mode: CueMode,
  source: Range | null, description: Range | null, strong: boolean, content: boolean): void {
  if (!source || !sourceLike(tokens, source, text, base)) return;
  const cue = text.slice(tokens[cueRange[0]].start - base, tokens[cueRange[1] - 1].end - base);
  hits.push({ mode, cue, cueRange, source, description, pronoun: pronounOf(tokens, source), strong, content });
}

export function findCues(tokens: Token[], text: string, base: number): CueHit[] {
  const hits: CueHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word) continue;
    // Capitalised mid-sentence, a cue word is part of a name ("Islamic State") or a title.
    if (t.cap && i > 0 && tokens[i - 1].word) continue;
    const phrase = multiwordAt(tokens, i);
    const cue = phrase ?? t.lower;
    if (phrase === null && !CANDIDATE_WORDS.has(cue)) continue;
    const width = phrase ? phrase.split(' ').length : 1;
    const cueRange: Range = [i, i + width];
    const prev = tokens[skipAdverbsBack(tokens, i)];
    const push = (mode: CueMode, source: Range | null, description: Range | null, strong = false, content = false): void =>
      addHit(hits, tokens, text, base, cueRange, mode, source, description, strong, content);

    if (OBJECT_SOURCE_PHRASES.has(cue)) {
      if (/^listens? to$/.test(cue) && !/^(?:one|you)$/.test(tokens[i - 1]?.lower ?? '')) continue;
      const o = objectSource(tokens, i + width, text, base);
      if (o) push('object', o.source, o.description, true, true);
      i += width - 1;
      continue;
    }
    if (PARTICIPLE_PHRASES.has(cue) || PARTICIPLE_CUES.has(cue)) {
      let j = i - 1;
      if (isPunct(tokens[j], ',')) j--;
      push('participle', j >= 0 ? backwardNP(tokens, j) : null, null);
      i += width - 1;
      continue;
    }
    if (NOUN_CUES.has(t.lower) && tokens[i + 1]?.lower === 'by') {
      const agent = forwardNP(tokens, i + 2);
      let k = agent ? agent[1] : i + 2;
      if (tokens[k]?.lower === 'in' && /^\d/.test(tokens[k + 1]?.text ?? '')) k += 2;
      if (tokens[k]?.lower === 'that' || isOpenQuote(tokens[k])) push('noun', agent, null, true, true);
    }
    // "told the occupants to get out" is an order, not a report.
    if (/^(?:tell|tells|told)$/.test(t.lower) && ordersTo(tokens, i + 1)) continue;
    // "He reported directly to other leaders" is a chain of command, not a statement.
    if (/^report/.test(cue) && tokens.slice(i + 1, i + 3).some((x) => x.lower === 'to')) continue;
    const reporting = phrase !== null || STRONG_CUES.has(cue) || WEAK_CUES.has(cue);
    if (!reporting && !PASSIVE_BY_AGENT.has(cue)) continue;
    // Infinitives ("in order to confirm") report nothing, unless the sentence says the source could ("was able to assess").
    if (prev?.lower === 'to' && tokens[skipAdverbsBack(tokens, i) - 1]?.lower !== 'able') continue;
    if (prev && DETERMINERS.has(prev.lower)) continue;
    const passiveContext = !!prev && (BE_FORMS.has(prev.lower) || (prev.text === ',' && beFormBefore(tokens, i)));
    if (passiveContext) {
      const agent = PASSIVE_BY_AGENT.has(cue) && !/^(?:rarely|never|not|seldom)$/.test(tokens[i - 1]?.lower ?? '') ? passiveAgent(tokens, i) : null;
      if (agent) push('passive', agent, null);
      else if (QUOTED_SPEAKER.test(tokens.slice(i, i + 4).map((x) => x.lower).join(' '))) {
        // "The Tajik President has been quoted to have told …": the quoted one is the speaker.
        const s = subjectOf(tokens, i, cue);
        if (s) push('passive', s.source, s.description, true, true);
      }
      continue;
    }
    const following = tokens[i + 1];
    const nounFollows = !!following && (NOUN_FOLLOWERS.has(following.lower) || isPunct(following, ',', '.', ')', ';', ':'));
    if (AMBIGUOUS_CUES.has(`${cue}s`) && nounFollows) continue;
    if (AMBIGUOUS_CUES.has(cue)) {
      if (prev && (isAdjectival(prev) || pluralDeterminerBefore(tokens, i))) continue;
      const role = prev ? roleOf(prev) : undefined;
      const prevIndex = prev ? tokens.indexOf(prev) : -1;
      // "Intelligence reports led …", "Initial reports indicate …": a sentence-initial capital is no proof of a name.
      const initialWord = prevIndex === 0 && !lookupOrganisation(prev!.text) && !(role && (role.person || role.unique || role.document));
      const verbContext = !!prev && !initialWord && (role ? !!(role.person || role.unique || role.document) : isProper(tokens, prevIndex)) ||
        !!prev && ( SUBJECT_PRONOUNS.has(prev.lower) ||
        isPunct(prev, ',', '–', '—') || isCloseQuote(prev) || SUBJECT_PRONOUNS.has(prev.lower));
      if (!verbContext && tokens[i + 1]?.lower !== 'that') continue;
      if (nounFollows && !(prev && (isProper(tokens, prevIndex) || SUBJECT_PRONOUNS.has(prev.lower)))) continue;
    }
    if (NEEDS_COMPLEMENT.has(cue) && !hasContent(tokens, i + width) && !isPunct(tokens[i + width], ',')) continue;
    // "Abdullaev continues, “…”" relays words; "the fire continued" does not.
    if (CONTENT_ONLY_CUES.has(cue) && !(hasContent(tokens, i + width) || isPunct(tokens[i + width], ',') && isOpenQuote(tokens[i + width + 1]))) continue;
    if (PASSIVE_BY_AGENT.has(cue) && prev && prev.word && !prev.cap && roleOf(prev) === undefined && tokens[i + 1]?.lower !== 'that') {
      // Reduced relative clause: "buildings identified by intelligence sources".
      const agent = passiveAgent(tokens, i);
      if (agent) { push('passive', agent, null); continue; }
    }
    // "identified", "described" … report only with an agent ("identified … by ISAF"), never as actions.
    if (!reporting) continue;
    if (OBJECT_SOURCE_VERBS.has(cue)) {
      const o = objectSource(tokens, i + width, text, base);
      if (o && (isProper(tokens, o.source[0]) || tokens[o.source[0]].cap && o.source[1] - o.source[0] > 1)) {
        push('object', o.source, o.description, true, true);
        continue;
      }
    }
    const s = subjectOf(tokens, i, cue);
    const content = hasContent(tokens, i + width);
    // A subject found across a coordination or relative pronoun needs a clear report: relayed content or a
    // past-tense strong verb ("… and confirmed no civilians were hurt"), not "journalists who report more".
    if (s && (!s.indirect || content || STRONG_CUES.has(cue) && /(?:ed|^said|^told|^wrote)$/.test(cue))) push(s.mode, s.source, s.description, STRONG_CUES.has(cue), content);
    i += width - 1;
  }
  return hits;
}
