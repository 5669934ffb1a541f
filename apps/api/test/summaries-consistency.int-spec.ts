import { Client } from 'pg';
import type { PrismaService } from '../src/database/prisma.service';
import type { SourceStatsService } from '../src/summaries/source-stats.service';
import { bootApp, eventually, resetDatabase, TestApp } from './support/app';
import { createUserAndLogin } from './support/users';

// The summary tables are maintained incrementally (scoring, then grouping, then reviews each mark
// articles dirty); after the work settles they must equal a recomputation from nothing. They did
// not: an article's claim count stayed 0, computed at scoring time before grouping gave it
// memberships (found by `npm run chaos`).
const TEXTS = [
  'The provincial police chief said on Monday that 14 fighters were killed near Kunduz city. Officials said two checkpoints were retaken.',
  'A district governor said on Tuesday that a convoy was ambushed in Baghlan province. Residents reported heavy fighting overnight.',
];

async function rows(): Promise<string[]> {
  const c = new Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  try {
    const r = await c.query(
      `SELECT article_id, kind, source_id, variant, n, claims, grouped, originated, corroborated, amplified FROM "source_article_stats"`,
    );
    return r.rows.map((x) => JSON.stringify(x)).sort();
  } finally {
    await c.end();
  }
}

describe('summaries equal a recomputation once work settles', () => {
  let t: TestApp;
  let prisma: PrismaService;

  beforeAll(async () => {
    await resetDatabase();
    t = await bootApp({ WORKER_MODE: 'inline' });
    prisma = t.app.get((await import('../src/database/prisma.service')).PrismaService);
  });
  afterAll(() => t.close());

  it('counts each article’s claims after grouping, as a rebuild does', async () => {
    const { token } = await createUserAndLogin(t.app, t.http, 'analyst');
    for (const text of TEXTS) {
      await t.http
        .post('/api/articles')
        .set('Authorization', `Bearer ${token}`)
        .send({ text, outlet: 'Test Wire', outletType: 'media' })
        .expect(202);
    }
    const settled = async () => {
      const assertions = await prisma.assertion.count();
      const members = await prisma.claimMembership.count();
      const [{ n }] = await prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "source_stats_dirty"`;
      return assertions > 0 && members === assertions && Number(n) === 0;
    };
    await eventually(settled, 30_000);
    await new Promise((r) => setTimeout(r, 1500)); // one more refresh tick, in case grouping marked late
    await eventually(settled, 30_000);
    const incremental = await rows();
    expect(incremental.some((r) => JSON.parse(r).claims > 0)).toBe(true);

    const { SourceStatsService } = await import('../src/summaries/source-stats.service');
    await prisma.$executeRawUnsafe('TRUNCATE "source_article_stats", "source_month_stats", "review_queue_items"');
    await t.app.get<typeof SourceStatsService, SourceStatsService>(SourceStatsService).rebuildAll();
    expect(incremental).toEqual(await rows());
  });
});
