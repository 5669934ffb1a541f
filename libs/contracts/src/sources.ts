import type { Provenance, ReviewDecision } from '@auditor/vocabulary';
import type { StoredOverrides } from './articles';
import type { IsoDateTime, Page } from './common';

/** `outlet:<uuid>` is an outlet (all assertions of its articles), `cited:<uuid>` a cited source. */
export type SourceKind = 'outlet' | 'cited';

/** Who a source is and how much of the corpus speaks for it: common to lists and comparisons. */
export interface SourceSample {
  id: string;
  kind: SourceKind;
  name: string;
  type: string | null;
  articles: number;
  assertions: number;
  firstDate: IsoDateTime | null;
  lastDate: IsoDateTime | null;
  smallSample: boolean;
}

export interface SourceListItem extends SourceSample {
  /** Mean sourcing quality (0–100) of the source's assertions, reviews applied. */
  sourcingQuality: number | null;
  /** Mean alarmism (0–100). */
  alarmism: number | null;
  /** Share of assertions with anonymous provenance. */
  anonymousShare: number | null;
  /** Assertions specific enough (place, name or date) to be matched across the corpus. */
  claims: number;
  /** Share of those claims with an independent second origin. */
  corroborationRate: number | null;
  /** Share of those claims that repeat an origin already present, adding nothing checkable. */
  amplificationRate: number | null;
}

export interface SourceListPage extends Page<SourceListItem> {
  /** Articles still waiting for their summaries after this read (non-zero only during bulk imports). */
  pendingRefresh: number;
}

/** A score's spread over a sample, from n, Σx and Σx². */
export interface IndexStatistics {
  n: number;
  mean: number | null;
  sd: number | null;
  /** 95% interval of the mean, normal approximation: mean ± 1.96·sd/√n (null below 2 assertions). */
  ci95: [number, number] | null;
  distribution: Array<{ range: string; count: number }>;
}

/**
 * An index on a card, beside the corpus's. The corpus figures leave the source's own assertions
 * out (the rest of the corpus): a source that is most of the corpus would otherwise be compared
 * mostly with itself.
 */
export interface IndexFigures extends IndexStatistics {
  corpusMean: number | null;
  corpusCi95: [number, number] | null;
  difference: number | null;
}

export interface ShareFigure {
  count: number;
  share: number | null;
  /** The share in the rest of the corpus (the source's own assertions left out). */
  corpusShare: number | null;
}

export interface GradeCounts {
  counts: Record<string, number>;
  mode: string | null;
  mean: number | null;
}

export interface GradeFigures {
  grade: string | null;
  basis: string;
  reliability: GradeCounts;
  credibility: GradeCounts;
  /** Evidence from the rest of the corpus: how many of its claims others independently confirmed or contradicted. */
  evidence: { claims: number; corroborated: number; contradicted: number };
}

/**
 * One of a card's most alarmist or worst-sourced assertions (newest review applied). Its signals
 * are not repeated here: GET /api/assertions/:id gives them with the rest of its detail.
 */
export interface TopAssertion {
  assertionId: string;
  articleId: string;
  articleTitle: string | null;
  publishedAt: IsoDateTime | null;
  text: string;
  alarmism: number;
  sourcingQuality: number;
  provenance: Provenance | null;
  admiralty: string | null;
  hedged: boolean | null;
  review: { decision: ReviewDecision; overrides: StoredOverrides | null } | null;
}

/** The figures compared between the reviewed and the automatic-only card. */
export interface CardHeadline {
  assertions: number;
  articles: number;
  sourcingQuality: number | null;
  alarmism: number | null;
  provenance: Record<Provenance, number>;
  anonymous: number;
  unverifiable: number;
  hedged: number;
  corroborated: number;
  amplified: number;
  contradicted: number;
  grade: string | null;
}

export interface Period {
  from: IsoDateTime | null;
  toExclusive: IsoDateTime | null;
}

/** GET /api/sources/:id/report. */
export interface ReportCard {
  id: string;
  kind: SourceKind;
  name: string;
  type: string | null;
  period: Period;
  rubricVersions: string[];
  sample: {
    articles: number;
    assertions: number;
    firstDate: IsoDateTime | null;
    lastDate: IsoDateTime | null;
    smallSample: boolean;
    warning: string | null;
    thresholds: { minAssertions: number; minArticles: number };
  };
  provenance: Record<Provenance, number>;
  sourcingQuality: IndexFigures;
  alarmism: IndexFigures;
  shares: {
    /** Attributed to a cited source (named or described); vague anonymous sourcing is `anonymous`. */
    attributed: ShareFigure;
    anonymous: ShareFigure;
    unverifiable: ShareFigure;
    hedged: ShareFigure;
  };
  reliability: GradeFigures;
  corroboration: {
    claims: number;
    grouped: number;
    originated: number;
    corroborated: ShareFigure;
    amplified: ShareFigure;
    contradicted: ShareFigure;
  };
  /** Months with assertions, as YYYY-MM. */
  trend: Array<{ month: string; assertions: number; sourcingQuality: number | null; alarmism: number | null }>;
  mostAlarmist: TopAssertion[];
  worstSourced: TopAssertion[];
  reviews: {
    reviewed: number;
    overridden: number;
    dismissed: number;
    changedByReviews: boolean;
    /** The headline figures reviews changed. */
    changed: string[];
    automatic: CardHeadline;
  };
  /** What the corpus figures above cover: every assertion of the period except the source's own. */
  corpus: {
    /** Assertions in the rest of the corpus. */
    assertions: number;
    /** The whole corpus, the source included (what the comparison screen shows as its reference). */
    whole: { assertions: number; sourcingQuality: number | null; alarmism: number | null };
  };
  verdict: CardVerdict;
  pendingRefresh: number;
}

/** Where a source's mean sits against the rest of the corpus, allowing for both samples' spread. */
export type CorpusComparison = 'far below' | 'below' | 'close to' | 'above' | 'far above';

/** One index in a card's top line. */
export interface VerdictIndex {
  mean: number | null;
  /** The score band's label (see GET /api/score-bands), or null without a mean. */
  band: string | null;
  /** Null when either side has too few assertions to judge, or the source is the whole corpus. */
  comparison: CorpusComparison | null;
}

/**
 * A card's figures in words, generated by the service (sources/card-verdict.ts) so the screen and
 * the API say the same thing.
 */
export interface CardVerdict {
  /** The banded top line, as text. */
  headline: string;
  /** One paragraph from the card's own figures. */
  summary: string;
  /** What the figures measure: for a cited source, how outlets attribute to it, not its reliability. */
  measures: string;
  sourcingQuality: VerdictIndex;
  alarmism: VerdictIndex;
}

/** One source's headline figures in a comparison. */
export interface ComparedSource extends SourceSample {
  sourcingQuality: { mean: number | null; ci95: [number, number] | null };
  alarmism: { mean: number | null; ci95: [number, number] | null };
  anonymousShare: number | null;
  unverifiableShare: number | null;
  hedgedShare: number | null;
  grade: string | null;
  changedByReviews: boolean;
}

/** GET /api/sources/compare. */
export interface Comparison {
  period: Period;
  pendingRefresh: number;
  corpus: { sourcingQuality: number | null; alarmism: number | null };
  sources: ComparedSource[];
}

/** A mean with its 95% interval (null below two assertions). */
export interface MeanWithInterval {
  mean: number | null;
  ci95: [number, number] | null;
}

/** One outlet or cited source on the source map. */
export interface SourceMapPoint extends SourceSample {
  sourcingQuality: MeanWithInterval;
  alarmism: MeanWithInterval;
}

/** GET /api/sources/map: every matching source's two means, for the sourcing × alarmism scatter. */
export interface SourceMap {
  period: Period;
  /** The whole corpus of the period, for the reference lines. */
  corpus: { assertions: number; sourcingQuality: number | null; alarmism: number | null };
  /** The largest samples first, at most `limit` of the `total` sources that match. */
  points: SourceMapPoint[];
  total: number;
  limit: number;
  pendingRefresh: number;
}
