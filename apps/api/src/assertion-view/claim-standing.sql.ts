import { defaultRubric } from '@auditor/scoring';
import { Prisma } from '../generated/prisma/client';

const rule = defaultRubric().corroboration;
const flag = (m: string, column: string) => `coalesce(${m}."${column}", false)`;

/**
 * SQL twin of applyCorroboration (libs/scoring/src/corroboration.ts) over a ClaimMembership row
 * `m` (absent for assertions not yet grouped): aggregates cannot call the library per row. Both
 * read the same rubric constants; the corroboration integration test checks they agree.
 */
export const corroboratedSq = (sq: string, m: string) =>
  Prisma.raw(
    `CASE WHEN ${flag(m, 'corroborated')} THEN least(100, ${sq} + ${Number(rule.sourcingQualityBonus)}) ELSE ${sq} END`,
  );

export const corroboratedAdmiralty = (adm: string, m: string) =>
  Prisma.raw(`CASE WHEN ${flag(m, 'contradicted')} THEN left(${adm}, 1) || '${Number(rule.contradictedDigit)}'
                   WHEN ${flag(m, 'corroborated')} THEN left(${adm}, 1) || '${Number(rule.corroboratedDigit)}' ELSE ${adm} END`);
