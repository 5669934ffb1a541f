/**
 * The attribution stage: one Attribution (or null for the author's own voice and non-assertions)
 * per segment. Sentence-level cues come first; then speakers are carried across direct quotations
 * that span sentences, into block quotations, and to a quote following its speaker's sentence —
 * the guide's "direct quotation with a speaker given in this or the immediately preceding sentence".
 */
import type { Attribution, AttributionContext, SegmentedDocument } from '../types';
import { quoteStates } from './quotes';
import { cueAttribution, sentenceAttribution, type SentenceAttribution } from './sentence';
import { tokenize } from './tokens';
import { backwardNP, forwardNP } from './noun-phrase';
import { ROLES } from './lexicon';
import { sentenceContext, typedSource } from './typed-source';

// Two apostrophes are a double quotation mark in some newspaper styles (''Yes,'' he said; see tokens.ts).
const OPENS_WITH_QUOTE = /^\s*(?:[“"«]|'')/;
const CLOSING_QUOTE = /[”"»]|''/;

/** Quotes of fewer words are scare quotes ("the ‘small groups’"), not someone's words. */
const MIN_QUOTE_WORDS = 4;

/** The outward attribution: working flags dropped, and the source's line breaks (PDF text) read as spaces, as in its canonical name. */
const strip = (a: SentenceAttribution): Attribution => ({
  source: /\s\s|[^\S ]/.test(a.source) ? a.source.replace(/\s+/g, ' ') : a.source,
  canonical: a.canonical,
  span: a.span,
  sourceType: a.sourceType,
  named: a.named,
  cue: a.cue,
  cueSpan: a.cueSpan,
  via: a.via,
});

const carried = (a: Attribution): SentenceAttribution => cueAttribution(a, a.cue, a.cueSpan, 'carried', false);

/** Keeps a sentence's own attribution inside someone else's quotation only if it names an original speaker. */
const keepsOwn = (own: SentenceAttribution | null): boolean => !!own && own.nested && own.sourceType !== 'anonymous';

/** Speaker of a block quotation: whoever the introducing sentence quotes ("quoting … a former ISAF officer"), else its source. */
function blockSpeaker(
  doc: SegmentedDocument,
  intro: number,
  own: Attribution | null,
  ctx: AttributionContext,
): Attribution | null {
  const seg = doc.segments[intro];
  const tokens = tokenize(seg.text, seg.start);
  const q = tokens.findIndex((t) => t.lower === 'quoting' || t.lower === 'citing');
  if (q >= 0) {
    for (let k = q + 1; k < Math.min(tokens.length, q + 10); k++) {
      const role = ROLES.get(tokens[k].lower);
      if (!role || !(role.person || role.crowd)) continue;
      const back = backwardNP(tokens, k);
      if (!back || back[0] <= q) break;
      const fwd = forwardNP(tokens, back[0]);
      const end = tokens[(fwd && fwd[1] > k ? k + 1 : back[1]) - 1].end;
      const ref = typedSource(doc, tokens[back[0]].start, end, sentenceContext(ctx, seg.text));
      return cueAttribution(ref, tokens[q].text, [tokens[q].start, tokens[q].end], 'carried', false);
    }
  }
  return own;
}

/**
 * Where the quotation a sentence opens with (two apostrophes included: ''Yes,'' he said) closes, as an offset into the
 * sentence; Infinity when it stays open; null when the sentence opens with no quotation.
 */
function openingQuoteClose(text: string): number | null {
  const open = OPENS_WITH_QUOTE.exec(text);
  if (!open) return null;
  const close = text.slice(open[0].length).search(CLOSING_QUOTE);
  return close < 0 ? Infinity : open[0].length + close;
}

/** The sentence opens a quotation and names its speaker after it closes ("“…,” the elder said."). */
function selfFramed(text: string, start: number, own: SentenceAttribution | null): boolean {
  const close = own?.via === 'explicit' && own.cueSpan ? openingQuoteClose(text) : null;
  return close !== null && close !== Infinity && own!.cueSpan![0] - start > close;
}

/**
 * The vague attribution lies inside the quotation the sentence opens (“We were told that …”): the quoted speaker relays
 * it, and the guide's nested-source rule labels the relaying source when the original is vague.
 */
function vagueInOpeningQuote(text: string, start: number, own: SentenceAttribution | null): boolean {
  const close = own?.via === 'vague' && own.cueSpan ? openingQuoteClose(text) : null;
  return close !== null && own!.cueSpan![0] - start < close;
}

/** The cue lies after the first closing quotation mark of a sentence that opens inside a quotation. */
function afterCarriedQuote(text: string, start: number, cueSpan: Attribution['cueSpan']): boolean {
  const close = text.search(CLOSING_QUOTE);
  return close >= 0 && !!cueSpan && cueSpan[0] - start > close;
}

export function attribute(doc: SegmentedDocument, ctx: AttributionContext = {}): (Attribution | null)[] {
  const segs = doc.segments;
  const quotes = quoteStates(segs);
  const out: (SentenceAttribution | null)[] = new Array(segs.length).fill(null);
  /** Segments whose attribution was carried from before a quotation that may still name its own speaker. */
  const provisional = new Set<number>();
  let blockQuoteSpeaker: { block: number; a: Attribution | null } | null = null;

  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    if (seg.kind !== 'assertion') continue;
    const h = { doc, ctx, results: out as (Attribution | null)[], index: i, quotes };
    const next = segs[i + 1];
    const q = quotes[i];
    // A sentence ending in a colon introduces what follows: a block quotation, or a quotation opening the next sentence.
    const introduces = !!next && ((next.blockQuote && next.block !== seg.block) || OPENS_WITH_QUOTE.test(next.text));
    const found = sentenceAttribution(h, introduces, quotes[i].openAtStart);
    // Inside a quotation carried over from an earlier sentence a derived cue is the speaker's own words.
    // After that quotation closes (“…,” explained X) the cue is the sentence's own again.
    const own =
      found?.derived && q.openAtStart && !afterCarriedQuote(seg.text, seg.start, found.cueSpan) ? null : found;
    const prevIdx = i - 1;
    const prev = prevIdx >= 0 && segs[prevIdx].kind === 'assertion' ? out[prevIdx] : null;
    const sameBlock = prevIdx >= 0 && segs[prevIdx].block === seg.block;
    let result = own;

    if (seg.blockQuote && (!blockQuoteSpeaker || blockQuoteSpeaker.block !== seg.block)) {
      let intro = i - 1;
      while (intro >= 0 && segs[intro].block === seg.block) intro--;
      const a = intro >= 0 && segs[intro].kind === 'assertion' ? blockSpeaker(doc, intro, out[intro], ctx) : null;
      blockQuoteSpeaker = { block: seg.block, a };
    }
    // "“We will not leave,” the elder shouted." after a colon: a paragraph whose quotation names its own speaker is
    // dialogue, not the introduced speaker's block quotation, from that sentence on.
    if (seg.blockQuote && blockQuoteSpeaker?.a && selfFramed(seg.text, seg.start, own)) blockQuoteSpeaker.a = null;

    if (seg.blockQuote && blockQuoteSpeaker?.a) {
      if (!keepsOwn(own)) result = carried(blockQuoteSpeaker.a);
    } else if (q.openAtStart && sameBlock) {
      if (!keepsOwn(own) && !(own && own.via === 'explicit')) result = prev ? carried(prev) : own;
      if (own && own.via !== 'vague' && result === own) {
        // The quotation's speaker is named at its end (“… ,” said Torres): credit the whole quotation. Only with the
        // attribution this sentence keeps: a cue inside the carried quotation ("… not say them on air") that lost to
        // the quotation's speaker must not take the earlier sentences from it.
        for (let k = i - 1; k >= 0 && segs[k].block === seg.block && quotes[k + 1].openAtStart; k--) {
          if (out[k] === null || provisional.has(k)) {
            out[k] = carried(own);
            provisional.delete(k);
          } else break;
        }
      }
      if (result && result !== own) provisional.add(i);
    } else if (
      (!own || vagueInOpeningQuote(seg.text, seg.start, own)) &&
      prev &&
      // A short sentence that is all quotation right after its speaker's ("…,” he said. “It never comes.”) goes on.
      (q.longestQuoteWords >= MIN_QUOTE_WORDS || (q.wholeQuote && sameBlock))
    ) {
      result = carried(prev);
      if (q.openAtEnd) provisional.add(i);
    }
    out[i] = result;
  }
  return out.map((a) => (a ? strip(a) : null));
}
