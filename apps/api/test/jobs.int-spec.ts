import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { scoreDocument } from '@auditor/scoring';
import { PrismaService } from '../src/database/prisma.service';
import { ArticleScoringService } from '../src/jobs/article-scoring.service';
import { JobQueue } from '../src/jobs/job-queue.service';
import { SCORE_ARTICLE } from '../src/jobs/job-names';
import { viaPrisma } from '../src/database/sql';
import { ADMIN, bootApp, eventually, login, resetDatabase, TestApp } from './support/app';

// Scoring jobs: idempotent writes, retries after a crash inside the transaction, and a final
// failure that keeps the previous scores.
const seed = readFileSync(resolve(__dirname, '../../../../shared/seeds/003_52405558d12fdc3c.txt'), 'utf8');
const expected = scoreDocument(seed, { outletType: 'media' }).assertions.length;

describe('scoring jobs', () => {
  let t: TestApp;
  let prisma: PrismaService;
  let scoring: ArticleScoringService;

  beforeAll(async () => {
    await resetDatabase();
    t = await bootApp({ WORKER_MODE: 'inline', JOB_RETRY_LIMIT: '2' });
    prisma = t.app.get(PrismaService);
    scoring = t.app.get(ArticleScoringService);
  });
  afterAll(() => t.close());
  afterEach(() => {
    scoring.beforeCommit = undefined;
  });

  async function article(suffix: string) {
    const outlet = await prisma.outlet.upsert({
      where: { name: 'Daily Outlook Afghanistan' },
      create: { name: 'Daily Outlook Afghanistan', type: 'media' },
      update: {},
    });
    const text = `${seed}\n\n${suffix}`;
    return prisma.article.create({
      data: { text, format: 'text', contentHash: createHash('sha256').update(text).digest('hex'), outletId: outlet.id },
    });
  }
  const counts = async (articleId: string) => ({
    assertions: await prisma.assertion.count({ where: { articleId } }),
    scores: await prisma.score.count({ where: { assertion: { articleId } } }),
  });

  it('writes each assertion and score once, however often the job runs', async () => {
    const a = await article('Run twice.');
    const first = await scoring.score(a.id);
    const second = await scoring.score(a.id);
    expect(first?.created).toBe(expected + 1);
    expect(second?.created).toBe(0);
    expect(await counts(a.id)).toEqual({ assertions: expected + 1, scores: expected + 1 });
    const row = await prisma.article.findUniqueOrThrow({ where: { id: a.id } });
    expect(row.status).toBe('scored');
    expect(row.rubricVersion).toBeTruthy();
  });

  it('leaves out an article deleted while it was queued, and scores the rest of its batch', async () => {
    const kept = await article('Kept in the batch.');
    const gone = await article('Deleted while queued.');
    await prisma.article.delete({ where: { id: gone.id } });
    const outcomes = await scoring.scoreMany([{ articleId: gone.id }, { articleId: kept.id }]);
    expect(outcomes.map((o) => o.articleId)).toEqual([kept.id]);
    expect(await counts(kept.id)).toEqual({ assertions: expected + 1, scores: expected + 1 });
    expect(await scoring.score(gone.id)).toBeNull();
  });

  it('leaves nothing half-written when the process dies inside the transaction', async () => {
    const a = await article('Crash once.');
    scoring.beforeCommit = () => {
      throw new Error('simulated crash before commit');
    };
    await expect(scoring.score(a.id)).rejects.toThrow('simulated crash');
    expect(await counts(a.id)).toEqual({ assertions: 0, scores: 0 });
  });

  it('retries a job that crashed and ends with exactly one copy', async () => {
    const a = await article('Retry me.');
    let attempts = 0;
    scoring.beforeCommit = (id) => {
      if (id === a.id && attempts++ === 0) throw new Error('simulated crash on first attempt');
    };
    await t.app.get(JobQueue).send(SCORE_ARTICLE, { articleId: a.id }, a.id);
    await eventually(
      async () => (await prisma.article.findUnique({ where: { id: a.id } }))?.status === 'scored',
      20_000,
    );
    expect(attempts).toBe(2);
    expect(await counts(a.id)).toEqual({ assertions: expected + 1, scores: expected + 1 });
  });

  it('marks a job that keeps failing as failed and keeps the previous scores', async () => {
    const a = await article('Fail for good.');
    await scoring.score(a.id);
    const before = await counts(a.id);
    scoring.beforeCommit = (id) => {
      if (id === a.id) throw new Error('scoring keeps failing');
    };
    await t.app.get(JobQueue).send(SCORE_ARTICLE, { articleId: a.id }, a.id);
    const failed = await eventually(async () => {
      const row = await prisma.article.findUnique({ where: { id: a.id } });
      return row?.status === 'failed' ? row : null;
    }, 30_000);
    expect(failed.error).toMatch(/scoring keeps failing/);
    expect(failed.rubricVersion).toBeTruthy();
    expect(await counts(a.id)).toEqual(before);
  });

  it('scores a queue in batches, one transaction each, and a batch holding a bad article one by one', async () => {
    const articles = await Promise.all(['Batch one.', 'Batch two.', 'Batch three.', 'Batch four.'].map(article));
    const bad = await article('Batch poison.');
    scoring.beforeCommit = (id) => {
      if (id === bad.id) throw new Error('this article cannot be stored');
    };
    const queue = t.app.get(JobQueue);
    // All queued by one commit, as a rescore or a burst of uploads leaves them for the worker.
    await prisma.$transaction(async (tx) => {
      await queue.sendVia(
        viaPrisma(tx),
        SCORE_ARTICLE,
        [...articles, bad].map((a) => ({ data: { articleId: a.id }, singletonKey: a.id })),
      );
    });
    queue.wakeAfterCommit(SCORE_ARTICLE);
    const ids = articles.map((a) => a.id);
    const done = await eventually(async () => {
      const rows = await prisma.article.findMany({ where: { id: { in: [...ids, bad.id] } } });
      return rows.every((r) => r.status === 'scored' || r.status === 'failed') ? rows : null;
    }, 30_000);
    expect(done.filter((r) => r.status === 'failed').map((r) => r.id)).toEqual([bad.id]);
    for (const id of ids) expect(await counts(id)).toEqual({ assertions: expected + 1, scores: expected + 1 });
    expect(await counts(bad.id)).toEqual({ assertions: 0, scores: 0 });
    // One audit entry per article, and each scored article's grouping queued.
    const audits = await prisma.auditLog.findMany({ where: { action: 'article.scored', entityId: { in: ids } } });
    expect(audits.map((x) => x.entityId).sort()).toEqual([...ids].sort());
    await eventually(
      async () =>
        (await prisma.claimMembership.groupBy({ by: ['articleId'], where: { articleId: { in: ids } } })).length ===
        ids.length,
      30_000,
    );
  });

  it('shares cited sources across articles and records aliases', async () => {
    const text = 'The International Security Assistance Force said two men were detained in Kunduz on Monday.';
    const other = 'ISAF said a weapons cache was found near Imam Sahib.';
    for (const t2 of [text, other]) {
      const a = await prisma.article.create({
        data: { text: t2, format: 'text', contentHash: createHash('sha256').update(t2).digest('hex') },
      });
      await scoring.score(a.id);
    }
    const isaf = await prisma.citedSource.findMany({ where: { canonicalName: 'ISAF' } });
    expect(isaf).toHaveLength(1);
    expect(isaf[0].type).toBe('military');
    expect(isaf[0].aliases).toContain('ISAF');
    expect(isaf[0].aliases.some((x) => /International Security Assistance Force/.test(x))).toBe(true);
    expect(await prisma.attribution.count({ where: { citedSourceId: isaf[0].id } })).toBe(2);
  });

  // Written for this test: vague attributions in two cases, a named ministry in two cases.
  it('makes no cited source of a vague attribution, and one of the case variants of a name', async () => {
    const texts = [
      'Reports say a convoy was ambushed near Baghlan. The Interior Ministry said two police officers were wounded in the attack on Friday.',
      'Fighters were reportedly seen near the pass. A supply depot is believed to have burned. The interior ministry said the pass was reopened on Sunday. Initial reports indicate that reports of the fire were exaggerated.',
    ];
    const articleIds: string[] = [];
    for (const text of texts) {
      const a = await prisma.article.create({
        data: { text, format: 'text', contentHash: createHash('sha256').update(text).digest('hex') },
      });
      await scoring.score(a.id);
      articleIds.push(a.id);
    }
    const named = await prisma.citedSource.findMany({
      where: { canonicalName: { equals: 'interior ministry', mode: 'insensitive' } },
    });
    expect(named).toHaveLength(1);
    expect(named[0]).toMatchObject({ type: 'official', named: true });
    expect(named[0].aliases).toEqual(expect.arrayContaining(['The Interior Ministry', 'The interior ministry']));
    expect(await prisma.attribution.count({ where: { citedSourceId: named[0].id } })).toBe(2);

    const vague = await prisma.citedSource.findMany({
      where: {
        OR: ['reports', 'reportedly', 'is believed to', 'Initial reports'].map((n) => ({
          canonicalName: { equals: n, mode: 'insensitive' as const },
        })),
      },
    });
    expect(vague).toEqual([]);
    expect(await prisma.citedSource.count({ where: { type: 'anonymous' } })).toBe(0);

    // Over HTTP: the vague assertions keep provenance `anonymous` and their signal, with no attribution row.
    const token = await login(t.http, ADMIN.email, ADMIN.password);
    const views = [];
    for (const id of articleIds)
      views.push(
        ...(await t.http.get(`/api/articles/${id}/assertions`).set('Authorization', `Bearer ${token}`).expect(200)).body
          .assertions,
      );
    const anonymous = views.filter((v: { provenance: string }) => v.provenance === 'anonymous');
    expect(anonymous.map((v: { text: string }) => v.text.slice(0, 20))).toEqual([
      'Reports say a convoy',
      'Fighters were report',
      'A supply depot is be',
      'Initial reports indi',
    ]);
    for (const v of anonymous) {
      expect(v.attribution).toBeNull();
      expect(v.signals).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'anonymous-source' })]));
    }
    const ministry = views.filter(
      (v: { attribution: { citedSourceId: string } | null }) => v.attribution?.citedSourceId === named[0].id,
    );
    expect(ministry).toHaveLength(2);
  });
});
