import { randomUUID } from 'node:crypto';
import type { AssertionComment, AssignResult, Page, QueueItem, SavedFilter, SourceOption } from '@auditor/contracts';
import type { PrismaService } from '../src/database/prisma.service';
import { bootApp, eventually, resetDatabase, TestApp } from './support/app';
import { createUserAndLogin } from './support/users';

// Written for this test: two paragraphs, so the queue's context must stop at the paragraph's edge.
const TEXT =
  'The district council met in Kunduz on Monday. Officials said the meeting lasted four hours.\n\n' +
  'The governor said the road to Kunduz was reopened after repairs. Reports say hundreds of foreign fighters are gathering in the north. ' +
  'Sources say the militants will surely launch a wave of attacks.\n\n' +
  'The International Security Assistance Force said two patrols were attacked near the river.';

type Who = 'viewer' | 'analyst' | 'reviewer' | 'reviewer2' | 'admin';

describe('review workflow: context, source names, assignments, comments, saved filters', () => {
  let t: TestApp;
  let prisma: PrismaService;
  const tokens = {} as Record<Who, string>;
  const users = {} as Record<Who, { id: string; email: string }>;
  let articleId: string;
  let outletId: string;
  let reports: string;
  let sources: string;
  const auth = (who: Who) => ({ Authorization: `Bearer ${tokens[who]}` });
  const queue = async (query: Record<string, string> = {}, who: Who = 'reviewer') =>
    (
      await t.http
        .get('/api/reviews/queue')
        .query({ pageSize: 100, ...query })
        .set(auth(who))
        .expect(200)
    ).body as Page<QueueItem>;
  const assign = (assertionIds: string[], assigneeId: string | null, who: Who = 'reviewer') =>
    t.http.put('/api/reviews/assignments').set(auth(who)).send({ assertionIds, assigneeId });
  const auditRows = (action: string) => prisma.auditLog.findMany({ where: { action }, orderBy: { id: 'asc' } });

  beforeAll(async () => {
    await resetDatabase();
    t = await bootApp();
    const { PrismaService: Prisma } = await import('../src/database/prisma.service');
    prisma = t.app.get(Prisma);
    for (const [who, role] of [
      ['viewer', 'viewer'],
      ['analyst', 'analyst'],
      ['reviewer', 'reviewer'],
      ['reviewer2', 'reviewer'],
      ['admin', 'admin'],
    ] as const) {
      const u = await createUserAndLogin(t.app, t.http, role);
      tokens[who] = u.token;
      users[who] = { id: u.user.id, email: u.user.email };
    }
    const r = await t.http
      .post('/api/articles')
      .set(auth('analyst'))
      .send({
        text: TEXT,
        title: 'Road reopens',
        outlet: 'Northern Wire',
        outletType: 'media',
        publishedAt: '2024-01-15',
      })
      .expect(202);
    articleId = r.body.id as string;
    await eventually(
      async () => (await t.http.get(`/api/articles/${articleId}`).set(auth('analyst'))).body.status === 'scored',
      30_000,
    );
    outletId = (await prisma.outlet.findUniqueOrThrow({ where: { name: 'Northern Wire' } })).id;
    const byText = async (start: string) =>
      (await prisma.assertion.findFirstOrThrow({ where: { articleId, text: { startsWith: start } } })).id;
    reports = await byText('Reports say');
    sources = await byText('Sources say');
  }, 120_000);
  afterAll(() => t.close());

  it('shows each queue item inside its own paragraph, and no further', async () => {
    const item = (await queue({ articleId })).items.find((i) => i.assertionId === reports)!;
    expect(item.context).toEqual({
      before: 'The governor said the road to Kunduz was reopened after repairs. ',
      after: ' Sources say the militants will surely launch a wave of attacks.',
      clippedBefore: false,
      clippedAfter: false,
    });
    expect(item.assignment).toBeNull();
    expect(item.comments).toBe(0);
    // The article's first and last paragraphs are whole, not clipped, at the text's edges.
    const items = (await queue({ articleId, includeReviewed: 'true' })).items;
    expect(items.find((i) => i.text.startsWith('Officials said'))?.context).toEqual({
      before: 'The district council met in Kunduz on Monday. ',
      after: '',
      clippedBefore: false,
      clippedAfter: false,
    });
    expect(items.find((i) => i.text.startsWith('The International Security'))?.context).toEqual({
      before: '',
      after: '',
      clippedBefore: false,
      clippedAfter: false,
    });
  });

  describe('source names', () => {
    it('finds outlets and cited sources by name or alias, for any signed-in user', async () => {
      await t.http.get('/api/source-names').query({ q: 'north' }).expect(401);
      const outlets = (await t.http.get('/api/source-names').query({ q: 'north' }).set(auth('viewer')).expect(200))
        .body as SourceOption[];
      expect(outlets).toContainEqual({
        id: `outlet:${outletId}`,
        kind: 'outlet',
        name: 'Northern Wire',
        type: 'media',
        matchedAlias: null,
      });
      const isaf = (
        await t.http.get('/api/source-names').query({ q: 'security assistance', kind: 'cited' }).set(auth('viewer'))
      ).body as SourceOption[];
      expect(isaf[0]).toMatchObject({ kind: 'cited', name: 'ISAF' });
      expect(isaf.every((o) => o.kind === 'cited')).toBe(true);
      // LIKE wildcards in the words are text.
      expect((await t.http.get('/api/source-names').query({ q: '%' }).set(auth('viewer'))).body).toEqual([]);
      const named = (
        await t.http
          .get('/api/source-names')
          .query({ ids: `cited:${randomUUID()},outlet:${outletId}` })
          .set(auth('viewer'))
          .expect(200)
      ).body as SourceOption[];
      expect(named.map((o) => o.name)).toEqual(['Northern Wire']);
    });

    it('answers 400 without words or with malformed ids', async () => {
      const none = await t.http.get('/api/source-names').set(auth('viewer')).expect(400);
      expect(none.body.message).toMatch(/Give q/);
      const bad = await t.http.get('/api/source-names').query({ ids: 'outlet:nope' }).set(auth('viewer')).expect(400);
      expect(bad.body.message).toMatch(/Malformed source id/);
      await t.http.get('/api/source-names').query({ q: 'x', limit: 500 }).set(auth('viewer')).expect(400);
    });
  });

  describe('assignments', () => {
    it('lists active reviewers and admins as possible assignees, to reviewers only', async () => {
      await t.http.get('/api/reviews/reviewers').set(auth('analyst')).expect(403);
      const list = (await t.http.get('/api/reviews/reviewers').set(auth('reviewer')).expect(200)).body as Array<{
        id: string;
      }>;
      const ids = list.map((u) => u.id);
      expect(ids).toEqual(expect.arrayContaining([users.reviewer.id, users.reviewer2.id, users.admin.id]));
      expect(ids).not.toContain(users.analyst.id);
    });

    it('needs the reviewer role, a reviewer as assignee and known assertions; writes nothing otherwise', async () => {
      await t.http
        .put('/api/reviews/assignments')
        .send({ assertionIds: [reports], assigneeId: null })
        .expect(401);
      await assign([reports], users.reviewer.id, 'analyst').expect(403);
      expect((await assign([reports], users.analyst.id).expect(400)).body.message).toMatch(
        /only be assigned to reviewers and admins/,
      );
      expect((await assign([reports], randomUUID()).expect(404)).body.message).toMatch(/not found \(assigneeId\)/);
      const missing = randomUUID();
      expect((await assign([reports, missing], users.reviewer.id).expect(404)).body.message).toContain(missing);
      expect((await assign([], users.reviewer.id).expect(400)).body.message).toEqual(
        expect.arrayContaining(['assertionIds must list at least one assertion']),
      );
      const noAssignee = await t.http
        .put('/api/reviews/assignments')
        .set(auth('reviewer'))
        .send({ assertionIds: [reports] })
        .expect(400);
      expect(noAssignee.body.message).toEqual(
        expect.arrayContaining(['assigneeId must be the id of a reviewer, or null to unassign']),
      );
      expect(await prisma.reviewAssignment.count()).toBe(0);
      expect(await auditRows('assignment.set')).toHaveLength(0);
    });

    it('assigns in one batch, audited per assertion, and the "mine" view shows exactly those', async () => {
      const r = (await assign([reports, sources], users.reviewer2.id, 'reviewer').expect(200)).body as AssignResult;
      expect(r.changed).toBe(2);
      expect(r.assignments[0]!.assignment).toMatchObject({
        assignee: users.reviewer2,
        assignedBy: users.reviewer,
      });
      const audit = await auditRows('assignment.set');
      expect(audit.map((a) => a.entityId).sort()).toEqual([reports, sources].sort());
      expect(audit[0]).toMatchObject({
        actorId: users.reviewer.id,
        entityType: 'assertion',
        before: null,
        after: { assigneeId: users.reviewer2.id, assignee: users.reviewer2.email },
      });

      const mine = await queue({ assignee: 'me' }, 'reviewer2');
      expect(mine.items.map((i) => i.assertionId).sort()).toEqual([reports, sources].sort());
      expect(mine.total).toBe(2);
      expect(mine.items[0]!.assignment?.assignee.email).toBe(users.reviewer2.email);
      expect((await queue({ assignee: 'me' }, 'reviewer')).items).toEqual([]);
      expect((await queue({ assignee: users.reviewer2.id }, 'admin')).total).toBe(2);
      const unassigned = await queue({ assignee: 'none', articleId });
      expect(unassigned.items.map((i) => i.assertionId)).not.toContain(reports);
      expect(unassigned.total).toBe((await queue({ articleId })).total - 2);
      const bad = await t.http
        .get('/api/reviews/queue')
        .query({ assignee: 'someone' })
        .set(auth('reviewer'))
        .expect(400);
      expect(bad.body.message).toEqual(expect.arrayContaining(['assignee must be me, none or a user id']));

      // Repeating it changes nothing and audits nothing; reassigning and unassigning do.
      expect(((await assign([reports], users.reviewer2.id).expect(200)).body as AssignResult).changed).toBe(0);
      expect(await auditRows('assignment.set')).toHaveLength(2);
      await assign([reports], users.admin.id, 'reviewer2').expect(200);
      const moved = (await auditRows('assignment.set')).at(-1)!;
      expect(moved).toMatchObject({
        entityId: reports,
        before: { assigneeId: users.reviewer2.id },
        after: { assigneeId: users.admin.id },
      });
      await assign([reports], null).expect(200);
      expect(await auditRows('assignment.cleared')).toHaveLength(1);
      expect((await queue({ assignee: 'me' }, 'reviewer2')).items.map((i) => i.assertionId)).toEqual([sources]);
    });

    it('assigns the first items of a queue view, in queue order', async () => {
      const byFilter = (body: object, who: Who = 'reviewer') =>
        t.http.post('/api/reviews/assignments/by-filter').set(auth(who)).send(body);
      await byFilter({ query: '', limit: 1, assigneeId: null }, 'analyst').expect(403);
      expect((await byFilter({ query: 'page=2', limit: 1, assigneeId: null }).expect(400)).body.message).toMatch(
        /"page"/,
      );
      expect((await byFilter({ query: '', limit: 201, assigneeId: null }).expect(400)).body.message).toEqual(
        expect.arrayContaining(['limit must be a whole number from 1 to 200']),
      );
      const view = `articleId=${articleId}&assignee=none`;
      const expected = (await queue({ articleId, assignee: 'none' })).items.slice(0, 2).map((i) => i.assertionId);
      const before = (await auditRows('assignment.set')).length;
      const r = (await byFilter({ query: view, limit: 2, assigneeId: users.admin.id }).expect(200))
        .body as AssignResult & {
        matched: number;
      };
      expect(r.changed).toBe(2);
      expect(r.matched).toBeGreaterThanOrEqual(2);
      expect(r.assignments.map((a) => a.assertionId)).toEqual(expected);
      expect((await queue({ assignee: 'me' }, 'admin')).items.map((i) => i.assertionId).sort()).toEqual(
        [...expected].sort(),
      );
      expect(await auditRows('assignment.set')).toHaveLength(before + 2);
      // An empty view assigns nothing.
      const none = await byFilter({ query: `articleId=${randomUUID()}`, limit: 5, assigneeId: users.admin.id }).expect(
        200,
      );
      expect(none.body).toEqual({ matched: 0, changed: 0, assignments: [] });
      await assign(expected, null).expect(200);
    });

    it("answers one assertion's assignment to reviewers: null, then the assignee", async () => {
      const one = (who: Who, id = sources) => t.http.get(`/api/reviews/assignments/${id}`).set(auth(who));
      await one('viewer').expect(403);
      await one('reviewer', 'not-a-uuid').expect(400);
      await one('reviewer', randomUUID()).expect(404);
      await assign([sources], null).expect(200);
      expect((await one('reviewer').expect(200)).body).toEqual({ assignment: null });
      await assign([sources], users.reviewer.id).expect(200);
      expect((await one('reviewer').expect(200)).body.assignment.assignee).toEqual({
        id: users.reviewer.id,
        email: users.reviewer.email,
      });
      await assign([sources], null).expect(200);
    });
  });

  describe('comments', () => {
    const post = (body: unknown, who: Who = 'reviewer', id = reports) =>
      t.http
        .post(`/api/assertions/${id}/comments`)
        .set(auth(who))
        .send(body as object);

    it('reviewers write, anyone signed in reads; validated and audited', async () => {
      await t.http.get(`/api/assertions/${reports}/comments`).expect(401);
      await post({ body: 'From an analyst' }, 'analyst').expect(403);
      expect((await post({ body: '   ' }).expect(400)).body.message).toEqual(
        expect.arrayContaining(['body must not be blank']),
      );
      expect((await post({ body: 'x'.repeat(4001) }).expect(400)).body.message).toEqual(
        expect.arrayContaining(['body must be at most 4000 characters']),
      );
      expect((await post({}).expect(400)).body.message).toEqual(expect.arrayContaining(['body must be a string']));
      await post({ body: 'On a missing assertion' }, 'reviewer', randomUUID()).expect(404);
      await t.http.post('/api/assertions/not-a-uuid/comments').set(auth('reviewer')).send({ body: 'x' }).expect(400);
      expect(await prisma.assertionComment.count()).toBe(0);

      const c = (await post({ body: '  "Hundreds" is the ministry\'s figure, not <b>ours</b>.  ' }).expect(201))
        .body as AssertionComment;
      expect(c).toMatchObject({
        assertionId: reports,
        author: users.reviewer,
        body: expect.stringMatching(/^"H.*>\.$/),
      });
      await post({ body: 'x'.repeat(4000) }, 'admin').expect(201);
      const list = (await t.http.get(`/api/assertions/${reports}/comments`).set(auth('viewer')).expect(200))
        .body as AssertionComment[];
      expect(list.map((x) => x.author?.email)).toEqual([users.reviewer.email, users.admin.email]);
      const audit = await auditRows('comment.created');
      expect(audit).toHaveLength(2);
      expect(audit[0]).toMatchObject({
        actorId: users.reviewer.id,
        entityType: 'assertion',
        entityId: reports,
        after: { commentId: c.id, body: c.body },
      });
      expect(
        (await queue({ articleId, includeReviewed: 'true' })).items.find((i) => i.assertionId === reports)!.comments,
      ).toBe(2);
    });
  });

  describe('saved filters', () => {
    const create = (body: object, who: Who = 'reviewer') =>
      t.http.post('/api/reviews/saved-filters').set(auth(who)).send(body);

    it('are the owner’s alone: created, renamed, listed and deleted only by them, audited', async () => {
      await create({ name: 'x', query: '' }, 'analyst').expect(403);
      const f = (
        await create({
          name: '  Mine, anonymous  ',
          query: `?signal=anonymous-source&assignee=me&source=outlet:${outletId}`,
        }).expect(201)
      ).body as SavedFilter;
      expect(f).toMatchObject({
        name: 'Mine, anonymous',
        query: `source=outlet%3A${outletId}&signal=anonymous-source&assignee=me`,
      });
      expect((await create({ name: 'Mine, anonymous', query: '' }).expect(409)).body.message).toMatch(/already have/);
      // The same name is free for someone else, whose list does not show the first one.
      await create({ name: 'Mine, anonymous', query: 'assignee=me' }, 'reviewer2').expect(201);
      const mine = (await t.http.get('/api/reviews/saved-filters').set(auth('reviewer')).expect(200))
        .body as SavedFilter[];
      expect(mine.map((x) => x.id)).toEqual([f.id]);

      // Another reviewer (even an admin) cannot see, change or delete it: 404, like an unknown id.
      await t.http
        .patch(`/api/reviews/saved-filters/${f.id}`)
        .set(auth('reviewer2'))
        .send({ name: 'Hijacked' })
        .expect(404);
      await t.http.delete(`/api/reviews/saved-filters/${f.id}`).set(auth('admin')).expect(404);

      const renamed = (
        await t.http
          .patch(`/api/reviews/saved-filters/${f.id}`)
          .set(auth('reviewer'))
          .send({ name: 'Anonymous' })
          .expect(200)
      ).body as SavedFilter;
      expect(renamed).toMatchObject({ name: 'Anonymous', query: f.query });
      await t.http.delete(`/api/reviews/saved-filters/${f.id}`).set(auth('reviewer')).expect(204);
      expect(await prisma.savedFilter.count({ where: { ownerId: users.reviewer.id } })).toBe(0);

      const actions = (await prisma.auditLog.findMany({ where: { entityId: f.id }, orderBy: { id: 'asc' } })).map(
        (a) => [a.action, a.actorId],
      );
      expect(actions).toEqual([
        ['saved-filter.created', users.reviewer.id],
        ['saved-filter.updated', users.reviewer.id],
        ['saved-filter.deleted', users.reviewer.id],
      ]);
    });

    it('refuses blank or long names and queries the queue would refuse, with the field named', async () => {
      const msg = async (body: object) => (await create(body).expect(400)).body.message as string | string[];
      expect(await msg({ name: ' ', query: '' })).toEqual(expect.arrayContaining(['name must not be blank']));
      expect(await msg({ name: 'n'.repeat(101), query: '' })).toEqual(
        expect.arrayContaining(['name must be at most 100 characters']),
      );
      expect(await msg({ name: 'q', query: 'page=2' })).toMatch(/only hold the queue's filters.*"page"/);
      expect(await msg({ name: 'q', query: 'source=outlet:123' })).toBe(
        'query: source must be outlet:<uuid> or cited:<uuid>',
      );
      expect(await msg({ name: 'q' })).toEqual(expect.arrayContaining(['query must be a string']));
      const f = (await create({ name: 'ok', query: '' }).expect(201)).body as SavedFilter;
      expect(
        (await t.http.patch(`/api/reviews/saved-filters/${f.id}`).set(auth('reviewer')).send({}).expect(400)).body
          .message,
      ).toMatch(/new name, a new query/);
      await t.http.patch('/api/reviews/saved-filters/nope').set(auth('reviewer')).send({ name: 'x' }).expect(400);
      // null is not "unchanged": the fuzz suite once met a 500 here
      for (const body of [{ query: null }, { name: null }]) {
        const r = await t.http.patch(`/api/reviews/saved-filters/${f.id}`).set(auth('reviewer')).send(body).expect(400);
        expect(JSON.stringify(r.body.message)).toMatch(/must be a string/);
      }
    });
  });
});
