import { PrismaService } from '../src/database/prisma.service';
import { bootApp, resetDatabase, TestApp, uploadScored } from './support/app';
import type { ReportCard } from '@auditor/contracts';
import { createUserAndLogin } from './support/users';

// Written for this test. A press office publishes many calm, attributed statements; a tabloid one
// short alarmist piece. The press office is most of the corpus, as ISAF's releases are.
const PRESS = (i: number) =>
  `The provincial governor said ${i + 2} schools reopened in Kunduz on Monday. ` +
  `The district police chief said the road to Khanabad was repaired in ${i + 3} days. ` +
  `Officials said ${i + 10} families returned to Imam Sahib on Tuesday. ` +
  `The health director said a clinic in Chahar Dara treated ${i + 40} patients last week.`;
const TABLOID =
  'Reports say hundreds of foreign fighters are gathering in the north, a hotbed of terror. ' +
  'The region is a dangerous breeding ground for jihadists who will surely unleash a wave of carnage. ' +
  'Sources say a catastrophic offensive is imminent and the whole province could fall within days.';

describe('report card verdicts against the rest of the corpus', () => {
  let t: TestApp;
  let viewer: string;
  let analyst: string;
  let press: ReportCard;
  let tabloid: ReportCard;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  const upload = (body: Record<string, string>) => uploadScored(t.http, analyst, body);
  const card = async (id: string) =>
    (await t.http.get(`/api/sources/${id}/report`).set(auth(viewer)).expect(200)).body as ReportCard;

  beforeAll(async () => {
    await resetDatabase();
    t = await bootApp();
    const prisma = t.app.get(PrismaService);
    analyst = (await createUserAndLogin(t.app, t.http, 'analyst')).token;
    viewer = (await createUserAndLogin(t.app, t.http, 'viewer')).token;
    for (let i = 0; i < 6; i++)
      await upload({
        text: PRESS(i),
        outlet: 'Press Office',
        outletType: 'official',
        publishedAt: `2024-0${i + 1}-05`,
      });
    await upload({ text: TABLOID, outlet: 'Tabloid Weekly', outletType: 'media', publishedAt: '2024-02-11' });
    const id = async (name: string) => `outlet:${(await prisma.outlet.findUniqueOrThrow({ where: { name } })).id}`;
    press = await card(await id('Press Office'));
    tabloid = await card(await id('Tabloid Weekly'));
  }, 180_000);
  afterAll(() => t.close());

  it('compares a source that is most of the corpus with the rest of it, not with itself', () => {
    expect(press.sample.assertions).toBeGreaterThan(4 * tabloid.sample.assertions);
    // The rest of the corpus is exactly the other outlet: its mean, its shares.
    expect(press.alarmism.corpusMean).toBe(tabloid.alarmism.mean);
    expect(press.sourcingQuality.corpusMean).toBe(tabloid.sourcingQuality.mean);
    expect(press.shares.unverifiable.corpusShare).toBe(tabloid.shares.unverifiable.share);
    expect(press.corpus.assertions).toBe(tabloid.sample.assertions);
    // So the difference is the real one, not shrunk towards zero by comparing it with itself.
    expect(press.alarmism.difference).toBeCloseTo(press.alarmism.mean! - tabloid.alarmism.mean!, 1);
    expect(press.alarmism.difference!).toBeLessThan(-15);
    expect(tabloid.alarmism.corpusMean).toBe(press.alarmism.mean);
    // The whole corpus stays on the card for reference.
    expect(press.corpus.whole.assertions).toBe(press.sample.assertions + tabloid.sample.assertions);
  });

  it("shows, for every corpus figure on the card, the other outlet's own figure (the corpus sums only what it shows)", () => {
    for (const [a, b] of [
      [press, tabloid],
      [tabloid, press],
    ] as const) {
      for (const index of ['alarmism', 'sourcingQuality'] as const) {
        expect(a[index].corpusMean).toBe(b[index].mean);
        expect(a[index].corpusCi95).toEqual(b[index].ci95);
      }
      for (const k of ['attributed', 'anonymous', 'unverifiable', 'hedged'] as const)
        expect([k, a.shares[k].corpusShare]).toEqual([k, b.shares[k].share]);
      for (const k of ['corroborated', 'amplified', 'contradicted'] as const)
        expect([k, a.corroboration[k].corpusShare]).toEqual([k, b.corroboration[k].share]);
      expect(a.corpus.assertions).toBe(b.sample.assertions);
    }
    // The figures compared are not all trivially equal: some differ between the two outlets.
    expect(press.shares.hedged.share).not.toBe(tabloid.shares.hedged.share);
    expect(press.sourcingQuality.ci95).not.toEqual(tabloid.sourcingQuality.ci95);
  });

  it('counts attribution from the stored attributions, not from provenance (own voice takes the outlet type)', async () => {
    const prisma = t.app.get(PrismaService);
    const stored = async (outlet: string) =>
      Number(
        (
          await prisma.$queryRaw<Array<{ n: bigint }>>`
            SELECT count(*) AS n FROM "Attribution" a JOIN "Score" s ON s."id" = a."scoreId"
            JOIN "Assertion" x ON x."id" = s."assertionId" JOIN "Article" ar ON ar."id" = x."articleId"
            JOIN "Outlet" o ON o."id" = ar."outletId" WHERE o."name" = ${outlet}`
        )[0]!.n,
      );
    expect(press.shares.attributed.count).toBe(await stored('Press Office'));
    expect(press.shares.attributed.count).toBeGreaterThan(0);
    expect(tabloid.shares.attributed.count).toBe(await stored('Tabloid Weekly'));
    // The tabloid's own voice is "media" provenance, yet nothing in it is attributed to a source.
    expect(tabloid.provenance.unattributed).toBe(0);
    expect(tabloid.shares.attributed.count).toBe(0);
    expect(tabloid.verdict.summary).toMatch(/^3 assertions in one article, none attributed to a/);
    expect(press.shares.attributed.corpusShare).toBe(0);
  });

  it("words the verdict from the card's figures", () => {
    expect(press.verdict.alarmism.comparison).toBe('far below');
    expect(tabloid.verdict.alarmism.comparison).toBe('far above');
    expect(tabloid.verdict.summary).toMatch(new RegExp(`^${tabloid.sample.assertions} assertions in one article, `));
    expect(tabloid.verdict.summary).toContain(`alarmism ${tabloid.alarmism.mean!.toFixed(1).replace(/\.0$/, '')}`);
    expect(tabloid.verdict.summary).toContain('is far above the rest of the corpus');
    expect(press.verdict.headline).toMatch(
      /^Sourcing quality .* · Alarmism .*far below the corpus · \d+ assertions in 6 articles$/,
    );
  });

  it('names the score bands GET /api/score-bands serves, in the top line and the summary', async () => {
    const bands = (await t.http.get('/api/score-bands').expect(200)).body as {
      bands: Record<'sourcingQuality' | 'alarmism', Array<{ min: number; max: number; label: string }>>;
    };
    for (const c of [press, tabloid])
      for (const kind of ['sourcingQuality', 'alarmism'] as const) {
        const mean = c[kind].mean!;
        const band = bands.bands[kind].find((b) => mean >= b.min && mean <= b.max) ?? bands.bands[kind].at(-1)!;
        expect(c.verdict[kind].band).toBe(band.label);
        expect(c.verdict.headline).toContain(`(${band.label})`);
        expect(c.verdict.summary).toContain(`(${band.label})`);
      }
  });

  it('says of a cited source that its figures are how outlets attribute to it', async () => {
    const m = await t.http.get('/api/sources').query({ kind: 'cited', pageSize: 100 }).set(auth(viewer)).expect(200);
    const governor = (m.body.items as Array<{ id: string; assertions: number }>)[0]!;
    const c = await card(governor.id);
    expect(c.verdict.measures).toMatch(/^How outlets attribute to .*not whether .* is reliable\.$/);
    expect(c.verdict.summary).toMatch(/^Outlets attribute /);
    expect(c.verdict.summary).toContain('not the reliability of');
  });
});
