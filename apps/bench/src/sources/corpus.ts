import { createHash } from 'node:crypto';
import { OutletType } from '@auditor/scoring';
import { Random } from './random';
import { PoolDocument, SentencePool } from './sentence-pool';

export interface CorpusOptions {
  articles: number;
  perArticle: number;
  outlets: number;
  seed: number;
  /** First publication date; articles spread evenly over `years` from here. */
  from: Date;
  years: number;
}

export interface OutletPlan {
  name: string;
  type: OutletType;
  /** Relative publishing volume: a few outlets publish most articles, as in real monitoring. */
  weight: number;
  activeFrom: number;
  activeTo: number;
  /** Share of an article's passages drawn from the long analyses rather than press releases. */
  analysisShare: number;
}

export interface ArticlePlan {
  /** Index into the outlet plans. */
  outlet: number;
  title: string;
  publishedAt: Date;
  text: string;
  contentHash: string;
  /** Pool index of each assertion, in article order, and its offset in `text`. */
  sentences: number[];
  starts: number[];
}

const YEAR_MS = 365.25 * 86_400_000;

// Mix of synthetic outlet types: mostly media and think tanks, some official and military
// press offices, a few insurgent channels.
const TYPE_WEIGHTS: Record<OutletType, number> = {
  media: 0.4,
  independent: 0.25,
  official: 0.15,
  military: 0.12,
  insurgent: 0.08,
};
// Press offices mostly recycle releases; think tanks mostly write analysis with named sources.
const ANALYSIS_SHARE: Record<OutletType, number> = {
  military: 0.1,
  official: 0.3,
  insurgent: 0.4,
  media: 0.5,
  independent: 0.8,
};

/** The real outlets of the shared corpora first, then synthetic ones of mixed types. */
export function planOutlets(pool: SentencePool, opts: CorpusOptions, rnd: Random): OutletPlan[] {
  const types = Object.keys(TYPE_WEIGHTS) as OutletType[];
  const named = pool.outlets.slice(0, opts.outlets);
  const synthetic = Array.from({ length: opts.outlets - named.length }, (_, i) => {
    const type = types[rnd.weighted(types.map((t) => TYPE_WEIGHTS[t]))]!;
    return { name: `Synthetic ${type} outlet ${String(i + 1).padStart(2, '0')}`, type };
  });
  const span = opts.years * YEAR_MS;
  const start = opts.from.getTime();
  // Volume follows a Zipf-like law over a shuffled rank, so real outlets are not always the biggest.
  const ranks = rnd.shuffle([...named, ...synthetic].map((_, i) => i));
  return [...named, ...synthetic].map((o, i) => {
    // Most outlets publish throughout (the biggest always, so some outlet is active at any date);
    // the others started or stopped within the decade.
    const whole = ranks[i] === 0 || rnd.next() < 0.6;
    const length = whole ? span : span * (0.2 + 0.6 * rnd.next());
    const from = whole ? start : start + (span - length) * rnd.next();
    return {
      ...o,
      weight: 1 / (ranks[i]! + 1) ** 0.9,
      activeFrom: from,
      activeTo: from + length,
      analysisShare: ANALYSIS_SHARE[o.type],
    };
  });
}

/** A passage: a whole press release, or a run of consecutive sentences of an analysis. */
function passage(doc: PoolDocument, rnd: Random): number[] {
  if (doc.kind === 'release') return doc.sentences;
  const length = 3 + rnd.int(10);
  const from = rnd.int(Math.max(1, doc.sentences.length - length + 1));
  return doc.sentences.slice(from, from + length);
}

function titleOf(sentence: string): string {
  const words = sentence.split(/\s+/);
  return words.length > 12 ? `${words.slice(0, 12).join(' ')}…` : sentence;
}

/**
 * Articles in publication order (the order a monitoring corpus grows in), each made of whole
 * passages so neighbouring sentences still belong together. Passages are joined as paragraphs;
 * offsets are UTF-16 indices, as the scorer reports them.
 */
export function* generateArticles(
  pool: SentencePool,
  outlets: readonly OutletPlan[],
  opts: CorpusOptions,
  rnd: Random,
): Generator<ArticlePlan> {
  const byKind = {
    release: pool.documents.filter((d) => d.kind === 'release'),
    analysis: pool.documents.filter((d) => d.kind === 'analysis'),
  };
  const span = opts.years * YEAR_MS;
  const seen = new Set<string>();
  for (let i = 0; i < opts.articles; i++) {
    const at = opts.from.getTime() + Math.floor((span * (i + rnd.next())) / opts.articles / 60_000) * 60_000;
    const outlet = rnd.weighted(outlets.map((o) => (o.activeFrom <= at && at < o.activeTo ? o.weight : 0)));
    // The same text twice would be one article (contentHash is unique): draw again.
    let article = compose(pool, byKind, outlets[outlet]!, opts.perArticle, rnd, outlet, new Date(at));
    while (seen.has(article.contentHash))
      article = compose(pool, byKind, outlets[outlet]!, opts.perArticle, rnd, outlet, new Date(at));
    seen.add(article.contentHash);
    yield article;
  }
}

function compose(
  pool: SentencePool,
  byKind: Record<PoolDocument['kind'], PoolDocument[]>,
  outlet: OutletPlan,
  perArticle: number,
  rnd: Random,
  index: number,
  publishedAt: Date,
): ArticlePlan {
  const sentences: number[] = [];
  const starts: number[] = [];
  let text = '';
  while (sentences.length < perArticle) {
    const run = passage(rnd.pick(rnd.next() < outlet.analysisShare ? byKind.analysis : byKind.release), rnd).slice(
      0,
      perArticle - sentences.length,
    );
    if (text) text += '\n\n';
    run.forEach((s, k) => {
      if (k > 0) text += ' ';
      starts.push(text.length);
      sentences.push(s);
      text += pool.sentences[s]!.text;
    });
  }
  const contentHash = createHash('sha256').update(text).digest('hex');
  return {
    outlet: index,
    title: titleOf(pool.sentences[sentences[0]!]!.text),
    publishedAt,
    text,
    contentHash,
    sentences,
    starts,
  };
}
