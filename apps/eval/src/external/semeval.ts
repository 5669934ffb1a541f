/**
 * Alarmism on the SemEval-2020 Task 11 Propaganda Techniques Corpus (given half): does the engine
 * rank lines carrying fearful, exaggerating or loaded wording above lines with no technique at
 * all? Measured as AUC beside two off-the-shelf negativity lexicons on the very same lines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreDocument } from '@auditor/scoring';
import Sentiment from 'sentiment';
import { sharedDir } from '../datasets';
import { auc } from '../metrics';
import { halfOf, type Half } from './splits';
import { bootstrapInterval, groupedAuc, groupIndices, type Interval } from './interval';

/** The techniques issue 9 counts as alarmist wording; every other technique only excludes a line. */
export const ALARM_TECHNIQUES: ReadonlySet<string> = new Set([
  'Appeal_to_fear-prejudice',
  'Exaggeration,Minimisation',
  'Loaded_Language',
]);

export interface TechniqueSpan {
  technique: string;
  start: number;
  end: number;
}

export interface Line {
  start: number;
  end: number;
  text: string;
}

export interface LabelledLine extends Line {
  positive: boolean;
}

export interface PtcArticle {
  id: string;
  half: Half;
  text: string;
  spans: TechniqueSpan[];
}

/**
 * The PTC's offsets count Unicode code points (the corpus was built in Python); JavaScript strings
 * index UTF-16 units. They differ only after a character outside the BMP (an emoji), so the
 * conversion is skipped for the usual text with none.
 */
export function codePointToUtf16(text: string): (cp: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (cp) => cp;
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (cp) => map[Math.min(cp, map.length - 1)];
}

/** `id <TAB> technique <TAB> start <TAB> end` lines, offsets converted to UTF-16 indices of `text`. */
export function parseLabels(labels: string, text: string): TechniqueSpan[] {
  const toU = codePointToUtf16(text);
  const out: TechniqueSpan[] = [];
  for (const line of labels.split('\n')) {
    const [, technique, s, e] = line.trim().split('\t');
    if (!technique || !Number.isFinite(+s) || !Number.isFinite(+e) || s === undefined || e === undefined) continue;
    out.push({ technique, start: toU(+s), end: toU(+e) });
  }
  return out;
}

/** The article split on '\n', keeping lines that are not blank, with their offsets. */
export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    if (raw.trim()) out.push({ start, end: start + raw.length, text: raw });
    start += raw.length + 1;
  }
  return out;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/**
 * Positive when an alarm technique's span overlaps the line, negative when no technique at all
 * does; a line touched only by other techniques (doubt, flag-waving...) is neither and left out.
 */
export function labelLines(text: string, spans: readonly TechniqueSpan[]): LabelledLine[] {
  const out: LabelledLine[] = [];
  for (const line of splitLines(text)) {
    const touching = spans.filter((s) => overlaps(s, line));
    if (touching.length === 0) out.push({ ...line, positive: false });
    else if (touching.some((s) => ALARM_TECHNIQUES.has(s.technique))) out.push({ ...line, positive: true });
  }
  return out;
}

/** A line's engine score: the highest alarmism of the emitted assertions overlapping it, 0 when none does. */
export function lineScore(
  line: Line,
  assertions: readonly { start: number; end: number; scores: { alarmism: number } }[],
): number {
  let best = 0;
  for (const a of assertions) if (overlaps(a, line) && a.scores.alarmism > best) best = a.scores.alarmism;
  return best;
}

export function ptcArticles(shared = sharedDir()): PtcArticle[] {
  const dir = join(shared, 'external', 'semeval-ptc');
  return readdirSync(join(dir, 'articles'))
    .map((f) => /^article(\d+)\.txt$/.exec(f)?.[1])
    .filter((id): id is string => id !== undefined)
    .sort()
    .map((id) => {
      const text = readFileSync(join(dir, 'articles', `article${id}.txt`), 'utf8');
      const labels = readFileSync(join(dir, 'labels', `article${id}.task2-TC.labels`), 'utf8');
      return { id, half: halfOf(id), text, spans: parseLabels(labels, text) };
    });
}

export interface LineScores {
  article: string;
  half: Half;
  positive: boolean;
  engine: number;
  afinn: number;
  vader: number;
}

export interface SemevalFigures {
  articles: number;
  lines: number;
  positives: number;
  engine: number;
  afinn: number;
  vader: number;
  /** 95% bootstrap intervals over articles (see interval.ts): the engine's AUC and its margin over each baseline. */
  intervals: { engine: Interval; overAfinn: Interval; overVader: Interval };
}

/** Bootstrap seed for SemEval (one per set, so its intervals are the same on every run). */
const SEED = 20;

const aucOf = (lines: readonly LineScores[], score: (l: LineScores) => number) =>
  auc(
    lines.map(score),
    lines.map((l) => l.positive),
  );

function intervals(lines: readonly LineScores[]): SemevalFigures['intervals'] {
  const { group, count } = groupIndices(lines.map((l) => l.article));
  const positive = lines.map((l) => l.positive);
  const ranking = (score: (l: LineScores) => number) => groupedAuc(lines.map(score), positive, group);
  const engine = ranking((l) => l.engine);
  const afinn = ranking((l) => l.afinn);
  const vader = ranking((l) => l.vader);
  const options = { seed: SEED };
  return {
    engine: bootstrapInterval(count, engine, options),
    overAfinn: bootstrapInterval(count, (d) => engine(d) - afinn(d), options),
    overVader: bootstrapInterval(count, (d) => engine(d) - vader(d), options),
  };
}

interface Vader {
  SentimentIntensityAnalyzer: { polarity_scores(text: string): { neg: number } };
}

/** Every labelled line of the chosen halves, scored by the engine and both baselines. */
export function semevalLines(halves: readonly Half[] = ['fit', 'heldout'], shared = sharedDir()): LineScores[] {
  const afinn = new Sentiment();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const vader = (require('vader-sentiment') as Vader).SentimentIntensityAnalyzer;
  const out: LineScores[] = [];
  for (const article of ptcArticles(shared)) {
    if (!halves.includes(article.half)) continue;
    const { assertions } = scoreDocument(article.text, { outletType: 'media' });
    for (const line of labelLines(article.text, article.spans)) {
      out.push({
        article: article.id,
        half: article.half,
        positive: line.positive,
        engine: lineScore(line, assertions),
        afinn: afinn.analyze(line.text).negative.length,
        vader: vader.polarity_scores(line.text).neg,
      });
    }
  }
  return out;
}

export function semevalFigures(lines: readonly LineScores[]): SemevalFigures {
  return {
    articles: new Set(lines.map((l) => l.article)).size,
    lines: lines.length,
    positives: lines.filter((l) => l.positive).length,
    engine: aucOf(lines, (l) => l.engine),
    afinn: aucOf(lines, (l) => l.afinn),
    vader: aucOf(lines, (l) => l.vader),
    intervals: intervals(lines),
  };
}
