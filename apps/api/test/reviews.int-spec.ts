import { randomUUID } from 'node:crypto';
import type { PrismaService } from '../src/database/prisma.service';
import { bootApp, eventually, resetDatabase, TestApp } from './support/app';
import { createUserAndLogin } from './support/users';

// Written for this test (as in sources.int-spec): a named colonel, vague reports, an own-voice claim.
const FRONTIER =
  'Colonel Ayesha Rahimi said 40 insurgents were killed in Kunduz on Monday. Colonel Ayesha Rahimi said the operation destroyed three weapons caches near the river. ' +
  'Reports say hundreds of foreign fighters are gathering in the north, a hotbed of terror. The region is a dangerous breeding ground for jihadists. ' +
  'Sources say the militants will surely launch a wave of attacks.';
const CALM =
  'The provincial council said the market reopened on Sunday after repairs. Residents said the prices of flour rose by ten percent in March.';

interface QueueItem {
  assertionId: string;
  articleId: string;
  outlet: { id: string; name: string } | null;
  text: string;
  attribution: { source: string; canonicalName: string; citedSourceId: string } | null;
  signals: Array<{ id: string }>;
  contradicted: boolean;
  priority: { score: number; reasons: string[] };
  review: { decision: string } | null;
}

describe('review workflow', () => {
  let t: TestApp;
  let prisma: PrismaService;
  const tokens = {} as Record<'viewer' | 'analyst' | 'reviewer' | 'reviewer2' | 'admin', string>;
  let reviewerId: string;
  let reviewerEmail: string;
  let frontierArticle: string;
  let calmArticle: string;
  let frontierOutlet: string;
  const ids = {} as Record<
    'rahimi40' | 'rahimiCaches' | 'reports' | 'region' | 'sources' | 'council' | 'residents',
    string
  >;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  async function upload(body: Record<string, string>): Promise<string> {
    const r = await t.http.post('/api/articles').set(auth(tokens.analyst)).send(body).expect(202);
    await eventually(
      async () => (await t.http.get(`/api/articles/${r.body.id}`).set(auth(tokens.analyst))).body.status === 'scored',
      30_000,
    );
    return r.body.id as string;
  }
  const byText = async (articleId: string, start: string) =>
    (
      await prisma.assertion.findFirstOrThrow({
        where: { articleId, text: { startsWith: start } },
        select: { id: true },
      })
    ).id;
  const queue = async (query: Record<string, string | number | boolean> = {}, token = tokens.reviewer) =>
    (
      await t.http
        .get('/api/reviews/queue')
        .query({ pageSize: 100, ...query })
        .set(auth(token))
        .expect(200)
    ).body as { items: QueueItem[]; total: number; page: number; pageSize: number };
  const review = (id: string, body: object, token = tokens.reviewer) =>
    t.http.post(`/api/assertions/${id}/reviews`).set(auth(token)).send(body);
  const card = async (id: string) =>
    (await t.http.get(`/api/sources/${id}/report`).set(auth(tokens.viewer)).expect(200)).body;
  const auditOf = (entityId: string) =>
    prisma.auditLog.findMany({ where: { entityType: 'assertion', entityId }, orderBy: { id: 'asc' } });

  beforeAll(async () => {
    await resetDatabase();
    t = await bootApp();
    const { PrismaService: Prisma } = await import('../src/database/prisma.service');
    prisma = t.app.get(Prisma);
    for (const role of ['viewer', 'analyst', 'reviewer', 'admin'] as const)
      tokens[role] = (await createUserAndLogin(t.app, t.http, role)).token;
    const r = await createUserAndLogin(t.app, t.http, 'reviewer');
    tokens.reviewer = r.token;
    reviewerId = r.user.id;
    reviewerEmail = r.user.email;
    tokens.reviewer2 = (await createUserAndLogin(t.app, t.http, 'reviewer')).token;
    frontierArticle = await upload({
      text: FRONTIER,
      title: 'Fighting in Kunduz',
      outlet: 'Frontier Daily',
      outletType: 'media',
      publishedAt: '2024-01-15',
    });
    calmArticle = await upload({
      text: CALM,
      title: 'Market reopens',
      outlet: 'Calm Gazette',
      outletType: 'independent',
      publishedAt: '2024-03-20',
    });
    frontierOutlet = (await prisma.outlet.findUniqueOrThrow({ where: { name: 'Frontier Daily' } })).id;
    ids.rahimi40 = await byText(frontierArticle, 'Colonel Ayesha Rahimi said 40');
    ids.rahimiCaches = await byText(frontierArticle, 'Colonel Ayesha Rahimi said the operation');
    ids.reports = await byText(frontierArticle, 'Reports say');
    ids.region = await byText(frontierArticle, 'The region');
    ids.sources = await byText(frontierArticle, 'Sources say');
    ids.council = await byText(calmArticle, 'The provincial council');
    ids.residents = await byText(calmArticle, 'Residents said');
    // Let claim grouping finish before the test sets claim flags itself.
    await eventually(
      async () =>
        (await prisma.claimMembership.count({ where: { articleId: { in: [frontierArticle, calmArticle] } } })) === 7,
      30_000,
    );
  }, 120_000);
  afterAll(() => t.close());

  describe('access', () => {
    it('needs a token (401) and the reviewer role (403) to review or read the queue', async () => {
      const id = randomUUID();
      await t.http.post(`/api/assertions/${id}/reviews`).send({ decision: 'confirm' }).expect(401);
      await t.http
        .post('/api/reviews/bulk')
        .send({ assertionIds: [id], decision: 'confirm' })
        .expect(401);
      await t.http.get('/api/reviews/queue').expect(401);
      await t.http.get(`/api/assertions/${ids.rahimi40}`).expect(401);
      for (const role of ['viewer', 'analyst'] as const) {
        const r = await review(ids.rahimi40, { decision: 'confirm' }, tokens[role]).expect(403);
        expect(r.body.message).toMatch(/needs the reviewer role/);
        await t.http
          .post('/api/reviews/bulk')
          .set(auth(tokens[role]))
          .send({ assertionIds: [ids.rahimi40], decision: 'confirm' })
          .expect(403);
        await t.http.get('/api/reviews/queue').set(auth(tokens[role])).expect(403);
      }
      expect(await prisma.review.count()).toBe(0);
      // Any signed-in user reads an assertion's page.
      await t.http.get(`/api/assertions/${ids.rahimi40}`).set(auth(tokens.viewer)).expect(200);
    });
  });

  describe('validation', () => {
    it.each(
      (
        [
          [{ decision: 'override', overrides: { alarmism: 20 } }, /needs a reason/],
          [{ decision: 'override', overrides: { alarmism: 20 }, reason: '   ' }, /needs a reason/],
          [{ decision: 'override', overrides: {}, reason: 'x' }, /at least one field/],
          [{ decision: 'override', reason: 'x' }, /at least one field/],
          [{ decision: 'confirm', overrides: { alarmism: 20 } }, /confirm carries no overrides/],
          [{ decision: 'approve' }, /decision must be one of: confirm, override, dismiss/],
          [{}, /decision must be one of/],
          [
            { decision: 'override', overrides: { alarmism: 101 }, reason: 'x' },
            /overrides\.alarmism must be a whole number from 0 to 100/,
          ],
          [
            { decision: 'override', overrides: { sourcingQuality: 12.5 }, reason: 'x' },
            /overrides\.sourcingQuality must be a whole number from 0 to 100/,
          ],
          [
            { decision: 'override', overrides: { alarmism: null }, reason: 'x' },
            /overrides\.alarmism must be a whole number/,
          ],
          [
            { decision: 'override', overrides: { provenance: 'rumour' }, reason: 'x' },
            /overrides\.provenance must be one of: official, military/,
          ],
          [
            { decision: 'override', overrides: { admiralty: 'G7' }, reason: 'x' },
            /overrides\.admiralty must be a grade such as C3/,
          ],
          [
            { decision: 'override', overrides: { hedged: 'yes' }, reason: 'x' },
            /overrides\.hedged must be true or false/,
          ],
          [
            { decision: 'override', overrides: { attribution: 'ISAF' }, reason: 'x' },
            /attribution must be null, \{citedSourceId\} or \{name, type\}/,
          ],
          [
            { decision: 'override', overrides: { attribution: { citedSourceId: 'isaf' } }, reason: 'x' },
            /overrides\.attribution\.citedSourceId must be the UUID/,
          ],
          [
            { decision: 'override', overrides: { attribution: { name: 'ISAF' } }, reason: 'x' },
            /attribution\.type is required/,
          ],
          [
            { decision: 'override', overrides: { attribution: { name: 'ISAF', type: 'alien' } }, reason: 'x' },
            /overrides\.attribution\.type must be one of/,
          ],
          [
            { decision: 'override', overrides: { scores: { alarmism: 1 } }, reason: 'x' },
            /property scores should not exist/,
          ],
          [{ decision: 'dismiss', reason: 'x'.repeat(2001) }, /reason must be at most 2000 characters/],
        ] as Array<[object, RegExp]>
      ).map(([body, message]) => [JSON.stringify(body).slice(0, 90), body, message] as const),
    )('refuses %s with 400', async (_label, body, message) => {
      const r = await review(ids.rahimi40, body).expect(400);
      expect(JSON.stringify(r.body.message)).toMatch(message);
    });

    it('answers 400 for a malformed id, 404 for an unknown assertion or cited source, and writes nothing', async () => {
      expect((await review('not-a-uuid', { decision: 'confirm' }).expect(400)).body.message).toBe(
        'The assertion id must be a UUID',
      );
      const unknown = randomUUID();
      expect((await review(unknown, { decision: 'confirm' }).expect(404)).body.message).toBe(
        `Assertion ${unknown} not found`,
      );
      await t.http.get(`/api/assertions/${unknown}`).set(auth(tokens.viewer)).expect(404);
      const r = await review(ids.rahimi40, {
        decision: 'override',
        overrides: { attribution: { citedSourceId: unknown } },
        reason: 'x',
      }).expect(404);
      expect(r.body.message).toMatch(/Cited source .* not found/);
      expect(await prisma.review.count()).toBe(0);
      expect(await prisma.auditLog.count({ where: { action: { startsWith: 'review.' } } })).toBe(0);
    });
  });

  describe('queue', () => {
    it('ranks contradicted, alarmist and anonymous assertions above plain named ones, with reasons', async () => {
      const q = await queue();
      expect(q).toMatchObject({ page: 1, pageSize: 100, total: 7 });
      const rank = (id: string) => q.items.findIndex((i) => i.assertionId === id);
      const item = (id: string) => q.items[rank(id)]!;
      expect(rank(ids.sources)).toBeLessThan(rank(ids.rahimi40));
      expect(rank(ids.reports)).toBeLessThan(rank(ids.rahimi40));
      expect(q.items.map((i) => i.priority.score)).toEqual(
        [...q.items.map((i) => i.priority.score)].sort((a, b) => b - a),
      );
      expect(item(ids.sources)).toMatchObject({
        articleId: frontierArticle,
        articleTitle: 'Fighting in Kunduz',
        outlet: { id: frontierOutlet, name: 'Frontier Daily' },
        provenance: 'anonymous',
        // A vague attribution ("Sources say") cites no source: provenance anonymous, no cited-source link.
        attribution: null,
        scores: { sourcingQuality: expect.any(Number), alarmism: expect.any(Number) },
        hedged: false,
        admiralty: expect.stringMatching(/^[A-F][1-6]$/),
        contradicted: false,
        review: null,
      });
      expect(item(ids.sources).priority.reasons).toEqual(
        expect.arrayContaining([
          'vague or anonymous attribution',
          expect.stringMatching(/^high alarmism/),
          expect.stringMatching(/outlet has few reviews/),
        ]),
      );
      expect(item(ids.region).priority.reasons).toContain("unsourced claim in the outlet's own voice");

      // Conflicting figures elsewhere lift an otherwise plain, named assertion by 20 points.
      const plain = item(ids.rahimi40).priority.score;
      await prisma.claimMembership.update({ where: { assertionId: ids.rahimi40 }, data: { contradicted: true } });
      const after = await queue();
      const lifted = after.items.find((i) => i.assertionId === ids.rahimi40)!;
      expect(lifted).toMatchObject({ contradicted: true, priority: { score: plain + 20 } });
      expect(lifted.priority.reasons[0]).toMatch(/conflicting figures/);
      expect(after.items.findIndex((i) => i.assertionId === ids.rahimi40)).toBeLessThan(
        after.items.findIndex((i) => i.assertionId === ids.rahimiCaches),
      );
    });

    it('pages one item at a time in exactly the order of the whole list (the unfiltered page ranks only rows that can reach it)', async () => {
      const all = (await queue()).items.map((i) => `${i.assertionId}:${i.priority.score}`);
      const paged: string[] = [];
      for (let page = 1; page <= all.length; page++) {
        const one = await queue({ pageSize: 1, page });
        expect(one.total).toBe(all.length);
        paged.push(...one.items.map((i) => `${i.assertionId}:${i.priority.score}`));
      }
      expect(paged).toEqual(all);
      expect((await queue({ pageSize: 1, page: all.length + 1 })).items).toEqual([]);
    });

    it('filters by source, article and signal, and pages', async () => {
      const byOutlet = await queue({ source: `outlet:${frontierOutlet}` });
      expect(byOutlet.total).toBe(5);
      expect(byOutlet.items.every((i) => i.articleId === frontierArticle)).toBe(true);
      const rahimi = await prisma.citedSource.findUniqueOrThrow({ where: { canonicalName: 'Ayesha Rahimi' } });
      expect((await queue({ source: `cited:${rahimi.id}` })).items.map((i) => i.assertionId).sort()).toEqual(
        [ids.rahimi40, ids.rahimiCaches].sort(),
      );
      expect((await queue({ articleId: calmArticle })).items.map((i) => i.assertionId).sort()).toEqual(
        [ids.council, ids.residents].sort(),
      );
      const anonymous = await queue({ signal: 'anonymous-source' });
      expect(anonymous.items.map((i) => i.assertionId)).toEqual(expect.arrayContaining([ids.reports, ids.sources]));
      expect(anonymous.items.map((i) => i.assertionId)).not.toContain(ids.rahimi40);
      expect(anonymous.items.every((i) => i.signals.some((s) => s.id === 'anonymous-source'))).toBe(true);
      expect((await queue({ signal: 'no-such-signal' })).total).toBe(0);
      const page2 = await queue({ page: 2, pageSize: 3 });
      expect(page2).toMatchObject({ total: 7, page: 2, pageSize: 3 });
      expect(page2.items).toHaveLength(3);
      expect(await queue({ page: 9, pageSize: 3 })).toMatchObject({ total: 7, items: [] });
      for (const bad of [
        'source=outlet:nope',
        'source=person:' + randomUUID(),
        'articleId=x',
        'signal=Bad Signal!',
        'includeReviewed=maybe',
        'pageSize=101',
        'extra=1',
      ]) {
        const r = await t.http.get(`/api/reviews/queue?${bad}`).set(auth(tokens.reviewer)).expect(400);
        expect(r.body.message).toBeTruthy();
      }
    });
  });

  describe('decisions', () => {
    it('confirms, with an audit entry (who, before, after), and the item leaves the queue', async () => {
      const r = await review(ids.council, { decision: 'confirm' }).set('X-Request-Id', 'req-confirm-1').expect(201);
      expect(r.body).toMatchObject({
        id: expect.any(String),
        assertionId: ids.council,
        decision: 'confirm',
        overrides: null,
        reason: null,
        reviewer: { id: reviewerId, email: reviewerEmail },
        createdAt: expect.any(String),
        effective: { decision: 'confirm', dismissed: false, provenance: expect.any(String) },
      });
      const [entry] = await auditOf(ids.council);
      expect(entry).toMatchObject({
        action: 'review.confirm',
        actorId: reviewerId,
        entityType: 'assertion',
        entityId: ids.council,
        requestId: 'req-confirm-1',
      });
      expect(entry!.before).toMatchObject({ decision: null, dismissed: false, rubricVersion: expect.any(String) });
      expect(entry!.after).toMatchObject({
        decision: 'confirm',
        reviewId: r.body.id,
        rubricVersion: (entry!.before as { rubricVersion: string }).rubricVersion,
      });
      expect((await queue()).items.map((i) => i.assertionId)).not.toContain(ids.council);
      const all = await queue({ includeReviewed: true });
      expect(all.items.find((i) => i.assertionId === ids.council)!.review).toMatchObject({
        id: r.body.id,
        decision: 'confirm',
        reviewer: { email: reviewerEmail },
      });
    });

    it('answers an identical retry with the stored review (200), and records a changed one', async () => {
      const first = await review(ids.residents, {
        decision: 'dismiss',
        reason: 'a quote of prices, not a claim',
      }).expect(201);
      const again = await review(ids.residents, {
        decision: 'dismiss',
        reason: 'a quote of prices, not a claim ',
      }).expect(200);
      expect(again.body.id).toBe(first.body.id);
      expect(await prisma.review.count({ where: { assertionId: ids.residents } })).toBe(1);
      expect(await prisma.auditLog.count({ where: { entityId: ids.residents } })).toBe(1);
      // Another reviewer making the same decision is a second opinion, not a retry.
      await review(
        ids.residents,
        { decision: 'dismiss', reason: 'a quote of prices, not a claim' },
        tokens.reviewer2,
      ).expect(201);
      expect(await prisma.review.count({ where: { assertionId: ids.residents } })).toBe(2);
    });

    it("overrides values and attribution, and the outlet's report card changes", async () => {
      const before = await card(`outlet:${frontierOutlet}`);
      expect(before.reviews).toMatchObject({ reviewed: 0, overridden: 0, changedByReviews: false });
      const auto = (await t.http.get(`/api/assertions/${ids.reports}`).set(auth(tokens.viewer)).expect(200)).body;

      const r = await review(ids.reports, {
        decision: 'override',
        overrides: {
          alarmism: 95,
          provenance: 'insurgent',
          hedged: true,
          admiralty: 'E5',
          attribution: { name: 'the Taliban', type: 'insurgent' },
        },
        reason: 'The "reports" are a Taliban communiqué quoted at face value',
      }).expect(201);
      const taliban = await prisma.citedSource.findFirstOrThrow({
        where: { canonicalName: { equals: 'Taliban', mode: 'insensitive' } },
      });
      expect(r.body.overrides).toEqual({
        provenance: 'insurgent',
        alarmism: 95,
        hedged: true,
        admiralty: 'E5',
        attribution: { citedSourceId: taliban.id },
      });
      expect(r.body.effective).toMatchObject({
        alarmism: 95,
        provenance: 'insurgent',
        hedged: true,
        admiralty: 'E5',
        attribution: { citedSourceId: taliban.id, canonicalName: taliban.canonicalName },
        sourcingQuality: auto.automatic.scores.sourcingQuality,
        decision: 'override',
      });
      // The article view carries the same effective values (what the web app shows and cards count).
      const { articleId } = await prisma.assertion.findUniqueOrThrow({
        where: { id: ids.reports },
        select: { articleId: true },
      });
      const listed = (
        await t.http.get(`/api/articles/${articleId}/assertions`).set(auth(tokens.viewer)).expect(200)
      ).body.assertions.find((a: { id: string }) => a.id === ids.reports);
      expect(listed.effective).toMatchObject({
        alarmism: 95,
        provenance: 'insurgent',
        hedged: true,
        admiralty: 'E5',
        attribution: { citedSourceId: taliban.id },
        decision: 'override',
        dismissed: false,
      });
      expect(listed.scores.alarmism).toBe(auto.automatic.scores.alarmism);
      // Stored exactly in the shape the report-card SQL reads.
      const stored = await prisma.review.findUniqueOrThrow({ where: { id: r.body.id } });
      expect(stored.overrides).toEqual({
        provenance: 'insurgent',
        alarmism: 95,
        hedged: true,
        admiralty: 'E5',
        attribution: { citedSourceId: taliban.id },
      });

      const [entry] = await auditOf(ids.reports);
      expect(entry).toMatchObject({ action: 'review.override', actorId: reviewerId });
      expect(entry!.before).toMatchObject({
        alarmism: auto.automatic.scores.alarmism,
        provenance: 'anonymous',
        decision: null,
        attribution: null,
      });
      expect(entry!.after).toMatchObject({
        alarmism: 95,
        provenance: 'insurgent',
        decision: 'override',
        reviewId: r.body.id,
        reason: expect.stringMatching(/communiqué/),
      });

      // A name the reviewer types again finds the same cited source (case-insensitively), and a retry is idempotent.
      const retry = await review(ids.reports, {
        decision: 'override',
        overrides: {
          attribution: { name: 'THE TALIBAN', type: 'insurgent' },
          admiralty: 'E5',
          hedged: true,
          provenance: 'insurgent',
          alarmism: 95,
        },
        reason: 'The "reports" are a Taliban communiqué quoted at face value',
      }).expect(200);
      expect(retry.body.id).toBe(r.body.id);

      const after = await card(`outlet:${frontierOutlet}`);
      expect(after.alarmism.mean).toBeGreaterThan(before.alarmism.mean);
      expect(after.reviews).toMatchObject({ reviewed: 1, overridden: 1, changedByReviews: true });
      expect(after.reviews.changed).toEqual(expect.arrayContaining(['alarmism', 'provenance']));
      expect(after.provenance.insurgent).toBe(before.provenance.insurgent + 1);
      const talibanCard = await card(`cited:${taliban.id}`);
      expect(talibanCard.sample.assertions).toBe(1);

      const page = (await t.http.get(`/api/assertions/${ids.reports}`).set(auth(tokens.viewer)).expect(200)).body;
      expect(page.effective).toMatchObject({ alarmism: 95, provenance: 'insurgent' });
      expect(page.history).toHaveLength(1);
      expect(page.disagreements.map((d: { field: string }) => d.field)).toEqual(
        expect.arrayContaining(['provenance', 'alarmism', 'hedged', 'admiralty', 'attribution']),
      );
      expect(page.disagreements[0]).toMatchObject({ decision: 'override', rescoredSince: false });
    });

    it('detaches an attribution with null, and a dismissed assertion leaves the card', async () => {
      const r = await review(ids.rahimiCaches, {
        decision: 'override',
        overrides: { attribution: null },
        reason: 'The colonel said no such thing',
      }).expect(201);
      expect(r.body.overrides).toEqual({ attribution: null });
      expect(r.body.effective.attribution).toBeNull();

      const before = await card(`outlet:${frontierOutlet}`);
      await review(ids.region, { decision: 'dismiss', reason: 'A caption, not an assertion' }).expect(201);
      const after = await card(`outlet:${frontierOutlet}`);
      expect(after.sample.assertions).toBe(before.sample.assertions - 1);
      expect(after.reviews.dismissed).toBe(before.reviews.dismissed + 1);
      expect((await auditOf(ids.region))[0]).toMatchObject({
        action: 'review.dismiss',
        after: expect.objectContaining({ dismissed: true }),
      });
    });
  });

  describe('bulk', () => {
    it('writes nothing when one id is unknown (404 naming it)', async () => {
      const unknown = randomUUID();
      const reviews = await prisma.review.count();
      const audits = await prisma.auditLog.count();
      const r = await t.http
        .post('/api/reviews/bulk')
        .set(auth(tokens.reviewer))
        .send({ assertionIds: [ids.sources, unknown, ids.rahimi40], decision: 'confirm' })
        .expect(404);
      expect(r.body.message).toContain(unknown);
      expect(r.body.message).toMatch(/nothing was reviewed/);
      expect(await prisma.review.count()).toBe(reviews);
      expect(await prisma.auditLog.count()).toBe(audits);
    });

    it('refuses overrides, empty, repeated and malformed lists', async () => {
      const send = (body: object) => t.http.post('/api/reviews/bulk').set(auth(tokens.reviewer)).send(body).expect(400);
      expect(JSON.stringify((await send({ assertionIds: [ids.sources], decision: 'override' })).body.message)).toMatch(
        /confirm or dismiss/,
      );
      expect(JSON.stringify((await send({ assertionIds: [], decision: 'confirm' })).body.message)).toMatch(
        /at least one/,
      );
      expect(
        JSON.stringify((await send({ assertionIds: [ids.sources, ids.sources], decision: 'confirm' })).body.message),
      ).toMatch(/must not repeat/);
      expect(JSON.stringify((await send({ assertionIds: ['x'], decision: 'confirm' })).body.message)).toMatch(
        /must be a UUID/,
      );
      expect(
        JSON.stringify(
          (await send({ assertionIds: Array.from({ length: 201 }, () => randomUUID()), decision: 'confirm' })).body
            .message,
        ),
      ).toMatch(/at most 200/);
    });

    it('confirms a selection in one transaction with one audit entry each; a retry adds nothing', async () => {
      const body = {
        assertionIds: [ids.sources, ids.rahimi40],
        decision: 'confirm',
        reason: 'checked against the wire copy',
      };
      const r = await t.http.post('/api/reviews/bulk').set(auth(tokens.reviewer)).send(body).expect(200);
      expect(r.body).toMatchObject({ reviewed: 2, created: 2 });
      expect(r.body.reviews.map((x: { assertionId: string }) => x.assertionId)).toEqual([ids.sources, ids.rahimi40]);
      expect(r.body.reviews[0]).toMatchObject({
        decision: 'confirm',
        reason: 'checked against the wire copy',
        reviewer: { id: reviewerId, email: reviewerEmail },
        effective: { decision: 'confirm' },
      });
      for (const id of body.assertionIds) expect((await auditOf(id)).map((e) => e.action)).toEqual(['review.confirm']);
      const again = await t.http.post('/api/reviews/bulk').set(auth(tokens.reviewer)).send(body).expect(200);
      expect(again.body).toMatchObject({ reviewed: 2, created: 0 });
      expect(again.body.reviews.map((x: { id: string }) => x.id)).toEqual(
        r.body.reviews.map((x: { id: string }) => x.id),
      );
      // Everything is reviewed now: the queue is empty unless reviewed items are asked for.
      expect((await queue()).total).toBe(0);
      expect((await queue({ includeReviewed: true })).total).toBe(7);
    });
  });

  describe('rescoring under a new rubric', () => {
    it('keeps the override effective and shows where the new automatic values disagree', async () => {
      const old = await prisma.score.findFirstOrThrow({
        where: { assertionId: ids.reports },
        include: { attribution: true },
      });
      const confirmedOld = await prisma.score.findFirstOrThrow({ where: { assertionId: ids.sources } });
      await prisma.score.create({
        data: {
          assertionId: ids.reports,
          rubricVersion: '9.9.9',
          provenance: 'insurgent',
          sourcingQuality: 40,
          alarmism: 12,
          hedged: true,
          admiralty: 'E5',
          signals: [],
        },
      });
      await prisma.score.create({
        data: {
          assertionId: ids.sources,
          rubricVersion: '9.9.9',
          provenance: confirmedOld.provenance,
          sourcingQuality: confirmedOld.sourcingQuality + 7,
          alarmism: confirmedOld.alarmism,
          hedged: confirmedOld.hedged,
          admiralty: confirmedOld.admiralty,
          signals: [],
        },
      });
      await prisma.article.update({ where: { id: frontierArticle }, data: { rubricVersion: '9.9.9' } });

      const page = (await t.http.get(`/api/assertions/${ids.reports}`).set(auth(tokens.viewer)).expect(200)).body;
      expect(page).toMatchObject({
        id: ids.reports,
        article: {
          id: frontierArticle,
          title: 'Fighting in Kunduz',
          outlet: { id: frontierOutlet, name: 'Frontier Daily' },
        },
        rubricVersion: '9.9.9',
        automatic: {
          provenance: 'insurgent',
          scores: { sourcingQuality: 40, alarmism: 12 },
          hedged: true,
          admiralty: 'E5',
          attribution: null,
          signals: [],
        },
        effective: {
          alarmism: 95,
          provenance: 'insurgent',
          hedged: true,
          admiralty: 'E5',
          sourcingQuality: 40,
          decision: 'override',
        },
        review: { decision: 'override', reviewer: { email: reviewerEmail } },
      });
      expect(page.history).toEqual([
        expect.objectContaining({
          decision: 'override',
          rubricVersion: old.rubricVersion,
          reviewer: { id: reviewerId, email: reviewerEmail },
        }),
      ]);
      // Provenance, hedged and grade now agree with the human decision; alarmism and attribution do not.
      expect(page.disagreements).toEqual([
        expect.objectContaining({
          field: 'alarmism',
          automatic: 12,
          reviewed: 95,
          decidedUnder: old.rubricVersion,
          currentRubricVersion: '9.9.9',
          rescoredSince: true,
        }),
        expect.objectContaining({
          field: 'attribution',
          automatic: null,
          reviewed: expect.objectContaining({ canonicalName: expect.stringMatching(/taliban/i) }),
        }),
      ]);

      const confirmed = (await t.http.get(`/api/assertions/${ids.sources}`).set(auth(tokens.viewer)).expect(200)).body;
      expect(confirmed.effective).toMatchObject({
        decision: 'confirm',
        sourcingQuality: confirmedOld.sourcingQuality + 7,
      });
      expect(confirmed.disagreements).toEqual([
        // "Sources say" had no cited source when confirmed and has none now: only the score moved.
        expect.objectContaining({
          field: 'sourcingQuality',
          automatic: confirmedOld.sourcingQuality + 7,
          reviewed: confirmedOld.sourcingQuality,
          decision: 'confirm',
          rescoredSince: true,
        }),
      ]);

      // The card counts the override on top of the new rubric's scores.
      const c = await card(`outlet:${frontierOutlet}`);
      expect(c.rubricVersions).toEqual(['9.9.9']);
      expect(c.mostAlarmist[0]).toMatchObject({ assertionId: ids.reports, alarmism: 95 });
      // Assertions with no score under 9.9.9 are not reviewable.
      const r = await review(ids.rahimi40, { decision: 'dismiss' }).expect(409);
      expect(r.body.message).toMatch(/Not scored under the article's current rubric/);
    });
  });

  describe("a party's own account", () => {
    it("ranks a military outlet's unsourced claim as an own-voice claim, like a newspaper's", async () => {
      const id = await upload({
        text: 'A coalition patrol cleared a road near Pul-e Khumri on Sunday.',
        title: 'Patrol',
        outlet: 'Coalition Press Desk',
        outletType: 'military',
        publishedAt: '2024-02-01',
      });
      const assertionId = await byText(id, 'A coalition patrol');
      const item = (await queue({ articleId: id })).items.find((i) => i.assertionId === assertionId)!;
      expect(item.signals.map((s) => s.id)).toContain('party-own-account');
      expect(item.priority.reasons).toContain("unsourced claim in the outlet's own voice");
    });
  });
});
