/**
 * Explicit reporting cues inside one sentence: "X said that …", "“…,” said X", "according to X",
 * "X, director of …, confirms", "identified … by ISAF", "claims by X that …". Each hit names the
 * token range of its source; pronoun and anaphor subjects are resolved later by coreference.
 */
import { isQuote, possessiveLength, type Token } from './tokens';
import {
  AMBIGUOUS_CUES,
  COUNT_RECORDING,
  CONTENT_ONLY_CUES,
  NEEDS_COMPLEMENT,
  ADDRESSEE_BEFORE_CONTENT,
  OBJECT_SOURCE_PHRASES,
  OBJECT_SOURCE_VERBS,
  PARTICIPLE_CUES,
  PARTICIPLE_PHRASES,
  PASSIVE_BY_AGENT,
  RECIPIENT_PASSIVES,
  lookupOrganisation,
  findOrganisations,
  type RoleInfo,
  MULTIWORD_CUES,
  STRONG_CUES,
  WEAK_CUES,
  ACCORDANCE_NOUNS,
  OPINION_NOUNS,
  isNonNominal,
} from './lexicon';
import {
  addAgentlessPassive,
  addHit,
  reducedFrequencyPassive,
  adjunctSpeaker,
  authorAfter,
  makerAfter,
  authorVoice,
  beFormBefore,
  documentAuthorAt,
  hasContent,
  isAdjectival,
  namesLanguage,
  isCloseQuote,
  isOpenQuote,
  isPunct,
  multiwordAt,
  objectSource,
  ordersTo,
  passiveAgent,
  pluralDeterminerBefore,
  quotedTokens,
  roleOf,
  sourceHeadIn,
  subjectOf,
  type CueHit,
  type CueMode,
  infinitiveLicensor,
  POSSESSIVE_PRONOUNS,
  nounHeadAt,
} from './cue-helpers';
import { backwardNP, forwardNP, headIndex, isProper, skipAdverbsBack, type Range } from './noun-phrase';
import {
  AUXILIARIES,
  BE_FORMS,
  CARDINAL_WORDS,
  DETERMINERS,
  RAISING_PASSIVES,
  STATEMENT_HEADS,
  SUBJECT_PRONOUNS,
} from './words';
import { derivedHits } from './derived-cues';
import { negativeSubject, negatorIn, verbGroupStart } from './negative-subject';
import { finiteVerbAt, isPastForm, objectOfVerb, readingAt, relativeThat, relativeWordBefore } from './frames';
import { objectParticipleSubject } from './coordination';
import { ADJUNCT_PREPOSITIONS } from './adjuncts';
import { WordSet } from './word-scan';
import { roleAt } from './mention-parts';
import { classifySource } from './source-types';

export type { CueHit, CueMode } from './cue-helpers';
export { sourceLike } from './cue-helpers';

/** "X was quoted as saying", "X has been quoted to have told": X is the speaker. */
const QUOTED_SPEAKER =
  /^(?:quoted|cited) (?:as (?:saying|having)|saying|to have (?:said|told|stated|warned|claimed|added))\b/;
/** "… as saying", "… as having said", "… saying" right after the agent of "quoted by": the quoted one speaks. */
const quotedAs = (tokens: Token[], k: number): boolean =>
  (tokens[k]?.lower === 'as' && /^(?:saying|having|telling|stating)$/.test(tokens[k + 1]?.lower ?? '')) ||
  tokens[k]?.lower === 'saying';
const NOUN_CUES = new Set([
  'claims',
  'claim',
  'statement',
  'statements',
  'allegations',
  'allegation',
  'assertion',
  'assertions',
  'warnings',
]);
/** After a noun reading of "report"/"claims": "The LWJ report has …", "the claims of …". */
const NOUN_FOLLOWERS = new Set([
  'has',
  'have',
  'had',
  'is',
  'was',
  'are',
  'were',
  'of',
  'on',
  'by',
  'in',
  'from',
  'for',
  'and',
  'or',
]);

/** "put it" (asPutIt) and "put … at" a figure (putAt). */
const PUT_FORMS = new Set(['put', 'puts', 'putting']);

/** Every single word that can start a cue; anything else is skipped before any closure is built. */
const CANDIDATE_WORDS = new Set<string>([
  ...STRONG_CUES,
  ...WEAK_CUES,
  ...PARTICIPLE_CUES,
  ...OBJECT_SOURCE_VERBS,
  ...PASSIVE_BY_AGENT,
  ...RECIPIENT_PASSIVES,
  ...NOUN_CUES,
  ...[...OBJECT_SOURCE_PHRASES].filter((phrase) => !phrase.includes(' ')),
]);
/**
 * Every word that can start a cue, one word or several: most tokens are none, and one table walk dismisses them
 * (cheaper than a Set lookup, which hashes each fresh token string; this was ~1.5% of scoreDocument in profiles).
 */
const CUE_START_WORDS = new WordSet([[...CANDIDATE_WORDS, ...MULTIWORD_CUES.keys(), ...PUT_FORMS, ...COUNT_RECORDING]]);

/** A headline in title case ("Governor Denies Claims Over Border Deal"): capitals there do not mark names. */
function isTitleCase(tokens: Token[]): boolean {
  let words = 0,
    caps = 0;
  for (const t of tokens)
    if (t.word && /^\p{L}/u.test(t.text)) {
      words++;
      if (t.cap) caps++;
    }
  return words >= 4 && caps / words >= 0.75;
}

/** An advise verb's addressee at `from`, then its content ("informed the council that …"); not "informed the family of …". */
function addresseeThenContent(tokens: Token[], from: number, cue: string): boolean {
  if (!ADDRESSEE_BEFORE_CONTENT.has(cue)) return false;
  const addressee = forwardNP(tokens, from);
  return !!addressee && hasContent(tokens, addressee[1]);
}

/**
 * "told at the press service of the CSTO", "informed in the Interior Ministry": the body where one was told something,
 * the Russian agencies' calque of "как сообщили в …" that names the teller by where it sits. A body only (a role noun
 * with a side, such as a ministry or a department, or an organisation of the gazetteer, whose press service speaks for
 * it), never a place or an occasion ("told in Kabul", "at a briefing").
 */
function bodyAt(tokens: Token[], from: number): Range | null {
  const np = forwardNP(tokens, from);
  if (!np) return null;
  for (let k = np[0]; k < np[1]; k++) {
    const role = roleAt(tokens, k);
    if (role?.info.type && role.info.type !== 'anonymous' && !role.info.person && !role.info.document) return np;
  }
  const named = tokens
    .slice(np[0], np[1])
    .map((t) => t.text)
    .join(' ');
  return findOrganisations(named).length > 0 ? np : null;
}

/**
 * "…, the Akorda press service reports.": a role's phrase set off by a comma and closing the sentence with the cue is a
 * reporting clause, the cue its verb.
 */
function closingReport(tokens: Token[], prev: number, role: RoleInfo | undefined): boolean {
  if (!role || !(role.type || role.document || role.unique)) return false;
  // The cue stands at prev + 1; the sentence ends right after it.
  const after = tokens[prev + 2];
  if (after !== undefined && !isPunct(after, '.', '!')) return false;
  const np = backwardNP(tokens, prev);
  return !!np && isPunct(tokens[np[0] - 1], ',');
}

/** "As the agency was told at the ministry, …": a comment clause opening the sentence credits the main clause after it. */
const asComment = (tokens: Token[], cue: number, end: number): boolean =>
  tokens[0]?.lower === 'as' && isPunct(tokens[end], ',') && !tokens.slice(1, cue).some((t) => isPunct(t, ','));

/** `quoted`: which tokens stand inside a double quotation (see quotedTokens), if the caller has it already. */
export function findCues(
  tokens: Token[],
  text: string,
  base: number,
  quoted: readonly boolean[] = quotedTokens(tokens),
): CueHit[] {
  const hits: CueHit[] = [];
  let titleCaseMemo: boolean | undefined;
  const titleCase = (): boolean => (titleCaseMemo ??= isTitleCase(tokens));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word || CUE_START_WORDS.lookup(t.lower) === 0) continue;
    if (PUT_FORMS.has(t.lower)) {
      // "As one Tajik official put it, the border is a sieve": the comment clause credits the main clause to its subject.
      const asSubject = t.lower === 'put' ? asPutIt(tokens, i) : null;
      if (asSubject) {
        // The frame itself says someone spoke, so any noun phrase is its speaker ("as one local imam put it"), as after
        // "according to"; `namesSomeone` still refuses adverbs and adjectives.
        addHit(hits, tokens, text, base, [i, i + 2], 'subject', asSubject, null, true, true, true);
        continue;
      }
      const end = putAt(tokens, i);
      const s = end > 0 ? subjectOf(tokens, i, t.lower, false) : null;
      if (s) addHit(hits, tokens, text, base, [i, end], s.mode, s.source, s.description, true, true);
      continue;
    }
    if (COUNT_RECORDING.has(t.lower)) {
      // "UNAMA recorded 1,200 civilian casualties": the count is credited to whoever recorded it.
      const s = figureAt(tokens, i + 1) ? subjectOf(tokens, i, t.lower, false) : null;
      if (s && s.mode === 'subject' && sourceHeadIn(tokens, s.source))
        addHit(hits, tokens, text, base, [i, i + 1], s.mode, s.source, s.description, false, true);
      continue;
    }
    if (t.lower === 'in') {
      // "In Umarov's view, …", "in his opinion, …": the possessor of the opinion holds the view.
      const owner = possessedOpinion(tokens, i);
      if (owner) {
        // The construction makes its owner the holder of the view, as "according to" makes whatever follows a source.
        addHit(hits, tokens, text, base, [i, owner.end], 'object', owner.source, null, true, true, true);
        i = owner.end - 1;
        continue;
      }
    }
    if (tokens[i + 1]?.lower === 'in' && STRONG_CUES.has(t.lower) && isPastForm(t.lower)) {
      // "As noted in the statement, …", "This was stated in a report of the ministry": the document says it.
      const medium = documentIn(tokens, i);
      if (medium) {
        addHit(hits, tokens, text, base, [i, i + 2], 'object', medium, null, true, true);
        i++;
        continue;
      }
    }
    const phrase = multiwordAt(tokens, i);
    const cue = phrase ?? t.lower;
    if (phrase === null && !CANDIDATE_WORDS.has(cue)) continue;
    // Capitalised mid-sentence, a cue word is part of a name ("Islamic State") or a title, unless the line is a headline.
    if (t.cap && i > 0 && tokens[i - 1].word && !titleCase()) continue;
    const width = phrase ? phrase.split(' ').length : 1;
    const cueRange: Range = [i, i + width];
    const prevAt = skipAdverbsBack(tokens, i);
    const prev = tokens[prevAt];
    const push = (
      mode: CueMode,
      source: Range | null,
      description: Range | null,
      strong = false,
      content = false,
    ): void => addHit(hits, tokens, text, base, cueRange, mode, source, description, strong, content);

    // "the tens of thousands sometimes cited.": a reduced passive names what was cited, not who cited it.
    if (reducedFrequencyPassive(tokens, i, width)) {
      i += width - 1;
      continue;
    }
    const cited = OBJECT_SOURCE_PHRASES.has(cue) ? objectSource(tokens, i + width, text, base) : null;
    // "citing"/"quoting" with no original speaker after them fall through to the participle rule below.
    if (
      OBJECT_SOURCE_PHRASES.has(cue) &&
      (!PARTICIPLE_CUES.has(cue) || citesSpeaker(tokens, i + width, cited, text, base))
    ) {
      if (/^listens? to$/.test(cue) && !/^(?:one|you)$/.test(tokens[i - 1]?.lower ?? '')) continue;
      // "Per the ministry, …", "…, per a statement from …": a clause adverbial; inside a phrase "per" divides ("$200 per
      // month") or cites a norm ("as per the agreement").
      if (/^(?:as )?per$/.test(cue) && i > 0 && !isPunct(tokens[i - 1], ',', '(', '—', '–', ';', ':')) continue;
      // "according to figures compiled by the UN", "according to a tally by AP": the figures' author is the source.
      const author =
        cue === 'according to' && cited
          ? (authorAfter(tokens, cited.source[1]) ?? makerAfter(tokens, cited.source[1], text, base))
          : null;
      const o = author ? { source: author, description: null } : withoutReader(tokens, cited);
      if (
        cue === 'according to' &&
        o &&
        tokens[i - 1]?.word &&
        (conformity(tokens, o.source) || measuredBy(tokens, i))
      ) {
        i += width - 1;
        continue;
      }
      // "according to unofficial returns", "according to an attendee": whatever follows is, by the phrase, the source.
      const anySource = cue === 'according to' && !!o && !authorVoice(tokens, o.source);
      if (o) addHit(hits, tokens, text, base, cueRange, 'object', o.source, o.description, true, true, anySource);
      i += width - 1;
      continue;
    }
    if (PARTICIPLE_PHRASES.has(cue) || PARTICIPLE_CUES.has(cue)) {
      // "Clinton attacked Trump, saying …", "… before saying": an adjunct participle's subject is the main clause's.
      const adjunct =
        isPunct(tokens[i - 1], ',', '—', '–') || ADJUNCT_PREPOSITIONS.has(tokens[i - 1]?.lower ?? '')
          ? adjunctSpeaker(tokens, i - 1)
          : null;
      const j = isPunct(tokens[i - 1], ',') ? i - 2 : i - 1;
      push(
        'participle',
        adjunct ?? objectParticipleSubject(tokens, i) ?? (j >= 0 ? nameBeforeVerb(tokens, j) : null),
        null,
      );
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
    // "The IMU adds to a narrative of …", "added to the pressure": "add to" is to increase something, not to say more.
    if (/^add(?:s|ed|ing)?$/.test(cue) && tokens[i + 1]?.lower === 'to') continue;
    // "The Team was informed by two member states that …": the one told is the subject; the by phrase names the teller
    // when the content follows it (with no by phrase the teller is unsaid, a vague attribution: vague-sources.json).
    if (RECIPIENT_PASSIVES.has(cue) && prev && BE_FORMS.has(prev.lower)) {
      const next = tokens[i + 1]?.lower;
      const agent =
        next === 'by' ? passiveAgent(tokens, i) : next === 'at' || next === 'in' ? bodyAt(tokens, i + 2) : null;
      if (agent && (hasContent(tokens, agent[1]) || asComment(tokens, i, agent[1]))) {
        push('passive', agent, null, true, true);
        continue;
      }
    }
    const reporting = phrase !== null || STRONG_CUES.has(cue) || WEAK_CUES.has(cue);
    if (!reporting && !PASSIVE_BY_AGENT.has(cue)) continue;
    // Infinitives ("in order to confirm") report nothing, unless the source could or went on to ("was able to assess").
    if (prev?.lower === 'to' && infinitiveLicensor(tokens, prevAt) < 0) continue;
    if (prev && DETERMINERS.has(prev.lower) && !relativeThat(tokens, prevAt)) continue;
    if (phrase === null && nounHeadAt(tokens, i)) continue;
    if (phrase === null && objectOfVerb(tokens, prevAt, i)) continue;
    // A participle right after a noun (no be-form, auxiliary or pronoun subject before it) may be a reduced passive.
    const afterNoun =
      !!prev?.word && !BE_FORMS.has(prev.lower) && !AUXILIARIES.has(prev.lower) && !SUBJECT_PRONOUNS.has(prev.lower);
    // "an IMU member assessed to be …", "a man estimated to be …": a raising participle right after a noun with its
    // to-infinitive is an agentless passive, as the derived cues read it (words.ts RAISING_PASSIVES): the noun is
    // what is judged, and no one in the sentence judges it.
    if (
      afterNoun &&
      RAISING_PASSIVES.has(t.lower) &&
      tokens[i + 1]?.lower === 'to' &&
      !prev.cap &&
      !relativeWordBefore(tokens, i - 1, 3)
    ) {
      addAgentlessPassive(hits, tokens, text, base, i);
      continue;
    }
    // "a Taliban leader accused of planning attacks": active "accuse" always has an object before "of", so "accused of"
    // is a passive, here reduced after a noun. The noun is the accused; a "by" phrase names the accuser, and with none
    // who accuses is unsaid, as with "believed to be". ("whom he accused of lying": the relative's own subject accuses.)
    if (afterNoun && t.lower === 'accused' && !/^(?:who|whom|that|which)$/.test(tokens[i - 2]?.lower ?? '')) {
      const next = tokens[i + 1]?.lower;
      if (next === 'of') {
        addAgentlessPassive(hits, tokens, text, base, i);
        continue;
      }
      let agent = next === 'by' ? passiveAgent(tokens, i) : null;
      // "accused by villagers of extortion": the last "of" opens the charge, not part of the accuser.
      if (agent) {
        let k = agent[1] - 1;
        while (k > agent[0] && tokens[k].lower !== 'of') k--;
        if (k > agent[0]) agent = [agent[0], k];
      }
      if (agent) {
        push('passive', agent, null);
        continue;
      }
    }
    // "As reported by Reuters, …", "As noted by several observers, …", "as predicted earlier by the ministry": the comment
    // clause credits the main clause to its agent, whatever the reporting verb (Quirk et al. 1985 §15.53).
    if (prev?.lower === 'as' && /\p{L}ed$/u.test(cue)) {
      const agent = passiveAgent(tokens, i);
      if (agent) {
        push('passive', agent, null);
        continue;
      }
    }
    const passiveContext = !!prev && (BE_FORMS.has(prev.lower) || (prev.text === ',' && beFormBefore(tokens, i)));
    if (passiveContext) {
      const agent = PASSIVE_BY_AGENT.has(cue) && !negatedPassive(tokens, i) ? passiveAgent(tokens, i) : null;
      // "X was quoted by Gazeta.uz as saying …": the outlet relays; the one quoted is the original speaker.
      const relayed = !!agent && /^(?:quoted|cited)$/.test(cue) && quotedAs(tokens, agent[1]);
      const speaker = relayed ? subjectOf(tokens, i, cue) : null;
      if (speaker) push('passive', speaker.source, speaker.description, true, true);
      else if (agent) push('passive', agent, null);
      else if (
        QUOTED_SPEAKER.test(
          tokens
            .slice(i, i + 4)
            .map((x) => x.lower)
            .join(' '),
        )
      ) {
        // "The Tajik President has been quoted to have told …": the quoted one is the speaker.
        const s = subjectOf(tokens, i, cue);
        if (s) push('passive', s.source, s.description, true, true);
      }
      continue;
    }
    const following = tokens[i + 1];
    const nounFollows =
      !!following && (NOUN_FOLLOWERS.has(following.lower) || isPunct(following, ',', '.', ')', ';', ':'));
    if (AMBIGUOUS_CUES.has(`${cue}s`) && nounFollows) continue;
    // On PolNeAR train 4 of 980 lower-case "state" and 5 of 502 "states" are cues: the noun is the rule, so the verb
    // needs grammar for it. The bare form is a verb only where agreement allows one (after a plural, a pronoun, a
    // modal: not "Uzbekistan state media reported", "the Afghan state collapsed"), and neither form is one right before
    // a finite verb ("Member states agreed"), unless a relative clause extracted the complement's subject ("which the
    // charter states will …").
    if (cue === 'state' && readingAt(tokens, i) === 'noun') continue;
    if ((cue === 'state' || cue === 'states') && finiteVerbAt(tokens, i + width) && !relativeWordBefore(tokens, i, 5))
      continue;
    // "Trump’s comments", "Sanders’ claims": after a possessive the word is a noun, and a possessive is never a subject.
    if (AMBIGUOUS_CUES.has(cue) && prev && /[’']s$|s[’']$/.test(prev.lower) && prev === tokens[i - 1]) continue;
    if (AMBIGUOUS_CUES.has(cue)) {
      if (prev && (isAdjectival(prev) || pluralDeterminerBefore(tokens, i))) continue;
      const prevIndex = prev ? tokens.indexOf(prev) : -1;
      // "the Akorda press service reports": a role of several words ends at the word before the cue.
      const role = prev ? (roleOf(prev) ?? roleAt(tokens, prevIndex)?.info) : undefined;
      // "Intelligence reports led …", "Initial reports indicate …": a sentence-initial capital is no proof of a name.
      const initialWord =
        prevIndex === 0 && !lookupOrganisation(prev!.text) && !(role && (role.person || role.unique || role.document));
      const verbContext =
        (!!prev &&
          !initialWord &&
          (role ? !!(role.person || role.unique || role.document) : isProper(tokens, prevIndex))) ||
        (!!prev &&
          (SUBJECT_PRONOUNS.has(prev.lower) ||
            isPunct(prev, ',', '–', '—') ||
            isCloseQuote(prev) ||
            SUBJECT_PRONOUNS.has(prev.lower)));
      if (!verbContext && tokens[i + 1]?.lower !== 'that') continue;
      if (
        nounFollows &&
        !(
          prev &&
          (isProper(tokens, prevIndex) || SUBJECT_PRONOUNS.has(prev.lower) || closingReport(tokens, prevIndex, role))
        )
      )
        continue;
    }
    if (
      NEEDS_COMPLEMENT.has(cue) &&
      !hasContent(tokens, i + width) &&
      !isPunct(tokens[i + width], ',') &&
      !addresseeThenContent(tokens, i + width, cue) &&
      !admittedAct(tokens, i + width, cue) &&
      !advisedAgainst(tokens, i + width, cue) &&
      !doubtedStatement(tokens, i + width, cue)
    )
      continue;
    // "Lerer reported from Los Angeles.", "Mashal reported from Kabul; Rahim from Kunduz.": where a journalist filed
    // from, a byline note; only a content clause or quotation after the place ("reported from Kabul that …") relays.
    if (/^report(?:ed|ing|s)?$/.test(cue) && tokens[i + width]?.lower === 'from' && !contentAfter(tokens, i + width))
      continue;
    // "Abdullaev continues, “…”" relays words; "the fire continued" does not.
    if (
      CONTENT_ONLY_CUES.has(cue) &&
      !(hasContent(tokens, i + width) || (isPunct(tokens[i + width], ',') && isOpenQuote(tokens[i + width + 1])))
    )
      continue;
    if (
      PASSIVE_BY_AGENT.has(cue) &&
      prev &&
      prev.word &&
      !prev.cap &&
      roleOf(prev) === undefined &&
      // "has rejected a report by the UN": after an auxiliary the participle is an active perfect with an object.
      !AUXILIARIES.has(prev.lower) &&
      tokens[i + 1]?.lower !== 'that'
    ) {
      // Reduced relative clause: "buildings identified by intelligence sources" (comment clauses with "as" are above).
      const agent = passiveAgent(tokens, i);
      if (agent) {
        push('passive', agent, null);
        continue;
      }
    }
    // "identified", "described" … report only with an agent ("identified … by ISAF"), never as actions.
    if (!reporting) continue;
    if (OBJECT_SOURCE_VERBS.has(cue)) {
      const o = objectSource(tokens, i + width, text, base);
      if (
        o &&
        (isProper(tokens, o.source[0]) ||
          (tokens[o.source[0]].cap && o.source[1] - o.source[0] > 1) ||
          (quotedAsSaying(tokens, o.source[1]) && !vagueMention(text, base, tokens, o.source))) &&
        !namedAs(tokens, o.source[1])
      ) {
        push('object', o.source, o.description, true, true);
        continue;
      }
    }
    const s = subjectOf(tokens, i, cue);
    // "The term jamoat refers to a rural council": with a word, a name or a term for subject, "refer" defines a word.
    if (s?.mode === 'subject' && cue.startsWith('refer') && namesLanguage(tokens, s.source)) continue;
    const content = hasContent(tokens, i + width);
    // A subject found across a coordination or relative pronoun needs a clear report: relayed content or a
    // past-tense strong verb ("… and confirmed no civilians were hurt"), not "journalists who report more".
    if (s && (!s.indirect || content || (STRONG_CUES.has(cue) && /(?:ed|^said|^told|^wrote)$/.test(cue))))
      push(s.mode, s.source, s.description, STRONG_CUES.has(cue), content);
    i += width - 1;
  }
  derivedHits(hits, tokens, text, base, titleCase, quoted);
  return hits.length < 2 ? hits : hits.filter((h) => !hits.some((o) => compoundHead(tokens, h, o)));
}

/**
 * "A UN monitoring team report estimated that …", "The OSCE report continues": a cue form that can be a noun, right
 * before another cue's finite verb (past or -s) and ending that cue's subject, is the subject's head noun, not a verb
 * with the subject "team". English never stacks two finite verbs; a past form ("declined comment") stays the verb.
 */
function compoundHead(tokens: Token[], inner: CueHit, outer: CueHit): boolean {
  if (inner === outer || inner.cueRange[1] !== outer.cueRange[0] || outer.source[1] !== inner.cueRange[1]) return false;
  if (outer.source[0] > inner.cueRange[0] || isPastForm(tokens[inner.cueRange[1] - 1].lower)) return false;
  const verb = tokens[outer.cueRange[0]].lower;
  return isPastForm(verb) || /[^s]s$/.test(verb);
}

/**
 * "In Umarov's view, …", "in his opinion, …", "In the ministry's words, …": an opinion noun owned by a possessive, set
 * off by a comma at the head of a clause, cites its owner as "in the view of X" and "according to X" do (PolNeAR
 * train: "view" heads 12 gold cues). Returns the owner and the end of the phrase, or null.
 */
function possessedOpinion(tokens: Token[], i: number): { source: Range; end: number } | null {
  const before = tokens[i - 1];
  if (before && !isPunct(before, ',', ';', ':', '—', '–') && !/^(?:and|but|yet)$/.test(before.lower)) return null;
  let noun = -1;
  let source: Range | null = null;
  if (POSSESSIVE_PRONOUNS.has(tokens[i + 1]?.lower ?? '')) {
    source = [i + 1, i + 2];
    noun = i + 2;
  } else {
    for (let k = i + 1; k < Math.min(tokens.length, i + 7) && tokens[k].word; k++) {
      if (possessiveLength(tokens[k].text) > 0) {
        source = [i + 1, k + 1];
        noun = k + 1;
        break;
      }
    }
  }
  if (!source || !OPINION_NOUNS.has(tokens[noun]?.lower ?? '') || !isPunct(tokens[noun + 1], ',')) return null;
  return { source, end: noun + 1 };
}

/**
 * "was not confirmed by X", "could not be independently confirmed by RFE/RL", "wasn't reported by": a negator in the
 * passive's verb group says the agent did not do it, so the agent relays nothing. So does a negative subject ("None of
 * the claims was confirmed by observers"; negative-subject.ts).
 */
function negatedPassive(tokens: Token[], i: number): boolean {
  const wordAt = (k: number): string | null => (tokens[k]?.word ? tokens[k].lower : null);
  const start = verbGroupStart(wordAt, i);
  return negatorIn(wordAt, start, i) || (start < i && negativeSubject(wordAt, start - 1));
}

/**
 * Measure nouns that "put" estimates (COBUILD's sense of "put" as "estimate": "put the death toll at 20", "puts the
 * cost at $2 billion", "put their number at about 4,000").
 */
const ESTIMATED_MEASURES = new Set([
  'toll',
  'number',
  'numbers',
  'figure',
  'count',
  'cost',
  'costs',
  'losses',
  'casualties',
  'total',
  'tally',
  'strength',
  'size',
]);

/** Approximators before a figure ("about 40", "more than 300", "between 200 and 300"). */
const APPROXIMATORS = new Set(['about', 'around', 'some', 'roughly', 'nearly', 'almost', 'over', 'between']);
/** Comparatives before "than" and a figure ("more than 300", "fewer than 20"). */
const COMPARATIVES = new Set(['more', 'fewer', 'less']);

/**
 * "according to court records seen by the author": the participle whose "by" agent only read the document is no part
 * of the source's name (see makerAfter).
 */
function withoutReader<T extends { source: Range }>(tokens: Token[], cited: T | null): T | null {
  if (!cited) return null;
  const [a, b] = cited.source;
  return b - a > 1 && tokens[b]?.lower === 'by' && isPastForm(tokens[b - 1].lower)
    ? { ...cited, source: [a, b - 1] }
    : cited;
}

/** A figure opens at `k`: "1,200", "forty", "dozens", "about 40", "more than 300", "at least 40", "up to 5,000", "as many as 300". */
function figureAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  const w = t.lower;
  if (/^\d/.test(w) || CARDINAL_WORDS.has(w) || /^(?:dozens|hundreds|thousands|several)$/.test(w)) return true;
  const next = tokens[k + 1]?.lower;
  if (APPROXIMATORS.has(w)) return figureAt(tokens, k + 1);
  if (COMPARATIVES.has(w) && next === 'than') return figureAt(tokens, k + 2);
  if ((w === 'at' && next === 'least') || (w === 'up' && next === 'to')) return figureAt(tokens, k + 2);
  if (w === 'as' && next === 'many' && tokens[k + 2]?.lower === 'as') return figureAt(tokens, k + 3);
  return false;
}

/**
 * The document in "<reporting participle> in <document>" when the participle is a comment clause's ("as noted in the
 * report, …") or a passive's ("this was stated in a statement of the ministry"): the medium a statement was made in
 * speaks for it, as "the report says" does. Only a document noun heads it ("as noted in Kabul" names a place).
 */
function documentIn(tokens: Token[], i: number): Range | null {
  let k = skipAdverbsBack(tokens, i);
  let passive = false;
  while (k >= 0 && (AUXILIARIES.has(tokens[k].lower) || BE_FORMS.has(tokens[k].lower))) {
    passive ||= BE_FORMS.has(tokens[k].lower);
    k--;
  }
  const comment = tokens[k]?.lower === 'as' && (k === 0 || isPunct(tokens[k - 1], ',', '—', '–', ';', ':'));
  if (!comment && !passive) return null;
  const np = forwardNP(tokens, i + 2);
  if (!np || !roleOf(tokens[headIndex(tokens, np)])?.document) return null;
  // "stated in a report by the ministry": the document's author speaks through it, as in "a report by X says".
  return documentAuthorAt(tokens, np[1]) ?? np;
}

/**
 * The phrase ending at `j`, less a past-tense verb after a name: in "“…,” Mr. Saidov continued, referring to …" the
 * participle's subject is the speaker, not "Mr. Saidov continued".
 */
function nameBeforeVerb(tokens: Token[], j: number): Range | null {
  const r = backwardNP(tokens, j);
  if (!r || r[1] - r[0] < 2) return r;
  const last = tokens[r[1] - 1];
  return !last.cap && isPastForm(last.lower) && isProper(tokens, r[1] - 2) ? [r[0], r[1] - 1] : r;
}

/** Comparatives of size that state an estimate against another ("put the figure higher"). */
const COMPARATIVE_ESTIMATES = new Set(['higher', 'lower', 'greater', 'larger', 'smaller']);
/** Degree adverbs before such a comparative ("far higher", "much lower"). */
const ESTIMATE_DEGREE = new Set(['far', 'much', 'considerably', 'significantly', 'substantially', 'slightly', 'even']);
/** Where an "of" phrase after the measure ends: "at" and its figure, or a comparative and its degree adverb. */
const estimateEnd = (tokens: Token[], a: number): boolean => {
  const w = tokens[a].lower;
  return w === 'at' || COMPARATIVE_ESTIMATES.has(w) || ESTIMATE_DEGREE.has(w) || magnitudeAfter(tokens, a);
};
/** "in the thousands", "in the low hundreds" from `a`: a round order of magnitude stands for the figure. */
function magnitudeAfter(tokens: Token[], a: number): boolean {
  if (tokens[a]?.lower !== 'in' || tokens[a + 1]?.lower !== 'the') return false;
  const m = /^(?:low|high)$/.test(tokens[a + 2]?.lower ?? '') ? a + 3 : a + 2;
  return MAGNITUDES.test(tokens[m]?.lower ?? '');
}
/** Orders of magnitude a figure can be given as ("in the hundreds", "in the tens of thousands"). */
const MAGNITUDES = /^(?:dozens|tens|hundreds|thousands|millions)$/;

/**
 * "X put the death toll at 20": an estimate credited to X, as "X estimated the toll at 20" is. Returns the end of the
 * cue ("put … at"), or 0: the object's head must be a measure noun within four words (its "of" phrase may follow it),
 * and a figure must follow "at".
 */
function putAt(tokens: Token[], i: number): number {
  for (let k = i + 1; k <= i + 5 && k < tokens.length; k++) {
    if (!tokens[k].word) return 0;
    if (!ESTIMATED_MEASURES.has(tokens[k].lower)) continue;
    // "the total number of …": a measure word modifying another is no head; the next one is.
    if (ESTIMATED_MEASURES.has(tokens[k + 1]?.lower ?? '')) continue;
    // "the number of foreign fighters at", "the number of Kazakh citizens in the conflict zone at": an "of" phrase, with
    // its own place phrase, may stand between the measure and "at".
    let a = k + 1;
    if (tokens[a]?.lower === 'of') while (a < k + 10 && tokens[a]?.word && !estimateEnd(tokens, a)) a++;
    // "put the figure far higher", "put the toll much lower": a comparative gives the estimate against another.
    if (ESTIMATE_DEGREE.has(tokens[a]?.lower ?? '') && COMPARATIVE_ESTIMATES.has(tokens[a + 1]?.lower ?? ''))
      return a + 2;
    if (COMPARATIVE_ESTIMATES.has(tokens[a]?.lower ?? '')) return a + 1;
    if (magnitudeAfter(tokens, a)) return a + 1;
    if (tokens[a]?.lower !== 'at') return 0;
    return figureAt(tokens, a + 1) ? a + 1 : 0;
  }
  return 0;
}

/**
 * "as X put it" closing a comment clause (Quirk et al. 1985 §15.53: "as he put it", "as one official put it"): the
 * subject between "as" and "put it", when a comma, colon or the sentence's end follows.
 */
function asPutIt(tokens: Token[], i: number): Range | null {
  const after = tokens[i + 2];
  if (tokens[i + 1]?.lower !== 'it' || (after && !isPunct(after, ',', ':', '.', ';', '—', '–'))) return null;
  // "As Akbar Khan, a former governor, put it": the subject stands before its appositive.
  let end = i - 1;
  if (isPunct(tokens[end], ',')) {
    let c = end - 1;
    while (c > 1 && end - c < 16 && !isPunct(tokens[c], ',', ';', ':', '(', ')')) c--;
    if (!isPunct(tokens[c], ',')) return null;
    end = c - 1;
  }
  const subject = end > 0 ? backwardNP(tokens, end) : null;
  return subject && tokens[subject[0] - 1]?.lower === 'as' ? subject : null;
}

/**
 * "tried according to Afghan law", "… according to the rules of the court": after a verb or noun the phrase says how
 * something was done when its head (before any "of") is a norm. Opening a clause ("According to state law, no one
 * may …") it still cites the law for what follows.
 */
const conformity = (tokens: Token[], r: Range): boolean => ACCORDANCE_NOUNS.has(tokens[headIndex(tokens, r)].lower);

/**
 * Verbs of varying, ordering and dividing (Levin 1993's verbs of change and of arrangement), after which "according to"
 * gives the measure something follows ("prices vary according to the season", "seats are allocated according to the
 * vote", "went according to plan"), whatever that measure is, and cites no one.
 */
const MEASURE_VERBS =
  /^(?:var(?:y|ies|ied|ying)|differ(?:s|ed|ing)?|rang(?:e|es|ed|ing)|fluctuat(?:e|es|ed|ing)|sort(?:s|ed|ing)?|rank(?:s|ed|ing)?|classif(?:y|ies|ied|ying)|arrang(?:e|es|ed|ing)|group(?:s|ed|ing)?|divid(?:e|es|ed|ing)|allocat(?:e|es|ed|ing)|distribut(?:e|es|ed|ing)|assign(?:s|ed|ing)?|adjust(?:s|ed|ing)?|pric(?:e|es|ed|ing)|shift(?:s|ed|ing)?|chang(?:e|es|ed|ing)|adapt(?:s|ed|ing)?|evolv(?:e|es|ed|ing)|went|go(?:es|ne|ing)?|proceed(?:s|ed|ing)?)$/;

/** "according to" right after such a verb, an adverb between allowed ("vary widely according to"). */
const measuredBy = (tokens: Token[], i: number): boolean => {
  // "perform differently according to the surface", "weaker according to the odds": a manner of differing or a
  // comparative before it is measured by what follows too (a comparative ends in -er and is no noun: not "officer").
  const prev = tokens[i - 1]?.lower ?? '';
  if (prev === 'differently' || (/\p{L}{3}er$/u.test(prev) && isNonNominal(prev))) return true;
  let k = i - 1;
  if (/\p{L}{3}ly$/u.test(tokens[k]?.lower ?? '')) k--;
  return MEASURE_VERBS.test(tokens[k]?.lower ?? '');
};

/**
 * "quoting police", "citing the UN": what "quoting"/"citing" takes is the original speaker only when it is one. A quoted
 * phrase ("citing “the unique danger”"), a thing named as something ("citing drought as the main cause") or a vague
 * origin ("citing intelligence reports", the labelling guide's nested-source rule) leaves the participle to the subject
 * of the clause it hangs on.
 */
function citesSpeaker(
  tokens: Token[],
  from: number,
  cited: { source: Range } | null,
  text: string,
  base: number,
): boolean {
  return (
    !!cited &&
    !isOpenQuote(tokens[from]) &&
    !namedAs(tokens, cited.source[1]) &&
    !vagueMention(text, base, tokens, cited.source)
  );
}

/**
 * "cited Kabul Bank as the most likely lender": "as" and a noun phrase after the object name what the object is; the
 * object speaks only in "cited X as saying", "quoted X as having said".
 */
function namedAs(tokens: Token[], after: number): boolean {
  return tokens[after]?.lower === 'as' && !!tokens[after + 1]?.word && !quotedAsSaying(tokens, after);
}

/**
 * The guide's nested-source rule: an original speaker who is vague or unidentified ("quoted a witness as saying") leaves
 * the sentence to the source relaying it.
 */
function vagueMention(text: string, base: number, tokens: Token[], r: Range): boolean {
  return classifySource(text.slice(tokens[r[0]].start - base, tokens[r[1] - 1].end - base)).sourceType === 'anonymous';
}

/** "quoted a police spokesman as saying": whoever the object is, lower-case role or name, it is the speaker. */
function quotedAsSaying(tokens: Token[], after: number): boolean {
  const next = tokens[after + 1];
  return (
    tokens[after]?.lower === 'as' &&
    !!next &&
    /^(?:saying|having|telling|stating|writing|noting|adding|calling)$/.test(next.lower)
  );
}

/** A "that", a quotation mark or a colon somewhere after `from`: the content a report from a place relays. */
function contentAfter(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k++)
    if (tokens[k].lower === 'that' || isQuote(tokens[k]) || tokens[k].text === ':') return true;
  return false;
}

/** Verbs of admission (Levin 1993 §37.7): their content may be the act admitted, "to" and a gerund. */
const ADMISSION = /^(?:admit(?:s|ted)?|confess(?:es|ed)?|acknowledged?|acknowledges)$/;

/** "confessed to planning attacks", "admitted to smuggling": the admitted act is the relayed content. */
function admittedAct(tokens: Token[], k: number, cue: string): boolean {
  return ADMISSION.test(cue) && tokens[k]?.lower === 'to' && /\p{L}{3,}ing$/u.test(tokens[k + 1]?.lower ?? '');
}

/** Verbs of doubting ("question", "doubt"): with a person for object "questioned" is interrogation in raid reports. */
const DOUBTING = /^(?:question(?:s|ed)?|doubt(?:s|ed)?)$/;
/** "questioned the figures", "doubted the ministry's official account": a doubted statement is the verb's content. */
function doubtedStatement(tokens: Token[], k: number, cue: string): boolean {
  if (!DOUBTING.test(cue)) return false;
  for (let j = k; j < Math.min(tokens.length, k + 5); j++) {
    const t = tokens[j];
    if (!t.word) return false;
    if (STATEMENT_HEADS.has(t.lower)) return true;
    if (t.lower === 'of' || AUXILIARIES.has(t.lower)) return false;
  }
  return false;
}

/**
 * Levin's (1993, §37.9) advise verbs take the advice as an "against" phrase ("cautioned against reading every arrest as
 * …"), as the derived lexicon attests for "warn" (PolNeAR train: "warned against" 4 of 4 gold cues). "caution" is the
 * hand-listed one that needs its complement.
 */
const ADVISING = /^caution(?:s|ed|ing)?$/;

function advisedAgainst(tokens: Token[], k: number, cue: string): boolean {
  return ADVISING.test(cue) && tokens[k]?.lower === 'against' && !!tokens[k + 1]?.word;
}
