import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  AmplifiedClaimsResponse,
  ArticlePublications,
  AssertionsResponse,
  ClaimPage,
  ReportCard,
  UploadResponse,
} from '@auditor/contracts';
import { bootApp, eventually, login, resetDatabase, ADMIN, TestApp } from './support/app';

// Claim pages (GET /api/claims/:id, GET /api/sources/:id/claims) and syndicated copies: the same
// text uploaded under a second outlet is that outlet's publication, scored once, counted by both
// outlets' cards and an amplification (never an independent origin) of each of its claims.
const RELEASE =
  'An Afghan and coalition security force killed a Taliban commander in Chahar Darah district, Kunduz province, on Tuesday.';
const COPY = `${RELEASE} Shops in Kunduz city reopened on Wednesday morning.`;

const SEEDS = join(__dirname, '..', '..', '..', '..', 'shared', 'seeds');
const seed003 = () =>
  readFileSync(
    join(
      SEEDS,
      readdirSync(SEEDS).find((f) => f.startsWith('003_'))!,
    ),
    'utf8',
  );

describe('claim pages and syndicated copies', () => {
  let t: TestApp;
  let token: string;
  const auth = () => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    await resetDatabase();
    t = await bootApp();
    token = await login(t.http, ADMIN.email, ADMIN.password);
  }, 60_000);
  afterAll(() => t.close());

  async function prisma() {
    const { PrismaService } = await import('../src/database/prisma.service');
    return t.app.get(PrismaService);
  }

  /** Uploads and waits for scoring; `duplicate`: whether the text must already be known. */
  async function upload(body: Record<string, string>, duplicate: boolean): Promise<UploadResponse> {
    const r = await t.http.post('/api/articles?wait=true').set(auth()).send(body).expect(200);
    expect((r.body as UploadResponse).duplicate).toBe(duplicate);
    return r.body as UploadResponse;
  }

  const assertions = async (articleId: string) =>
    (await t.http.get(`/api/articles/${articleId}/assertions`).set(auth()).expect(200)).body as AssertionsResponse;

  const claim = async (id: string) => (await t.http.get(`/api/claims/${id}`).set(auth()).expect(200)).body as ClaimPage;

  const card = async (outletId: string) =>
    (await t.http.get(`/api/sources/outlet:${outletId}/report`).set(auth()).expect(200)).body as ReportCard;

  it('lists an amplification, its origin and who repeated whom', async () => {
    const origin = await upload(
      { text: RELEASE, outlet: 'ISAF Press Desk', outletType: 'military', publishedAt: '2013-01-24T12:00:00Z' },
      false,
    );
    const copy = await upload({ text: COPY, outlet: 'Kunduz Wire', publishedAt: '2013-01-26T12:00:00Z' }, false);
    const grouped = await eventually(async () => {
      const a = (await assertions(copy.id)).assertions.find((x) => x.corroboration?.role === 'amplification');
      return a?.corroboration ?? null;
    });
    const page = await claim(grouped.groupId);
    const [first, second] = page.members;
    expect(first).toMatchObject({ role: 'origin', independent: true, article: { id: origin.id } });
    expect(first!.outlet?.name).toBe('ISAF Press Desk');
    expect(second).toMatchObject({ role: 'amplification', independent: false, syndicated: false });
    expect(second!.outlet?.name).toBe('Kunduz Wire');
    expect(page.origin.member).toBe(first!.key);
    expect(page).toMatchObject({ independentOrigins: 1, amplifications: 1, amplifiedOnly: true });
    expect(page.edges).toEqual([{ from: second!.key, to: first!.key }]);

    const outletId = second!.outlet!.id;
    const amplified = (
      await t.http.get(`/api/sources/outlet:${outletId}/claims?sort=amplified`).set(auth()).expect(200)
    ).body as AmplifiedClaimsResponse;
    expect(amplified.items).toEqual([
      expect.objectContaining({ id: page.id, amplifications: 1, sourceMembers: 1, origin: 'ISAF Press Desk' }),
    ]);
    // Within the card's period only: the outlet's appearance was on 26 January 2013.
    const inPeriod = async (query: string) =>
      (
        (await t.http.get(`/api/sources/outlet:${outletId}/claims?${query}`).set(auth()).expect(200))
          .body as AmplifiedClaimsResponse
      ).items.map((i) => i.id);
    expect(await inPeriod('from=2013-01-01&to=2013-01-31')).toEqual([page.id]);
    expect(await inPeriod('from=2013-02-01')).toEqual([]);
    expect(await inPeriod('to=2013-01-25')).toEqual([]);
    await t.http.get(`/api/sources/outlet:${outletId}/claims?from=2013-02-01&to=2013-01-01`).set(auth()).expect(400);
  });

  it("lists a cited source's amplified claims, also under a name it has since absorbed", async () => {
    const db = await prisma();
    const said =
      'ISAF said coalition forces detained two insurgents in Baghlan-e Jadid district, Baghlan province, on Monday.';
    await upload({ text: said, outlet: 'Baghlan Times', publishedAt: '2013-02-04T12:00:00Z' }, false);
    const repeat = await upload(
      { text: `${said} Traffic resumed later.`, outlet: 'Pul-e Khumri Wire', publishedAt: '2013-02-05T12:00:00Z' },
      false,
    );
    const amplified = await eventually(async () => {
      const a = (await assertions(repeat.id)).assertions.find((x) => x.corroboration?.role === 'amplification');
      return a?.attribution ? a : null;
    });
    const cited = await db.citedSource.findFirstOrThrow({
      where: { attributions: { some: {} }, canonicalName: 'ISAF' },
    });
    const list = async () =>
      (await t.http.get(`/api/sources/cited:${cited.id}/claims`).set(auth()).expect(200))
        .body as AmplifiedClaimsResponse;
    expect((await list()).items).toEqual([
      expect.objectContaining({ id: amplified.corroboration!.groupId, sourceMembers: 2, origin: 'ISAF' }),
    ]);
    // A merge renames the survivor and keeps the old name as an alias; memberships keep the old name.
    await db.citedSource.update({
      where: { id: cited.id },
      data: { canonicalName: 'ISAF (merged)', aliases: ['ISAF'] },
    });
    expect((await list()).items).toHaveLength(1);
  });

  it('answers 400 for a malformed id, 404 for an unknown one, 401 without a session', async () => {
    const bad = await t.http.get('/api/claims/not-a-uuid').set(auth()).expect(400);
    expect(bad.body.message).toMatch(/Malformed claim id/);
    const missing = await t.http.get('/api/claims/00000000-0000-4000-8000-000000000000').set(auth()).expect(404);
    expect(missing.body.message).toMatch(/not found/);
    await t.http.get('/api/claims/00000000-0000-4000-8000-000000000000').expect(401);
    await t.http.get('/api/sources/outlet:nope/claims').set(auth()).expect(400);
    await t.http.get('/api/sources/outlet:00000000-0000-4000-8000-000000000000/claims').set(auth()).expect(404);
    const sort = await t.http
      .get('/api/sources/outlet:00000000-0000-4000-8000-000000000000/claims?sort=newest')
      .set(auth())
      .expect(400);
    expect(JSON.stringify(sort.body.message)).toMatch(/sort must be one of: amplified/);
    await t.http.get('/api/articles/nope/publications').set(auth()).expect(400);
    await t.http.get('/api/articles/00000000-0000-4000-8000-000000000000/publications').set(auth()).expect(404);
  });

  it('records seed 003 under a second outlet as a syndicated copy: scored once, counted by both, one amplification', async () => {
    const db = await prisma();
    const text = seed003();
    const original = await upload({ text, outlet: 'Daily Outlook Afghanistan', outletType: 'media' }, false);
    expect(original.status).toBe('scored');
    // Its claims are indexed (each alone: nothing else in the corpus says them).
    await eventually(async () => (await db.claimMembership.count({ where: { articleId: original.id } })) > 0);
    const assertionsBefore = await db.assertion.count({ where: { articleId: original.id } });
    const scoresBefore = await db.score.count({ where: { assertion: { articleId: original.id } } });

    const copy = await upload({ text, outlet: 'Reprint Weekly', publishedAt: '2019-08-24T00:00:00Z' }, true);
    expect(copy).toMatchObject({
      id: original.id,
      duplicate: true,
      knownText: {
        articleId: original.id,
        outlet: { name: 'Daily Outlook Afghanistan' },
        recorded: 'syndicated-copy',
        publication: { outlet: { name: 'Reprint Weekly' }, publishedAt: '2019-08-24T00:00:00.000Z' },
      },
    });
    expect(await db.assertion.count({ where: { articleId: original.id } })).toBe(assertionsBefore);
    expect(await db.score.count({ where: { assertion: { articleId: original.id } } })).toBe(scoresBefore);
    expect(await db.auditLog.count({ where: { entityId: original.id, action: 'article.syndicated' } })).toBe(1);
    const publications = (await t.http.get(`/api/articles/${original.id}/publications`).set(auth()).expect(200))
      .body as ArticlePublications;
    expect(publications.publications).toEqual([
      expect.objectContaining({
        outlet: expect.objectContaining({ name: 'Reprint Weekly' }),
        publishedAt: '2019-08-24T00:00:00.000Z',
      }),
    ]);

    // Both outlets' cards count every assertion of the text.
    const outlets = await db.outlet.findMany({
      where: { name: { in: ['Daily Outlook Afghanistan', 'Reprint Weekly'] } },
      orderBy: { name: 'asc' },
    });
    expect(outlets).toHaveLength(2);
    const n = (await card(outlets[0]!.id)).sample.assertions;
    expect(n).toBeGreaterThan(0);
    expect(n).toBe(assertionsBefore);
    const reprint = await eventually(async () => {
      const c = await card(outlets[1]!.id);
      return c.sample.assertions === n && c.corroboration.amplified.count > 0 ? c : null;
    }, 30_000);
    expect(reprint.sample.articles).toBe(1);

    // Each grouped claim of the text now has one amplification: the reprint, not an independent origin.
    const membership = await db.claimMembership.findFirstOrThrow({
      where: { articleId: original.id, specific: true },
      orderBy: { seq: 'asc' },
    });
    const page = await eventually(async () => {
      const r = await t.http.get(`/api/claims/${membership.groupId}`).set(auth());
      return r.status === 200 ? (r.body as ClaimPage) : null;
    });
    expect(page).toMatchObject({ independentOrigins: 1, amplifications: 1, corroborations: 0, amplifiedOnly: true });
    const syndicated = page.members.filter((m) => m.syndicated);
    expect(syndicated).toHaveLength(1);
    expect(syndicated[0]).toMatchObject({
      role: 'amplification',
      independent: false,
      outlet: { name: 'Reprint Weekly' },
    });
    expect(page.edges).toContainEqual({ from: syndicated[0]!.key, to: membership.assertionId });

    // The same text under the same second outlet again adds nothing; under the first, nothing either.
    const again = await upload({ text, outlet: 'Reprint Weekly' }, true);
    expect(again.knownText?.recorded).toBe('already-syndicated');
    const same = await upload({ text, outlet: 'Daily Outlook Afghanistan' }, true);
    expect(same.knownText).toMatchObject({ recorded: 'nothing', publication: null });
    expect(await db.articlePublication.count({ where: { articleId: original.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { entityId: original.id, action: 'article.syndicated' } })).toBe(1);
    expect((await claim(membership.groupId)).amplifications).toBe(1);

    // An admin removes the copy: the reprint's card counts nothing, and the lone claim's group dissolves.
    await t.http.delete(`/api/articles/${original.id}/publications/${outlets[1]!.id}`).set(auth()).expect(204);
    await t.http.delete(`/api/articles/${original.id}/publications/${outlets[1]!.id}`).set(auth()).expect(404);
    expect(await db.auditLog.count({ where: { entityId: original.id, action: 'article.syndication-removed' } })).toBe(
      1,
    );
    await eventually(async () => (await card(outlets[1]!.id)).sample.assertions === 0);
    await eventually(async () => (await t.http.get(`/api/claims/${membership.groupId}`).set(auth())).status === 404);
    expect((await card(outlets[0]!.id)).sample.assertions).toBe(n);
  }, 120_000);
});
