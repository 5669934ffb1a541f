import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bootApp, eventually, resetDatabase, TestApp } from './support/app';
import { createUserAndLogin } from './support/users';
import { CLEAR_MARGIN } from '../../eval/src/seed-ranking';

// Report cards over the real corpus: the five seeds and the 724 ISAF press releases, imported
// through the CLI's code path. The data is read from ../shared at run time, never copied.
const shared = resolve(__dirname, '../../../../shared');
const seedOutlets = (
  JSON.parse(readFileSync(join(shared, 'seeds', 'INDEX.json'), 'utf8')) as Array<{ outlet: string }>
).map((s) => s.outlet);

interface ListItem {
  id: string;
  kind: string;
  name: string;
  assertions: number;
}

interface Card {
  id: string;
  name: string;
  sample: { articles: number; assertions: number; smallSample: boolean };
  provenance: Record<string, number>;
  alarmism: { mean: number | null; ci95: [number, number] | null };
  sourcingQuality: { mean: number | null; ci95: [number, number] | null };
  shares: { unverifiable: { count: number; share: number | null } };
  reliability: { credibility: { counts: Record<string, number> } };
  pendingRefresh: number;
}

/** The provenance with the largest count, whether it is strictly ahead of every other, and the mix (shown on failure). */
function dominant(mix: Record<string, number>): { top: string; strict: boolean; mix: Record<string, number> } {
  const sorted = Object.entries(mix).sort((a, b) => b[1] - a[1]);
  return { top: sorted[0]![0], strict: sorted[0]![1] > (sorted[1]?.[1] ?? 0), mix };
}

jest.setTimeout(900_000);

describe('report cards over the seeds and the ISAF press releases', () => {
  let t: TestApp;
  let viewer: string;
  const auth = () => ({ Authorization: `Bearer ${viewer}` });
  const list = async (query: Record<string, string | number>) =>
    (
      await t.http
        .get('/api/sources')
        .query({ pageSize: 100, ...query })
        .set(auth())
        .expect(200)
    ).body as { items: ListItem[]; total: number };
  const card = async (id: string) =>
    (await t.http.get(`/api/sources/${id}/report`).set(auth()).expect(200)).body as Card;

  beforeAll(async () => {
    await resetDatabase();
    const { runImport } = await import('../../cli/src/commands/import');
    const seeds = await runImport(join(shared, 'seeds'), { progress: false });
    expect(seeds).toMatchObject({ imported: 5, failed: 0, scored: 5, scoringFailed: 0 });
    const releases = await runImport(join(shared, 'corpora', 'isaf-press-releases.jsonl'), { progress: false });
    expect(releases).toMatchObject({ failed: 0, scoringFailed: 0 });
    expect(releases.scored).toBe(releases.imported);

    t = await bootApp();
    viewer = (await createUserAndLogin(t.app, t.http, 'viewer')).token;

    // A read refreshes at most two batches of queued articles and reports what is still queued
    // (pendingRefresh); after a bulk import, read until the queue is empty so every figure is final.
    const any = await eventually(async () => (await list({ kind: 'outlet' })).items[0], 60_000);
    await eventually(async () => (await card(any.id)).pendingRefresh === 0, 300_000);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('lists all six outlets', async () => {
    const names = (await list({ kind: 'outlet' })).items.map((i) => i.name);
    expect(names.sort()).toEqual([...seedOutlets, 'ISAF Joint Command'].sort());
  });

  it("ISAF Joint Command's provenance mix is dominated by military", async () => {
    const { items } = await list({ kind: 'outlet', q: 'ISAF Joint Command' });
    const item = items.find((i) => i.name === 'ISAF Joint Command');
    expect(item).toBeDefined();
    const c = await card(item!.id);
    expect(c.sample.smallSample).toBe(false);
    expect(dominant(c.provenance)).toMatchObject({ top: 'military', strict: true });
  });

  it('ranks Daily Outlook Afghanistan the most alarmist seed outlet and AAN the least', async () => {
    const { items } = await list({ kind: 'outlet' });
    const cards: Card[] = [];
    for (const name of seedOutlets) {
      const item = items.find((i) => i.name === name);
      expect(item).toBeDefined();
      cards.push(await card(item!.id));
    }
    // Highest first; the figures are in the strings so a failure shows the whole ranking.
    const means = cards.map((c) => c.alarmism.mean!).sort((a, b) => b - a);
    const ranked = [...cards]
      .sort((a, b) => b.alarmism.mean! - a.alarmism.mean!)
      .map((c) => `${c.name}: ${c.alarmism.mean}`);
    expect(ranked[0]).toMatch(/^Daily Outlook Afghanistan: /);
    expect(ranked[ranked.length - 1]).toMatch(/^Afghanistan Analysts Network/);
    // Strict: no tie at either end.
    expect(means[0]).toBeGreaterThan(means[1]!);
    expect(means[means.length - 1]).toBeLessThan(means[means.length - 2]!);
  });

  it('ranks Daily Outlook Afghanistan the worst-sourced outlet, clearly below every other seed outlet and the ISAF press office, with most claims unverifiable', async () => {
    const { items } = await list({ kind: 'outlet' });
    const cards: Card[] = [];
    for (const name of [...seedOutlets, 'ISAF Joint Command']) {
      const item = items.find((i) => i.name === name);
      expect(item).toBeDefined();
      cards.push(await card(item!.id));
    }
    // Lowest first; the figures are in the strings so a failure shows the whole ranking.
    const sorted = [...cards].sort((a, b) => a.sourcingQuality.mean! - b.sourcingQuality.mean!);
    const ranked = sorted.map(
      (c) => `${c.name}: ${c.sourcingQuality.mean} (unverifiable ${c.shares.unverifiable.share})`,
    );
    expect(ranked[0]).toMatch(/^Daily Outlook Afghanistan: /);
    const [daily, next] = sorted;
    const gap = next!.sourcingQuality.mean! - daily!.sourcingQuality.mean!;
    expect({ clear: gap >= CLEAR_MARGIN, gap, ranked }).toMatchObject({ clear: true });
    // Its claims have no source, reference or evidence: most cannot be judged (credibility 6).
    expect(daily!.shares.unverifiable.share).toBeGreaterThan(0.5);
    expect(daily!.reliability.credibility.counts['3'] ?? 0).toBe(0);
  });

  it('makes no report card of a vague attribution', async () => {
    // The releases use each of these dozens of times ("Initial reports indicate …").
    for (const q of ['reportedly', 'is believed to', 'Initial reports', 'intelligence tips', 'intelligence reports']) {
      const same = (await list({ kind: 'cited', q })).items
        .map((i) => i.name)
        .filter((n) => n.toLowerCase() === q.toLowerCase());
      expect({ q, same }).toEqual({ q, same: [] });
    }
  });

  it('the cited source ISAF exists and its provenance mix is dominated by military', async () => {
    const { items } = await list({ kind: 'cited', q: 'ISAF' });
    const isaf = items.find((i) => i.name === 'ISAF');
    expect(isaf).toBeDefined();
    expect(isaf!.id).toMatch(/^cited:/);
    const c = await card(isaf!.id);
    expect(dominant(c.provenance)).toMatchObject({ top: 'military', strict: true });
  });
});
