/**
 * Attribution found inside one sentence: explicit cues first (with nested sources resolved to the
 * original speaker, as the labelling guide asks), vague attribution otherwise.
 */
import type { Attribution, Segment, Span } from '../types';
import { isQuote, OPEN_QUOTES, possessiveLength, tokenize, type Token } from './tokens';
import { findCues, type CueHit } from './cues';
import {
  isOpenQuote,
  isPunct,
  openingAdverbialEnd,
  participleOpener,
  quotedTokens,
  adverbialOpener,
  CLAUSE_SUBJECTS,
} from './cue-helpers';
import { skipAdverbialsForward } from './adverbials';
import { CUE_WORD, findVague, sentenceWords } from './vague';
import { analyseMention, roleAt, type MentionParts } from './mention-parts';
import { sentenceContext, typedSource, type TypedSource } from './typed-source';
import { speaksFor } from './source-types';
import { resolveAnaphor, resolveDocument, resolvePronoun, type History } from './coreference';
import { ARTICLES, forwardNP, isProper, type Range } from './noun-phrase';
import {
  canBeBaseVerb,
  isPastTense,
  lookupOrganisation,
  mayHoldCue,
  ROLES,
  STRONG_CUES,
  type RoleInfo,
} from './lexicon';
import { pollMention, pollPhrase, respondentShare, speakerLabel } from './labels';
import { quotativeSpeaker } from './quotative';
import { CITATION_PREFILTER, citationSubject } from './citation-subject';
import { DETERMINERS, INTERVENING_ADVERBS, LEADING_CONNECTIVES, SUBJECT_PRONOUNS } from './words';
import { negatorIn, verbGroupStart } from './negative-subject';
import { datelineEnd, inTemporalClause } from './coordination';

export interface SentenceAttribution extends Attribution {
  /** A strong cue relaying content ("X claimed that …"): may override a carried speaker. */
  nested: boolean;
  /** Found by a corpus-derived cue: inside a quotation it yields to the quotation's speaker. */
  derived?: boolean;
}

const PRIMARY_MODES = new Set(['subject', 'object', 'inverted', 'passive']);

function build(
  hit: CueHit,
  h: History,
  tokensText: (a: number, b: number) => string,
  absTokens: { start: number; end: number }[],
): SentenceAttribution | null {
  const seg = h.doc.segments[h.index];
  const cueSpan: Span = [absTokens[hit.cueRange[0]].start, absTokens[hit.cueRange[1] - 1].end];
  const srcStart = absTokens[hit.source[0]].start;
  const lastSrc = absTokens[hit.source[1] - 1];
  // "the general’s claim that", "the militants’ claim": the owner, without the possessive ending.
  const srcEnd = lastSrc.end - possessiveLength(tokensText(lastSrc.start, lastSrc.end));
  let ref: TypedSource;
  let via: Attribution['via'] = 'explicit';
  if (hit.vague) {
    // "the statement said" points back to whoever issued it; "amid fears that" is nobody in particular.
    const words = tokensText(srcStart, srcEnd);
    const head = ROLES.get(words.slice(words.lastIndexOf(' ') + 1).toLowerCase());
    const noun = words.slice(words.lastIndexOf(' ') + 1).toLowerCase();
    const back =
      /^the\s/i.test(words) && head?.document ? (resolveDocument(h, noun, srcStart) ?? resolveAnaphor(h)) : null;
    if (back) return cueAttribution(back, hit.cue, cueSpan, 'carried', false);
    return {
      source: words,
      canonical: words,
      span: [srcStart, srcEnd],
      sourceType: 'anonymous',
      named: false,
      cue: hit.cue,
      cueSpan,
      via: 'vague',
      nested: false,
    };
  }
  if (hit.pronoun) {
    const r = resolvePronoun(hit.pronoun, srcStart, h);
    if (r) {
      ref = r.ref;
      if (r.carried) via = 'carried';
    } else if (hit.pronoun === 'they' || hit.pronoun === 'he' || hit.pronoun === 'she') {
      // Someone said it, though the text no longer says who. "he" and "she" refer to one definite person (the labelling
      // guide's source is then the referent's name): a specific source the engine could not identify or type, as an
      // unknown organisation is. "they" may be people in general ("they say"): unnamed.
      ref = {
        source: tokensText(srcStart, srcEnd),
        canonical: tokensText(srcStart, srcEnd),
        span: [srcStart, srcEnd],
        sourceType: 'anonymous',
        named: hit.pronoun !== 'they',
      };
    } else return null;
  } else {
    const description = hit.description
      ? tokensText(absTokens[hit.description[0]].start, absTokens[hit.description[1] - 1].end)
      : undefined;
    const typed = typedSource(h.doc, srcStart, srcEnd, sentenceContext(h.ctx, seg.text, description));
    const named = hit.description ? namedExample(h, seg.text, absTokens, hit.description, typed) : null;
    ref = named ?? withOwner(typed, analyseMention(tokensText(srcStart, srcEnd)), srcStart, h);
  }
  const found = cueAttribution(ref, hit.cue, cueSpan, via, hit.strong && hit.content && !hit.pronoun);
  if (hit.derived) found.derived = true;
  return found;
}

/** Words that set off named examples of a crowd: "others, notably X", "critics, including X", "analysts such as X". */
const EXAMPLE_MARKERS = /^(?:notably|including|such as|especially|particularly|in particular|among them)\s+/i;

/**
 * "Others, notably the Jamestown Foundation, have described …", "Critics, including Human Rights Watch, point out …":
 * an unnamed crowd with a named member set off after it speaks, identifiably, through that member (the guide's source
 * is the shortest span naming who). Only when the crowd itself types anonymous and the example is a name or a body.
 */
function namedExample(
  h: History,
  sentence: string,
  absTokens: { start: number; end: number }[],
  description: Range,
  crowd: TypedSource,
): TypedSource | null {
  if (crowd.sourceType !== 'anonymous' || crowd.named) return null;
  const from = absTokens[description[0]].start;
  const to = absTokens[description[1] - 1].end;
  const marker = EXAMPLE_MARKERS.exec(h.doc.text.slice(from, to));
  if (!marker) return null;
  const example = typedSource(h.doc, from + marker[0].length, to, sentenceContext(h.ctx, sentence));
  return example.named && example.sourceType !== 'anonymous' ? example : null;
}

/**
 * `ref` speaking through a cue, built field by field rather than spread (see sentenceContext): the source's five fields
 * and the cue's four.
 */
export function cueAttribution(
  ref: TypedSource,
  cue: string,
  cueSpan: Span | null,
  via: Attribution['via'],
  nested: boolean,
): SentenceAttribution {
  return {
    source: ref.source,
    canonical: ref.canonical,
    span: ref.span,
    sourceType: ref.sourceType,
    named: ref.named,
    cue,
    cueSpan,
    via,
    nested,
  };
}

/**
 * A source phrase that stands for someone named before it takes that one's side, and a document its name too: "The
 * statement added …" its issuer, "the organisation said" the last body named, "A spokesman for the group" / "the
 * group's leader" that body, "Their spokesman" / "Its report says" the possessive's referent. Any other phrase, or one
 * naming a person or an organisation itself, is returned as typed.
 */
function withOwner(ref: TypedSource, parts: MentionParts, at: number, h: History): TypedSource {
  const head = parts.head;
  if (!head || parts.person || parts.orgs.length > 0) return ref;
  // "The opposition Group 24", "the Friday Group": a capitalised head with a name's part after it is a proper name, no
  // phrase standing for a body named before.
  const headToken = parts.tokens[head.index];
  const after = parts.tokens[head.index + 1];
  if (headToken?.cap && after && (after.cap || /^\d/.test(after.text))) return ref;
  const document = !!head.info.document;
  if ((head.info.anaphor || document) && parts.determiner === 'the') {
    // "The statement added …", "the report says": the document speaks for whoever issued it, else for the last named source.
    const issuer = document ? resolveDocument(h, head.key, at) : null;
    // A body ("the organisation", "the group") is what "it" would take up: the last body named just before. A typed
    // head restricts its antecedent to its own class: "the newspaper" takes up an outlet named before, never the ministry
    // the previous sentence quoted.
    const type = head.info.type;
    const accept = type ? (r: TypedSource) => r.sourceType === type : head.key === 'group' ? notStateBody : undefined;
    const body = anaphoricBody(head.info, head.key) ? resolvePronoun('it', at, h, accept)?.ref : null;
    const back =
      issuer ??
      (body && body.sourceType !== 'anonymous' ? body : null) ??
      (head.info.anaphor ? resolveAnaphor(h, accept) : null);
    return back ? { ...ref, canonical: back.canonical, sourceType: back.sourceType, named: back.named } : ref;
  }
  const role = speaksFor(head.key);
  if (role && namesAnaphoricBody(parts)) {
    // With none named before, an unknown body's, never the state's by the spokesman default.
    const body = resolvePronoun('it', at, h, notStateBody)?.ref;
    return { ...ref, sourceType: body && body.sourceType !== 'anonymous' ? body.sourceType : 'anonymous' };
  }
  if (!role && !document) return ref;
  const owner = possessiveReferent(parts.determiner, at, h);
  if (!owner || owner.sourceType === 'anonymous') return ref;
  return document
    ? { ...ref, canonical: owner.canonical, sourceType: owner.sourceType, named: owner.named }
    : { ...ref, sourceType: owner.sourceType };
}

/**
 * What a possessive determiner takes up: "its" a body as "it" does, "his"/"her" a person, "their" a plural mention or
 * else a body ("The Taliban … Their spokesman": a name is no plural mention).
 */
function possessiveReferent(determiner: string | null, at: number, h: History): TypedSource | null {
  switch (determiner) {
    case 'its':
      return resolvePronoun('it', at, h)?.ref ?? null;
    case 'his':
      return resolvePronoun('he', at, h)?.ref ?? null;
    case 'her':
      return resolvePronoun('she', at, h)?.ref ?? null;
    case 'their':
      return resolvePronoun('they', at, h)?.ref ?? resolvePronoun('it', at, h)?.ref ?? null;
    default:
      return null;
  }
}

/** "the group" is a body outside the state ("a video released by the group"): no army, ministry or government. */
const notStateBody = (r: TypedSource): boolean => r.sourceType !== 'official' && r.sourceType !== 'military';

/** The phrase names its body only as "the group" or "the organisation" ("a spokesman for the group", "the group's leader"). */
function namesAnaphoricBody(parts: MentionParts): boolean {
  const t = parts.tokens;
  for (let k = 0; k + 1 < t.length; k++) {
    if (t[k].lower !== 'the') continue;
    const role = roleAt(t, k + 1);
    if (role && role.index === k + 1 && anaphoricBody(role.info, role.key)) return true;
  }
  return false;
}

/** An untyped singular body noun that points back ("the organisation", "the group"), as "it" does. */
const anaphoricBody = (info: RoleInfo, key: string): boolean =>
  !!info.anaphor && info.type === null && !info.person && !info.document && !/s$/.test(key);

/**
 * "Having announced that …, Judge Ruiz adjourned", "Rattling off promises …, Clinton said": a cue inside a participial
 * clause that opens the sentence belongs to the main clause's subject, the noun phrase after the clause's comma; the
 * capitalised participle itself names no one. A subject found inside any fronted adverbial ("Speaking in Dushanbe, the
 * minister … accused", "Given her remarks, the commander … warned") is likewise the main clause's; and the adverbial's first
 * word is never part of a source ("Amid reports urging …" is the reports', "Perhaps the minister's claim" the minister's).
 */
function openingAdjunct(tokens: Token[], hit: CueHit): CueHit {
  const first = tokens[0];
  if (hit.source[0] !== 0 || !adverbialOpener(first)) return hit;
  const comma = openingAdverbialEnd(tokens);
  const mainSubject = comma > 0 && (hit.cueRange[0] > comma ? hit.source[1] <= comma : participleOpener(first));
  if (mainSubject) {
    let np = forwardNP(tokens, comma + 1);
    if (np) {
      // A name ends at its last capitalised word ("Mayor Ines Ruiz left …"), whatever the phrase finder took in after it.
      if (isProper(tokens, np[0])) {
        let e = np[0] + 1;
        while (e < np[1] && tokens[e].cap) e++;
        np = [np[0], e];
      }
      const head = tokens[np[0]];
      const pronoun = np[1] - np[0] === 1 && SUBJECT_PRONOUNS.has(head.lower) ? head.lower : null;
      if (pronoun || isProper(tokens, np[0]) || ROLES.has(tokens[np[1] - 1].lower) || head.lower === 'the')
        return { ...hit, source: np, description: null, pronoun };
    }
  }
  // A participle's clause keeps its own words; a preposition or adverb opening a source is dropped from it.
  if (participleOpener(first) || hit.source[1] - hit.source[0] < 2 || !tokens[1]?.word) return hit;
  return { ...hit, source: [1, hit.source[1]] };
}

/** The sentence's first vague attribution ("reports say", "it is believed"), anonymous and unnamed; `words`: its sentenceWords. */
function vagueAttribution(seg: Segment, words: number): SentenceAttribution | null {
  const vague = findVague(seg.text, words);
  if (!vague) return null;
  return {
    source: vague.source,
    canonical: vague.source,
    span: [seg.start + vague.sourceStart, seg.start + vague.sourceEnd],
    sourceType: 'anonymous',
    named: false,
    cue: vague.cue,
    cueSpan: [seg.start + vague.cueStart, seg.start + vague.cueEnd],
    via: 'vague',
    nested: false,
  };
}

/** Verbs of declining and the verbs of speaking they decline ("declined to comment", "refused to elaborate"). */
const DECLINING = /^(?:declin|refus)(?:e|es|ed|ing)$/;
const SPEAKING = /^(?:comment|respond|elaborate|confirm|discuss|speak|say|answer)$/;

/** The cue declines to speak: "declined to comment", "refused to elaborate on the figures". */
const declinesToSpeak = (tokens: Token[], cue: Range): boolean =>
  DECLINING.test(tokens[cue[0]]?.lower ?? '') &&
  tokens[cue[1]]?.lower === 'to' &&
  SPEAKING.test(tokens[cue[1] + 1]?.lower ?? '');

/**
 * The cue is negated ("has never confirmed this", "did not comment"): a negator in its verb group (negative-subject.ts).
 * Without content it reports that nothing was said.
 */
function negatedCue(tokens: Token[], cue: Range): boolean {
  const wordAt = (k: number): string | null => (tokens[k]?.word ? tokens[k].lower : null);
  return negatorIn(wordAt, verbGroupStart(wordAt, cue[0]), cue[0]);
}

export function sentenceAttribution(
  h: History,
  nextIsBlockQuote: boolean,
  opensInQuote = false,
): SentenceAttribution | null {
  const seg = h.doc.segments[h.index];
  const text = h.doc.text;
  const slice = (a: number, b: number): string => text.slice(a, b);
  const words = sentenceWords(seg.text);
  if (!mayHoldCue(seg.text, (words & CUE_WORD) !== 0)) {
    // No cue word: only the quotative frame, whose verb is any verb, can still name a speaker, and a vague family,
    // which its own anchor words gate (no tokens needed).
    const quoted = QUOTATIVE_PREFILTER.test(seg.text);
    const cited = CITATION_PREFILTER.test(seg.text);
    const frameTokens = quoted || cited ? tokenize(seg.text, seg.start) : null;
    const q = quoted ? quotative(h, frameTokens!, slice) : null;
    return q ?? (cited ? citation(h, frameTokens!, slice) : null) ?? vagueAttribution(seg, words);
  }
  const tokens = tokenize(seg.text, seg.start);
  // A cue inside quoted words is the quoted speaker's; the sentence's own cue stands outside the quotation. There an
  // indefinite subject is the speaker's own hypothetical ("“Not a president who says he's neutral …”"), no source.
  const quoted = quotedTokens(tokens);
  // (Only in a quotation the sentence opens, its mark against the first word, where straight marks leave no doubt.)
  const opensQuotation = isQuote(tokens[0]) && tokens[1]?.word && tokens[1].start === tokens[0].end;
  const found = findCues(tokens, seg.text, seg.start, quoted).filter(
    (x) => !(opensQuotation && quoted[x.cueRange[0]] && /^(?:a|an)$/.test(tokens[x.source[0]]?.lower ?? '')),
  );
  const hits = [...found.filter((x) => !quoted[x.cueRange[0]]), ...found.filter((x) => quoted[x.cueRange[0]])];
  // In sentence order: a corpus-derived cue of the main clause ("Judicial Watch noted X said …") comes before a
  // hand-listed one inside its complement, which the nested-source rule below may still prefer.
  // Words before a closing mark with no opening one belong to a quotation carried from an earlier sentence.
  const carriedEnd = carriedQuoteEnd(tokens, opensInQuote);
  const inQuote = (x: CueHit): number => (quoted[x.cueRange[0]] || x.cueRange[0] < carriedEnd ? 1 : 0);
  // Inside a quotation the hand-listed cues keep their precedence over derived ones, which are the speaker's own words.
  const byOrigin = (a: CueHit, b: CueHit): number => (inQuote(a) ? (a.derived ? 1 : 0) - (b.derived ? 1 : 0) : 0);
  // A cue inside a relative clause set off by commas ("In Kunduz, where officials have warned of an offensive, the
  // governor said …") or inside a clause of time ("after the ministry warned …, the governor said") yields to the main
  // clause's. Decided once per hit, and only when there is an order to decide.
  const primaries = hits.filter((x) => PRIMARY_MODES.has(x.mode));
  // A cue inside a fronted adverbial ("Given his comments on X, the general warned …") yields to the main clause's,
  // whose subject opens right after the adverbial's comma ("Nearly half said …, while a third said" has none).
  // So does one inside a fronted clause of time, condition or concession ("When guests argued that …, the host said").
  const fronted = primaries.length > 1 ? openingAdverbialEnd(tokens, true) : -1;
  const opening = primaries.some((x) => x.source[0] === fronted + 1 && x.cueRange[0] > fronted) ? fronted : -1;
  const relative =
    primaries.length > 1
      ? new Map(
          primaries.map((x) => [
            x,
            inRelativeClause(tokens, x.cueRange[0]) ||
            inTemporalClause(tokens, x) ||
            x.cueRange[0] < opening ||
            objectGapRelative(tokens, x)
              ? 1
              : 0,
          ]),
        )
      : null;
  const inRelative = (x: CueHit): number => relative?.get(x) ?? 0;
  // "X declined to comment, while the ministry said that …": a refusal to speak reports nothing, so a cue that relays
  // content goes first.
  const silent = (x: CueHit): number =>
    !x.content && (declinesToSpeak(tokens, x.cueRange) || negatedCue(tokens, x.cueRange)) ? 1 : 0;
  primaries.sort(
    (a, b) =>
      inQuote(a) - inQuote(b) ||
      inRelative(a) - inRelative(b) ||
      silent(a) - silent(b) ||
      byOrigin(a, b) ||
      a.cueRange[0] - b.cueRange[0],
  );
  const candidates = primaries.length > 0 ? primaries : hits;
  // "…, CNN reported.", "…,” Manchin said.", "…, according to press reports.": a reporting clause that closes the
  // sentence after a comma or quotation frames everything before it, so it is the sentence's attribution.
  // A participle (", citing …", ", half joking") is an adjunct of the clause before it, and a pronoun ("…, she noted")
  // is resolved by the carried-speaker rules, so neither is promoted.
  const final = candidates.find(
    (x) => x.strong && !x.pronoun && !/ing$/.test(x.cue) && closesSentence(tokens, x) && !quoted[x.cueRange[0]],
  );
  const ordered = (
    final && final !== candidates[0] ? [final, ...candidates.filter((x) => x !== final)] : candidates
  ).map((x) => openingAdjunct(tokens, x));
  // "“The minister has explained that …,” Karimov snapped.": when every cue stands inside the quotation, the quotative
  // frame outside it names the speaker, whatever its verb.
  if (!opensInQuote && ordered.every((x) => quoted[x.cueRange[0]]) && QUOTATIVE_PREFILTER.test(seg.text)) {
    const q = quotative(h, tokens, slice);
    if (q) return q;
  }
  let chosen: SentenceAttribution | null = null;
  let chosenHit: CueHit | null = null;
  for (const hit of ordered) {
    const a = build(hit, h, slice, tokens);
    if (a) {
      chosen = a;
      chosenHit = hit;
      break;
    }
  }
  // "Obama: I’m Optimistic Americans Will Say No …": a headline's speaker label owns every cue in the words after it.
  if (chosen && chosenHit && seg.text.includes(':')) {
    const label = speakerLabel(tokens, h.doc.text);
    // A digest label after a dash ("Pollsters agree - X: “…”") introduces the quotation, whatever cue stands before it.
    if (label && (chosenHit.cueRange[0] > label[1] || (label[0] > 1 && chosenHit.cueRange[0] < label[0])))
      return verblessSource(h, tokens);
  }
  // "It is widely believed that …, though the government has never confirmed this": when the only cue says nothing was
  // said, a vague attribution of the claim ("widely believed", "reportedly") is the sentence's source.
  if (chosenHit && silent(chosenHit)) {
    const vague = vagueAttribution(seg, words);
    if (vague) return vague;
  }
  if (chosen && chosenHit) {
    // Nested sources: "ICG notes that Afghan officials believe …" is the officials' claim.
    for (const hit of primaries) {
      if (hit.cueRange[0] <= chosenHit.cueRange[1] || !hit.strong || !hit.content || hit.pronoun) continue;
      // "Aliev said: “The minister believes …”": direct speech is its speaker's own words, a view reported inside it
      // included. A quotation inside indirect speech ("noting that “officials believe …”") still relays its original.
      if (quoted[hit.cueRange[0]] && !quoted[chosenHit.cueRange[0]] && directSpeech(tokens, chosenHit)) continue;
      // A corpus-derived cue in the complement ("X noted that Y tweeted that …") is the report's topic more often than
      // its original speaker; only the hand-listed reporting verbs name a nested source.
      if (hit.derived && !chosenHit.derived && !STRONG_CUES.has(hit.cue.toLowerCase())) continue;
      // "reported, citing the ministry, that …": the cited source, set off right after the cue, is its original speaker.
      const citedAfterCue =
        hit.mode === 'object' &&
        hit.cueRange[0] === chosenHit.cueRange[1] + 1 &&
        tokens[chosenHit.cueRange[1]]?.text === ',';
      // ", adding …": an adjunct participle shares the subject of the clause it hangs on.
      if (/ing$/.test(hit.cue) && tokens[hit.cueRange[0] - 1]?.text === ',' && !citedAfterCue) continue;
      // Only the complement's own subject speaks for it ("notes that Afghan officials believe …"); a cue deeper in
      // the complement ("claimed that his staff misread a Reuters report that …") is part of what the outer source says.
      // A source standing before the chosen one is no part of its complement: in "Tolo News, citing the ministry, said
      // that …" the outlet relays the ministry, which stays the original speaker.
      if (hit.source[1] <= chosenHit.source[0] || !(citedAfterCue || opensComplement(tokens, chosenHit, hit))) continue;
      const inner = build(hit, h, slice, tokens);
      if (inner && inner.sourceType !== 'anonymous' && !respondentShare(inner.source)) {
        chosen = inner;
        break;
      }
    }
    // "In a CNN poll, 38 percent of voters said …": the respondents speak through the poll, which is the source.
    if (respondentShare(chosen.source)) {
      const poll = pollMention(tokens);
      if (poll) {
        const ref = typedSource(
          h.doc,
          tokens[poll[0]].start,
          tokens[poll[1] - 1].end,
          sentenceContext(h.ctx, seg.text),
        );
        return cueAttribution(ref, chosen.cue, chosen.cueSpan, 'explicit', false);
      }
    }
    return chosen;
  }
  const labelled = verblessSource(h, tokens);
  if (labelled) return labelled;
  if (QUOTATIVE_PREFILTER.test(seg.text)) {
    const a = quotative(h, tokens, slice);
    if (a) return a;
  }
  const cited = CITATION_PREFILTER.test(seg.text) ? citation(h, tokens, slice) : null;
  if (cited) return cited;
  const vague = vagueAttribution(seg, words);
  if (vague) return vague;
  if (nextIsBlockQuote && /:\s*$/.test(seg.text)) return colonIntroduction(h, tokens);
  return null;
}

/**
 * The cue introduces direct speech: a colon or comma and an opening quotation mark after it, a short phrase of where or
 * to whom between ("said: “…", "said on Telegram: “…", "told reporters: “…").
 */
function directSpeech(tokens: ReturnType<typeof tokenize>, hit: CueHit): boolean {
  let k = hit.cueRange[1];
  while (k < hit.cueRange[1] + 5 && tokens[k]?.word) k++;
  return isPunct(tokens[k], ':', ',') && isOpenQuote(tokens[k + 1]);
}

/**
 * Relative words opening a non-restrictive clause (Quirk et al. 1985 §17.22): what such a clause says is background to
 * the main clause. (Adverbial clauses were tried too: "While critics argue …, X deemed …" and "As Breitbart
 * reported, …" are as often the attribution PolNeAR marks, so they keep sentence order.)
 */
const NON_RESTRICTIVE_RELATIVES = new Set(['where', 'which', 'who', 'whom', 'whose']);

/**
 * The token at `i` stands in a relative clause opened after a comma and closed by a comma before the sentence ends:
 * "In Kunduz, where officials warned …, …", "Leenders, who estimated that …, said …".
 */
function inRelativeClause(tokens: ReturnType<typeof tokenize>, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && tokens[k].text !== ',' && !NON_RESTRICTIVE_RELATIVES.has(tokens[k].lower)) k--;
  if (k < 1 || tokens[k].text === ',' || tokens[k - 1].text !== ',') return false;
  for (let e = i + 1; e < tokens.length - 1; e++) {
    if (tokens[e].text === ',') return tokens[e + 1].word;
    if (!tokens[e].word && tokens[e].text !== '-') return false;
  }
  return false;
}

/**
 * "…, a figure that Afghan officials disputed.": a cue whose subject follows "that"/"which" after a noun, and which has
 * no object or complement of its own before the sentence ends, is the verb of a relative clause whose gap is that noun
 * (Quirk et al. 1985 §17.10): it comments on something the main clause said, and yields to the main clause's cue.
 */
function objectGapRelative(tokens: ReturnType<typeof tokenize>, x: CueHit): boolean {
  if (x.mode !== 'subject' || x.source[1] > x.cueRange[0]) return false;
  const rel = tokens[x.source[0] - 1];
  const head = tokens[x.source[0] - 2];
  if (!rel || !head || (rel.lower !== 'that' && rel.lower !== 'which') || !head.word || head.cap) return false;
  if (!ARTICLES.has(tokens[x.source[0] - 3]?.lower ?? '') && !/s$/.test(head.lower)) return false;
  const after = tokens[skipAdverbialsForward(tokens, x.cueRange[1])];
  return !after || (!after.word && (after.text === '.' || after.text === ',' || after.text === ';'));
}

/** What opens a reporting verb's complement besides an opening quotation mark ("''" opens one in NYT style). */
const COMPLEMENT_MARKS = new Set(['that', ',', ':', "''", '—', '–']);
const opensContent = (t: Token): boolean => OPEN_QUOTES.has(t.text) || COMPLEMENT_MARKS.has(t.lower);

/**
 * The inner cue's source opens the outer cue's complement: nothing stands between the outer cue's "that", colon or
 * opening quotation mark (or, with none, the cue itself) and the inner source but determiners, adverbs and names
 * coordinated with it.
 */
function opensComplement(tokens: ReturnType<typeof tokenize>, outer: CueHit, inner: CueHit): boolean {
  // "“…,” said Gen. X, the spokesman, who added that …": an inverted frame's complement is the quotation before it; what
  // follows its speaker describes the speaker.
  if (outer.mode === 'inverted') return false;
  let k = outer.cueRange[1];
  // "told reporters that …", "said in a statement that …": the marker may stand a few words after the cue, but not
  // after a subject pronoun, which opens a zero-that complement of its own ("said he doubts that X believes …").
  for (let j = k; j < Math.min(tokens.length, outer.cueRange[1] + 6, inner.source[0]); j++) {
    if (CLAUSE_SUBJECTS.test(tokens[j].lower)) break;
    if (opensContent(tokens[j])) k = j + 1;
  }
  while (k < inner.source[0] && opensContent(tokens[k])) k++;
  for (; k < inner.source[0]; k++) {
    const w = tokens[k].lower;
    // Names coordinated with the source ("the IMU and the Taleban claimed") belong to the same subject.
    if (tokens[k].cap || w === 'and' || w === 'or' || w === ',') continue;
    if (!DETERMINERS.has(w) && !/\p{L}{3}ly$/u.test(w) && !INTERVENING_ADVERBS.has(w)) return false;
  }
  return true;
}

/** Index of the first closing quotation mark when no opening mark precedes it, else 0. */
function carriedQuoteEnd(tokens: ReturnType<typeof tokenize>, opensInQuote: boolean): number {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k].text;
    if (t === '“' || t === '«') return 0;
    // A straight mark closes only a quotation the sentence is known to open inside.
    if (t === '”' || t === '»' || ((t === '"' || t === "''") && opensInQuote)) return k;
  }
  return opensInQuote ? tokens.length : 0;
}

/** The cue and its source are the last words of the sentence and follow a comma or a closing quotation mark. */
function closesSentence(tokens: ReturnType<typeof tokenize>, hit: CueHit): boolean {
  const from = Math.min(hit.cueRange[0], hit.source[0]);
  let to = Math.max(hit.cueRange[1], hit.source[1]);
  if (from < 2) return false;
  // "…, Garcia said at the time.": a time or occasion adverbial may follow; "…, said X, the editor of Y.": so may an
  // appositive describing an inverted speaker, if no quotation or finite verb comes in it.
  to = skipAdverbialsForward(tokens, to);
  if (hit.mode === 'inverted' && tokens[to]?.text === ',' && describesToEnd(tokens, to + 1))
    return isClauseBreak(tokens, from);
  // After "according to X" the rest of the sentence may still modify X ("a copy of the letter reviewed by …"), if it
  // is one stretch of words with no finite verb.
  for (let k = to; k < tokens.length; k++) {
    const t = tokens[k];
    if (hit.mode === 'object' && k < tokens.length - 1 ? !t.word || FINITE_WORDS.has(t.lower) : t.word) return false;
  }
  return isClauseBreak(tokens, from);
}

/** A comma or closing quotation mark before `from` ("1,100" is one number: the comma must be followed by a space). */
function isClauseBreak(tokens: ReturnType<typeof tokenize>, from: number): boolean {
  const before = tokens[from - 1];
  return !before.word && tokens[from].start > before.end && (before.text === ',' || CLOSE_QUOTE_MARKS.has(before.text));
}

/** Words to the end of the sentence with no quotation mark and no finite verb: a description. */
function describesToEnd(tokens: ReturnType<typeof tokenize>, from: number): boolean {
  if (from >= tokens.length || !tokens[from].word) return false;
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.word ? FINITE_WORDS.has(t.lower) : t.text !== ',' && k < tokens.length - 1) return false;
  }
  return true;
}

const CLOSE_QUOTE_MARKS = new Set(['”', '"', '’', '»']);
const FINITE_WORDS = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'should',
  'may',
  'might',
  'must',
  'did',
  'does',
  'do',
]);

/** A quotation mark next to a comma, colon or end punctuation: where the quotative frame can stand. */
const QUOTATIVE_PREFILTER = /[,!?](?:[”"»]|'')\s|[,:]\s*(?:[“"«]|'')/;

/** "“…,” the judge exclaimed", "Noah quipped, “…”": the speaker of the quotative frame, built like a cue's. */
function quotative(
  h: History,
  tokens: ReturnType<typeof tokenize>,
  slice: (a: number, b: number) => string,
): SentenceAttribution | null {
  const q = quotativeSpeaker(tokens);
  return q ? frameAttribution(h, tokens, slice, q) : null;
}

/**
 * "Zenn et al. (2018) identify …": the cited authors of an author-date citation as the subject (citation-subject.ts).
 * Callers test CITATION_PREFILTER first, as they test QUOTATIVE_PREFILTER before `quotative`.
 */
function citation(
  h: History,
  tokens: ReturnType<typeof tokenize>,
  slice: (a: number, b: number) => string,
): SentenceAttribution | null {
  const c = citationSubject(tokens);
  return c ? frameAttribution(h, tokens, slice, c) : null;
}

/** The attribution of a frame that marks a report whatever its verb (the quotative, the cited author). */
function frameAttribution(
  h: History,
  tokens: ReturnType<typeof tokenize>,
  slice: (a: number, b: number) => string,
  frame: { source: Range; cue: number },
): SentenceAttribution | null {
  const r = frame.source;
  const hit: CueHit = {
    mode: 'subject',
    cue: tokens[frame.cue].text,
    cueRange: [frame.cue, frame.cue + 1],
    source: r,
    description: null,
    pronoun: r[1] - r[0] === 1 && SUBJECT_PRONOUNS.has(tokens[r[0]].lower) ? tokens[r[0]].lower : null,
    strong: true,
    content: true,
  };
  return build(hit, h, slice, tokens);
}

/** A speaker label ("CLINTON: …") or a poll the figures come from ("In a new Gallup poll, …"). */
function verblessSource(h: History, tokens: ReturnType<typeof tokenize>): SentenceAttribution | null {
  const seg = h.doc.segments[h.index];
  const label = speakerLabel(tokens, h.doc.text);
  const r = label ?? pollPhrase(tokens);
  if (!r) return null;
  const ref = typedSource(h.doc, tokens[r[0]].start, tokens[r[1] - 1].end, sentenceContext(h.ctx, seg.text));
  const cue = label ? tokens[r[1]] : tokens[r[0] - 1];
  return cueAttribution(ref, cue.text, [cue.start, cue.end], 'explicit', false);
}

/** "Sophie Roche and John Heathershaw, two renowned … analysts, provide another example …:" */
function colonIntroduction(h: History, tokens: ReturnType<typeof tokenize>): SentenceAttribution | null {
  // "KABUL (AP) — A Taliban spokesman posted …:": the wire dateline's place is no speaker.
  const start = datelineEnd(tokens, tokens.length);
  let first = start;
  while (first < tokens.length && (!tokens[first].word || LEADING_CONNECTIVES.has(tokens[first].lower))) first++;
  // "17-year-old Jared Potts echoed:": the speaker is the first name near the start.
  const near = Math.min(tokens.length, start + 6);
  while (first < near && !isProper(tokens, first) && !lookupOrganisation(tokens[first].text)) first++;
  const np = first < tokens.length ? forwardNP(tokens, first) : null;
  if (!np || !tokens[np[0]].cap) return null;
  // Without a tagger the phrase may run into its verb ("Jawad Karimi put"): end it at its last name or role word.
  const end = np[1];
  while (np[1] - 1 > np[0] && !isProper(tokens, np[1] - 1) && !ROLES.has(tokens[np[1] - 1].lower)) np[1]--;
  // "Watch the ad below:", "Read the full text:": a sentence-initial imperative, a base verb before its object's article.
  if (
    np[1] - np[0] === 1 &&
    np[0] === first &&
    canBeBaseVerb(tokens[first].lower) &&
    ARTICLES.has(tokens[first + 1]?.lower ?? '')
  )
    return null;
  // "Partial transcript as follows:": what is left is the sentence's own capital on the modifier of a common noun (no
  // verb form, which would have ended a name: "Karimi put it this way:").
  const dropped = tokens[np[1]];
  if (
    np[1] < end &&
    np[1] - np[0] === 1 &&
    tokens.slice(0, np[0]).every((t) => !t.word) &&
    !dropped.cap &&
    !/(?:s|ed)$/.test(dropped.lower) &&
    !isPastTense(dropped.lower) &&
    !canBeBaseVerb(dropped.lower)
  )
    return null;
  const ref = typedSource(
    h.doc,
    tokens[np[0]].start,
    tokens[np[1] - 1].end,
    sentenceContext(h.ctx, h.doc.segments[h.index].text),
  );
  if (ref.sourceType === 'anonymous') return null;
  const seg = h.doc.segments[h.index];
  const colon = seg.text.lastIndexOf(':');
  return cueAttribution(ref, ':', [seg.start + colon, seg.start + colon + 1], 'explicit', false);
}
