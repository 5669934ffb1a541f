import { randomUUID } from 'node:crypto';
import type { AuditLogEntry } from '@auditor/contracts';
import type { PrismaService } from '../src/database/prisma.service';
import { bootApp, resetDatabase, TestApp } from './support/app';
import { createUserAndLogin, SignedInTestUser } from './support/users';

type Entry = AuditLogEntry;

describe('audit log', () => {
  let t: TestApp;
  let prisma: PrismaService;
  let admin: SignedInTestUser;
  let reviewer: SignedInTestUser;
  let viewer: SignedInTestUser;
  const entity = randomUUID();
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const list = async (query: Record<string, string | number>) =>
    (await t.http.get('/api/audit').query(query).set(auth(admin.token)).expect(200)).body as {
      items: Entry[];
      total: number;
      page: number;
      pageSize: number;
    };

  beforeAll(async () => {
    await resetDatabase();
    t = await bootApp();
    const { PrismaService: Prisma } = await import('../src/database/prisma.service');
    prisma = t.app.get(Prisma);
    admin = await createUserAndLogin(t.app, t.http, 'admin');
    reviewer = await createUserAndLogin(t.app, t.http, 'reviewer');
    viewer = await createUserAndLogin(t.app, t.http, 'viewer');
    // Entries written as the services write them (INSERT is allowed; the trigger refuses UPDATE/DELETE), at known times.
    const rows = [
      {
        at: new Date('2024-01-10T12:00:00Z'),
        actorId: reviewer.user.id,
        action: 'review.confirm',
        entityType: 'assertion',
        entityId: entity,
        after: { decision: 'confirm' },
        requestId: 'r1',
      },
      {
        at: new Date('2024-01-11T09:00:00Z'),
        actorId: reviewer.user.id,
        action: 'review.override',
        entityType: 'assertion',
        entityId: entity,
        before: { alarmism: 60 },
        after: { alarmism: 10 },
        requestId: 'r2',
      },
      {
        at: new Date('2024-01-12T23:59:00Z'),
        actorId: admin.user.id,
        action: 'review.dismiss',
        entityType: 'assertion',
        entityId: randomUUID(),
      },
      {
        at: new Date('2024-02-01T00:00:00Z'),
        actorId: admin.user.id,
        action: 'article.deleted',
        entityType: 'article',
        entityId: randomUUID(),
      },
      { at: new Date('2024-02-02T00:00:00Z'), actorId: null, action: 'reviewer.note', entityType: 'other' },
    ];
    for (const r of rows) await prisma.auditLog.create({ data: r });
  });
  afterAll(() => t.close());

  it('is for admins only', async () => {
    await t.http.get('/api/audit').expect(401);
    for (const who of [viewer, reviewer]) {
      const r = await t.http.get('/api/audit').set(auth(who.token)).expect(403);
      expect(r.body.message).toMatch(/needs the admin role/);
    }
  });

  it('lists newest first with string ids, actors, before and after', async () => {
    const all = await list({ entityType: 'assertion' });
    expect(all).toMatchObject({ total: 3, page: 1, pageSize: 20 });
    expect(all.items.map((e) => e.action)).toEqual(['review.dismiss', 'review.override', 'review.confirm']);
    expect(all.items[1]).toEqual({
      id: expect.stringMatching(/^\d+$/),
      at: '2024-01-11T09:00:00.000Z',
      actor: { id: reviewer.user.id, email: reviewer.user.email },
      action: 'review.override',
      entityType: 'assertion',
      entityId: entity,
      before: { alarmism: 60 },
      after: { alarmism: 10 },
      requestId: 'r2',
    });
    expect((await list({ action: 'reviewer.note' })).items[0]).toMatchObject({ actor: null, before: null });
  });

  it('filters by actor, action (exact or prefix), entity and date, and pages', async () => {
    // (Signing in is audited too, so actor filters are combined with the entity type here.)
    expect((await list({ actorId: reviewer.user.id, entityType: 'assertion' })).items.map((e) => e.requestId)).toEqual([
      'r2',
      'r1',
    ]);
    expect((await list({ actor: reviewer.user.email.toUpperCase(), entityType: 'assertion' })).total).toBe(2);
    expect((await list({ actorId: reviewer.user.id })).items.every((e) => e.actor?.id === reviewer.user.id)).toBe(true);
    expect((await list({ actor: 'nobody@example.test' })).total).toBe(0);
    expect((await list({ action: 'review.override' })).items.map((e) => e.requestId)).toEqual(['r2']);
    // "review.*" is a prefix on the dot: reviewer.note is not a review.
    expect((await list({ action: 'review.*' })).items.map((e) => e.action)).toEqual([
      'review.dismiss',
      'review.override',
      'review.confirm',
    ]);
    expect((await list({ action: 'review.*', actorId: admin.user.id })).items.map((e) => e.action)).toEqual([
      'review.dismiss',
    ]);
    expect((await list({ entityType: 'assertion', entityId: entity })).total).toBe(2);
    expect((await list({ from: '2024-01-11', to: '2024-01-12' })).items.map((e) => e.action)).toEqual([
      'review.dismiss',
      'review.override',
    ]);
    expect((await list({ from: '2024-01-11T10:00:00Z', entityType: 'assertion' })).items.map((e) => e.action)).toEqual([
      'review.dismiss',
    ]);
    const page = await list({ entityType: 'assertion', page: 2, pageSize: 2 });
    expect(page).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page.items.map((e) => e.action)).toEqual(['review.confirm']);
  });

  it('refuses malformed filters with a readable 400', async () => {
    for (const [query, message] of [
      ['actorId=me', /actorId must be a UUID/],
      ['action=review.%25', /action must be an action such as review.override/],
      ['from=yesterday', /from must be a date/],
      ['from=2024-02-01&to=2024-01-01', /from must not be after to/],
      ['pageSize=500', /pageSize must not be greater than 100/],
      ['sort=at', /property sort should not exist/],
    ] as const) {
      const r = await t.http.get(`/api/audit?${query}`).set(auth(admin.token)).expect(400);
      expect(JSON.stringify(r.body.message)).toMatch(message);
    }
  });
});
