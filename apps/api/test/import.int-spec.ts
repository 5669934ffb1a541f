import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { resetDatabase } from './support/app';

// The import CLI's code path against the real test database, with no service running.
const shared = resolve(__dirname, '../../../../shared');

async function query<T>(sql: string): Promise<T[]> {
  const c = new Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  try {
    return (await c.query(sql)).rows as T[];
  } finally {
    await c.end();
  }
}

describe('import CLI', () => {
  beforeAll(() => resetDatabase());

  it('imports the seeds with their INDEX.json metadata and scores them', async () => {
    const { runImport } = await import('../../cli/src/commands/import');
    const summary = await runImport(join(shared, 'seeds'), { progress: false });
    expect(summary).toMatchObject({ imported: 5, duplicates: 0, failed: 0, scored: 5, scoringFailed: 0 });
    const rows = await query<{ name: string; type: string; author: string | null; status: string }>(
      'SELECT o.name, o.type, a.author, a.status FROM "Article" a JOIN "Outlet" o ON o.id = a."outletId" ORDER BY o.name',
    );
    expect(rows).toHaveLength(5);
    expect(rows.find((r) => r.name === 'Daily Outlook Afghanistan')).toMatchObject({ type: 'media', status: 'scored' });
    expect(rows.find((r) => r.name.startsWith('Afghanistan Analysts Network'))).toMatchObject({
      author: 'Thomas Ruttig',
    });
  });

  it('skips duplicates and reports failures per record without stopping', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-int-'));
    const file = join(dir, 'batch.jsonl');
    const seed = readFileSync(join(shared, 'seeds', '003_52405558d12fdc3c.txt'), 'utf8');
    writeFileSync(
      file,
      [
        JSON.stringify({ text: seed, outlet: 'Daily Outlook Afghanistan', outletType: 'media' }),
        JSON.stringify({
          text: 'ISAF said a weapons cache was found near Imam Sahib on Tuesday.',
          outlet: 'ISAF Joint Command',
          outletType: 'military',
          publishedAt: '2011-03-02',
        }),
        JSON.stringify({ text: 'A claim with a bad outlet type.', outletType: 'blog' }),
        JSON.stringify({ text: '   ' }),
        '{broken',
        // The same text under another outlet: its syndicated copy, not a duplicate.
        JSON.stringify({ text: seed, outlet: 'Reprint Weekly', outletType: 'media' }),
      ].join('\n'),
    );
    const { runImport } = await import('../../cli/src/commands/import');
    const summary = await runImport(file, { progress: false });
    expect(summary).toMatchObject({ imported: 1, duplicates: 1, syndicated: 1, failed: 3, scored: 1 });
    expect(summary.failures.map((f) => f.origin)).toEqual(['batch.jsonl:3', 'batch.jsonl:4', 'batch.jsonl:5']);
    expect(summary.failures[0].error).toMatch(/outletType must be one of/);
    expect(summary.failures[2].error).toMatch(/invalid JSON/);
    const [{ n }] = await query<{ n: string }>('SELECT count(*) AS n FROM "Article"');
    expect(Number(n)).toBe(6);
  });
});
