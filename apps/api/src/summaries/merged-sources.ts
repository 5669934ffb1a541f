import type { PrismaService } from '../database/prisma.service';
import type { SourceRef } from './source-id';

/**
 * Cited-source references with every merged source replaced by the source it was merged into
 * (merges keep chains one hop long). Ids saved before a merge — a saved queue filter, a compare
 * link — then keep naming the same source's assertions instead of matching nothing.
 */
export async function followMerges(prisma: PrismaService, refs: SourceRef[]): Promise<SourceRef[]> {
  const cited = refs.filter((r) => r.kind === 'cited').map((r) => r.uuid);
  if (!cited.length) return refs;
  const rows = await prisma.$queryRaw<Array<{ id: string; into: string }>>`
    SELECT "id"::text AS id, "mergedIntoId"::text AS into
    FROM "CitedSource" WHERE "id" = ANY(${cited}::uuid[]) AND "mergedIntoId" IS NOT NULL`;
  const into = new Map(rows.map((r) => [r.id, r.into]));
  return refs.map((r) => (r.kind === 'cited' && into.has(r.uuid) ? { kind: 'cited', uuid: into.get(r.uuid)! } : r));
}
