import { Injectable, Logger } from '@nestjs/common';
import { OutletType, OUTLET_TYPES, ScoredAssertion, ScoredDocument } from '@auditor/scoring';
import { Prisma } from '../generated/prisma/client';
import { PrismaService } from '../database/prisma.service';
import { toJsonInput } from '../database/json';
import { AuditService } from '../audit/audit.service';
import { ScoringPool } from '../scoring-threads/scoring-pool';
import { citesSource, sourceKey, SourceWanted, upsertCitedSources } from './cited-sources';

/** Rows per insert: bounded statements keep each await short and memory flat on long documents. */
const CHUNK = 1000;

const chunks = <T>(rows: T[]): T[][] =>
  Array.from({ length: Math.ceil(rows.length / CHUNK) }, (_, i) => rows.slice(i * CHUNK, (i + 1) * CHUNK));

export interface ScoringOutcome {
  articleId: string;
  rubricVersion: string;
  assertions: number;
  /** Scores written by this run (0 when a previous run already stored them). */
  created: number;
}

/**
 * Scores one stored article with the library and writes assertions, cited sources, scores and
 * attributions in one transaction. Idempotent: assertions are unique by span and scores by
 * (assertion, rubric version), so a job that runs twice — or is retried after its process died
 * mid-transaction — leaves exactly one copy.
 */
@Injectable()
export class ArticleScoringService {
  private readonly logger = new Logger(ArticleScoringService.name);
  /** Test seam: runs inside the transaction just before commit (e.g. to simulate a crash). */
  beforeCommit?: (articleId: string) => Promise<void> | void;

  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly pool: ScoringPool,
  ) {}

  async score(articleId: string, requestedBy?: string | null): Promise<ScoringOutcome | null> {
    const article = await this.prisma.article.findUnique({ where: { id: articleId }, include: { outlet: true } });
    if (!article) return null; // deleted while queued: nothing to do
    await this.prisma.article.update({ where: { id: articleId }, data: { status: 'scoring' } });

    const outletType =
      article.outlet?.type && (OUTLET_TYPES as readonly string[]).includes(article.outlet.type)
        ? (article.outlet.type as OutletType)
        : undefined;
    const doc = await this.pool.score(article.text, {
      outletType,
      publishedAt: article.publishedAt ?? undefined,
      author: article.author ?? undefined,
    });

    const created = await this.prisma.$transaction(
      async (tx) => {
        const n = await this.persist(tx, articleId, doc);
        await tx.article.update({
          where: { id: articleId },
          data: {
            status: 'scored',
            error: null,
            rubricVersion: doc.rubricVersion,
            summary: toJsonInput(doc.summary),
            scoredAt: new Date(),
          },
        });
        await this.audit.record(
          {
            actorId: requestedBy ?? null,
            action: 'article.scored',
            entityType: 'article',
            entityId: articleId,
            after: { rubricVersion: doc.rubricVersion, assertions: doc.assertions.length, scoresCreated: n },
          },
          tx,
        );
        await this.beforeCommit?.(articleId);
        return n;
      },
      { timeout: 120_000, maxWait: 30_000 },
    );
    return { articleId, rubricVersion: doc.rubricVersion, assertions: doc.assertions.length, created };
  }

  /** Marks a scoring that failed for good; previous scores stay untouched. */
  async markFailed(articleId: string, error: Error): Promise<void> {
    this.logger.warn(`scoring of article ${articleId} failed: ${error.message}`);
    await this.prisma.article.updateMany({
      where: { id: articleId },
      data: { status: 'failed', error: error.message.slice(0, 2000) },
    });
  }

  private async persist(tx: Prisma.TransactionClient, articleId: string, doc: ScoredDocument): Promise<number> {
    for (const part of chunks(doc.assertions)) {
      await tx.assertion.createMany({
        data: part.map((a) => ({ articleId, position: a.index, start: a.start, end: a.end, text: a.text })),
        skipDuplicates: true,
      });
    }
    const rows = await tx.assertion.findMany({ where: { articleId }, select: { id: true, start: true, end: true } });
    const assertionId = new Map(rows.map((r) => [`${r.start}:${r.end}`, r.id]));

    const sourceIds = await this.upsertSources(tx, doc.assertions);
    const scores: { id: string; assertionId: string }[] = [];
    for (const part of chunks(doc.assertions)) {
      const written = await tx.score.createManyAndReturn({
        data: part.map((a) => ({
          assertionId: assertionId.get(`${a.start}:${a.end}`)!,
          rubricVersion: doc.rubricVersion,
          provenance: a.provenance,
          sourcingQuality: a.scores.sourcingQuality,
          alarmism: a.scores.alarmism,
          hedged: a.hedged,
          admiralty: a.admiralty,
          signals: toJsonInput(a.signals),
        })),
        skipDuplicates: true,
        select: { id: true, assertionId: true },
      });
      scores.push(...written);
    }
    const byAssertion = new Map(doc.assertions.map((a) => [assertionId.get(`${a.start}:${a.end}`)!, a]));
    const attributions = scores.flatMap((s) => {
      const a = byAssertion.get(s.assertionId)?.attribution;
      if (!citesSource(a)) return [];
      return [
        {
          scoreId: s.id,
          citedSourceId: sourceIds.get(sourceKey(a.canonical))!,
          sourceText: a.source,
          spanStart: a.span[0],
          spanEnd: a.span[1],
          cue: a.cue,
          named: a.named,
          via: a.via,
        },
      ];
    });
    for (const part of chunks(attributions)) await tx.attribution.createMany({ data: part, skipDuplicates: true });
    return scores.length;
  }

  /**
   * Cited sources are shared across articles by canonical name, compared case-insensitively; new
   * surface forms become aliases. Vague (anonymous) attributions cite no source (cited-sources.ts).
   */
  private upsertSources(
    tx: Prisma.TransactionClient,
    assertions: readonly ScoredAssertion[],
  ): Promise<Map<string, string>> {
    const wanted = new Map<string, SourceWanted & { aliases: Set<string> }>();
    for (const a of assertions) {
      const at = a.attribution;
      if (!citesSource(at)) continue;
      const key = sourceKey(at.canonical);
      const s = wanted.get(key) ?? {
        canonical: at.canonical.trim(),
        type: at.sourceType,
        named: at.named,
        aliases: new Set<string>(),
      };
      s.aliases.add(at.source);
      wanted.set(key, s);
    }
    return upsertCitedSources(tx, wanted);
  }
}
