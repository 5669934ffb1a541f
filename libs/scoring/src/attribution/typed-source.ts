/**
 * Builds a typed source (surface text, span, canonical, type, named) from a phrase in the
 * document, and finds the people and organisations a sentence mentions for coreference.
 */
import type { Attribution, AttributionContext, SegmentedDocument } from '../types';
import { analyseMention } from './mention-parts';
import { classifyParts, properName } from './source-types';
import { resolveSurname } from './aliases';
import { possessiveLength, tokenize, type Token } from './tokens';
import {
  backwardNP,
  commonNoun,
  forwardNP,
  isProper,
  nameModifiesNoun,
  nounNotVerb,
  PROPORTION_BASE,
  PROPORTION_COUNT,
} from './noun-phrase';
import { HONORIFICS, isPastTense, isPreposition, RANK_TITLES, ROLES, type RoleInfo } from './lexicon';
import { finiteVerbAt } from './frames';
import { skipAdverbialsForward } from './adverbials';
import { CARDINAL_WORDS, DETERMINERS, NEGATING_SUBJECTS, OPENER_NON_NAMES, TIME_UNIT } from './words';

/** An owner's possessive, up to two words, a lower-case head ending the phrase or followed by an "of" phrase. */
const OWNED_DOCUMENT = /^(.+?)['’]s?\s+(?:\S+\s+){0,2}?(\p{Ll}+)(\s+of\s[\s\S]*)?$/u;

/**
 * What follows a document noun when it was published on someone's own page or channel: "posted on the ministry's
 * website", "published on the group's Telegram channel". Group 1 is the owner, group 2 the possessive and medium.
 */
const PUBLISHED_ON =
  /^\s+(?:posted|published|released|shared|uploaded|issued)\s+(?:on|to|in|via)\s+((?:the\s+)?(?:\p{L}[\p{L}.&-]*\s+){0,5}?\p{L}[\p{L}.&-]*)(['’]s?\s+(?:official\s+)?(?:\p{Lu}\p{L}*\s+)?(?:website|site|web\s+site|page|channel|account|feed|blog))\b/u;

/** Nouns of information given out (role-nouns.json types them anonymous: "information received", "intelligence"). */
const INFORMATION_NOUNS = new Set(['information', 'intelligence']);

export type TypedSource = Pick<Attribution, 'source' | 'canonical' | 'span' | 'sourceType' | 'named'>;

/** "six in 10", "one in four" opening a phrase: noun-phrase.ts's token classes, as text. */
const bare = (re: RegExp): string => re.source.replace(/^\^|\$$/g, '');
const PROPORTION = new RegExp(`^${bare(PROPORTION_COUNT)}\\s+in\\s+${bare(PROPORTION_BASE)}\\b`, 'i');

/** What typedSource reads about the sentence a mention is in. */
export type SentenceContext = AttributionContext & { sentence?: string; description?: string };

/**
 * The article's context with the sentence (and a description of the source, when the sentence gives one), built field
 * by field: on Node 20's V8 an object spread followed by a property its source lacks (`{ ...ctx, sentence }`) costs
 * 0.6-3 µs and leaves the properties in a dictionary, and such objects were most of a cue sentence's attribution time.
 */
export const sentenceContext = (ctx: AttributionContext, sentence: string, description?: string): SentenceContext => ({
  publishedAt: ctx.publishedAt,
  author: ctx.author,
  outletType: ctx.outletType,
  sentence,
  description,
});

/**
 * Types the phrase doc.text[start, end). A personal name keeps only the name as `source`; an
 * organisation named inside a descriptive phrase ("A March 2011 article in the Small Wars Journal")
 * keeps the organisation; office holders keep the whole phrase ("the head of … service").
 */
export function typedSource(doc: SegmentedDocument, start: number, end: number, ctx: SentenceContext): TypedSource {
  const text = doc.text.slice(start, end);
  // "Six in 10 said", "One in four Afghans": a share of those asked, no one in particular (the capital is no name).
  if (PROPORTION.test(text))
    return { source: text, canonical: text, span: [start, end], sourceType: 'anonymous', named: false };
  const parts = analyseMention(text);
  // "information from the Border Service", "according to the information of the State Committee": information a body
  // gave out is that body's, as a document is its issuer's. After "of" only a proper name is its giver ("information of
  // Taliban movements" is about them).
  if (parts.head && INFORMATION_NOUNS.has(parts.head.key) && !parts.person) {
    const link = /\s(from|of)\s+(?=\p{L})/u.exec(text);
    const at = link ? start + link.index + link[0].length : -1;
    if (link && (link[1] === 'from' || properName(doc.text.slice(at, end).trim()))) {
      const inner = typedSource(doc, at, end, ctx);
      if (inner.sourceType !== 'anonymous') return inner;
    }
  }
  // "a statement from the Defence Ministry": a document is credited to whoever issued it.
  if (parts.head?.info.document && !parts.person && parts.orgs.length === 0) {
    // The issuer may be a name or a role ("figures from both governments", "a letter from the ministry"): whatever types
    // as a source; a phrase that types as no one ("a report of the attack") leaves the document unnamed.
    // "the ministry's report", "the army's statement": a document its possessor owns is the possessor's; so is "Lemon's
    // analysis of court cases", whose "of" phrase (group 3) is then its topic, not its issuer.
    const owner = OWNED_DOCUMENT.exec(text);
    const owned = !!owner && !!ROLES.get(owner[2])?.document;
    const issuer = owned && owner[3] ? null : /\s(?:from|by|of)\s+(?=\p{L})/u.exec(text);
    if (issuer) {
      const inner = typedSource(doc, start + issuer.index + issuer[0].length, end, ctx);
      if (inner.sourceType !== 'anonymous') return inner;
    }
    if (owner && !issuer && owned) {
      const inner = typedSource(doc, start, start + owner[1].length, ctx);
      if (inner.sourceType !== 'anonymous') return inner;
    }
    // "a statement posted on the ministry's website": the owner of the page or channel that carries it issued it.
    const carrier = issuer || owner ? null : PUBLISHED_ON.exec(doc.text.slice(end, end + 120));
    if (carrier) {
      const at = end + carrier.index + carrier[0].length - carrier[1].length - carrier[2].length;
      const inner = typedSource(doc, at, at + carrier[1].length, ctx);
      if (inner.sourceType !== 'anonymous') return inner;
    }
  }
  const cls = classifyParts(parts, ctx);
  // "Sources close to Mr. Karimov", "militants linked to al-Qaeda": the name after the tie describes the unnamed source,
  // so the whole phrase stays the source rather than shrinking to that name.
  if (cls.tied)
    return { source: text, canonical: cls.canonical, span: [start, end], sourceType: cls.sourceType, named: cls.named };
  let sStart = start;
  let sEnd = end;
  let canonical = cls.canonical;
  let sourceType = cls.sourceType;
  if (parts.person) {
    sStart = start + parts.person[0];
    sEnd = start + parts.person[1];
    canonical = resolveSurname(doc.text.slice(sStart, sEnd), doc.text, sStart);
    if (cls.guessed) {
      const described = describePerson(doc, canonical, ctx);
      if (described) sourceType = described;
    }
  } else if (cls.guessed && cls.named) {
    // An acronym the gazetteer lacks: the document may spell it out ("the Afghan Road Authority (ARA)").
    const expanded = expandAcronym(doc, text, ctx);
    if (expanded) sourceType = expanded;
  } else if (parts.orgs.length > 0) {
    const head = parts.head;
    const coreChars = parts.tokens[parts.coreEnd - 1]?.end ?? text.length;
    const org = parts.orgs[parts.orgs.length - 1];
    if (
      !head ||
      (head.info.document && org.start >= coreChars) ||
      (!head.info.person && !head.info.crowd && !head.info.document && org.end >= text.trimEnd().length)
    ) {
      sStart = start + org.start;
      sEnd = start + org.end;
    }
  }
  return { source: doc.text.slice(sStart, sEnd), canonical, span: [sStart, sEnd], sourceType, named: cls.named };
}

/**
 * A comma's phrase that is a clause ("the number of fighters is overstated", "militants regrouped near the border"), not
 * a description: its first noun phrase is followed by a finite verb. "the former governor challenged by X" and "the
 * minister at the time the tax was introduced" are descriptions whose verbs belong to their own modifiers.
 */
function clauseLike(phrase: string): boolean {
  const tokens = tokenize(phrase, 0);
  const np = forwardNP(tokens, 0);
  if (!np || np[0] !== 0) return false;
  const verb = skipAdverbialsForward(tokens, np[1]);
  // A participle with its agent post-modifies the phrase ("the governor challenged by X in 1986").
  return finiteVerbAt(tokens, verb) && tokens[verb + 1]?.lower !== 'by';
}

/**
 * Index of the last sentence end in `window` ([.!?;:] and a space), or -1. The period of a military rank, a courtesy
 * title or a state's initials ("Afghan commando Sgt. Hafiz Rahman", "U.S. Army Col.", "Dr.") ends no sentence: the
 * words before it still describe the name. A political title's ("Sen.", "Gov.") is left a boundary: the words before
 * it are as often the clause's verb ("would force Sen. X to …") as a description.
 */
function sentenceEndIn(window: string): number {
  const re = /[.!?;:][”"’]?\s+/g;
  let last = -1;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    const word = /([\p{L}.]+)$/u.exec(window.slice(0, m.index))?.[1].toLowerCase();
    if (window[m.index] === '.' && word && TITLE_ABBREVIATIONS.has(word)) continue;
    last = m.index;
  }
  return last;
}
const TITLE_ABBREVIATIONS = new Set([
  ...[...RANK_TITLES, ...HONORIFICS].filter((t) => t.endsWith('.')).map((t) => t.slice(0, -1)),
  'u.s',
  'u.n',
]);

/**
 * Type of a person from a description the document gives at the name's first occurrence
 * ("Daniil Kislov, director of …", "Capt. Aaron Schwengler, Company B commander"). Looks only at a
 * short window around one indexOf hit, so it costs the same for long and short documents.
 */
function describePerson(
  doc: SegmentedDocument,
  name: string,
  ctx: AttributionContext,
): Attribution['sourceType'] | null {
  const at = doc.text.indexOf(name);
  if (at < 0) return null;
  // A description is the name's own: the words before it in its sentence, never the end of the previous one.
  const window = doc.text.slice(Math.max(0, at - 50), at);
  // A dash ends it too: "KABUL (AP) — Zabihullah Mujahid said" opens with a wire dateline, whose agency is not his.
  const dash = window.search(/\s[—–]\s+[^—–]*$/);
  const boundary = Math.max(sentenceEndIn(window) + 1, window.lastIndexOf('\n') + 1, dash < 0 ? 0 : dash + 2);
  // The words that run into the name describe it ("Tajik President Emomali Rahmon"), and so does an appositive ending in
  // a role before a comma ("the state's governor, John Kasich"); another phrase set off by a comma ("In an interview
  // with the BBC, Karimov said") is about something else.
  let pre = window.slice(boundary);
  const comma = /([^\s,]+)\s*,\s*$/.exec(pre);
  // "In his study of Uzbek jihadists, Noah Tucker said": a phrase opened by a preposition is a fronted adverbial, whose
  // last noun is what it is about, not the name's role.
  const opener = /^\s*(\p{L}+)/u.exec(pre)?.[1].toLowerCase() ?? '';
  if (comma && (!ROLES.has(comma[1].toLowerCase().replace(/[’']s$/, '')) || isPreposition(opener))) pre = '';
  // "The army, in Tucker's reading, …": a phrase closed by an earlier comma is another phrase, not the name's.
  else if (!comma) pre = pre.slice(pre.lastIndexOf(',') + 1);
  const before = pre.split(/\s+/).slice(-5).join(' ');
  const after = doc.text.slice(at + name.length, at + name.length + 220);
  // "X, a political scientist, …" is an appositive; "According to X, militants are regrouping" is the clause X's words
  // make up, whose subject describes nothing about X.
  const appositive = /^,\s+([^,.;()“”"]{3,120})/u.exec(after)?.[1];
  // "Gen. John R. Allen, commander, International Security Assistance Force": the press-release style sets the body off
  // by a second comma after a bare title; the title is the body's.
  const titled = /^,\s+(\p{Ll}+(?:\s\p{Ll}+)?),\s+((?:the\s)?\p{Lu}[^,.;()“”"]{2,100})/u.exec(after);
  const titleOf = titled && ROLES.has(titled[1]) ? `${titled[1]} of ${titled[2]}` : undefined;
  for (const d of [`${before}${name}`, titleOf, appositive]) {
    if (!d || (d === appositive && clauseLike(d))) continue;
    const p = analyseMention(d);
    if (!p.head && p.orgs.length === 0 && !p.rank) continue;
    const cls = classifyParts(p, ctx);
    if (!cls.guessed && cls.sourceType !== 'anonymous') return cls.sourceType;
  }
  return null;
}

/** Type of an acronym in `mention` from its expansion in the document ("Full Name (ACR)" or "ACR (Full Name)"). */
function expandAcronym(
  doc: SegmentedDocument,
  mention: string,
  ctx: AttributionContext,
): Attribution['sourceType'] | null {
  const acr = /\b(\p{Lu}{2,6})\b/u.exec(mention)?.[1];
  if (!acr) return null;
  const around = [`(${acr})`, `${acr} (`];
  for (const key of around) {
    const at = doc.text.indexOf(key);
    if (at < 0) continue;
    const full = key.startsWith('(')
      ? (doc.text
          .slice(Math.max(0, at - 100), at)
          .split(/[.,;:()\n]/)
          .pop() ?? '')
      : (/^([^()]{3,100})\)/.exec(doc.text.slice(at + key.length))?.[1] ?? '');
    const cls = classifyParts(analyseMention(full.trim()), ctx);
    if (!cls.guessed && cls.sourceType !== 'anonymous') return cls.sourceType;
  }
  return null;
}

export interface Mention {
  start: number;
  end: number;
  person: boolean;
  plural: boolean;
}

/** Last words of the two-word roles ("television" of "state television"): only they need the two-word lookup. */
const TWO_WORD_ROLE_ENDS: ReadonlySet<string> = new Set(
  [...ROLES.keys()].filter((k) => k.split(' ').length === 2).map((k) => k.split(' ')[1]),
);

/**
 * The role of one or two words ending at token `i` ("state television", "guards"), a possessive read bare. Two words
 * cover the multi-word roles a mention can end in; mention-parts' roleAt tries every length, too slow for every token.
 */
function roleEndingAt(tokens: Token[], i: number): RoleInfo | undefined {
  const word = tokens[i].lower.replace(/[’']s$/, '');
  const prev = tokens[i - 1];
  const pair = prev?.word && TWO_WORD_ROLE_ENDS.has(word) ? ROLES.get(`${prev.lower} ${word}`) : undefined;
  return pair ?? ROLES.get(word);
}

/**
 * A person or crowd role noun at `k` or after one lower-case modifier ("presidential candidate", "border guards"); a
 * verb form or a determiner in between ("Ortega gathered the delegates") ends the phrase first.
 */
function runsIntoRole(tokens: Token[], k: number): boolean {
  for (let j = k; j < Math.min(tokens.length, k + 2); j++) {
    const t = tokens[j];
    if (!t.word || t.cap) return false;
    const role = roleEndingAt(tokens, j);
    // "Tajik border guards", "Tajik state television": a person, a crowd or one office or outlet.
    if (role && (role.person || role.crowd || (role.unique && role.type !== 'anonymous'))) return true;
    if (/(?:ed|ing|s)$/.test(t.lower) || isPastTense(t.lower) || DETERMINERS.has(t.lower)) return false;
  }
  return false;
}

/**
 * "The Internet", "the House", "his Catholic faith": a capitalised run after a determiner names an institution, a
 * place or a thing, or modifies a noun; a person's name takes no determiner (Quirk et al. 1985 §5.60-5.66), unless a
 * title or honorific opens it ("the Sheikh Rashid Ahmad").
 */
const determinedName = (tokens: Token[], i: number): boolean => {
  if (!DETERMINERS.has(tokens[i - 1]?.lower ?? '')) return false;
  const w = tokens[i].lower;
  return !RANK_TITLES.has(w) && !HONORIFICS.has(w) && !HONORIFICS.has(w.replace(/\.$/, ''));
};

const PROPER_ADJECTIVE = /\p{Ll}(?:ic|ese|ish)$/u;

/** "Islamic world", "Turkish troops": a proper adjective at `i` and a common noun that is no verb after it. */
function properAdjectiveBeforeNoun(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return !!next && PROPER_ADJECTIVE.test(tokens[i].text) && !isPreposition(next.lower) && nounNotVerb(next);
}

/** People and organisations mentioned in doc.text[from, to), in order. */
export function mentionsIn(doc: SegmentedDocument, from: number, to: number): Mention[] {
  const tokens = tokenize(doc.text.slice(from, to), from);
  const out: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    // "state television" as well as "television".
    const role = roleEndingAt(tokens, i);
    // "Admiral Harris makes …": a capitalised role before a name is its title, and the name's run below reads both.
    const title = t.cap && !!role?.person && !/s$/.test(t.lower) && isProper(tokens, i + 1);
    if (role && (role.person || role.crowd || role.unique) && !/[’']s$/.test(t.text) && !title) {
      const back = backwardNP(tokens, i);
      const fwd = back ? forwardNP(tokens, back[0]) : null;
      const r = fwd && fwd[1] > i ? fwd : back;
      // "delegate slots", "donor conferences": a role noun modifying the noun after it names no one.
      if (r && i + 1 < r[1] && commonNoun(tokens[i + 1])) {
        i = r[1];
        continue;
      }
      // "no group has claimed it": a negative phrase introduces no one a later pronoun could take up (Karttunen 1976,
      // negated indefinites set up no discourse referent).
      if (r && NEGATING_SUBJECTS.has(tokens[r[0]].lower)) {
        i = r[1];
        continue;
      }
      if (r) {
        out.push({
          start: tokens[r[0]].start,
          end: tokens[r[1] - 1].end,
          person: !!role.person,
          plural: !role.person && /s$/.test(t.lower),
        });
        i = r[1];
        continue;
      }
    }
    if (isProper(tokens, i)) {
      let e = i + 1;
      while (e < tokens.length && (isProper(tokens, e) || (tokens[e].lower === 'and' && tokens[e + 1]?.cap))) e++;
      // "Minutes later, she …", "Ultimately, …": a capitalised opener that measures time or is an adverb names no one.
      // So does a closed-class opener ("Everybody", "Oh") or a participle ("Rattling off numbers, she …").
      if (
        i === 0 &&
        e === 1 &&
        (TIME_UNIT.test(t.lower) ||
          CARDINAL_WORDS.has(t.lower) ||
          /\p{L}{4}ly$/u.test(t.lower) ||
          OPENER_NON_NAMES.has(t.lower) ||
          /\p{L}{3}ing$/u.test(t.lower) ||
          // "Adopted by a family in 1981, he …": a past participle opening a clause before its preposition.
          (/\p{L}{3}ed$/u.test(t.lower) && isPreposition(tokens[1]?.text ?? '')))
      ) {
        i = e;
        continue;
      }
      const text = doc.text.slice(t.start, tokens[e - 1].end);
      const parts = analyseMention(text);
      // "the Republican nomination": a modifier, no referent; an organisation so used ("the NATO mission") still is one.
      if (parts.orgs.length === 0 && nameModifiesNoun(tokens, i, e)) {
        i = e;
        continue;
      }
      // "the entire Islamic world", "Turkish troops": a one-word proper adjective (the suffixes -ic, -ese, -ish of
      // religions and nationalities; not -an, which ends as many surnames) before a common noun refers to no one.
      if (parts.orgs.length === 0 && e === i + 1 && properAdjectiveBeforeNoun(tokens, i)) {
        i = e;
        continue;
      }
      // "Republican presidential candidate Sen. Lindsey Graham", "Tajik border guards": a one-word name running into a
      // role is that role's modifier; the role's phrase, found at its head, is the mention.
      if (parts.orgs.length === 0 && e === i + 1 && runsIntoRole(tokens, e)) {
        i = e;
        continue;
      }
      // "Wyoming Republicans": a name ending in a plural group noun is plural.
      const group = ROLES.get(tokens[e - 1].lower);
      // "Mrs. Clinton's campaign": the referent is the owner, without the possessive ending.
      const possessive = possessiveLength(tokens[e - 1].text);
      out.push({
        start: t.start,
        end: tokens[e - 1].end - possessive,
        person: !!parts.person && !determinedName(tokens, i),
        plural: / and /.test(text) || (!!group?.crowd && /s$/.test(tokens[e - 1].lower)),
      });
      i = e;
      continue;
    }
    i++;
  }
  return out;
}
