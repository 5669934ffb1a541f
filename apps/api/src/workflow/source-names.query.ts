import { Injectable } from '@nestjs/common';
import type { SourceOption } from '@auditor/contracts';
import { Prisma } from '../generated/prisma/client';
import { PrismaService } from '../database/prisma.service';
import { escapeLike } from '../common/like-pattern';
import { formatSourceId, parseSourceId, SOURCE_KINDS, SourceKind } from '../summaries/source-id';

interface Row {
  kind: SourceKind;
  id: string;
  name: string;
  type: string | null;
  alias: string | null;
}

const option = (r: Row): SourceOption => ({
  id: formatSourceId(r.kind, r.id),
  kind: r.kind,
  name: r.name,
  type: r.type,
  matchedAlias: r.alias,
});

/**
 * Outlets and cited sources by name, for pickers: the name or any alias of a cited source
 * ("International Security Assistance Force" finds ISAF), names starting with the words first.
 * Reads the two small name tables only, never the summaries, so it answers while typing.
 */
@Injectable()
export class SourceNames {
  constructor(private readonly prisma: PrismaService) {}

  async search(q: string, kind: SourceKind | undefined, limit: number): Promise<SourceOption[]> {
    const words = q.trim();
    const contains = `%${escapeLike(words)}%`;
    const prefix = `${escapeLike(words)}%`;
    const kinds = kind ? [kind] : [...SOURCE_KINDS];
    const parts: Prisma.Sql[] = [];
    if (kinds.includes('outlet'))
      parts.push(Prisma.sql`
        SELECT 'outlet' AS kind, o."id"::text AS id, o."name" AS name, o."type"::text AS type, NULL::text AS alias
        FROM "Outlet" o WHERE o."name" ILIKE ${contains}`);
    if (kinds.includes('cited'))
      parts.push(Prisma.sql`
        SELECT 'cited' AS kind, c."id"::text AS id, c."canonicalName" AS name, c."type"::text AS type,
               CASE WHEN c."canonicalName" ILIKE ${contains} THEN NULL
                    ELSE (SELECT a FROM unnest(c."aliases") a WHERE a ILIKE ${contains} ORDER BY length(a) LIMIT 1) END AS alias
        FROM "CitedSource" c
        -- A merged source's names live on as its survivor's aliases: offer the survivor only.
        WHERE c."mergedIntoId" IS NULL
          AND (c."canonicalName" ILIKE ${contains} OR EXISTS (SELECT 1 FROM unnest(c."aliases") a WHERE a ILIKE ${contains}))`);
    const rows = await this.prisma.$queryRaw<Row[]>`
      SELECT * FROM (${Prisma.join(parts, ' UNION ALL ')}) s
      ORDER BY (coalesce(s.alias, s.name) ILIKE ${prefix}) DESC, s.alias IS NOT NULL, length(s.name), lower(s.name), s.kind, s.id
      LIMIT ${limit}`;
    return rows.map(option);
  }

  /** The named sources among `ids` (in the order given; unknown ones left out). */
  async byIds(ids: string[]): Promise<SourceOption[]> {
    const refs = ids.map(parseSourceId);
    const uuids = (k: SourceKind) => refs.filter((r) => r.kind === k).map((r) => r.uuid);
    const rows = await this.prisma.$queryRaw<Row[]>`
      SELECT 'outlet' AS kind, o."id"::text AS id, o."name" AS name, o."type"::text AS type, NULL::text AS alias
      FROM "Outlet" o WHERE o."id" = ANY(${uuids('outlet')}::uuid[])
      UNION ALL
      SELECT 'cited', c."id"::text, c."canonicalName", c."type"::text, NULL
      FROM "CitedSource" c WHERE c."id" = ANY(${uuids('cited')}::uuid[])`;
    const byId = new Map(rows.map((r) => [formatSourceId(r.kind, r.id), option(r)]));
    return refs.flatMap((r) => byId.get(formatSourceId(r.kind, r.uuid)) ?? []);
  }
}
