/**
 * A title for an article uploaded without one: the page's own title when it is HTML, otherwise
 * the first heading-like line above the body, otherwise the body's first sentence, shortened.
 * Masthead lines (site names, editors, release numbers, datelines, "For Immediate Release") are
 * skipped: they head every article of an outlet and would make all its titles the same.
 */
import { isBoilerplateBlock, isSectionName } from './boilerplate';
import { datelinePrefix, isHeadingLike, releaseIdPrefix } from './headings';
import { splitSentences } from './sentences';

/** Titles are stored up to this length; a derived one stays well below it, like a headline. */
export const MAX_DERIVED_TITLE = 120;
/** Only the top of an article is looked at: a title is never deep in the text. */
const HEAD_LINES = 25;
/** How much of the first paragraph is split into sentences to find its first one. */
const FIRST_SENTENCE_CHARS = 4_000;

const MASTHEAD = [
  /^(?:©|\(c\)|copyright\b)/i,
  /^(?:editor[- ]in[- ]chief|editor|published by|posted by|posted on|published on|last updated|updated)\b/i,
  /^(?:for immediate release|press release|news release|media release|you are here|skip to\b)/i,
  /^(?:by|from)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u,
  // "ISAF Joint Command - Afghanistan", "Afghanistan Analysts Network – English": a site name
  // with a short qualifier after a dash or bar.
  /^[^.!?]{2,60}\s?[-–—|]\s\S+(?:\s\S+)?$/,
  /^[\s\d/.:,-]+$/, // a bare date or number
  /\b\d+\s+min(?:ute)?s?(?:\s+read)?$/i, // "Thomas Ruttig 15 min"
];

const isMasthead = (s: string) => MASTHEAD.some((re) => re.test(s));

/** Whitespace collapsed, at most `max` characters, cut at a word boundary with an ellipsis. */
export function shortenTitle(s: string, max = MAX_DERIVED_TITLE): string {
  // Only the head can survive the cut: a megabyte-long "sentence" is not flattened whole.
  const flat = s
    .slice(0, max * 8)
    .replace(/\s+/g, ' ')
    .trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

interface HeadLine {
  text: string;
  start: number;
  end: number;
  /** The next non-empty line follows directly and starts in lower case: this line is wrapped prose. */
  wrapped: boolean;
}

/** Lines end at \n, \r and the Unicode line and paragraph separators (pasted press releases use U+2028). */
export const LINE = /[^\n\r\u2028\u2029]+/g;
const BLANK_LINE = /(?:\r?\n|[\r\u2028\u2029])[ \t]*(?:\r?\n|[\r\u2028\u2029])/g;

function headLines(text: string): HeadLine[] {
  const out: HeadLine[] = [];
  // Only the first few thousand characters can hold the first HEAD_LINES lines that matter.
  const top = text.slice(0, 20_000);
  const lines = [...top.matchAll(LINE)];
  for (let i = 0; i < lines.length && out.length < HEAD_LINES; i++) {
    const t = lines[i][0].trim();
    if (!t) continue;
    const start = lines[i].index + lines[i][0].indexOf(t);
    // Directly followed (no blank line between) by a line in lower case: wrapped prose, as PDFs give.
    const next = lines[i + 1];
    const adjacent =
      next && /^\r?\n$|^[\r\u2028\u2029]$/.test(top.slice(lines[i].index + lines[i][0].length, next.index));
    out.push({ text: t, start, end: start + t.length, wrapped: !!adjacent && /^\s*\p{Ll}/u.test(next[0]) });
  }
  return out;
}

/** The end of the paragraph starting at `start` (the next blank line or the end of the text). */
function paragraphEnd(text: string, start: number): number {
  BLANK_LINE.lastIndex = start;
  const m = BLANK_LINE.exec(text);
  return m ? m.index : text.length;
}

/**
 * A title derived from plain article text, or null when the text has no words to offer. Deterministic
 * and cheap (only the first lines and the first paragraph are read).
 */
export function deriveTitle(text: string): string | null {
  for (const line of headLines(text)) {
    let s = line.text.replace(/^[•▪◦·*-]\s+/, '');
    let start = line.start + (line.text.length - s.length);
    const release = releaseIdPrefix(s);
    if (release) {
      if (release.rest >= s.length) continue;
      start += release.rest;
      s = s.slice(release.rest);
    }
    // The newline lets headings.ts's DATELINE end on "$" inside its optional group (an empty
    // match there does not count in JavaScript), so a dateline alone on its line is found.
    const dateline = datelinePrefix(`${s}\n`);
    if (dateline) {
      if (dateline.rest >= s.length) continue;
      start += dateline.rest;
      s = s.slice(dateline.rest);
    }
    if (isMasthead(s) || isSectionName(s) || isBoilerplateBlock(s)) continue;
    const words = s.split(/\s+/).length;
    if (!line.wrapped && isHeadingLike(s) && words >= 3) return shortenTitle(s);
    if (isHeadingLike(s) && !line.wrapped) continue; // a one- or two-word label: "Analysis", a byline
    // The first body paragraph: its first sentence stands in for a headline.
    const spans: Array<[number, number]> = [];
    // A first sentence longer than this is cut anyway; a one-line megabyte paragraph is not split.
    splitSentences(text, start, Math.min(paragraphEnd(text, start), start + FIRST_SENTENCE_CHARS), spans);
    const first = spans.length ? text.slice(spans[0][0], spans[0][1]) : s;
    return shortenTitle(first.replace(/[.!]$/, ''));
  }
  return null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };
/** Enough entity decoding for a title attribute or element text; numeric references included. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6}|#39);/gi, (all, name: string) => {
    const lower = name.toLowerCase();
    if (lower in ENTITIES) return ENTITIES[lower];
    const code = lower.startsWith('#x')
      ? parseInt(lower.slice(2), 16)
      : lower.startsWith('#')
        ? Number(lower.slice(1))
        : NaN;
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

/** Only the top of a page is scanned; metadata sits in the head. */
export const HTML_HEAD_CHARS = 300_000;

/** `content` of the first <meta> whose property/name/itemprop is one of `keys` (case-insensitive). */
export function metaContent(html: string, keys: readonly string[]): string | null {
  const head = html.slice(0, HTML_HEAD_CHARS);
  const wanted = new Set(keys.map((k) => k.toLowerCase()));
  for (const m of head.matchAll(/<meta\b[^>]{0,2000}>/gi)) {
    const tag = m[0];
    const key = /\b(?:property|name|itemprop)\s*=\s*["']([^"']{1,100})["']/i.exec(tag)?.[1];
    if (!key || !wanted.has(key.toLowerCase())) continue;
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    const value = content && decodeEntities(content[1] ?? content[2] ?? '').trim();
    if (value) return value;
  }
  return null;
}

const stripTags = (s: string) => decodeEntities(s.replace(/<[^>]{0,2000}>/g, ' '));

/**
 * The page's title from its metadata: og:title, then <title> (without a " | Site name" tail),
 * then the first <h1>. Readability reads the same places; this serves callers that only have HTML.
 */
export function htmlTitle(html: string): string | null {
  const og = metaContent(html, ['og:title', 'twitter:title']);
  if (og) return shortenTitle(og, 500);
  const head = html.slice(0, HTML_HEAD_CHARS);
  const title = /<title\b[^>]*>([\s\S]{0,2000}?)<\/title>/i.exec(head)?.[1];
  const t =
    title &&
    stripTags(title)
      .replace(/\s+[|–—]\s+[^|–—]{1,60}$/, '')
      .trim();
  if (t) return shortenTitle(t, 500);
  const h1 = /<h1\b[^>]*>([\s\S]{0,2000}?)<\/h1>/i.exec(head)?.[1];
  const h = h1 && stripTags(h1).trim();
  return h ? shortenTitle(h, 500) : null;
}
