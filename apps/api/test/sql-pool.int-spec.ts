import { bootApp, TestApp } from './support/app';
import { SqlPool } from '../src/database/sql-pool';
import { isUniqueViolationCode } from '../src/database/sql';

// The plain pg pool the scoring job, uploads and claim grouping write through.
describe('SqlPool', () => {
  let t: TestApp;
  let pool: SqlPool;
  const name = () => `sql-pool test outlet ${process.hrtime.bigint()}`;
  const outlets = (n: string) => pool.query<{ id: string }>(`SELECT "id" FROM "Outlet" WHERE "name" = $1`, [n]);

  beforeAll(async () => {
    t = await bootApp();
    pool = t.app.get(SqlPool);
  });
  afterAll(() => t.close());

  it('runs on an embedded server with room for several processes of one checkout (29 connections each)', async () => {
    const [row] = await pool.query<{ max_connections: string }>('SHOW max_connections');
    expect(Number(row!.max_connections)).toBeGreaterThanOrEqual(200);
  });

  it('commits what the work wrote when it resolves', async () => {
    const n = name();
    const out = await pool.transaction(async (sql) => {
      await sql.query(`INSERT INTO "Outlet" ("id", "name") VALUES (gen_random_uuid(), $1)`, [n]);
      return 'done';
    });
    expect(out).toBe('done');
    expect(await outlets(n)).toHaveLength(1);
  });

  it('rolls back everything the work wrote when it throws, and rethrows', async () => {
    const n = name();
    await expect(
      pool.transaction(async (sql) => {
        await sql.query(`INSERT INTO "Outlet" ("id", "name") VALUES (gen_random_uuid(), $1)`, [n]);
        throw new Error('second step failed');
      }),
    ).rejects.toThrow('second step failed');
    expect(await outlets(n)).toHaveLength(0);
  });

  it('reports a unique violation so callers can tell a lost race from a failure, and stays usable', async () => {
    const n = name();
    await pool.query(`INSERT INTO "Outlet" ("id", "name") VALUES (gen_random_uuid(), $1)`, [n]);
    const err = await pool
      .transaction((sql) => sql.query(`INSERT INTO "Outlet" ("id", "name") VALUES (gen_random_uuid(), $1)`, [n]))
      .catch((e: unknown) => e);
    expect(isUniqueViolationCode(err)).toBe(true);
    expect(isUniqueViolationCode(new Error('other'))).toBe(false);
    // More failed transactions than the pool has connections (6), then more successful ones: a
    // connection a failure kept would leave the later ones waiting for ever.
    for (let i = 0; i < 8; i++)
      await expect(pool.transaction((sql) => sql.query('SELECT 1 / 0'))).rejects.toThrow('division by zero');
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        pool.transaction(async (sql) => (await sql.query<{ k: number }>('SELECT $1::int AS k', [i]))[0]!.k),
      ),
    );
    expect(results).toEqual(Array.from({ length: 12 }, (_, i) => i));
  });
});
