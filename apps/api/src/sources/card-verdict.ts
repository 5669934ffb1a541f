import type { CardVerdict, CorpusComparison, IndexFigures, ReportCard, VerdictIndex } from '@auditor/contracts';
import { Z95 } from './report-card.thresholds';

/**
 * A report card's figures in words: the banded top line and a one-paragraph summary. Pure (no
 * Nest, no database): the service calls it on the card it has just assembled, and the unit tests
 * call it on hand-built figures. Nothing here is computed that the card does not already show.
 */

/** The parts of a card the verdict reads. */
export type VerdictInput = Pick<
  ReportCard,
  | 'kind'
  | 'name'
  | 'sample'
  | 'provenance'
  | 'sourcingQuality'
  | 'alarmism'
  | 'shares'
  | 'corroboration'
  | 'reliability'
>;

export type IndexKind = 'sourcingQuality' | 'alarmism';
/** A score band's label for a mean, e.g. from the rubric's score bands; absent, no band is named. */
export type BandLabel = (kind: IndexKind, score: number) => string | null;

/**
 * Below this many points of difference a mean is "close to" the rest of the corpus whatever the
 * sample sizes: on a 0–100 score a 3-point gap is within what one rubric weight moves.
 */
export const CLOSE_POINTS = 3;
/** From this many points a clear difference is "far": a band is about 20 points wide. */
export const FAR_POINTS = 15;

/**
 * The interval's half-width back as a standard error. Intervals are clamped to 0–100, so the wider
 * side is the unclamped one.
 */
const standardError = (mean: number, ci: [number, number]) => Math.max(mean - ci[0], ci[1] - mean) / Z95;

/**
 * Where the source's mean sits against the rest of the corpus: a difference counts only when it
 * stands out from both samples' spread (a two-sample z test at 95%, from the card's intervals) and
 * is at least CLOSE_POINTS; null when either side has fewer than two assertions.
 */
export function compareWithCorpus(f: IndexFigures): CorpusComparison | null {
  if (f.mean === null || f.ci95 === null || f.corpusMean === null || f.corpusCi95 === null) return null;
  const d = f.mean - f.corpusMean;
  const se = Math.hypot(standardError(f.mean, f.ci95), standardError(f.corpusMean, f.corpusCi95));
  const clear = Math.abs(d) >= CLOSE_POINTS && (se === 0 || Math.abs(d) / se >= Z95);
  if (!clear) return 'close to';
  if (d > 0) return d >= FAR_POINTS ? 'far above' : 'above';
  return -d >= FAR_POINTS ? 'far below' : 'below';
}

const fmt = (v: number) => v.toFixed(1).replace(/\.0$/, '');
const percent = (share: number) => `${Math.round(share * 100)}%`;
/** "all" rather than "100%" of a whole. */
const portion = (share: number) => (share === 1 ? 'all' : percent(share));
const count = (n: number, one: string, many = `${one}s`) => `${n === 1 ? 'one' : n} ${n === 1 ? one : many}`;
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function index(f: IndexFigures, kind: IndexKind, band?: BandLabel): VerdictIndex {
  return {
    mean: f.mean,
    band: f.mean !== null && band ? band(kind, f.mean) : null,
    comparison: compareWithCorpus(f),
  };
}

/** "38.5 (weak)" */
const scored = (v: VerdictIndex) => (v.mean === null ? 'no score' : `${fmt(v.mean)}${v.band ? ` (${v.band})` : ''}`);

/** "is far below the rest of the corpus (52.1)" */
function against(v: VerdictIndex, f: IndexFigures): string {
  if (f.corpusMean === null) return 'has nothing else in the corpus to compare with';
  if (v.comparison === null) return `(rest of the corpus ${fmt(f.corpusMean)}; too few assertions to compare)`;
  return `is ${v.comparison} the rest of the corpus (${fmt(f.corpusMean)})`;
}

/**
 * "none attributed to a source", "40% attributed to a named or described source, 25% to an
 * anonymous one". Read from the attribution counts, not the provenance mix: an outlet's own voice
 * takes the outlet's type as its provenance.
 */
function attribution(c: VerdictInput): string {
  const n = c.sample.assertions;
  const attributed = c.shares.attributed.count;
  const anonymous = c.provenance.anonymous ?? 0;
  if (!attributed && !anonymous) return 'none attributed to a source';
  const anon = anonymous ? `, ${portion(anonymous / n)} to an anonymous one` : '';
  return `${attributed ? portion(attributed / n) : 'none'} attributed to a named or described source${anon}`;
}

/** "75% of them cannot be checked (credibility 6).", "None of them can be checked …" */
function uncheckable(share: number | null, what: string): string {
  if (!share) return '';
  if (share === 1) return `None of ${what} can be checked (credibility 6).`;
  return `${percent(share)} of ${what} cannot be checked (credibility 6).`;
}

function claims(c: VerdictInput): string {
  const k = c.corroboration;
  if (!k.claims) return 'No assertion is specific enough to be matched across the corpus.';
  const parts = [
    `${k.corroborated.count} independently corroborated`,
    `${k.amplified.count} repeating an origin already present`,
  ];
  if (k.contradicted.count) parts.push(`${k.contradicted.count} contradicted by a figure elsewhere`);
  return `Of ${count(k.claims, 'claim')} specific enough to match across the corpus, ${parts.join(', ')}.`;
}

/** The verdict of a card: its top line and summary paragraph, with the bands if a labeller is given. */
export function cardVerdict(c: VerdictInput, band?: BandLabel): CardVerdict {
  const n = c.sample.assertions;
  const sq = index(c.sourcingQuality, 'sourcingQuality', band);
  const al = index(c.alarmism, 'alarmism', band);
  const cited = c.kind === 'cited';
  const measures = cited
    ? `How outlets attribute to ${c.name}: the sourcing and alarmism of the assertions outlets attribute to it, not whether ${c.name} is reliable.`
    : `How ${c.name} reports: the sourcing and alarmism of every assertion in its articles.`;
  const sample = `${count(n, 'assertion')} in ${count(c.sample.articles, 'article')}`;

  if (n === 0) {
    return {
      headline: `No assertions in this period`,
      summary: cited
        ? `No outlet attributes anything to ${c.name} in this period.`
        : `${c.name} has no scored assertions in this period.`,
      measures,
      sourcingQuality: sq,
      alarmism: al,
    };
  }

  const headline = [
    `Sourcing quality ${scored(sq)}${sq.comparison && sq.comparison !== 'close to' ? `, ${sq.comparison} the corpus` : ''}`,
    `Alarmism ${scored(al)}${al.comparison && al.comparison !== 'close to' ? `, ${al.comparison} the corpus` : ''}`,
    sample,
  ].join(' · ');

  const small = c.sample.smallSample ? ' — a small sample, so read this as indicative' : '';
  const unverifiable = c.shares.unverifiable.share;
  const sentences = cited
    ? [
        `Outlets attribute ${sample} to ${c.name}${small}.`,
        `Their sourcing quality ${scored(sq)} ${against(sq, c.sourcingQuality)}; their alarmism ${scored(al)} ${against(al, c.alarmism)}.`,
        uncheckable(unverifiable, 'them'),
        claims(c),
        `These figures describe how outlets report what is attributed to ${c.name}, not the reliability of ${c.name} itself.`,
      ]
    : [
        `${capitalise(sample)}, ${attribution(c)}${small}.`,
        `Sourcing quality ${scored(sq)} ${against(sq, c.sourcingQuality)}; alarmism ${scored(al)} ${against(al, c.alarmism)}.`,
        uncheckable(unverifiable, 'the assertions'),
        claims(c),
        c.reliability.grade ? `Admiralty reliability grade ${c.reliability.grade}.` : '',
      ];
  return { headline, summary: sentences.filter(Boolean).join(' '), measures, sourcingQuality: sq, alarmism: al };
}
