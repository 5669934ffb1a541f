import { isUnresolvedPerson, type Attribution, type SourceType } from '@auditor/scoring';
import { Prisma } from '../generated/prisma/client';
import { citedSourceLock } from '../database/advisory-locks';
import type { Sql } from '../database/sql';

type Tx = Prisma.TransactionClient;

/**
 * Whether an attribution becomes a cited source with its own report card. A vague attribution
 * ("reportedly", "is believed to", "Initial reports", "intelligence tips", "sources") is typed
 * anonymous: it names nobody, so it has no track record to keep — every outlet's "reports" would
 * pool into one meaningless card, and claim grouping would take them all for one origin. The
 * assertion keeps its provenance `anonymous` and its anonymous-source signal; it just links to no
 * cited source. A typed but unspecific source ("Afghan officials") still does: it names a side,
 * and treating two outlets' "Afghan officials" as one origin is the cautious reading for
 * corroboration. A named source the engine could not type (an acronym it does not know, typed
 * anonymous with `named`) is a specific body with a track record of its own, so it gets a card;
 * a "he" or "she" the engine could not resolve is one specific person too, but the pronoun is no
 * name to keep a record under (every outlet's unresolved "he" would pool into one card), so not.
 */
export const citesSource = (
  a: Pick<Attribution, 'source' | 'sourceType' | 'named'> | null | undefined,
): a is Attribution => !!a && (a.named || a.sourceType !== 'anonymous') && !isUnresolvedPerson(a);

/** Canonical names compare case-insensitively: "Reports" and "reports" are one source. */
export const sourceKey = (canonical: string): string => canonical.trim().toLowerCase();

export interface SourceWanted {
  canonical: string;
  type: SourceType;
  named: boolean;
  aliases: Iterable<string>;
}

interface Row {
  id: string;
  canonicalName: string;
  aliases: string[];
}

/**
 * Existing cited sources by key; the oldest wins when earlier data holds case variants. A name an
 * admin merged into another source (a tombstone row) resolves to the survivor: merges repoint
 * older tombstones, so one hop always reaches a live source.
 */
async function findByKey(sql: Sql, keys: readonly string[]): Promise<Map<string, Row>> {
  if (keys.length === 0) return new Map();
  const rows = await sql.query<Row>(
    `SELECT coalesce(m."id", c."id")::text AS id, c."canonicalName", coalesce(m."aliases", c."aliases") AS aliases
       FROM "CitedSource" c LEFT JOIN "CitedSource" m ON m."id" = c."mergedIntoId"
      WHERE lower(c."canonicalName") = ANY($1::text[]) ORDER BY c."createdAt", c."id"`,
    [[...keys]],
  );
  const out = new Map<string, Row>();
  for (const r of rows) if (!out.has(sourceKey(r.canonicalName))) out.set(sourceKey(r.canonicalName), r);
  return out;
}

/** Serialises the creation of one cited source across transactions (scoring jobs and reviews). */
export async function lockSourceKey(tx: Tx, key: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${citedSourceLock(key)}))`;
}

/**
 * Finds or creates one cited source per key and records new surface forms as aliases; returns
 * ids by key. The unique index is on the exact name, so two transactions creating "Reports" and
 * "reports" would both succeed: a transaction-scoped advisory lock per missing key (taken in key
 * order, so jobs cannot deadlock) makes the second see the first's row instead.
 */
export async function upsertCitedSources(
  sql: Sql,
  wanted: ReadonlyMap<string, SourceWanted>,
): Promise<Map<string, string>> {
  const keys = [...wanted.keys()].sort();
  const found = await findByKey(sql, keys);
  const missing = keys.filter((k) => !found.has(k));
  if (missing.length) {
    // Every lock in one round trip, still taken in key order (a batch can miss hundreds of keys).
    await sql.query(
      `SELECT count(*)::int AS n FROM (SELECT pg_advisory_xact_lock(hashtext(k)) FROM unnest($1::text[]) AS t(k)) l`,
      [missing.map(citedSourceLock)],
    );
    for (const [k, r] of await findByKey(sql, missing)) found.set(k, r);
    const create = missing.filter((k) => !found.has(k));
    if (create.length) {
      const rows = create.map((k) => wanted.get(k)!);
      // Aliases travel as one JSON array per source: a text[][] parameter must be rectangular.
      await sql.query(
        `INSERT INTO "CitedSource" ("id", "canonicalName", "type", "named", "aliases")
         SELECT gen_random_uuid(), t.name, t.type::"SourceType", t.named,
                ARRAY(SELECT jsonb_array_elements_text(t.aliases))
           FROM unnest($1::text[], $2::text[], $3::boolean[], $4::jsonb[]) AS t(name, type, named, aliases)
         ON CONFLICT DO NOTHING`,
        [
          rows.map((s) => s.canonical),
          rows.map((s) => s.type),
          rows.map((s) => s.named),
          rows.map((s) => JSON.stringify([...new Set(s.aliases)])),
        ],
      );
      for (const [k, r] of await findByKey(sql, create)) found.set(k, { ...r, aliases: [...wanted.get(k)!.aliases] });
    }
  }
  // New surface forms of every source in one statement.
  const ids: string[] = [];
  const aliases: string[] = [];
  for (const k of keys) {
    const r = found.get(k);
    if (!r) throw new Error(`cited source "${wanted.get(k)!.canonical}" was neither found nor created`);
    for (const x of new Set(wanted.get(k)!.aliases))
      if (!r.aliases.includes(x)) {
        ids.push(r.id);
        aliases.push(x);
      }
  }
  if (ids.length)
    await sql.query(
      `UPDATE "CitedSource" c SET aliases = ARRAY(SELECT DISTINCT unnest(c.aliases || f.fresh))
         FROM (SELECT id, array_agg(alias) AS fresh FROM unnest($1::uuid[], $2::text[]) AS t(id, alias) GROUP BY id) f
        WHERE c.id = f.id`,
      [ids, aliases],
    );
  return new Map(keys.map((k) => [k, found.get(k)!.id]));
}

/**
 * The live source behind an id or a name's row: itself, or the survivor it was merged into. Read
 * FOR KEY SHARE so a merge in flight (which locks both rows FOR UPDATE) is waited for and seen.
 */
export async function liveCitedSource(
  tx: Tx,
  id: string,
): Promise<{ id: string; canonicalName: string; mergedFrom: string | null } | null> {
  const [row] = await tx.$queryRaw<Array<{ id: string; canonicalName: string; mergedIntoId: string | null }>>`
    SELECT "id"::text AS id, "canonicalName", "mergedIntoId"::text AS "mergedIntoId"
    FROM "CitedSource" WHERE "id" = ${id}::uuid FOR KEY SHARE`;
  if (!row) return null;
  if (!row.mergedIntoId) return { id: row.id, canonicalName: row.canonicalName, mergedFrom: null };
  const survivor = await liveCitedSource(tx, row.mergedIntoId);
  return survivor && { ...survivor, mergedFrom: row.id };
}
