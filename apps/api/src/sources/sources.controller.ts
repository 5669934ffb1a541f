import { BadRequestException, Controller, Get, Param, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiMovedPermanentlyResponse,
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Response } from 'express';
import type { Comparison, ComparedSource, ReportCard, SourceListPage, SourceMap } from '@auditor/contracts';
import { attachment, flatten, sourceHeaders, toCsv } from './csv';
import { jsonOnce } from '../common/json-once';
import { parseWindow } from './date-window';
import { COMPARE_MAX, COMPARE_MIN, CompareSourcesQuery } from './dto/compare.query';
import { DateRangeQuery } from './dto/date-range.query';
import { ListSourcesQuery } from './dto/list-sources.query';
import { SourceMapQuery } from './dto/source-map.query';
import { ReportCardService } from './report-card.service';
import { SourceMergeService } from './source-merge.service';
import { SourceMapQueryService } from './source-map.query';
import { listCsv, SourceListQuery } from './source-list.query';
import { parseSourceId } from '../summaries/source-id';

const CSV_TYPE = 'text/csv; charset=utf-8';
const ID_DOC =
  'outlet:<uuid> (an outlet: all assertions of its articles) or cited:<uuid> (a cited source: the assertions attributed to it)';

/**
 * Source report cards, for any signed-in user. Figures use each article's current rubric version
 * and the newest review of each assertion (dismissed assertions left out).
 */
@ApiTags('sources')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Not signed in' })
@Controller('sources')
export class SourcesController {
  constructor(
    private readonly list: SourceListQuery,
    private readonly cards: ReportCardService,
    private readonly sourceMap: SourceMapQueryService,
    private readonly merges: SourceMergeService,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Outlets and cited sources with headline figures (paginated; format=csv exports every match)',
  })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({
    description:
      '{items, page, pageSize, total}; items: id, kind, name, type, articles, assertions, sourcingQuality, alarmism, anonymousShare, firstDate, lastDate, smallSample',
  })
  @ApiBadRequestResponse({ description: 'Invalid filter, sort or page' })
  async index(
    @Query() q: ListSourcesQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SourceListPage | string> {
    const page = await this.list.list(q);
    if (q.format !== 'csv') return jsonOnce(res, page);
    res.setHeader('Content-Type', CSV_TYPE).setHeader('Content-Disposition', attachment('sources.csv'));
    return listCsv(page.items);
  }

  @Get('map')
  @ApiOperation({
    summary:
      'The source map: each outlet and cited source with its mean sourcing quality and alarmism and their 95% intervals (largest samples first)',
  })
  @ApiOkResponse({
    description:
      '{period, corpus: {assertions, sourcingQuality, alarmism}, points, total, limit, pendingRefresh}; points: id, kind, name, type, articles, assertions, firstDate, lastDate, smallSample, sourcingQuality {mean, ci95}, alarmism {mean, ci95}',
  })
  @ApiBadRequestResponse({ description: 'Invalid kind, type, date, minAssertions or limit' })
  async map(@Query() q: SourceMapQuery, @Res({ passthrough: true }) res: Response): Promise<SourceMap | string> {
    return jsonOnce(res, await this.sourceMap.map(q));
  }

  // Declared before :id/report so "compare" is never taken for an id.
  @Get('compare')
  @ApiOperation({ summary: `Headline figures of ${COMPARE_MIN}–${COMPARE_MAX} sources side by side` })
  @ApiProduces('application/json', 'text/csv')
  @ApiBadRequestResponse({
    description: `Fewer than ${COMPARE_MIN} or more than ${COMPARE_MAX} ids, a malformed or repeated id`,
  })
  @ApiNotFoundResponse({ description: 'An unknown source' })
  async compare(
    @Query() q: CompareSourcesQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Comparison | string> {
    const ids = q.ids
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (ids.length < COMPARE_MIN || ids.length > COMPARE_MAX)
      throw new BadRequestException(`ids must list ${COMPARE_MIN} to ${COMPARE_MAX} source ids, got ${ids.length}`);
    const given = ids.map(parseSourceId);
    if (new Set(given.map((r) => `${r.kind}:${r.uuid}`)).size !== given.length)
      throw new BadRequestException('ids must not repeat a source');
    // A merged source is compared as the source it was merged into (its card redirects there too).
    const refs = await this.merges.follow(given);
    if (new Set(refs.map((r) => `${r.kind}:${r.uuid}`)).size !== refs.length)
      throw new BadRequestException('ids name one source twice: a source listed was merged into another listed');
    const window = parseWindow(q.from, q.to);
    const first = await this.cards.card(refs[0]!, window);
    const rest = await Promise.all(refs.slice(1).map((r) => this.cards.card(r, window, { skipCatchUp: true })));
    const sources = [first, ...rest].map((c): ComparedSource => ({
      id: c.id,
      kind: c.kind,
      name: c.name,
      type: c.type,
      articles: c.sample.articles,
      assertions: c.sample.assertions,
      firstDate: c.sample.firstDate,
      lastDate: c.sample.lastDate,
      smallSample: c.sample.smallSample,
      sourcingQuality: { mean: c.sourcingQuality.mean, ci95: c.sourcingQuality.ci95 },
      alarmism: { mean: c.alarmism.mean, ci95: c.alarmism.ci95 },
      anonymousShare: c.shares.anonymous.share,
      unverifiableShare: c.shares.unverifiable.share,
      hedgedShare: c.shares.hedged.share,
      grade: c.reliability.grade,
      changedByReviews: c.reviews.changedByReviews,
    }));
    const body: Comparison = {
      period: first.period,
      pendingRefresh: first.pendingRefresh,
      // The whole corpus: a card's own corpus figures leave that card's source out.
      corpus: { sourcingQuality: first.corpus.whole.sourcingQuality, alarmism: first.corpus.whole.alarmism },
      sources,
    };
    if (q.format !== 'csv') return body;
    // One row per metric, one column per source; a metric missing for a source (a null interval) is an empty cell.
    const cells = sources.map((s) => new Map(flatten(s)));
    const metrics = [...new Set(cells.flatMap((m) => [...m.keys()]))];
    res.setHeader('Content-Type', CSV_TYPE).setHeader('Content-Disposition', attachment('sources-compare.csv'));
    return toCsv(
      ['metric', ...sourceHeaders(sources)],
      metrics.map((m) => [m, ...cells.map((c) => c.get(m))]),
    );
  }

  @Get(':id/report')
  @ApiOperation({
    summary:
      "A source's report card: sample, provenance mix, indices with 95% intervals vs the corpus, shares, Admiralty grade, monthly trend, worst assertions, review effect",
  })
  @ApiParam({ name: 'id', description: ID_DOC, example: 'outlet:3f1c2a9e-0b7d-4c36-9a51-2f4e8d6b7c10' })
  @ApiProduces('application/json', 'text/csv')
  @ApiBadRequestResponse({ description: 'Malformed id or date' })
  @ApiNotFoundResponse({ description: 'No such outlet or cited source' })
  @ApiMovedPermanentlyResponse({ description: "A cited source merged into another: Location is the survivor's report" })
  async report(
    @Param('id') id: string,
    @Query() q: DateRangeQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ReportCard | string> {
    const ref = parseSourceId(id);
    await this.merges.redirectIfMerged(ref, res.req.originalUrl, (url) => res.setHeader('Location', url));
    const card = await this.cards.card(ref, parseWindow(q.from, q.to));
    if (q.format !== 'csv') return jsonOnce(res, card);
    res
      .setHeader('Content-Type', CSV_TYPE)
      .setHeader('Content-Disposition', attachment(`source-${ref.kind}-${ref.uuid}.csv`));
    return toCsv(['metric', 'value'], flatten(card));
  }
}
