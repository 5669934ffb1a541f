import type { ClaimPage } from '@auditor/contracts';
import { PrismaService } from '../src/database/prisma.service';
import { ADMIN, bootApp, eventually, login, resetDatabase, TestApp, uploadScored } from './support/app';

// Written for this test: one event reported by two outlets, each citing the same police force
// under a name the engine keeps apart, so the claim has two "independent" origins until merged.
const EVENT = 'said three roadside bombs were defused in Imam Sahib district of Kunduz province on 2 February 2024.';
const LATER = 'Shops in the Kunduz bazaar reopened on 4 February 2024, traders said.';

describe('claim groups after a merge or a re-dating', () => {
  let t: TestApp;
  let token: string;
  let prisma: PrismaService;
  const auth = () => ({ Authorization: `Bearer ${token}` });
  const claim = async (id: string) => (await t.http.get(`/api/claims/${id}`).set(auth()).expect(200)).body as ClaimPage;
  const groupOf = async (articleId: string) => {
    const m = await prisma.claimMembership.findFirst({ where: { articleId, role: { not: null } } });
    return m?.groupId ?? null;
  };

  beforeAll(async () => {
    await resetDatabase();
    t = await bootApp();
    prisma = t.app.get(PrismaService);
    token = await login(t.http, ADMIN.email, ADMIN.password);
  }, 60_000);
  afterAll(() => t.close());

  it('analyses the claim again when its two origins turn out to be one source', async () => {
    const first = await uploadScored(t.http, token, {
      text: `The Kunduz Police Department ${EVENT}`,
      title: 'Bombs defused',
      outlet: 'Kunduz Herald',
      outletType: 'media',
      publishedAt: '2024-02-02',
    });
    const second = await uploadScored(t.http, token, {
      text: `Kunduz police ${EVENT} ${LATER}`,
      title: 'Bombs defused in Imam Sahib',
      outlet: 'Valley Times',
      outletType: 'media',
      publishedAt: '2024-02-03',
    });
    await eventually(async () => (await groupOf(second)) !== null, 30_000);
    const group = (await groupOf(first))!;
    expect(await groupOf(second)).toBe(group);
    const before = await claim(group);
    expect(before.independentOrigins).toBe(2);

    const id = async (name: string) =>
      (await prisma.citedSource.findUniqueOrThrow({ where: { canonicalName: name } })).id;
    await t.http
      .post(`/api/sources/cited:${await id('Kunduz police')}/merge`)
      .set(auth())
      .send({ into: `cited:${await id('Kunduz Police Department')}` })
      .expect(200);
    // The same process's in-memory index replays the renamed members before analysing the group.
    await eventually(async () => (await claim(group)).independentOrigins === 1, 30_000);
    const after = await claim(group);
    expect(after.amplifications).toBeGreaterThan(before.amplifications);
    expect(new Set(after.members.map((m) => m.citedSource?.name))).toEqual(new Set(['Kunduz Police Department']));
  });

  it('dates the claim from the corrected date when an analyst re-dates an article', async () => {
    const [a, b] = await prisma.article.findMany({ orderBy: { publishedAt: 'asc' }, select: { id: true } });
    const group = (await groupOf(a!.id))!;
    const memberOf = async (articleId: string) =>
      (await prisma.claimMembership.findFirstOrThrow({ where: { articleId, groupId: group } })).assertionId;
    expect((await claim(group)).origin.member).toBe(await memberOf(a!.id));
    // The later article was in fact published first: the analysis (run on the in-memory index,
    // which replays the re-dated members) now starts the claim there.
    await t.http.patch(`/api/articles/${b!.id}`).set(auth()).send({ publishedAt: '2024-02-01' }).expect(200);
    await eventually(async () => (await claim(group)).origin.member === (await memberOf(b!.id)), 30_000);
    const page = await claim(group);
    expect(page.members[0]!.article.id).toBe(b!.id);
    expect(page.members[0]!.role).toBe('origin');
  });
});
