/**
 * Resolves pronoun and anaphor subjects ("He claimed", "It adds", "They also detail", "the latter",
 * "The author concludes") to an earlier source, looking back at most two sentences: the labelling
 * guide credits a pronoun to the referent's name, and long-range guesses would invent sources.
 */
import type { Attribution, AttributionContext, SegmentedDocument } from '../types';
import { analyseMention } from './mention-parts';
import { INVERTED_CUES, isOrgWord, STATE_SPEAKERS } from './lexicon';
import { mentionsIn, sentenceContext, typedSource, type Mention, type TypedSource } from './typed-source';
import { ISSUING_PARTICIPLES, POSSESSIVE_DETERMINERS } from './words';
import { tokenize } from './tokens';
import { forwardNP } from './noun-phrase';
import type { QuoteState } from './quotes';
import { genderClash } from './gender';

export interface History {
  doc: SegmentedDocument;
  ctx: AttributionContext;
  /** Attributions decided so far, by segment index. */
  results: (Attribution | null)[];
  /** Index of the current segment. */
  index: number;
  /** Quotation state by segment (quotes.ts), when the caller has it. */
  quotes?: readonly QuoteState[];
}

const LOOKBACK = 2;

function isPersonSource(a: Attribution): boolean {
  const p = analyseMention(a.source);
  return !!p.person || !!p.head?.info.person;
}

function isPluralSource(a: Attribution): boolean {
  const p = analyseMention(a.source);
  return / and /.test(a.source) || !!p.head?.info.crowd || (/s$/.test(p.head?.key ?? '') && !p.head?.info.person);
}

/** "It said" refers to a body: a gazetteer organisation, an organisation-like name or an office ("the Interior Ministry"). */
function isBody(text: string): boolean {
  const p = analyseMention(text);
  if (p.orgs.length > 0) return true;
  if (p.head)
    return !p.head.info.person && !p.head.info.crowd && !!p.head.info.unique && p.head.info.type !== 'anonymous';
  return isOrgWord(text);
}

/** A body, or a state or capital, which speaks as its government does ("Russia …, which it calls …"). */
const bodyOrState = (text: string): boolean => STATE_SPEAKERS.has(text.toLowerCase()) || isBody(text);

const fromAttribution = (a: Attribution): TypedSource => ({
  source: a.source,
  canonical: a.canonical,
  span: a.span,
  sourceType: a.sourceType,
  named: a.named,
});

/** Endnotes ("(1) They cite …") start afresh: their pronouns do not reach into the body text. */
const NOTE_MARKER = /^\s*[([]?\d{1,3}[)\].]\s/;

function previousAssertions(h: History): number[] {
  const out: number[] = [];
  if (NOTE_MARKER.test(h.doc.segments[h.index].text)) return out;
  for (let k = h.index - 1; k >= 0 && out.length < LOOKBACK; k--) {
    if (h.doc.segments[k].kind === 'assertion') out.push(k);
  }
  return out;
}

/**
 * "“… . … . …,” he said": the sentence where the quotation this one closes opened, and the one before it, when the
 * quotation spans more sentences than the look-back reaches. Empty when the sentence closes no earlier quotation.
 */
function beforeQuotation(h: History): number[] {
  const quotes = h.quotes;
  if (!quotes?.[h.index]?.openAtStart) return [];
  let k = h.index - 1;
  while (k >= 0 && (h.doc.segments[k].kind !== 'assertion' || quotes[k]?.openAtStart)) k--;
  const out: number[] = [];
  for (; k >= 0 && out.length < LOOKBACK; k--) if (h.doc.segments[k].kind === 'assertion') out.push(k);
  return out;
}

function fromMention(h: History, m: Mention): TypedSource {
  return typedSource(h.doc, m.start, m.end, sentenceContext(h.ctx, h.doc.text.slice(m.start, m.end)));
}

function pickMention(mentions: Mention[], want: (m: Mention) => boolean, last = false): Mention | undefined {
  const ok = mentions.filter(want);
  return last ? ok[ok.length - 1] : ok[0];
}

/** "Amina Saidova and Rustam Aliev" → the two people, for "the former" / "the latter". */
function splitCoordination(h: History, m: Mention): Mention[] {
  const text = h.doc.text.slice(m.start, m.end);
  const parts: Mention[] = [];
  let from = 0;
  for (const sep of text.matchAll(/\s+and\s+/g)) {
    parts.push({ start: m.start + from, end: m.start + (sep.index ?? 0), person: true, plural: false });
    from = (sep.index ?? 0) + sep[0].length;
  }
  parts.push({ start: m.start + from, end: m.end, person: true, plural: parts.length > 0 ? false : m.plural });
  return parts;
}

/**
 * Referent of `pronoun` used at absolute offset `at` in the current segment.
 * Returns the referent and whether it lies in an earlier sentence.
 */
export function resolvePronoun(
  pronoun: string,
  at: number,
  h: History,
  accept?: (ref: TypedSource) => boolean,
): { ref: TypedSource; carried: boolean } | null {
  // Typing a candidate costs a typedSource call: only when the caller filters by type.
  const typeFits = (m: Mention): boolean => !accept || accept(fromMention(h, m));
  const seg = h.doc.segments[h.index];
  const prev = previousAssertions(h);
  if (pronoun === 'latter' || pronoun === 'former') {
    for (const k of prev) {
      const s = h.doc.segments[k];
      const people = mentionsIn(h.doc, s.start, s.end)
        .filter((m) => m.person)
        .flatMap((m) => splitCoordination(h, m));
      if (people.length >= 2)
        return { ref: fromMention(h, pronoun === 'latter' ? people[people.length - 1] : people[0]), carried: true };
    }
    return null;
  }
  // He or she agrees in sex with its antecedent: a mention known to be of the other sex is none ("the woman … He said").
  const clash = (text: string): boolean => genderClash(pronoun, text);
  const want = (m: Mention): boolean =>
    pronoun === 'they'
      ? m.plural
      : pronoun === 'it'
        ? !m.person && !m.plural
        : m.person && !m.plural && !clash(h.doc.text.slice(m.start, m.end));
  // Names inside a quotation are the speaker's words, not antecedents ("“This puts Afghan civilian lives …,” he added"),
  // while a name outside it still is ("While Karimov called the raid “a disgrace,” he said …").
  const prefix = h.doc.text.slice(seg.start, at);
  const quotedUpTo = QUOTE_MARK.test(prefix) ? quotedOffsets(prefix, !!h.quotes?.[h.index]?.openAtStart) : null;
  const unquoted = (m: Mention): boolean => !quotedUpTo || !quotedUpTo[m.start - seg.start];
  // Names in what a closing comment clause reports ("Karimov lied about the raid, he said.") are what the speaker talks
  // about; only a frame before a colon that introduces the content may name the speaker ("X disagreed: “…,” he said").
  const contentFrom = closingComment(prefix, h.doc.text.slice(at, seg.end)) ? prefix.lastIndexOf(':') : prefix.length;
  // A sentence opening on the same pronoun continues that pronoun's referent ("He attacked X … , he said").
  const sameOpening = (pronoun === 'he' || pronoun === 'she') && OPENS_WITH[pronoun].test(prefix);
  // A name after a locative preposition ("in Fayetteville", "to Columbus") is a place, no antecedent of he or she.
  const notPlace = (m: Mention): boolean => !LOCATIVE_BEFORE.test(h.doc.text.slice(Math.max(0, m.start - 12), m.start));
  const here = sameOpening
    ? undefined
    : pickMention(
        mentionsIn(h.doc, seg.start, at),
        (m) =>
          m.end - seg.start <= contentFrom &&
          unquoted(m) &&
          want(m) &&
          (pronoun === 'they' || notPlace(m)) &&
          typeFits(m),
      );
  if (here && pronoun !== 'it') return { ref: fromMention(h, here), carried: false };
  // "Russia guards the region, which it calls its backyard": a body or state that opens the sentence, as its subject,
  // is what a later "it" in the same sentence takes up; any other "it" looks first to the sentences before.
  if (
    here &&
    pronoun === 'it' &&
    SENTENCE_OPENING.test(h.doc.text.slice(seg.start, here.start)) &&
    bodyOrState(h.doc.text.slice(here.start, here.end))
  )
    return { ref: fromMention(h, here), carried: false };
  for (const k of prev) {
    const a = h.results[k];
    // "He told the crowd … . He said …": a sentence that opened with the same pronoun, resolved from further back, keeps
    // its referent (the chain's centre continues), whatever its type; its other names are no candidates.
    if (
      a?.via === 'carried' &&
      (pronoun === 'he' || pronoun === 'she') &&
      OPENS_WITH[pronoun].test(h.doc.segments[k].text) &&
      !clash(a.source)
    )
      return { ref: fromAttribution(a), carried: true };
    // A named source of no known side ("Joe Birkenstock, a campaign finance lawyer") is as good an antecedent as any.
    if (a && (a.sourceType !== 'anonymous' || a.named)) {
      const person = isPersonSource(a);
      const fits =
        pronoun === 'they'
          ? isPluralSource(a)
          : pronoun === 'it'
            ? !person && !isPluralSource(a)
            : person && !clash(a.source);
      if (fits && (!accept || accept(fromAttribution(a)))) return { ref: fromAttribution(a), carried: true };
    }
    const s = h.doc.segments[k];
    // As in the current sentence, a name after a locative preposition ("rallied in Nevada") is a place, not he or she.
    // "It" takes a body anywhere in the sentence, and a state only as the sentence's subject ("Uzbekistan has long
    // distrusted … . Like its neighbours, it has expressed concern"), not as a place or a modifier ("in Washington").
    const opens = (x: Mention): boolean => SENTENCE_OPENING.test(h.doc.text.slice(s.start, x.start));
    const m = pickMention(
      mentionsIn(h.doc, s.start, s.end),
      (x) =>
        want(x) &&
        (pronoun === 'it'
          ? isBody(h.doc.text.slice(x.start, x.end)) || (opens(x) && bodyOrState(h.doc.text.slice(x.start, x.end)))
          : pronoun === 'they' || notPlace(x)) &&
        typeFits(x),
    );
    if (m) return { ref: fromMention(h, m), carried: true };
  }
  // Nothing in the last two sentences: "he said" continues the current speaker, the last person quoted a few sentences
  // back (a run of quotations), never a mere mention there.
  if ((pronoun === 'he' || pronoun === 'she') && !NOTE_MARKER.test(seg.text)) {
    let seen = 0;
    for (let k = h.index - 1; k >= 0 && seen < SPEAKER_LOOKBACK; k--) {
      if (h.doc.segments[k].kind !== 'assertion') continue;
      if (++seen <= LOOKBACK) continue;
      const a = h.results[k];
      if (a && a.sourceType !== 'anonymous' && isPersonSource(a) && !clash(a.source))
        return { ref: fromAttribution(a), carried: true };
    }
  }
  // A quotation longer than the look-back with no speaker quoted before it: its speaker is a person named before it
  // opened, by name. An unnamed role there ("an Iowa voter") is as often someone the speaker talks about.
  if (pronoun === 'he' || pronoun === 'she') {
    for (const k of beforeQuotation(h)) {
      if (prev.includes(k)) continue;
      const s = h.doc.segments[k];
      for (const m of mentionsIn(h.doc, s.start, s.end)) {
        if (!m.person || !notPlace(m) || clash(h.doc.text.slice(m.start, m.end))) continue;
        const ref = fromMention(h, m);
        // Not "carried": the cue is this sentence's own, closing the quotation it credits (attribute.ts).
        if (ref.named && ref.sourceType !== 'anonymous') return { ref, carried: false };
      }
    }
  }
  return null;
}

/**
 * The pronoun opens a comment clause that closes the sentence after what it reports ("…, he said.", "…,” she added on
 * Friday.", "…, he told reporters."): a comma or closing quotation mark before it, then a verb that can follow what it
 * reports (cue-verbs.json "inverted", and "told"), then at most an adjunct or an addressee: "…, he said he was not
 * worried." and "…, they proposed an overhaul." are clauses of their own.
 */
function closingComment(before: string, after: string): boolean {
  if (!/[,”"'’]\s*$/.test(before)) return false;
  const m = /^\p{L}+\s+(?:has\s+|had\s+)?(\p{L}+)([^.!?]*)[.!?]?\s*[”"’']?\s*$/u.exec(after);
  if (!m) return false;
  const told = /^tol[dl]s?$/i.test(m[1]);
  if (!told && !INVERTED_CUES.has(m[1].toLowerCase())) return false;
  const tail = m[2].trim().split(/\s+/).filter(Boolean);
  // "told" takes its addressee ("he told the newspaper"); any other verb only an adjunct.
  return tail.length === 0 || (tail.length <= 4 && (told || COMMENT_ADJUNCT.test(tail[0])));
}

/** Words that open the adjunct of a closing comment clause ("in a statement", "on Friday", "later"). */
const COMMENT_ADJUNCT =
  /^(?:in|on|at|during|after|before|from|to|with|via|by|last|this|later|earlier|recently|yesterday|today|then|again)$/i;

const QUOTE_MARK = /[“”"‘«»]|''/;

/**
 * Which characters of `text` stand inside a double quotation, `open` when it starts inside one carried from an
 * earlier sentence. A closing mark with none open closes a quotation that began before the text.
 */
function quotedOffsets(text: string, open: boolean): boolean[] {
  const out = new Array<boolean>(text.length).fill(false);
  let inside = open;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const pair = c === "'" && text[i + 1] === "'";
    if (c === '“' || c === '«' || ((c === '"' || pair) && !inside)) {
      inside = true;
      start = i;
    } else if (c === '”' || c === '»' || ((c === '"' || pair) && inside)) {
      out.fill(true, inside ? start : 0, i + 1);
      inside = false;
    }
    if (pair) i++;
  }
  if (inside) out.fill(true, start);
  return out;
}

const OPENS_WITH = { he: /^\W*he\b/i, she: /^\W*she\b/i };

/** Nothing but an article before a mention: it opens its sentence. */
const SENTENCE_OPENING = /^\s*(?:the\s+)?$/i;

/** How many sentences back the current speaker may have last been named. */
const SPEAKER_LOOKBACK = 6;

const LOCATIVE_BEFORE = /\b(?:in|at|from|to|near|across|into|outside|inside|around|throughout|toward|towards)\s+$/i;

const ISSUING = new RegExp(`\\b(?:${[...ISSUING_PARTICIPLES, 'put out'].join('|')})\\b`);

/**
 * Who issued "the statement" (release, report, letter …) the current sentence cites: the document's owner
 * ("the ministry's statement"), its "from/by" phrase, or the subject of "issued/released … a statement" in this
 * sentence or the two before. The document speaks for its issuer.
 */
export function resolveDocument(h: History, noun: string, before: number): TypedSource | null {
  const seg = h.doc.segments[h.index];
  // Each place with its sentence's index, -1 for the current sentence (its own attribution is not yet known).
  const places: [number, number, number][] = [
    [seg.start, before, -1],
    ...previousAssertions(h).map((k): [number, number, number] => [h.doc.segments[k].start, h.doc.segments[k].end, k]),
  ];
  const nounRe = new RegExp(`\\b${noun}s?\\b`, 'i');
  for (const [from, to, k] of places) {
    const text = h.doc.text.slice(from, to);
    const m = nounRe.exec(text);
    if (!m) continue;
    const owner = /((?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+)*\p{Lu}[\p{L}.-]*)[’']s\s+(?:\w+\s+){0,2}$/u.exec(
      text.slice(0, m.index),
    );
    const issuer = /^\s+(?:from|by|of)\s+((?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s*)+)/u.exec(
      text.slice(m.index + m[0].length),
    );
    let span: [number, number] | null = null;
    // "a statement published by its Amaq news agency", "a report released on Thursday by a Central Asian rights group":
    // a participle of issuing, a short adverbial, then a "by" agent of any case, read as a noun phrase.
    const after = from + m.index + m[0].length;
    const issuedBy = !owner && !issuer ? ISSUED_BY.exec(h.doc.text.slice(after, to)) : null;
    if (issuedBy) {
      const at = after + issuedBy[0].length;
      const tokens = tokenize(h.doc.text.slice(at, clauseEnd(h.doc.text, at, to)), at);
      // "by its Amaq news agency": the owner's possessive is no part of the agency's name.
      const np = forwardNP(tokens, POSSESSIVE_DETERMINERS.has(tokens[0]?.lower ?? '') ? 1 : 0);
      if (np) {
        const t = typedSource(h.doc, tokens[np[0]].start, tokens[np[1] - 1].end, sentenceContext(h.ctx, text));
        if (t.sourceType !== 'anonymous' || t.named) return t;
      }
    }
    if (owner) span = [from + owner.index, from + owner.index + owner[1].length];
    else if (issuer)
      span = [
        from + m.index + m[0].length + issuer[0].indexOf(issuer[1]),
        from + m.index + m[0].length + issuer[0].length,
      ];
    else if (ISSUING.test(text.slice(0, m.index))) {
      for (const x of mentionsIn(h.doc, from, from + m.index)) {
        const t = typedSource(h.doc, x.start, x.end, sentenceContext(h.ctx, text));
        if (t.sourceType !== 'anonymous' || t.named) return t;
      }
    }
    if (span) {
      const end = h.doc.text.slice(span[0], span[1]).trimEnd().length + span[0];
      const t = typedSource(h.doc, span[0], end, sentenceContext(h.ctx, text));
      if (t.sourceType !== 'anonymous' || t.named) return t;
    }
    // "In a statement, the ministry denied …", "the ministry said in a statement …": the document is the medium of
    // that sentence's speaker, so "The statement said" after it speaks for the same body.
    const speaker = k >= 0 && MEDIUM_BEFORE.test(text.slice(0, m.index)) ? h.results[k] : null;
    if (speaker && (speaker.named || speaker.sourceType !== 'anonymous')) return fromAttribution(speaker);
  }
  return null;
}

/** A participle of issuing, up to four words of adverbial (no punctuation), and "by". */
const ISSUED_BY = new RegExp(`^\\s+(?:${ISSUING_PARTICIPLES.join('|')})(?:\\s+[\\p{L}\\d]+){0,4}?\\s+by\\s+`, 'u');

/** Where the phrase after `at` ends: the next comma, semicolon, colon or full stop, or `to`. */
function clauseEnd(text: string, at: number, to: number): number {
  const m = /[,;:.]/.exec(text.slice(at, to));
  return m ? at + m.index : to;
}

/** "in a statement", "in its report", "in an open letter": the document a sentence's speaker spoke through. */
const MEDIUM_BEFORE = /\bin\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+)?$/iu;

/** Referent of an anaphoric noun phrase ("the author", "the organisation", "the authors of the report"). */
export function resolveAnaphor(h: History, accept: (ref: TypedSource) => boolean = () => true): TypedSource | null {
  for (const k of previousAssertions(h)) {
    const a = h.results[k];
    if (a && a.named && accept(fromAttribution(a))) return fromAttribution(a);
  }
  return null;
}
