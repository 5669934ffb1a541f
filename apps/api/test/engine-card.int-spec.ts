import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EngineReport, LabelledAssertion } from '@auditor/contracts';
import type { PrismaService } from '../src/database/prisma.service';
import { bootApp, eventually, resetDatabase, TestApp } from './support/app';
import { createUserAndLogin } from './support/users';

// Written for this test: a named colonel, vague reports, an own-voice metaphor, a council statement.
const TEXT =
  'Colonel Ayesha Rahimi said 40 insurgents were killed in Kunduz on Monday. ' +
  'Reports say hundreds of foreign fighters are gathering in the north. ' +
  'The region is a dangerous breeding ground for jihadists. ' +
  'The provincial council said the market in Taloqan reopened on Sunday after repairs.';

// The labelled rows beside the repository define the export's fields (read, never copied).
const EVAL_ROW = join(__dirname, '../../../../shared/eval/seed003.jsonl');

describe("the engine's own report card", () => {
  let t: TestApp;
  let prisma: PrismaService;
  const tokens = {} as Record<'viewer' | 'a' | 'b', string>;
  let articleId: string;
  const ids = {} as Record<'rahimi' | 'reports' | 'region' | 'council', string>;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const review = (id: string, body: object, token: string) =>
    t.http.post(`/api/assertions/${id}/reviews`).set(auth(token)).send(body).expect(201);

  beforeAll(async () => {
    await resetDatabase();
    t = await bootApp();
    const { PrismaService: Prisma } = await import('../src/database/prisma.service');
    prisma = t.app.get(Prisma);
    tokens.viewer = (await createUserAndLogin(t.app, t.http, 'viewer')).token;
    tokens.a = (await createUserAndLogin(t.app, t.http, 'reviewer')).token;
    const b = await createUserAndLogin(t.app, t.http, 'reviewer');
    tokens.b = b.token;
    const r = await t.http
      .post('/api/articles')
      .set(auth(tokens.a))
      .send({ text: TEXT, title: 'Kunduz', outlet: 'Frontier Daily', outletType: 'media', publishedAt: '2024-01-15' })
      .expect(202);
    articleId = r.body.id;
    await eventually(
      async () => (await t.http.get(`/api/articles/${articleId}`).set(auth(tokens.a))).body.status === 'scored',
      30_000,
    );
    const byText = async (start: string) =>
      (await prisma.assertion.findFirstOrThrow({ where: { articleId, text: { startsWith: start } } })).id;
    ids.rahimi = await byText('Colonel Ayesha Rahimi');
    ids.reports = await byText('Reports say');
    ids.region = await byText('The region');
    ids.council = await byText('The provincial council');

    // History: reviewer B confirmed the council sentence in 2021, when it was scored by rubric 1.0.0.
    await prisma.score.create({
      data: {
        assertionId: ids.council,
        rubricVersion: '1.0.0',
        provenance: 'official',
        sourcingQuality: 50,
        alarmism: 0,
        hedged: false,
        admiralty: 'B2',
        signals: [],
        createdAt: new Date('2020-06-01T00:00:00Z'),
      },
    });
    await prisma.review.create({
      data: {
        assertionId: ids.council,
        reviewerId: b.user.id,
        decision: 'confirm',
        createdAt: new Date('2021-03-01T00:00:00Z'),
      },
    });

    // Today, under the current rubric. A: confirm, confirm, dismiss, confirm. B: confirm, override, dismiss.
    await review(ids.rahimi, { decision: 'confirm' }, tokens.a);
    await review(ids.reports, { decision: 'confirm' }, tokens.a);
    await review(ids.region, { decision: 'dismiss' }, tokens.a);
    await review(ids.council, { decision: 'confirm' }, tokens.a);
    await review(ids.rahimi, { decision: 'confirm' }, tokens.b);
    // B first dismissed, then changed their mind: only their newest review counts.
    await review(ids.reports, { decision: 'dismiss' }, tokens.b);
    await review(
      ids.reports,
      { decision: 'override', overrides: { provenance: 'media', alarmism: 80 }, reason: 'a news report' },
      tokens.b,
    );
    await review(ids.region, { decision: 'dismiss' }, tokens.b);
  }, 120_000);
  afterAll(() => t.close());

  it('needs a sign-in for the report and the reviewer role for the export', async () => {
    await t.http.get('/api/engine/report').expect(401);
    await t.http.get('/api/engine/export.jsonl').expect(401);
    await t.http.get('/api/engine/export.jsonl').set(auth(tokens.viewer)).expect(403);
  });

  it('counts each reviewer’s newest review: confirm / override / dismiss rates with Wilson intervals', async () => {
    const r = (await t.http.get('/api/engine/report').set(auth(tokens.viewer)).expect(200)).body as EngineReport;
    expect(r.totals).toMatchObject({ reviews: 8, assertions: 4, reviewers: 2 });
    expect(r.totals.confirm.count).toBe(5);
    expect(r.totals.override.count).toBe(1);
    expect(r.totals.dismiss.count).toBe(2);
    expect(r.totals.confirm.share).toBeCloseTo(5 / 8, 10);
    // Wilson 95% for 5 of 8: 0.3057 to 0.8632.
    expect(r.totals.confirm.ci95![0]).toBeCloseTo(0.3057, 3);
    expect(r.totals.confirm.ci95![1]).toBeCloseTo(0.8632, 3);
    expect(r.overriddenFields.find((f) => f.field === 'provenance')).toMatchObject({ count: 1, share: 1 });

    // By the automatic provenance each reviewer saw: the sums add up to the totals.
    const automatic = await prisma.score.findMany({
      where: { assertionId: { in: Object.values(ids) }, rubricVersion: { not: '1.0.0' } },
      select: { assertionId: true, provenance: true },
    });
    expect(automatic).toHaveLength(4);
    const prov = new Map(automatic.map((s) => [s.assertionId, s.provenance as string]));
    expect(prov.get(ids.reports)).toBe('anonymous');
    // The eight counted reviews as [assertion, decision]; B's 2021 one saw rubric 1.0.0's 'official'.
    const counted: Array<[string, string, string]> = [
      [ids.rahimi, 'confirm', prov.get(ids.rahimi)!],
      [ids.reports, 'confirm', prov.get(ids.reports)!],
      [ids.region, 'dismiss', prov.get(ids.region)!],
      [ids.council, 'confirm', prov.get(ids.council)!],
      [ids.rahimi, 'confirm', prov.get(ids.rahimi)!],
      [ids.reports, 'override', prov.get(ids.reports)!],
      [ids.region, 'dismiss', prov.get(ids.region)!],
      [ids.council, 'confirm', 'official'],
    ];
    expect(r.byProvenance.reduce((n, p) => n + p.reviews, 0)).toBe(8);
    for (const p of r.byProvenance) {
      const mine = counted.filter((c) => c[2] === p.provenance);
      expect([p.provenance, p.reviews, p.confirm.count, p.override.count, p.dismiss.count]).toEqual([
        p.provenance,
        mine.length,
        mine.filter((c) => c[1] === 'confirm').length,
        mine.filter((c) => c[1] === 'override').length,
        mine.filter((c) => c[1] === 'dismiss').length,
      ]);
    }
    // By signal: each review counts under every signal of the score it answered (1.0.0's had none).
    const withAnonymous = await prisma.score.findMany({
      where: { assertionId: { in: Object.values(ids) }, rubricVersion: r.currentRubricVersion },
      select: { assertionId: true, signals: true },
    });
    const carries = new Set(
      withAnonymous
        .filter((x) => (x.signals as Array<{ id: string }>).some((g) => g.id === 'anonymous-source'))
        .map((x) => x.assertionId),
    );
    expect(carries.has(ids.reports)).toBe(true);
    const signal = r.bySignal.find((x) => x.signal === 'anonymous-source')!;
    expect(signal.reviews).toBe(counted.slice(0, 7).filter((c) => carries.has(c[0])).length);
    expect(r.bySignal.some((s) => s.signal.startsWith('admiralty-'))).toBe(false);
  });

  it("gives Cohen's kappa over assertions reviewed by two people, overall and per rubric version", async () => {
    const r = (await t.http.get('/api/engine/report').set(auth(tokens.viewer)).expect(200)).body as EngineReport;
    // Pairs (first reviewer, second): rahimi (c, c), reports (c, o), region (d, d), council (B 2021 c, A c).
    // First: c c d c; second: c o d c → po 3/4, pe 3/4·2/4 + 1/4·1/4 = 7/16, kappa 5/9.
    expect(r.agreement.decision.pairs).toBe(4);
    expect(r.agreement.decision.observed).toBeCloseTo(3 / 4, 10);
    expect(r.agreement.decision.kappa).toBeCloseTo(5 / 9, 10);
    expect(r.agreement.provenance.pairs).toBe(4);

    expect(r.byRubric.map((v) => v.rubricVersion)).toEqual(['1.0.0', r.currentRubricVersion]);
    const [old, current] = r.byRubric;
    expect(old!.rates).toMatchObject({ reviews: 1, confirm: { count: 1, share: 1 } });
    // The council pair saw two versions, so it counts in neither version's kappa.
    expect(old!.agreement.decision.pairs).toBe(0);
    expect(current!.rates.reviews).toBe(7);
    expect(current!.agreement.decision.pairs).toBe(3);
    // (c, c) (c, o) (d, d): po 2/3, pe 2/3·1/3 + 1/3·1/3 = 1/3, kappa 1/2.
    expect(current!.agreement.decision.kappa).toBeCloseTo(0.5, 10);
  });

  it('exports reviewed assertions as labelled JSONL with the fields of ../shared/eval, dismissed ones left out', async () => {
    const res = await t.http.get('/api/engine/export.jsonl').set(auth(tokens.a)).expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/x-ndjson/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="reviewed-assertions.jsonl"/);
    const lines = res.text.trim().split('\n');
    const rows = lines.map((l) => JSON.parse(l) as LabelledAssertion);
    const evalKeys = Object.keys(JSON.parse(readFileSync(EVAL_ROW, 'utf8').split('\n')[0]!)).sort();
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(evalKeys);

    expect(rows.map((row) => row.text.slice(0, 12)).sort()).toEqual(['Colonel Ayes', 'Reports say ', 'The provinci']);
    const positions = await prisma.assertion.findMany({ where: { articleId }, select: { id: true, position: true } });
    const position = new Map(positions.map((p) => [p.id, p.position]));
    const rahimi = rows.find((row) => row.text.startsWith('Colonel'))!;
    const rahimiAttribution = await prisma.attribution.findFirstOrThrow({
      where: { score: { assertionId: ids.rahimi, rubricVersion: { not: '1.0.0' } } },
    });
    expect(rahimiAttribution.sourceText).toMatch(/Rahimi/);
    expect(rahimi).toMatchObject({
      doc: articleId,
      i: position.get(ids.rahimi)! + 1,
      kind: 'assertion',
      attributed: true,
      source: rahimiAttribution.sourceText,
      named: true,
      footnote: false,
    });
    // The newest review of "Reports say" is B's override: its provenance and alarmism are the labels.
    const reports = rows.find((row) => row.text.startsWith('Reports'))!;
    expect(reports).toMatchObject({ attributed: true, sourceType: 'media', alarmism: 2, named: false });
    expect(reports.source).toMatch(/^Reports/);
  });
});
