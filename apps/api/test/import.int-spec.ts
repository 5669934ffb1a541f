import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { resetDatabase } from './support/app';
import { scratchDirs } from './support/scratch-dirs';

const scratchDir = scratchDirs('import-int-');

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
    const dir = scratchDir();
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

  it('writes a batch in one go, adds nothing when run again, and groups the batch when asked to wait', async () => {
    const dir = scratchDir();
    const file = join(dir, 'releases.jsonl');
    const lines = readFileSync(join(shared, 'corpora', 'isaf-press-releases.jsonl'), 'utf8')
      .split('\n')
      .slice(0, 30);
    // A record the scorer refuses (over the assertion limit) amid good ones: only it fails.
    const tooLong = Array.from({ length: 10_050 }, (_, i) => `Officials said post ${i} was closed.`).join(' ');
    lines.splice(10, 0, JSON.stringify({ text: tooLong, outlet: 'ISAF Joint Command', outletType: 'military' }));
    writeFileSync(file, lines.join('\n'));
    const { runImport } = await import('../../cli/src/commands/import');
    const first = await runImport(file, { progress: false, waitForGrouping: true });
    expect(first).toMatchObject({ imported: 30, failed: 1, scored: 30, groupingPending: 0 });
    expect(first.failures[0].origin).toBe('releases.jsonl:11');
    const count = async () =>
      (
        await query<{ articles: string; assertions: string; scores: string; members: string; ungrouped: string }>(`
          SELECT (SELECT count(*) FROM "Article") AS articles, (SELECT count(*) FROM "Assertion") AS assertions,
                 (SELECT count(*) FROM "Score") AS scores, (SELECT count(*) FROM "ClaimMembership") AS members,
                 (SELECT count(*) FROM "Article" a WHERE a.status = 'scored'
                     AND EXISTS (SELECT 1 FROM "Assertion" x WHERE x."articleId" = a.id)
                     AND NOT EXISTS (SELECT 1 FROM "ClaimMembership" m WHERE m."articleId" = a.id)) AS ungrouped`)
      )[0];
    const before = await count();
    // Every article of the batch is grouped, and queued for its summaries.
    expect(Number(before.ungrouped)).toBe(0);
    expect(Number(before.members)).toBe(Number(before.assertions));
    const [{ dirty }] = await query<{ dirty: string }>(
      `SELECT count(*) AS dirty FROM "Article" a WHERE a."outletId" = (SELECT id FROM "Outlet" WHERE name = 'ISAF Joint Command')
          AND (EXISTS (SELECT 1 FROM source_stats_dirty d WHERE d.article_id = a.id)
               OR EXISTS (SELECT 1 FROM source_article_stats s WHERE s.article_id = a.id))`,
    );
    expect(Number(dirty)).toBeGreaterThanOrEqual(30);
    const again = await runImport(file, { progress: false });
    expect(again).toMatchObject({ imported: 0, duplicates: 30, syndicated: 0, failed: 1 });
    expect(await count()).toEqual(before);
    // Each imported article carries its scores and its audit entries, as an upload does.
    const [{ scored, audited }] = await query<{ scored: string; audited: string }>(
      `SELECT (SELECT count(*) FROM "Article" WHERE status = 'scored' AND "rubricVersion" IS NOT NULL AND summary IS NOT NULL) AS scored,
              (SELECT count(*) FROM "AuditLog" WHERE action = 'article.scored' AND "requestId" = 'import-cli') AS audited`,
    );
    expect(Number(audited)).toBeGreaterThanOrEqual(30);
    expect(Number(scored)).toBe(Number(before.articles));
  });
});
