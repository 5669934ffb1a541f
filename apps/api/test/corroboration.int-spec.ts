import { createHash } from 'node:crypto';
import { bootApp, eventually, resetDatabase, TestApp } from './support/app';

// Claim groups across articles: the same release re-published by another outlet is amplification
// (one origin), not corroboration.
const RELEASE =
  'An Afghan and coalition security force killed a Taliban commander in Chahar Darah district, Kunduz province, on Tuesday. The commander led attacks against Afghan police in Kunduz.';
const REPUBLISHED = `${RELEASE} Residents of Kunduz city said the roads were quiet on Wednesday.`;

describe('corroboration', () => {
  let t: TestApp;

  beforeAll(async () => {
    await resetDatabase();
    t = await bootApp();
  });
  afterAll(() => t.close());

  async function services() {
    const { PrismaService } = await import('../src/database/prisma.service');
    const { ArticleScoringService } = await import('../src/jobs/article-scoring.service');
    const { CorroborationService } = await import('../src/corroboration/corroboration.service');
    return {
      prisma: t.app.get(PrismaService),
      scoring: t.app.get(ArticleScoringService),
      corroboration: t.app.get(CorroborationService),
    };
  }

  async function publish(
    text: string,
    outlet: string,
    type: 'military' | 'media',
    day: string,
    grouper?: { corroborateArticle(id: string): Promise<unknown> },
  ) {
    const { prisma, scoring, corroboration } = await services();
    const o = await prisma.outlet.upsert({ where: { name: outlet }, create: { name: outlet, type }, update: {} });
    const a = await prisma.article.create({
      data: {
        text,
        format: 'text',
        outletId: o.id,
        publishedAt: new Date(day),
        contentHash: createHash('sha256').update(text).digest('hex'),
      },
    });
    await scoring.score(a.id);
    await (grouper ?? corroboration).corroborateArticle(a.id);
    return a.id;
  }

  it('groups a re-published release with its origin and counts it as amplification', async () => {
    const first = await publish(RELEASE, 'ISAF Joint Command', 'military', '2011-03-02');
    const second = await publish(REPUBLISHED, 'Kabul Daily', 'media', '2011-03-03');
    const { prisma } = await services();
    const members = await prisma.claimMembership.findMany({
      where: { articleId: { in: [first, second] } },
      orderBy: { seq: 'asc' },
    });
    const firstSentence = members.find((m) => m.articleId === first)!;
    const copy = members.find((m) => m.articleId === second && m.groupId === firstSentence.groupId);
    expect(copy).toBeDefined();
    const group = await prisma.claimGroup.findUniqueOrThrow({ where: { id: firstSentence.groupId } });
    expect(group.members).toBe(2);
    expect(group.independentOrigins).toBe(1);
    expect(group.amplifications).toBe(1);
    expect(group.corroborations).toBe(0);
    expect(group.amplifiedOnly).toBe(true);
  });

  it('adds nothing twice when an article is corroborated again, and rebuilds its index from storage', async () => {
    const { prisma, corroboration } = await services();
    const id = (await prisma.article.findFirstOrThrow({ where: { outlet: { name: 'Kabul Daily' } } })).id;
    const before = await prisma.claimMembership.count();
    expect((await corroboration.corroborateArticle(id)).added).toBe(0);
    // A new service instance starts empty and must replay the stored memberships.
    const { CorroborationService } = await import('../src/corroboration/corroboration.service');
    const { SqlPool } = await import('../src/database/sql-pool');
    const fresh = new CorroborationService(t.app.get(SqlPool));
    expect((await fresh.corroborateArticle(id)).added).toBe(0);
    expect(await prisma.claimMembership.count()).toBe(before);
  });

  it("drops a deleted article's members from the index even when other members were added since", async () => {
    const { prisma, corroboration } = await services();
    const claim = 'Insurgents attacked a border post in Darwaz district, Badakhshan province, on Sunday night.';
    const kept = await publish(`${claim} Local officials gave no figures.`, 'Badakhshan Weekly', 'media', '2012-05-07');
    const gone = await publish(`${claim} The road was closed.`, 'Pamir Courier', 'media', '2012-05-08');
    const groupOf = async (articleId: string) =>
      (await prisma.claimMembership.findFirstOrThrow({ where: { articleId }, orderBy: { seq: 'asc' } })).groupId;
    const group = await groupOf(kept);
    expect(await groupOf(gone)).toBe(group);
    const counter = async () =>
      (await prisma.$queryRaw<Array<{ n: bigint }>>`SELECT "n" FROM "claim_membership_deletions"`)[0]!.n;
    const before = await counter();
    // Deleted straight in the database, as another process would; then another process (a fresh
    // service) groups an unrelated article of as many sentences, so the table is as large as
    // before: this process's index still holds the deleted members and must notice.
    await prisma.article.delete({ where: { id: gone } });
    expect(await counter()).toBe(before + 1n);
    const { CorroborationService } = await import('../src/corroboration/corroboration.service');
    const { SqlPool } = await import('../src/database/sql-pool');
    await publish(
      'A convoy reached Khorog on Monday. Traders in Ishkashim reported no delays.',
      'Pamir Courier',
      'media',
      '2012-05-08',
      new CorroborationService(t.app.get(SqlPool)),
    );
    const late = await publish(`${claim} Traders reopened the market.`, 'Kulob Herald', 'media', '2012-05-09');
    expect(await groupOf(late)).toBe(group);
    const stored = await prisma.claimGroup.findUniqueOrThrow({ where: { id: group } });
    // The kept article's and the late one's sentences; the deleted copy is not counted.
    expect(stored.members).toBe(2);
    expect(await prisma.claimMembership.count({ where: { groupId: group } })).toBe(2);
    expect(corroboration).toBeDefined();
  });

  it('groups several articles in one transaction as it would one after another', async () => {
    const { prisma, scoring, corroboration } = await services();
    const claim = 'Border guards detained fourteen smugglers near Panji Poyon on Friday with 40 kilograms of opium.';
    const texts = [
      {
        text: `${claim} The detainees were handed to investigators.`,
        outlet: 'Panj Border Bulletin',
        day: '2013-09-06',
      },
      { text: `${claim} The agency gave no names.`, outlet: 'Dushanbe Wire', day: '2013-09-07' },
      {
        text: 'A new bridge opened in Khorog on Saturday. Officials attended the ceremony.',
        outlet: 'Pamir Courier',
        day: '2013-09-07',
      },
    ];
    const ids: string[] = [];
    for (const x of texts) {
      const o = await prisma.outlet.upsert({
        where: { name: x.outlet },
        create: { name: x.outlet, type: 'media' },
        update: {},
      });
      const a = await prisma.article.create({
        data: {
          text: x.text,
          format: 'text',
          outletId: o.id,
          publishedAt: new Date(x.day),
          contentHash: createHash('sha256').update(x.text).digest('hex'),
        },
      });
      ids.push(a.id);
    }
    // Scored together as the worker scores a queue, then grouped together.
    expect((await scoring.scoreMany(ids.map((articleId) => ({ articleId })))).map((o) => o.articleId)).toEqual(ids);
    const result = await corroboration.corroborateArticles(ids);
    const assertions = await prisma.assertion.count({ where: { articleId: { in: ids } } });
    expect(result.added).toBe(assertions);
    expect(await prisma.claimMembership.count({ where: { articleId: { in: ids } } })).toBe(assertions);
    const firstOf = async (articleId: string) =>
      (await prisma.claimMembership.findFirstOrThrow({ where: { articleId }, orderBy: { seq: 'asc' } })).groupId;
    const shared = await firstOf(ids[0]!);
    expect(await firstOf(ids[1]!)).toBe(shared);
    const group = await prisma.claimGroup.findUniqueOrThrow({ where: { id: shared } });
    expect([group.members, group.independentOrigins, group.amplifications]).toEqual([2, 1, 1]);
    // The first article's sentence is the origin, the second's its amplification, as in order.
    const roles = await prisma.claimMembership.findMany({ where: { groupId: shared }, orderBy: { seq: 'asc' } });
    expect(roles.map((m) => [m.articleId, m.role])).toEqual([
      [ids[0], 'origin'],
      [ids[1], 'amplification'],
    ]);
    // A sentence alone makes no stored group.
    const alone = await firstOf(ids[2]!);
    expect(await prisma.claimGroup.findUnique({ where: { id: alone } })).toBeNull();
    // Grouping them again adds nothing.
    expect((await corroboration.corroborateArticles(ids)).added).toBe(0);
  });

  it('runs as a background job after scoring', async () => {
    const { login, ADMIN } = await import('./support/app');
    const token = await login(t.http, ADMIN.email, ADMIN.password);
    const res = await t.http
      .post('/api/articles')
      .set('Authorization', `Bearer ${token}`)
      .send({
        text: `${RELEASE} A third outlet added its own closing line about Baghlan.`,
        outlet: 'Mazar Times',
        outletType: 'media',
        publishedAt: '2011-03-04',
      })
      .expect(202);
    const { prisma } = await services();
    await eventually(
      async () => (await prisma.claimMembership.count({ where: { articleId: res.body.id } })) > 0,
      20_000,
    );
  });
});
