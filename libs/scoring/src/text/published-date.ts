/**
 * A publication date for an article uploaded without one: from the page's metadata when it is
 * HTML, otherwise from a dateline or masthead line at the top of the text. A date inside a body
 * sentence ("On 29 December 2023, Kazakhstan announced …") is the date of an event, not of the
 * article, and is never taken. The caller stores where the date came from, so the UI can say it
 * was estimated.
 */
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../lexicon/calendar';
import { HTML_HEAD_CHARS, LINE, metaContent } from './title';

/** Lines at the top of the text that may carry the masthead or dateline. */
const HEAD_LINES = 12;
/** A masthead or dateline line is short; a longer line is prose, whose dates are events. */
const MAX_DATE_LINE = 140;
const EARLIEST_YEAR = 1900;

const MONTH_INDEX = new Map<string, number>([
  ...MONTH_NAMES.map((m, i) => [m, i] as [string, number]),
  ...MONTH_ABBREVIATIONS.map((m) => [m, MONTH_NAMES.findIndex((n) => n.startsWith(m.slice(0, 3)))] as [string, number]),
]);
const MONTH = `(${[...MONTH_INDEX.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';
/** "August 22nd, 2019", "Jan. 25, 2013", "March 12 2011" */
const MONTH_FIRST = new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'i');
/** "12 March 2011", "22nd of August, 2019" */
const DAY_FIRST = new RegExp(`\\b${DAY}(?:\\s+of)?\\s+${MONTH},?\\s+${YEAR}\\b`, 'i');
/** "2013-01-25" (not a release number "2013-01-S-025") */
const ISO_DAY = /\b(\d{4})-(\d{2})-(\d{2})(?![\d-])/;
/**
 * "Kabul, 12 March 2011 —", "KABUL, Afghanistan (Jan. 25, 2013)": a place (and country) and a
 * comma, then the date, opening a paragraph.
 */
const DATELINE_PLACE =
  /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3})?(?:,\s*\(?|\s+\()/u;

/** "(June 14)": a dateline's day without its year, which ISAF's release number supplies. */
const MONTH_DAY = new RegExp(`^${MONTH}\\s+${DAY}\\b(?!,?\\s*\\d)`, 'i');
/** ISAF release numbers: "2012-06-S-026" (year and month of release). */
const RELEASE_MONTH = /\b(\d{4})-(\d{2})-[A-Z]{1,3}-\d{2,4}\b/;

/** A real calendar day between 1900 and next year, at UTC midnight; null otherwise. */
export function calendarDay(year: number, month: number, day: number, now = new Date()): Date | null {
  if (year < EARLIEST_YEAR || year > now.getUTCFullYear() + 1 || month < 0 || month > 11 || day < 1) return null;
  const d = new Date(Date.UTC(year, month, day));
  return d.getUTCMonth() === month && d.getUTCDate() === day ? d : null;
}

/** The first full date (day, month, year) written in `s`, in any of the forms news copy uses. */
export function parseWrittenDate(s: string, now = new Date()): Date | null {
  return findWrittenDate(s, now)?.date ?? null;
}

function findWrittenDate(s: string, now: Date): { at: number; date: Date } | null {
  const found: Array<{ at: number; date: Date | null }> = [];
  const mf = MONTH_FIRST.exec(s);
  if (mf) found.push({ at: mf.index, date: calendarDay(+mf[3], MONTH_INDEX.get(mf[1].toLowerCase())!, +mf[2], now) });
  const df = DAY_FIRST.exec(s);
  if (df) found.push({ at: df.index, date: calendarDay(+df[3], MONTH_INDEX.get(df[2].toLowerCase())!, +df[1], now) });
  const iso = ISO_DAY.exec(s);
  if (iso) found.push({ at: iso.index, date: calendarDay(+iso[1], +iso[2] - 1, +iso[3], now) });
  found.sort((a, b) => a.at - b.at);
  const first = found.find((f) => f.date);
  return first ? { at: first.at, date: first.date! } : null;
}

/**
 * The publication date a text states about itself: a short masthead or date line among its first
 * lines ("Editor in Chief: … Thursday, August 22nd, 2019", "February 19, 2024"), or a dateline
 * opening the first paragraphs ("KABUL, Afghanistan (Jan. 25, 2013)", "Kabul, 12 March 2011 –").
 */
export function dateFromText(text: string, now = new Date()): Date | null {
  let seen = 0;
  let release: { year: number; month: number } | null = null;
  for (const [raw] of text.slice(0, 20_000).matchAll(LINE)) {
    const line = raw.trim();
    if (!line) continue;
    if (++seen > HEAD_LINES) break;
    const r = RELEASE_MONTH.exec(line);
    if (r && !release) release = { year: +r[1], month: +r[2] - 1 };
    const place = DATELINE_PLACE.exec(line);
    const rest = place ? line.slice(place[0].length, place[0].length + 40) : '';
    if (line.length <= MAX_DATE_LINE) {
      // A short sentence ("On 2 May 2012, the post was rebuilt.") is prose; a masthead line ends
      // without a full stop, or starts with its date.
      const d = findWrittenDate(line, now);
      if (d && (d.at === 0 || !/[.!?]["”’)]*$/.test(line))) return d.date;
    }
    // A dateline opens the first paragraph, however short it is ("KABUL, 3 September 2022 — The ministry said …").
    const dated = place && findWrittenDate(rest, now);
    if (dated && dated.at === 0) return dated.date;
    const md = place && release ? MONTH_DAY.exec(rest) : null;
    if (md && release) {
      const month = MONTH_INDEX.get(md[1].toLowerCase())!;
      // Released in January about the 31st of December: the year before.
      const d = calendarDay(release.year - (month > release.month ? 1 : 0), month, +md[2], now);
      if (d) return d;
    }
  }
  return null;
}

/** An ISO 8601 date or date-time from metadata, to the instant it names (a bare day at UTC midnight). */
export function parseIsoDate(s: string, now = new Date()): Date | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i.exec(
    s,
  );
  if (!m) return parseWrittenDate(s, now);
  const day = calendarDay(+m[1], +m[2] - 1, +m[3], now);
  if (!day || m[4] === undefined) return day;
  const zone = m[7] ? (m[7].toUpperCase() === 'Z' ? 'Z' : m[7].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : 'Z';
  const at = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}${zone}`);
  return Number.isNaN(at.getTime()) ? day : at;
}

const META_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'datePublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'dc.date.issued',
  'dc.date',
  'dcterms.issued',
  'sailthru.date',
  'parsely-pub-date',
];

/**
 * The publication date in a page's metadata: <meta property="article:published_time"> (and the
 * other names sites use), JSON-LD "datePublished", then the first <time datetime>.
 */
export function dateFromHtml(html: string, now = new Date()): Date | null {
  const meta = metaContent(html, META_KEYS);
  const fromMeta = meta && parseIsoDate(meta, now);
  if (fromMeta) return fromMeta;
  const head = html.slice(0, HTML_HEAD_CHARS);
  const ld = /"datePublished"\s*:\s*"([^"]{4,40})"/.exec(head);
  const fromLd = ld && parseIsoDate(ld[1], now);
  if (fromLd) return fromLd;
  const time = /<time\b[^>]{0,500}?\bdatetime\s*=\s*["']([^"']{4,40})["']/i.exec(head);
  return (time && parseIsoDate(time[1], now)) || null;
}
