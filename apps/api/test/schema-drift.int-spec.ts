import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

/**
 * Migrations are SQL files written by hand or by `npm run db:migration`, and nothing else ties
 * them to prisma/schema.prisma: a column typed or defaulted differently, a missing index or a
 * foreign key with another ON DELETE would only show when Prisma's queries met the real table.
 * This builds a database from the schema alone (Prisma's own SQL for it) and checks that the
 * migrated test database holds every table, column, enum, index and foreign key of it, alike.
 * Objects only the migrations create (triggers, summary tables, expression indexes) are allowed.
 */
const ROOT = resolve(__dirname, '../../..');

function schemaSql(url: string): string {
  const r = spawnSync(
    process.execPath,
    [
      require.resolve('prisma/build/index.js', { paths: [ROOT] }),
      'migrate',
      'diff',
      '--from-empty',
      '--to-schema-datamodel',
      join(ROOT, 'prisma/schema.prisma'),
      '--script',
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: url,
        PRISMA_QUERY_ENGINE_LIBRARY: join(ROOT, 'package.json'),
        PRISMA_HIDE_UPDATE_MESSAGE: '1',
      },
      encoding: 'utf8',
    },
  );
  if (r.status !== 0) throw new Error(`prisma migrate diff failed:\n${r.stderr}`);
  return r.stdout;
}

interface Catalog {
  columns: Map<string, string>;
  enums: Map<string, string>;
  indexes: Map<string, string>;
  foreignKeys: Map<string, string>;
}

async function catalog(c: Client): Promise<Catalog> {
  const columns = await c.query<{ k: string; v: string }>(`
    SELECT table_name || '.' || column_name AS k,
           concat_ws(' ', udt_name, character_maximum_length, numeric_precision, datetime_precision,
                     CASE is_nullable WHEN 'NO' THEN 'NOT NULL' END, 'default', column_default) AS v
      FROM information_schema.columns WHERE table_schema = 'public'`);
  const enums = await c.query<{ k: string; v: string }>(`
    SELECT t.typname AS k, string_agg(e.enumlabel, ',' ORDER BY e.enumlabel) AS v
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
      JOIN pg_namespace n ON n.oid = t.typnamespace AND n.nspname = 'public' GROUP BY t.typname`);
  // Storage parameters (a GIN index's fastupdate) are tuning Prisma's schema cannot
  // express: set by migrations alone, they are left out of the comparison.
  const indexes = await c.query<{ k: string; v: string }>(`
    SELECT indexname AS k, regexp_replace(regexp_replace(indexdef, ' ON public\\.| ON ', ' ON '), ' WITH \\([^)]*\\)$', '') AS v
      FROM pg_indexes WHERE schemaname = 'public'`);
  const foreignKeys = await c.query<{ k: string; v: string }>(`
    SELECT conrelid::regclass::text || '.' || conname AS k, pg_get_constraintdef(oid) AS v
      FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace`);
  const map = (rows: { k: string; v: string }[]) => new Map(rows.map((r) => [r.k, r.v]));
  return {
    columns: map(columns.rows),
    enums: map(enums.rows),
    indexes: map(indexes.rows),
    foreignKeys: map(foreignKeys.rows),
  };
}

/** Every entry of `expected` present in `actual` with the same definition, as readable lines. */
function differences(kind: string, expected: Map<string, string>, actual: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [k, v] of expected) {
    const got = actual.get(k);
    if (got === undefined) out.push(`${kind} ${k}: missing from the migrations (schema: ${v})`);
    else if (got !== v) out.push(`${kind} ${k}: migrations give "${got}", schema gives "${v}"`);
  }
  return out;
}

describe('prisma/schema.prisma and prisma/migrations agree', () => {
  const url = process.env.DATABASE_URL!;
  const dbName = `schema_only_${process.pid}`;
  let admin: Client;

  beforeAll(async () => {
    admin = new Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName}`);
    await admin.query(`CREATE DATABASE ${dbName}`);
  });
  afterAll(async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  });

  it('the migrated database has every table, column, enum, index and foreign key of the schema', async () => {
    const schemaUrl = new URL(url);
    schemaUrl.pathname = `/${dbName}`;
    const fromSchema = new Client({ connectionString: schemaUrl.toString() });
    await fromSchema.connect();
    try {
      await fromSchema.query(schemaSql(url));
      const expected = await catalog(fromSchema);
      const actual = await catalog(admin);
      expect(expected.columns.size).toBeGreaterThan(50); // the schema SQL really built the tables
      const found = [
        ...differences('column', expected.columns, actual.columns),
        ...differences('enum', expected.enums, actual.enums),
        ...differences('index', expected.indexes, actual.indexes),
        ...differences('foreign key', expected.foreignKeys, actual.foreignKeys),
      ];
      expect(found).toEqual([]);
    } finally {
      await fromSchema.end();
    }
  });
});
