import { Injectable, NotFoundException } from '@nestjs/common';
import { DateWindow } from './date-window';
import { bandOf } from '@auditor/scoring';
import { cardVerdict } from './card-verdict';
import { Counts, gradeFigures, indexFigures, provenanceMix, round, share, withoutSource } from './report-card.metrics';
import { cardStatement, cardValues, CardRow, TopRow } from './report-card.sql';
import { isSmallSample, SMALL_SAMPLE } from './report-card.thresholds';
import { formatSourceId, SourceRef } from '../summaries/source-id';
import { SourceStatsService } from '../summaries/source-stats.service';
import { CardCache } from '../summaries/card-cache';
import { SummaryReader } from '../summaries/summary-reader';
import { toCounts } from '../summaries/stats-columns';
import { COMPARISON_COLUMNS } from './window-rows.sql';
import type { CardHeadline, ReportCard, StoredOverrides, TopAssertion } from '@auditor/contracts';
import type { Provenance, ReviewDecision } from '@auditor/vocabulary';

const EMPTY: Counts = toCounts({});

/** The figures compared between the reviewed and the automatic-only card. */
function headline(c: Counts): CardHeadline {
  const g = gradeFigures(c);
  return {
    assertions: c.n!,
    articles: c.articles!,
    sourcingQuality: indexFigures(c, 'sq').mean,
    alarmism: indexFigures(c, 'al').mean,
    provenance: provenanceMix(c),
    anonymous: c.p_anonymous!,
    unverifiable: c.cred_6!,
    hedged: c.hedged!,
    corroborated: c.corroborated!,
    amplified: c.amplified!,
    contradicted: c.contradicted!,
    grade: g.grade,
  };
}

function differences(a: CardHeadline, b: CardHeadline): string[] {
  return (Object.keys(a) as Array<keyof typeof a>).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

const compareWith = (own: number | null, corpus: number | null) => ({
  corpusMean: corpus,
  difference: own !== null && corpus !== null ? round(own - corpus) : null,
});

const topItem = (r: TopRow): TopAssertion => ({
  assertionId: r.assertion_id,
  articleId: r.article_id,
  articleTitle: r.title,
  publishedAt: r.published_at ? new Date(r.published_at).toISOString() : null,
  text: r.text,
  alarmism: r.al,
  sourcingQuality: r.sq,
  provenance: r.provenance as Provenance | null,
  admiralty: r.admiralty,
  hedged: r.hedged,
  review: r.decision
    ? { decision: r.decision as ReviewDecision, overrides: r.overrides as StoredOverrides | null }
    : null,
});

/** Assembles a source's report card from one prepared summary read (see report-card.sql.ts). */
@Injectable()
export class ReportCardService {
  constructor(
    private readonly reader: SummaryReader,
    private readonly stats: SourceStatsService,
    private readonly cache: CardCache,
  ) {}

  /** The card, from the cache while the summaries are unchanged (see CardCache). */
  card(ref: SourceRef, window: DateWindow, opts: { skipCatchUp?: boolean } = {}): Promise<ReportCard> {
    const key = `card|${ref.kind}|${ref.uuid}|${window.from?.toISOString() ?? ''}|${window.toExcl?.toISOString() ?? ''}`;
    return this.cache.get(key, () => this.compute(ref, window, opts));
  }

  private async compute(ref: SourceRef, window: DateWindow, opts: { skipCatchUp?: boolean }): Promise<ReportCard> {
    // The queue is empty in steady state, so a card is one query (it says whether the queue is).
    const {
      value: [row],
      queued: pending,
    } = await this.stats.readCurrent(
      () => this.reader.query<CardRow>(cardStatement(ref.kind), cardValues(ref, window)),
      ([r]) => r?.pending === true && !opts.skipCatchUp,
    );
    if (!row?.who) throw new NotFoundException(`Source ${formatSourceId(ref.kind, ref.uuid)} not found`);
    const { who, totals: sums, corpus: corpusRow, trend: months, tops } = row;
    const iso = (d: string | null | undefined) => (d ? new Date(d).toISOString() : null);

    const pick = (kind: string, variant: string) => sums.find((s) => s.kind === kind && s.variant === variant);
    const reviewedRow = pick(ref.kind, 'reviewed');
    const c = reviewedRow ? toCounts(reviewedRow) : EMPTY;
    const auto = toCounts(pick(ref.kind, 'auto') ?? {});
    // Only the counters the comparison reads are summed for the corpus (COMPARISON_COLUMNS).
    const wholeCorpus = toCounts(corpusRow ?? {}, COMPARISON_COLUMNS);
    // Compared with the rest of the corpus, not the whole: ISAF's press releases are most of the
    // corpus, and against a corpus that is mostly itself every difference shrinks towards zero.
    const corpus = withoutSource(wholeCorpus, c);
    const sq = indexFigures(c, 'sq');
    const al = indexFigures(c, 'al');
    const corpusSq = indexFigures(corpus, 'sq');
    const corpusAl = indexFigures(corpus, 'al');
    const small = isSmallSample(c.articles!, c.n!);
    const diff = differences(headline(c), headline(auto));
    const shareWithCorpus = (col: string) => ({
      ...share(c[col]!, c.n!),
      corpusShare: share(corpus[col]!, corpus.n!).share,
    });
    const shareOfClaims = (col: string) => ({
      ...share(c[col]!, c.claims!),
      corpusShare: share(corpus[col]!, corpus.claims!).share,
    });
    const byRank = (list: TopRow['list']) => tops.filter((t) => t.list === list);

    const card: Omit<ReportCard, 'verdict'> = {
      id: formatSourceId(ref.kind, ref.uuid),
      kind: ref.kind,
      name: who.name,
      type: who.type,
      period: { from: window.from?.toISOString() ?? null, toExclusive: window.toExcl?.toISOString() ?? null },
      rubricVersions: reviewedRow?.versions ?? [],
      sample: {
        articles: c.articles!,
        assertions: c.n!,
        firstDate: iso(reviewedRow?.first_at),
        lastDate: iso(reviewedRow?.last_at),
        smallSample: small,
        warning: small
          ? `Small sample: ${c.n} assertions in ${c.articles} articles (below ${SMALL_SAMPLE.minAssertions} assertions or ${SMALL_SAMPLE.minArticles} articles); treat the figures as indicative.`
          : null,
        thresholds: SMALL_SAMPLE,
      },
      provenance: provenanceMix(c),
      sourcingQuality: { ...sq, ...compareWith(sq.mean, corpusSq.mean), corpusCi95: corpusSq.ci95 },
      alarmism: { ...al, ...compareWith(al.mean, corpusAl.mean), corpusCi95: corpusAl.ci95 },
      shares: {
        attributed: shareWithCorpus('attributed'),
        anonymous: shareWithCorpus('p_anonymous'),
        unverifiable: shareWithCorpus('cred_6'),
        hedged: shareWithCorpus('hedged'),
      },
      reliability: gradeFigures(c),
      corroboration: {
        claims: c.claims!,
        grouped: c.grouped!,
        originated: c.originated!,
        corroborated: shareOfClaims('corroborated'),
        amplified: shareOfClaims('amplified'),
        contradicted: shareOfClaims('contradicted'),
      },
      trend: months.map((m) => ({
        month: new Date(m.month).toISOString().slice(0, 7),
        assertions: Number(m.n),
        sourcingQuality: round(Number(m.sq_sum) / Number(m.n)),
        alarmism: round(Number(m.al_sum) / Number(m.n)),
      })),
      mostAlarmist: byRank('alarmist')
        .sort((a, b) => b.al - a.al || a.sq - b.sq || a.assertion_id.localeCompare(b.assertion_id))
        .map(topItem),
      worstSourced: byRank('worst')
        .sort((a, b) => a.sq - b.sq || b.al - a.al || a.assertion_id.localeCompare(b.assertion_id))
        .map(topItem),
      reviews: {
        reviewed: c.reviewed!,
        overridden: c.overridden!,
        dismissed: c.dismissed!,
        changedByReviews: diff.length > 0,
        changed: diff,
        automatic: headline(auto),
      },
      corpus: {
        assertions: corpus.n!,
        whole: {
          assertions: wholeCorpus.n!,
          sourcingQuality: indexFigures(wholeCorpus, 'sq').mean,
          alarmism: indexFigures(wholeCorpus, 'al').mean,
        },
      },
      pendingRefresh: pending,
    };
    // The rubric's score bands (GET /api/score-bands), read here for the means.
    return { ...card, verdict: cardVerdict(card, (kind, score) => bandOf(kind, score).label) };
  }
}
