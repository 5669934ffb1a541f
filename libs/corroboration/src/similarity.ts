import { FigureMention, Fingerprint } from './fingerprint';
import { GROUP_WORDS } from './lexicon';

/**
 * Similarity at or above which two assertions are taken to state the same claim. Tuned on the ISAF
 * press releases and the seed articles for precision: 25/27 hand-checked links are right at 0.6,
 * 36/54 at 0.5 (measure/precision.ts, measure/checked-pairs.json).
 */
export const SAME_CLAIM_THRESHOLD = 0.6;

/** Share of the score from wording (words and shingles); the rest comes from agreeing anchors. */
const LEXICAL_WEIGHT = 0.65;

/** Incident reports published further apart than this are about different incidents unless their dates say otherwise. */
export const INCIDENT_WINDOW_DAYS = 7;

/** Counts for the same noun that differ by this ratio or more disagree (same ratio as the scoring rubric). */
export const FIGURE_CONFLICT_RATIO = 1.5;

export interface SimilarityParts {
  /** Dice over stemmed content words. */
  words: number;
  /** Jaccard over 3-word shingles. */
  shingles: number;
  /** Weighted agreement of the anchors both sides mention (names and dates 1, places, group names and figures 0.5), over at least 2. */
  anchors: number;
  /** Product of the penalties for anchors that contradict (another place, another date, another tally). */
  penalty: number;
  score: number;
}

/** Size of the intersection of two sorted arrays. */
function intersect<T>(a: readonly T[], b: readonly T[]): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

/** Share of the smaller set found in the other: a paraphrase that names only one of two places still agrees. */
function overlap<T>(a: readonly T[], b: readonly T[]): number {
  return intersect(a, b) / Math.min(a.length, b.length);
}

/** Dates agree when one refines the other ("2013" and "2013-01-25", "01-25" and "2013-01-25"). */
function datesAgree(a: string, b: string): boolean {
  return a === b || a.startsWith(b) || b.startsWith(a) || a.endsWith(b) || b.endsWith(a);
}

const DAY_MS = 86_400_000;

/**
 * Penalty for two incident reports whose timing rules out one incident. An incident dated after
 * the other article came out cannot be what that article reported. Without dates on both sides,
 * stock release wording ("detained several suspected insurgents in Khost province") recurs every
 * week, and publication far apart is the best sign of another raid.
 */
function incidentTiming(a: Fingerprint, b: Fingerprint): number {
  const after = (x: Fingerprint, y: Fingerprint): boolean => {
    const full = x.dates.filter((d) => d.length === 10);
    return full.length > 0 && full.every((d) => d > y.published!);
  };
  if (after(a, b) || after(b, a)) return 0.3;
  if (a.dates.length > 0 && b.dates.length > 0) return 1;
  return Math.abs(Date.parse(a.published!) - Date.parse(b.published!)) > INCIDENT_WINDOW_DAYS * DAY_MS ? 0.3 : 1;
}

function isLocality(place: string): boolean {
  return place.includes(' ');
}

/** People and other specific names vs. words of recurring group names (Haqqani Network, IMU). */
function splitNames(fp: Fingerprint): [string[], string[]] {
  const names: string[] = [];
  const groups: string[] = [];
  for (const e of fp.entities) {
    if (GROUP_WORDS.has(e)) groups.push(e);
    else if (!fp.places.includes(e) && !fp.places.some((p) => p.startsWith(`${e} `))) names.push(e);
  }
  return [names, groups];
}

export function figuresDisagree(a: FigureMention, b: FigureMention): boolean {
  return (
    a.noun === b.noun && Math.max(a.value, b.value) / Math.max(1, Math.min(a.value, b.value)) >= FIGURE_CONFLICT_RATIO
  );
}

/**
 * With `floor`, pairs whose best possible score (perfect anchors, no penalty) is below it stop
 * after the cheap word and shingle overlap, and report that bound: the index only needs to know
 * they miss the threshold, and most candidates do.
 */
export function similarityParts(a: Fingerprint, b: Fingerprint, floor = 0): SimilarityParts {
  const sharedStems = intersect(a.stems, b.stems);
  const words = a.stems.length + b.stems.length === 0 ? 0 : (2 * sharedStems) / (a.stems.length + b.stems.length);
  const sharedSh = intersect(a.shingles, b.shingles);
  const unionSh = a.shingles.length + b.shingles.length - sharedSh;
  const shingles = unionSh === 0 ? 0 : sharedSh / unionSh;
  const lexical = 0.5 * words + 0.5 * shingles;
  const bound = LEXICAL_WEIGHT * lexical + (1 - LEXICAL_WEIGHT);
  if (bound < floor) return { words, shingles, anchors: 1, penalty: 1, score: bound };

  // Anchors weigh by how much they pin down an event: a person or group name or a date far more
  // than a province (many operations a week share "Nad Ali district, Helmand province").
  let weight = 0;
  let agreed = 0;
  let penalty = 1;
  const agree = (w: number, o: number): void => {
    weight += w;
    agreed += w * o;
  };
  if (a.places.length > 0 && b.places.length > 0) {
    const o = overlap(a.places, b.places);
    const aFine = a.places.filter(isLocality);
    const bFine = b.places.filter(isLocality);
    agree(0.5, o);
    // Another place (or another district of the same province) is the surest sign of another
    // event told in the same stock wording.
    if (o === 0 || (aFine.length > 0 && bFine.length > 0 && overlap(aFine, bFine) === 0)) penalty *= 0.3;
  }
  const [aNames, aGroups] = splitNames(a);
  const [bNames, bGroups] = splitNames(b);
  if (aNames.length > 0 && bNames.length > 0) {
    const o = overlap(aNames, bNames);
    agree(1, o);
    if (o === 0) penalty *= 0.6;
  }
  if (aGroups.length > 0 && bGroups.length > 0) agree(0.5, overlap(aGroups, bGroups));
  if (a.dates.length > 0 && b.dates.length > 0) {
    const same = a.dates.some((x) => b.dates.some((y) => datesAgree(x, y)));
    agree(1, same ? 1 : 0);
    if (!same) penalty *= 0.3;
  }
  const nouns = a.figures.filter((f) => b.figures.some((g) => g.noun === f.noun));
  if (nouns.length > 0) {
    const same = nouns.filter((f) => b.figures.some((g) => g.noun === f.noun && !figuresDisagree(f, g))).length;
    // A different tally of an event (3 killed vs 12 killed) is another event; a different estimate
    // of a standing force (2,000 vs 600 fighters) is the same claim disputed: neutral here, and
    // flagged by the group analysis instead of splitting the group.
    const tallies = nouns.filter((f) => f.eventCount && b.figures.some((g) => g.noun === f.noun && g.eventCount));
    const tallyClash = tallies.some((f) => !b.figures.some((g) => g.noun === f.noun && !figuresDisagree(f, g)));
    if (same > 0 || tallies.length > 0) agree(0.5, same / nouns.length);
    if (tallyClash) penalty *= 0.4;
  }
  if (a.incident && b.incident && a.published && b.published) penalty *= incidentTiming(a, b);
  // Divided by at least 2, so agreeing on one province alone cannot carry a pair over the threshold.
  const anchors = agreed / Math.max(weight, 2);
  const score = (LEXICAL_WEIGHT * lexical + (1 - LEXICAL_WEIGHT) * anchors) * penalty;
  return { words, shingles, anchors, penalty, score };
}

/** How likely two fingerprints state the same claim, in [0, 1]. Symmetric. Below `floor`, only an upper bound. */
export function similarity(a: Fingerprint, b: Fingerprint, floor = 0): number {
  return similarityParts(a, b, floor).score;
}
