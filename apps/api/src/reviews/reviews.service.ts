import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { canonicalSourceName } from '@auditor/scoring';
import { Prisma } from '../generated/prisma/client';
import { PrismaService } from '../database/prisma.service';
import { toJsonInput } from '../database/json';
import { AuditEntry, AuditService } from '../audit/audit.service';
import { liveCitedSource, lockSourceKey, sourceKey } from '../jobs/cited-sources';
import { Actor } from '../audit/actor';
import type { BulkReviewResult, EffectiveValues, ReviewResult, StoredOverrides } from '@auditor/contracts';
import { AssertionState, Db, loadStates, REVIEW_SELECT, reviewView } from '../assertion-view/assertion-state';
import { BulkReviewDto } from './dto/bulk-review.dto';
import { CreateReviewDto, OverridesDto } from './dto/create-review.dto';
import { applyReview } from '../assertion-view/effective-values';
import { decisionProblem, normaliseOverrides, normaliseReason, sameReview } from './review-values';
import { type ReviewDecision, type SourceType } from '@auditor/vocabulary';

export interface Reviewer extends Actor {
  userId: string;
  email: string;
}

const TX = { timeout: 30_000, maxWait: 10_000 };
const list = (ids: string[]) => ids.join(', ');

/** Audit payload: the effective values plus the rubric version they were read under. */
const snapshot = (v: EffectiveValues | null, rubricVersion: string | null, extra: Record<string, unknown> = {}) =>
  v ? { ...extra, rubricVersion, ...v } : null;

/**
 * Review decisions. Each request runs in one transaction that locks the assertions (so two
 * reviewers of the same assertion are serialised and "before" is exact), writes the reviews and one
 * audit entry per assertion; either all of it commits or nothing does.
 */
@Injectable()
export class ReviewsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
  ) {}

  /** One decision on one assertion; `created` is false when an identical retry returned the stored review. */
  async review(
    assertionId: string,
    dto: CreateReviewDto,
    who: Reviewer,
  ): Promise<{ created: boolean; result: ReviewResult }> {
    const problem = decisionProblem(dto.decision, dto.overrides, dto.reason);
    if (problem) throw new BadRequestException(problem);
    const reason = normaliseReason(dto.reason);

    return this.prisma.$transaction(async (tx) => {
      await this.lock(tx, [assertionId]);
      const state = (await loadStates(tx, [assertionId])).get(assertionId)!;
      const automatic = this.scored([state])[0]!;
      const overrides = dto.decision === 'override' ? await this.resolve(tx, dto.overrides!, who) : null;
      const latest = state.latest;
      if (
        latest &&
        latest.reviewer?.id === who.userId &&
        sameReview(latest, { decision: dto.decision, overrides: overrides?.stored ?? null, reason })
      ) {
        return { created: false, result: { ...reviewView(latest), effective: state.effective! } };
      }
      const review = await tx.review.create({
        data: {
          assertionId,
          reviewerId: who.userId,
          decision: dto.decision,
          overrides: overrides ? toJsonInput(overrides.stored) : Prisma.DbNull,
          reason,
        },
        select: REVIEW_SELECT,
      });
      const names = new Map([...state.names, ...(overrides?.names ?? [])]);
      const effective = applyReview(automatic, { decision: dto.decision, overrides: overrides?.stored ?? null }, names);
      const rubricVersion = state.row.article.rubricVersion;
      await this.audit.record(
        {
          actorId: who.userId,
          requestId: who.requestId,
          action: `review.${dto.decision}`,
          entityType: 'assertion',
          entityId: assertionId,
          before: snapshot(state.effective, rubricVersion),
          after: snapshot(effective, rubricVersion, { reviewId: review.id, reason }),
        },
        tx,
      );
      return { created: true, result: { ...reviewView(review), effective } };
    }, TX);
  }

  /**
   * The same confirm or dismiss on up to 200 assertions, all or nothing: an unknown id (or one not
   * scored under its article's rubric) fails the whole request before anything is written. An
   * assertion whose newest review is already this reviewer's identical decision keeps that review.
   */
  async bulk(dto: BulkReviewDto, who: Reviewer): Promise<BulkReviewResult> {
    const reason = normaliseReason(dto.reason);
    const decision: ReviewDecision = dto.decision;
    const ids = dto.assertionIds.map((id) => id.toLowerCase());
    return this.prisma.$transaction(async (tx) => {
      await this.lock(tx, ids);
      const states = await loadStates(tx, ids);
      this.scored(ids.map((id) => states.get(id)!));

      const repeats = new Map<string, ReviewResult>();
      const fresh: AssertionState[] = [];
      for (const id of ids) {
        const s = states.get(id)!;
        if (
          s.latest &&
          s.latest.reviewer?.id === who.userId &&
          sameReview(s.latest, { decision, overrides: null, reason })
        )
          repeats.set(id, { ...reviewView(s.latest), effective: s.effective! });
        else fresh.push(s);
      }
      const created = fresh.length
        ? await tx.review.createManyAndReturn({
            data: fresh.map((s) => ({
              assertionId: s.row.id,
              reviewerId: who.userId,
              decision,
              overrides: Prisma.DbNull,
              reason,
            })),
            select: { id: true, assertionId: true, decision: true, overrides: true, reason: true, createdAt: true },
          })
        : [];
      const byAssertion = new Map(created.map((r) => [r.assertionId, r]));
      const entries: AuditEntry[] = [];
      for (const s of fresh) {
        const r = byAssertion.get(s.row.id)!;
        const effective = applyReview(s.automatic!, { decision, overrides: null });
        const rubricVersion = s.row.article.rubricVersion;
        entries.push({
          actorId: who.userId,
          requestId: who.requestId,
          action: `review.${decision}`,
          entityType: 'assertion',
          entityId: s.row.id,
          before: snapshot(s.effective, rubricVersion),
          after: snapshot(effective, rubricVersion, { reviewId: r.id, reason, bulk: true }),
        });
        repeats.set(s.row.id, { ...reviewView({ ...r, reviewer: { id: who.userId, email: who.email } }), effective });
      }
      await this.audit.recordMany(entries, tx);
      return { reviewed: ids.length, created: created.length, reviews: ids.map((id) => repeats.get(id)!) };
    }, TX);
  }

  /** Locks the assertions (in id order, so concurrent requests cannot deadlock); 404 listing the unknown ones. */
  private async lock(tx: Db, ids: string[]): Promise<void> {
    const rows = await tx.$queryRaw<
      Array<{ id: string }>
    >`SELECT "id"::text AS id FROM "Assertion" WHERE "id" = ANY(${ids}::uuid[]) ORDER BY "id" FOR UPDATE`;
    const found = new Set(rows.map((r) => r.id));
    const missing = ids.filter((id) => !found.has(id.toLowerCase()));
    if (missing.length === 1 && ids.length === 1) throw new NotFoundException(`Assertion ${missing[0]} not found`);
    if (missing.length)
      throw new NotFoundException(
        `${missing.length} of ${ids.length} assertions not found (nothing was reviewed): ${list(missing)}`,
      );
  }

  /** The automatic values of each state; 409 when an assertion has no score under its article's current rubric. */
  private scored(states: AssertionState[]) {
    const unscored = states.filter((s) => !s.automatic).map((s) => s.row.id);
    if (unscored.length) {
      throw new ConflictException(
        `Not scored under the article's current rubric, so not counted anywhere and not reviewable: ${list(unscored)}`,
      );
    }
    return states.map((s) => s.automatic!);
  }

  /** Stored overrides, with an attribution by name resolved to (or created as) a cited source. */
  private async resolve(
    tx: Db,
    input: OverridesDto,
    who: Reviewer,
  ): Promise<{ stored: StoredOverrides; names: Map<string, string> }> {
    const names = new Map<string, string>();
    const a = input.attribution;
    if (a === undefined || a === null)
      return { stored: normaliseOverrides(input, a === null ? null : undefined), names };
    if (a.citedSourceId) {
      // A source merged away since the reviewer's page loaded stands for its survivor.
      const cs = await liveCitedSource(tx, a.citedSourceId);
      if (!cs)
        throw new NotFoundException(`Cited source ${a.citedSourceId} not found (overrides.attribution.citedSourceId)`);
      names.set(cs.id, cs.canonicalName);
      return { stored: normaliseOverrides(input, { citedSourceId: cs.id }), names };
    }
    const cs = await this.findOrCreateSource(tx, a.name!.trim(), a.type as SourceType, who);
    names.set(cs.id, cs.canonicalName);
    return { stored: normaliseOverrides(input, { citedSourceId: cs.id }), names };
  }

  /**
   * By canonical name, case-insensitively; created (and audited) when new. Under the same lock as
   * the scoring job's, so a review and a job naming "Interior Ministry" / "interior ministry" at
   * once make one source.
   */
  private async findOrCreateSource(
    tx: Db,
    name: string,
    type: SourceType,
    who: Reviewer,
  ): Promise<{ id: string; canonicalName: string }> {
    const canonical = canonicalSourceName(name) || name;
    const find = async () => {
      const row = await tx.citedSource.findFirst({
        where: { canonicalName: { equals: canonical, mode: 'insensitive' } },
        select: { id: true },
        orderBy: { createdAt: 'asc' },
      });
      // A name merged into another source resolves to the survivor, as scoring resolves it.
      const live = row && (await liveCitedSource(tx, row.id));
      return live && { id: live.id, canonicalName: live.canonicalName };
    };
    const existing = await find();
    if (existing) return existing;
    await lockSourceKey(tx, sourceKey(canonical));
    const raced = await find();
    if (raced) return raced;
    await tx.citedSource.createMany({
      data: [
        { canonicalName: canonical, type, named: type !== 'anonymous', aliases: name === canonical ? [] : [name] },
      ],
      skipDuplicates: true,
    });
    const cs = (await find())!;
    await this.audit.record(
      {
        actorId: who.userId,
        requestId: who.requestId,
        action: 'cited-source.created',
        entityType: 'cited-source',
        entityId: cs.id,
        after: { canonicalName: cs.canonicalName, type, via: 'review' },
      },
      tx,
    );
    return cs;
  }
}
