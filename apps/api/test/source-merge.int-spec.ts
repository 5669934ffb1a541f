import type { CitedSourceMergeResult, ReportCard } from '@auditor/contracts';
import type { PrismaService } from '../src/database/prisma.service';
import { bootApp, eventually, resetDatabase, TestApp } from './support/app';
import { createUserAndLogin } from './support/users';

// Written for this test: the same police force cited under two names the engine keeps apart.
const FIRST =
  'The Kunduz Police Department said three bombs were defused on Friday. ' +
  'The Kunduz Police Department said the road to Baghlan reopened on Saturday.';
const SECOND = 'Kunduz police said two suspects were arrested near the market on Sunday.';
const THIRD = 'Kunduz police said a checkpoint was attacked in Imam Sahib on Monday.';

describe('merging cited sources', () => {
  let t: TestApp;
  let prisma: PrismaService;
  const tokens = {} as Record<'admin' | 'reviewer' | 'viewer', string>;
  let survivor: string;
  let merged: string;
  let outlet: string;
  let reviewed: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const merge = (id: string, body: object, token = tokens.admin) =>
    t.http.post(`/api/sources/${id}/merge`).set(auth(token)).send(body);

  async function upload(text: string, title: string): Promise<string> {
    const r = await t.http
      .post('/api/articles')
      .set(auth(tokens.admin))
      .send({ text, title, outlet: 'Kunduz Herald', outletType: 'media', publishedAt: '2024-02-01' })
      .expect(202);
    await eventually(
      async () => (await t.http.get(`/api/articles/${r.body.id}`).set(auth(tokens.admin))).body.status === 'scored',
      30_000,
    );
    return r.body.id as string;
  }
  const sourceId = async (name: string) =>
    (await prisma.citedSource.findUniqueOrThrow({ where: { canonicalName: name } })).id;
  const card = async (id: string) =>
    (await t.http.get(`/api/sources/${id}/report`).set(auth(tokens.viewer)).expect(200)).body as ReportCard;

  beforeAll(async () => {
    await resetDatabase();
    t = await bootApp();
    const { PrismaService: Prisma } = await import('../src/database/prisma.service');
    prisma = t.app.get(Prisma);
    for (const role of ['admin', 'reviewer', 'viewer'] as const)
      tokens[role] = (await createUserAndLogin(t.app, t.http, role)).token;
    const first = await upload(FIRST, 'Bombs defused');
    await upload(SECOND, 'Arrests');
    survivor = await sourceId('Kunduz Police Department');
    merged = await sourceId('Kunduz police');
    outlet = (await prisma.outlet.findUniqueOrThrow({ where: { name: 'Kunduz Herald' } })).id;
    // A reviewer moved one of the first article's assertions to the source about to be merged away.
    reviewed = (await prisma.assertion.findFirstOrThrow({ where: { articleId: first, text: { contains: 'Baghlan' } } }))
      .id;
    await t.http
      .post(`/api/assertions/${reviewed}/reviews`)
      .set(auth(tokens.reviewer))
      .send({ decision: 'override', overrides: { attribution: { citedSourceId: merged } }, reason: 'local police' })
      .expect(201);
  }, 120_000);
  afterAll(() => t.close());

  it('is for admins only, and refuses outlets, itself, unknown and malformed ids with a message', async () => {
    await t.http
      .post(`/api/sources/cited:${merged}/merge`)
      .send({ into: `cited:${survivor}` })
      .expect(401);
    await merge(`cited:${merged}`, { into: `cited:${survivor}` }, tokens.reviewer).expect(403);
    expect((await merge(`outlet:${outlet}`, { into: `cited:${survivor}` }).expect(400)).body.message).toMatch(
      /Only cited sources can be merged: the source outlet:.* is an outlet/,
    );
    expect((await merge(`cited:${merged}`, { into: `outlet:${outlet}` }).expect(400)).body.message).toMatch(
      /into outlet:.* is an outlet/,
    );
    expect((await merge(`cited:${merged}`, { into: `cited:${merged}` }).expect(400)).body.message).toBe(
      'A cited source cannot be merged into itself',
    );
    expect((await merge(`cited:${merged}`, {}).expect(400)).body.message).toEqual(
      expect.arrayContaining([expect.stringMatching(/^into is required/)]),
    );
    expect((await merge('cited:nope', { into: `cited:${survivor}` }).expect(400)).body.message).toMatch(
      /Malformed source id/,
    );
    const unknown = '00000000-0000-4000-8000-000000000001';
    expect((await merge(`cited:${merged}`, { into: `cited:${unknown}` }).expect(404)).body.message).toBe(
      `Cited source cited:${unknown} (into) not found`,
    );
    // Nothing moved.
    expect(await prisma.citedSource.count({ where: { mergedIntoId: { not: null } } })).toBe(0);
  });

  it('moves attributions and review overrides, keeps the names as aliases, audits, and recomputes the cards', async () => {
    const before = await card(`cited:${survivor}`);
    expect(before.sample.assertions).toBe(1); // the other was moved away by the review
    const r = (await merge(`cited:${merged}`, { into: `cited:${survivor}` }).expect(200))
      .body as CitedSourceMergeResult;
    expect(r).toMatchObject({
      merged: { id: `cited:${merged}`, name: 'Kunduz police' },
      survivor: { id: `cited:${survivor}`, name: 'Kunduz Police Department' },
      attributionsMoved: 1,
      reviewsRepointed: 1,
      articlesRefreshed: 2,
    });
    expect(r.survivor.aliases).toContain('Kunduz police');

    expect(await prisma.attribution.count({ where: { citedSourceId: merged } })).toBe(0);
    const review = await prisma.review.findFirstOrThrow({ where: { assertionId: reviewed } });
    expect(review.overrides).toEqual({ attribution: { citedSourceId: survivor } });
    const tomb = await prisma.citedSource.findUniqueOrThrow({ where: { id: merged } });
    expect(tomb.mergedIntoId).toBe(survivor);
    expect(tomb.mergedAt).toBeInstanceOf(Date);

    const [entry] = await prisma.auditLog.findMany({ where: { action: 'cited-source.merged', entityId: merged } });
    expect(entry).toBeDefined();
    expect(entry!.before).toMatchObject({
      merged: { canonicalName: 'Kunduz police' },
      survivor: { id: survivor, canonicalName: 'Kunduz Police Department' },
    });
    expect(entry!.after).toMatchObject({ mergedInto: survivor, attributionsMoved: 1, reviewsRepointed: 1 });

    // All three assertions now count for the survivor: its two own and the merged one's.
    await eventually(async () => (await card(`cited:${survivor}`)).sample.assertions === 3, 20_000);
  });

  it("answers the merged id's report with 301 to the survivor's, naming it", async () => {
    const res = await t.http
      .get(`/api/sources/cited:${merged}/report?from=2024-01-01`)
      .set(auth(tokens.viewer))
      .redirects(0)
      .expect(301);
    expect(res.headers.location).toBe(`/api/sources/cited:${survivor}/report?from=2024-01-01`);
    expect(res.body.message).toMatch(/"Kunduz police" was merged into "Kunduz Police Department"/);
  });

  it("answers 301 to a reader who had the merged source's card cached, even when the merge moved nothing", async () => {
    // A named source no attribution points at any more: merging it changes no summary row.
    const lone = await prisma.citedSource.create({
      data: { canonicalName: 'Kunduz Police HQ', type: 'official', named: true, aliases: ['Kunduz Police HQ'] },
    });
    const read = () => t.http.get(`/api/sources/cited:${lone.id}/report`).set(auth(tokens.viewer)).redirects(0);
    // Until a read is served from the cache (earlier tests' refreshes may still be notifying).
    const { CardCache } = await import('../src/summaries/card-cache');
    const cards = t.app.get(CardCache);
    await eventually(async () => {
      const hits = cards.hits;
      expect((await read()).status).toBe(200);
      return cards.hits > hits;
    }, 10_000);
    // Merged as another process would (an admin on another API replica): not through this
    // process's HTTP layer, whose write drops its own cache, so only the notification can tell it.
    const { SourceMergeService } = await import('../src/sources/source-merge.service');
    const r = await t.app.get(SourceMergeService).merge(`cited:${lone.id}`, `cited:${survivor}`, { userId: null });
    expect(r).toMatchObject({ attributionsMoved: 0, articlesRefreshed: 0 });
    await eventually(async () => (await read()).status === 301, 10_000);
  });

  it('reads a merged id saved before the merge (compare link, queue filter) as the survivor', async () => {
    const compare = (ids: string) => t.http.get('/api/sources/compare').query({ ids }).set(auth(tokens.viewer));
    const body = (await compare(`cited:${merged},outlet:${outlet}`).expect(200)).body as {
      sources: Array<{ id: string; assertions: number }>;
    };
    expect(body.sources[0]).toMatchObject({ id: `cited:${survivor}`, assertions: 3 });
    expect((await compare(`cited:${merged},cited:${survivor}`).expect(400)).body.message).toMatch(
      /merged into another listed/,
    );
    const queue = async (source: string) =>
      (
        await t.http
          .get('/api/reviews/queue')
          .query({ source, includeReviewed: true, pageSize: 50 })
          .set(auth(tokens.reviewer))
          .expect(200)
      ).body as { total: number };
    const bySurvivor = await queue(`cited:${survivor}`);
    expect(bySurvivor.total).toBeGreaterThan(0);
    expect((await queue(`cited:${merged}`)).total).toBe(bySurvivor.total);
  });

  it('offers only the survivor in the source pickers, found by the merged name as its alias', async () => {
    const found = (
      await t.http
        .get('/api/source-names')
        .query({ q: 'Kunduz police', kind: 'cited' })
        .set(auth(tokens.viewer))
        .expect(200)
    ).body as Array<{ id: string; name: string }>;
    expect(found.map((o) => o.id)).toEqual([`cited:${survivor}`]);
  });

  it('refuses to merge a source twice or into a merged one (409)', async () => {
    expect((await merge(`cited:${merged}`, { into: `cited:${survivor}` }).expect(409)).body.message).toMatch(
      /already merged into cited:/,
    );
    expect((await merge(`cited:${survivor}`, { into: `cited:${merged}` }).expect(409)).body.message).toMatch(
      /was itself merged into cited:.*merge into that source instead/,
    );
  });

  it("resolves the merged name to the survivor in later scoring and in reviewers' overrides", async () => {
    const third = await upload(THIRD, 'Checkpoint');
    const attribution = await prisma.attribution.findFirstOrThrow({
      where: { score: { assertion: { articleId: third } } },
    });
    expect(attribution.citedSourceId).toBe(survivor);
    // Whatever writes an attribution to the old id (a job that read it before the merge) lands on the survivor.
    const rewritten = await prisma.attribution.update({
      where: { id: attribution.id },
      data: { citedSourceId: merged },
    });
    expect(rewritten.citedSourceId).toBe(survivor);
    expect(
      await prisma.citedSource.count({ where: { canonicalName: { equals: 'kunduz police', mode: 'insensitive' } } }),
    ).toBe(1);

    const assertion = (await prisma.assertion.findFirstOrThrow({ where: { articleId: third } })).id;
    const byId = await t.http
      .post(`/api/assertions/${assertion}/reviews`)
      .set(auth(tokens.reviewer))
      .send({ decision: 'override', overrides: { attribution: { citedSourceId: merged } }, reason: 'stale page' })
      .expect(201);
    expect(byId.body.overrides).toEqual({ attribution: { citedSourceId: survivor } });
    const byName = await t.http
      .post(`/api/assertions/${assertion}/reviews`)
      .set(auth(tokens.reviewer))
      .send({
        decision: 'override',
        overrides: { attribution: { name: 'Kunduz police', type: 'official' } },
        reason: 'by name',
      })
      .expect(201);
    expect(byName.body.overrides).toEqual({ attribution: { citedSourceId: survivor } });
  });
});
