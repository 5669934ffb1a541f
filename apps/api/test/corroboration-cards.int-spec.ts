import { createHash } from 'node:crypto';
import type { ReportCard } from '@auditor/contracts';
import { bootApp, eventually, login, resetDatabase, ADMIN, TestApp } from './support/app';

// Claim groups feed the report cards: an independent second origin raises the credibility digit
// and sourcing quality of a claim; a copy of one origin counts as amplification and raises
// nothing; a conflicting figure marks the claim contradicted; deleting an article undoes it all.
const RELEASE =
  'An Afghan and coalition security force killed a Taliban commander in Chahar Darah district, Kunduz province, on Tuesday.';
const COPY = `${RELEASE} Shops in Kunduz city reopened on Wednesday morning.`;
const POLICE =
  'Kunduz police chief Abdul Rahman Aqtash said an Afghan and coalition security force killed a Taliban commander in Chahar Darah district, Kunduz province, on Tuesday.';
const HIGH =
  'A UN official said an estimated 2,000 IMU fighters are based in the mountains of Badakhshan province near the Tajik border.';
const LOW =
  'A provincial official said only 600 IMU fighters are based in the mountains of Badakhshan province near the Tajik border.';

describe('corroboration in report cards', () => {
  let t: TestApp;
  let token: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    await resetDatabase();
    t = await bootApp({ WORKER_MODE: 'off' });
    token = await login(t.http, ADMIN.email, ADMIN.password);
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
    key: string,
    text: string,
    outlet: string,
    type: 'military' | 'media' | 'independent',
    day: string,
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
    await corroboration.corroborateArticle(a.id);
    ids[key] = o.id;
    return a.id;
  }

  const card = async (outletId: string): Promise<ReportCard> =>
    (await t.http.get(`/api/sources/outlet:${outletId}/report`).set('Authorization', `Bearer ${token}`).expect(200))
      .body as ReportCard;

  /** The outlet's mean sourcing quality as the library's applyCorroboration computes it, from the stored rows. */
  async function expectedSourcing(outletId: string): Promise<number> {
    const { prisma } = await services();
    const { applyCorroboration } = await import('@auditor/scoring');
    const rows = await prisma.assertion.findMany({
      where: { article: { outletId } },
      include: { scores: true, claim: true },
    });
    const values = rows.map((r) => {
      const s = r.scores[0]!;
      const m = r.claim;
      return applyCorroboration(s, {
        independentOrigins: m?.corroborated ? 2 : 1,
        contradicted: m?.contradicted ?? false,
      }).sourcingQuality;
    });
    return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100;
  }

  it('counts a copy of one origin as amplification and does not raise its scores', async () => {
    await publish('isaf', RELEASE, 'ISAF Joint Command', 'military', '2011-03-02');
    await publish('copy', COPY, 'Kabul Daily', 'media', '2011-03-03');
    const copy = await card(ids.copy!);
    expect(copy.corroboration.amplified.count).toBe(1);
    expect(copy.corroboration.corroborated.count).toBe(0);
    expect(copy.corroboration.amplified.share).toBeGreaterThan(0);
    expect(copy.reliability.credibility.counts['1']).toBe(0);
    // Both sentences are the media outlet's own unsourced claims: they cannot be judged (6).
    expect(copy.reliability.credibility.counts['6']).toBe(2);
    const isaf = await card(ids.isaf!);
    expect(isaf.corroboration.originated).toBe(1);
    expect(isaf.corroboration.amplified.count).toBe(0);
  });

  it('raises credibility to 1 and sourcing quality for every member once an independent origin confirms the claim', async () => {
    const before = await card(ids.isaf!);
    await publish('police', POLICE, 'Kunduz Herald', 'media', '2011-03-04');
    const { prisma } = await services();
    const group = await prisma.claimGroup.findFirstOrThrow({ where: { members: 3 } });
    expect(group.independentOrigins).toBe(2);
    const after = await card(ids.isaf!);
    expect(after.corroboration.corroborated.count).toBe(1);
    expect(after.reliability.credibility.counts['1']).toBe(1);
    expect(after.reliability.evidence).toEqual({ claims: 1, corroborated: 1, contradicted: 0 });
    expect(after.sourcingQuality.mean!).toBeGreaterThan(before.sourcingQuality.mean!);
    // The SQL aggregate and the library rule agree.
    expect(after.sourcingQuality.mean).toBe(await expectedSourcing(ids.isaf!));
    // Amplifiers of a corroborated claim share its credibility, but stay counted as amplification.
    const copy = await card(ids.copy!);
    expect(copy.corroboration.corroborated.count).toBe(1);
    expect(copy.corroboration.amplified.count).toBe(1);
    // Corroboration lifts the copied claim from "cannot be judged" to 1; the shop sentence stays 6.
    expect(copy.reliability.credibility.counts).toMatchObject({ '1': 1, '6': 1 });
    expect(copy.sourcingQuality.mean).toBe(await expectedSourcing(ids.copy!));
    // The article view shows the same standing beside the automatic scores.
    const isafArticle = await prisma.article.findFirstOrThrow({ where: { outletId: ids.isaf } });
    const view = (
      await t.http.get(`/api/articles/${isafArticle.id}/assertions`).set('Authorization', `Bearer ${token}`).expect(200)
    ).body;
    const claim = view.assertions[0];
    expect(claim.corroboration).toMatchObject({
      independentOrigins: 2,
      members: 3,
      role: 'origin',
      corroborated: true,
      contradicted: false,
    });
    expect(claim.corroboration.sourcingQuality).toBeGreaterThan(claim.scores.sourcingQuality);
    expect(claim.corroboration.admiralty).toBe(`${claim.admiralty[0]}1`);
  });

  it('marks conflicting figures for the same quantity as contradicted (credibility 5)', async () => {
    await publish('high', HIGH, 'Central Asia Monitor', 'media', '2012-05-01');
    await publish('low', LOW, 'Badakhshan Weekly', 'independent', '2012-05-08');
    const { prisma } = await services();
    const group = await prisma.claimGroup.findFirstOrThrow({ where: { conflictingFigures: { gt: 0 } } });
    expect(group.members).toBe(2);
    const high = await card(ids.high!);
    expect(high.corroboration.contradicted.count).toBe(1);
    expect(high.reliability.credibility.counts['5']).toBe(1);
    expect(high.reliability.evidence.contradicted).toBe(1);
  });

  it('lists corroboration and amplification rates and sorts by them', async () => {
    const res = await t.http
      .get('/api/sources?kind=outlet&sort=amplification')
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    const items = res.body.items as Array<{
      id: string;
      amplificationRate: number | null;
      corroborationRate: number | null;
      claims: number;
    }>;
    expect(items[0]!.id).toBe(`outlet:${ids.copy}`);
    // Its second sentence (shops reopening) is a claim of its own, not a copy.
    expect(items[0]!.claims).toBe(2);
    expect(items[0]!.amplificationRate).toBe(0.5);
    const isaf = items.find((i) => i.id === `outlet:${ids.isaf}`)!;
    expect(isaf.corroborationRate).toBe(1);
    expect(isaf.claims).toBe(1);
  });

  it('undoes corroboration when the corroborating article is deleted', async () => {
    const { prisma } = await services();
    const police = await prisma.article.findFirstOrThrow({ where: { outlet: { name: 'Kunduz Herald' } } });
    await t.http.delete(`/api/articles/${police.id}`).set('Authorization', `Bearer ${token}`).expect(204);
    // The regrouping job runs in a worker; this app runs none, so do what the worker does.
    const { REANALYSE_CLAIM_GROUPS } = await import('../src/jobs/job-names');
    const jobs = await prisma.$queryRaw<
      Array<{ data: { groupIds: string[] } }>
    >`SELECT data FROM pgboss.job WHERE name = ${REANALYSE_CLAIM_GROUPS}`;
    expect(jobs).toHaveLength(1);
    const { corroboration } = await services();
    await corroboration.reanalyseGroups(jobs[0]!.data.groupIds);
    const isaf = await eventually(async () => {
      const c = await card(ids.isaf!);
      return c.corroboration.corroborated.count === 0 ? c : null;
    });
    expect(isaf.reliability.credibility.counts['1']).toBe(0);
    const group = await prisma.claimGroup.findFirstOrThrow({ where: { members: 2, conflictingFigures: 0 } });
    expect(group.independentOrigins).toBe(1);
    expect(group.amplifiedOnly).toBe(true);
  });
});

describe('report-card cache', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    await resetDatabase();
    t = await bootApp({ WORKER_MODE: 'off' });
    token = await login(t.http, ADMIN.email, ADMIN.password);
  });
  afterAll(() => t.close());

  it('serves repeated reads from memory and drops them when another process changes the summaries', async () => {
    const { PrismaService } = await import('../src/database/prisma.service');
    const { ArticleScoringService } = await import('../src/jobs/article-scoring.service');
    const { CardCache } = await import('../src/summaries/card-cache');
    const prisma = t.app.get(PrismaService);
    const cache = t.app.get(CardCache);
    const outlet = await prisma.outlet.create({ data: { name: 'Cache Courier', type: 'media' } });
    const a = await prisma.article.create({
      data: {
        text: RELEASE,
        format: 'text',
        outletId: outlet.id,
        publishedAt: new Date('2013-01-05'),
        contentHash: 'cache-test',
      },
    });
    await t.app.get(ArticleScoringService).score(a.id);
    const read = async () =>
      (await t.http.get(`/api/sources/outlet:${outlet.id}/report`).set('Authorization', `Bearer ${token}`).expect(200))
        .body as ReportCard;

    const first = await read();
    // The read's own catch-up refresh notifies too, so the entry may be retired once; then reads hit.
    const again = await eventually(async () => {
      const hits = cache.hits;
      const c = await read();
      return cache.hits === hits + 1 ? c : null;
    });
    expect(again).toEqual(first);

    // A write that does not pass through this process's HTTP API: only the database notification tells.
    const assertion = await prisma.assertion.findFirstOrThrow({ where: { articleId: a.id } });
    await prisma.review.create({
      data: { assertionId: assertion.id, decision: 'override', overrides: { alarmism: 97 }, reason: 'cache test' },
    });
    const changed = await eventually(async () => {
      const c = await read();
      return c.reviews.overridden === 1 ? c : null;
    });
    expect(changed.alarmism.mean).toBe(97);
  });
});
