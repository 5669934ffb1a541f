import { Injectable } from '@nestjs/common';
import { RUBRIC_VERSION } from '@auditor/scoring';
import type { EngineReport, LabelledAssertion } from '@auditor/contracts';
import type { Provenance, ReviewDecision } from '@auditor/vocabulary';
import { Prisma } from '../generated/prisma/client';
import { PrismaService } from '../database/prisma.service';
import { engineReport, type ReviewFact } from './engine-report';
import { labelledRow } from './labelled-row';

const UUID_RE = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
const EXPORT_BATCH = 500;

/**
 * The score a review answered: the newest score of the assertion written before the review (a
 * review of rubric 2.0 values stays one of 2.0 after a rescore to 2.1), else its oldest. Expects
 * `x` (Assertion) and `at` (the review's time) in scope; yields `s`.
 */
const seenScore = (at: string) =>
  Prisma.raw(`JOIN LATERAL (
      SELECT sc.* FROM "Score" sc WHERE sc."assertionId" = x."id"
      ORDER BY (sc."createdAt" <= ${at}) DESC, CASE WHEN sc."createdAt" <= ${at} THEN sc."createdAt" END DESC NULLS LAST, sc."createdAt"
      LIMIT 1
    ) s ON true`);

interface FactRow {
  assertion_id: string;
  rater: string;
  decision: ReviewDecision;
  overrides: unknown;
  at: Date;
  rubric_version: string;
  provenance: Provenance;
  signals: string[] | null;
}

interface ExportRow {
  id: string;
  article_id: string;
  position: number;
  start: number;
  text: string;
  provenance: Provenance;
  alarmism: number;
  hedged: boolean;
  signals: unknown;
  att_text: string | null;
  att_named: boolean | null;
  att_cited: string | null;
  decision: ReviewDecision;
  overrides: unknown;
  o_name: string | null;
  o_named: boolean | null;
}

/** Reads the reviews for the engine's report card and the labelled export. */
@Injectable()
export class EngineService {
  constructor(private readonly prisma: PrismaService) {}

  async report(): Promise<EngineReport> {
    // Each reviewer's newest review of each assertion (a deleted reviewer's reviews each stand alone).
    const rows = await this.prisma.$queryRaw<FactRow[]>`
      WITH latest AS (
        SELECT DISTINCT ON (r."assertionId", coalesce(r."reviewerId"::text, r."id"::text))
               r."assertionId", coalesce(r."reviewerId"::text, 'deleted:' || r."id"::text) AS rater,
               r."decision"::text AS decision, r."overrides", r."createdAt" AS at
        FROM "Review" r
        ORDER BY r."assertionId", coalesce(r."reviewerId"::text, r."id"::text), r."createdAt" DESC, r."id" DESC
      )
      SELECT l."assertionId"::text AS assertion_id, l.rater, l.decision, l.overrides, l.at,
             s."rubricVersion" AS rubric_version, s."provenance"::text AS provenance,
             ARRAY(SELECT DISTINCT e->>'id' FROM jsonb_array_elements(
               CASE WHEN jsonb_typeof(s."signals"::jsonb) = 'array' THEN s."signals"::jsonb ELSE '[]'::jsonb END) e
               WHERE e->>'id' IS NOT NULL) AS signals
      FROM latest l
      JOIN "Assertion" x ON x."id" = l."assertionId"
      ${seenScore('l.at')}`;
    const facts: ReviewFact[] = rows.map((r) => ({
      assertionId: r.assertion_id,
      rater: r.rater,
      decision: r.decision,
      overrides: r.overrides,
      at: r.at,
      rubricVersion: r.rubric_version,
      provenance: r.provenance,
      signals: r.signals ?? [],
    }));
    return engineReport(facts, RUBRIC_VERSION, new Date());
  }

  /**
   * Every reviewed assertion's newest review as labelled rows, in batches by assertion id so an
   * export of any size holds one batch in memory. Dismissed assertions are left out (see labelledRow).
   */
  async *labelled(): AsyncGenerator<LabelledAssertion[]> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const ids = (
        await this.prisma.$queryRaw<Array<{ id: string }>>`
          SELECT DISTINCT "assertionId"::text AS id FROM "Review" WHERE "assertionId" > ${after}::uuid
          ORDER BY 1 LIMIT ${EXPORT_BATCH}`
      ).map((r) => r.id);
      if (ids.length === 0) return;
      after = ids[ids.length - 1]!;
      const rows = await this.prisma.$queryRaw<ExportRow[]>`
        SELECT x."id"::text AS id, x."articleId"::text AS article_id, x."position", x."start", x."text",
               s."provenance"::text AS provenance, s."alarmism", s."hedged", s."signals",
               att."sourceText" AS att_text, att."named" AS att_named, att."citedSourceId"::text AS att_cited,
               rv."decision"::text AS decision, rv."overrides", ocs."canonicalName" AS o_name, ocs."named" AS o_named
        FROM "Assertion" x
        JOIN LATERAL (
          SELECT nr."decision", nr."overrides", nr."createdAt" FROM "Review" nr
          WHERE nr."assertionId" = x."id" ORDER BY nr."createdAt" DESC, nr."id" DESC LIMIT 1
        ) rv ON true
        ${seenScore('rv."createdAt"')}
        LEFT JOIN "Attribution" att ON att."scoreId" = s."id"
        LEFT JOIN "CitedSource" ocs ON ocs."id" = (
          CASE WHEN jsonb_typeof(rv."overrides"::jsonb) = 'object'
                AND coalesce(rv."overrides"::jsonb->'attribution'->>'citedSourceId', '') ~ ${UUID_RE}
               THEN (rv."overrides"::jsonb->'attribution'->>'citedSourceId')::uuid END)
        WHERE x."id" = ANY(${ids}::uuid[])
        ORDER BY x."articleId", x."position"`;
      const out: LabelledAssertion[] = [];
      for (const r of rows) {
        const row = labelledRow({
          articleId: r.article_id,
          position: r.position,
          start: r.start,
          text: r.text,
          automatic: {
            provenance: r.provenance,
            alarmism: r.alarmism,
            hedged: r.hedged,
            signals: r.signals,
            attribution:
              r.att_cited !== null
                ? { sourceText: r.att_text!, named: r.att_named!, citedSourceId: r.att_cited }
                : null,
          },
          review: { decision: r.decision, overrides: r.overrides },
          overrideSource: r.o_name !== null ? { canonicalName: r.o_name, named: r.o_named! } : null,
        });
        if (row) out.push(row);
      }
      yield out;
      if (ids.length < EXPORT_BATCH) return;
    }
  }
}
