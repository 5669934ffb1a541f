import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentOptions, ScoredAssertion, scoreDocument } from '@auditor/scoring';
import { parsePartialDate, pressReleases, seedIndex, sharedDir } from './datasets';

export interface SeedScore {
  file: string;
  outlet: string;
  assertions: number;
  alarmism: number;
  sourcingQuality: number;
  /** Half-width of the 95% confidence interval of the sourcing mean (normal approximation). */
  sourcingCi95: number;
  /** Share of assertions with Admiralty credibility 6, "truth cannot be judged" (what report cards call unverifiable). */
  unverifiable: number;
  /** Admiralty grades by count, most frequent first ("C6": 36). */
  grades: Record<string, number>;
}

/**
 * A gap on the sourcing index counts as clear when it is at least this many points and wider than
 * the 95% interval of the Daily Outlook mean: one specific detail is worth 5 points, so a smaller
 * gap could flip on a single sentence's details.
 */
export const CLEAR_MARGIN = 5;

function summarise(file: string, outlet: string, assertions: readonly ScoredAssertion[]): SeedScore {
  const n = assertions.length;
  const mean = (f: (a: ScoredAssertion) => number) => (n ? assertions.reduce((s, a) => s + f(a), 0) / n : 0);
  const sq = mean((a) => a.scores.sourcingQuality);
  const variance = n > 1 ? assertions.reduce((s, a) => s + (a.scores.sourcingQuality - sq) ** 2, 0) / (n - 1) : 0;
  const counts = new Map<string, number>();
  for (const a of assertions) counts.set(a.admiralty, (counts.get(a.admiralty) ?? 0) + 1);
  return {
    file,
    outlet,
    assertions: n,
    alarmism: mean((a) => a.scores.alarmism),
    sourcingQuality: sq,
    sourcingCi95: n > 1 ? 1.96 * Math.sqrt(variance / n) : 0,
    unverifiable: mean((a) => (a.admiralty.endsWith('6') ? 1 : 0)),
    grades: Object.fromEntries([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))),
  };
}

/** Mean scores of each seed article, scored with its INDEX.json metadata. */
export function seedScores(shared = sharedDir()): SeedScore[] {
  return seedIndex(shared).map((meta) => {
    const text = readFileSync(join(shared, 'seeds', meta.file), 'utf8');
    const doc = scoreDocument(text, {
      outletType: meta.outletType,
      publishedAt: parsePartialDate(meta.published),
      author: meta.author ?? undefined,
    });
    return summarise(meta.file, meta.outlet, doc.assertions);
  });
}

/**
 * The ISAF press releases as their outlet's report card would pool them: every assertion of every
 * release, scored as a military outlet's own publication (the way labelledDocuments scores them).
 */
export function releaseScore(shared = sharedDir()): SeedScore {
  const assertions: ScoredAssertion[] = [];
  for (const r of pressReleases(shared)) {
    const opts: DocumentOptions = { outletType: 'military', publishedAt: parsePartialDate(r.eventDate) };
    assertions.push(...scoreDocument(r.text, opts).assertions);
  }
  return summarise('isaf-press-releases.jsonl', 'ISAF Joint Command (press releases)', assertions);
}

const fmt = (v: number) => v.toFixed(1);

/**
 * The ordering checks: 003 most alarmist and worst-sourced, 004 least alarmist; and, with
 * the releases beside the seeds, the Daily Outlook op-ed (no sources at all) below every other
 * seed outlet and the ISAF press office by a clear margin, with most of its claims unverifiable.
 */
export function rankingChecks(
  scores: readonly SeedScore[],
  releases: SeedScore = releaseScore(),
): { name: string; ok: boolean }[] {
  const by = (prefix: string) => scores.find((s) => s.file.startsWith(prefix))!;
  const daily = by('003');
  const aan = by('004');
  const rivals = [...scores.filter((s) => s !== daily), releases];
  const next = rivals.reduce((a, b) => (b.sourcingQuality < a.sourcingQuality ? b : a));
  const gap = next.sourcingQuality - daily.sourcingQuality;
  const needed = Math.max(CLEAR_MARGIN, daily.sourcingCi95);
  return [
    {
      name: 'Daily Outlook (003) is the most alarmist seed',
      ok: scores.every((s) => s === daily || s.alarmism < daily.alarmism),
    },
    {
      name: 'Daily Outlook (003) is the worst-sourced seed',
      ok: scores.every((s) => s === daily || s.sourcingQuality > daily.sourcingQuality),
    },
    { name: 'AAN (004) is the least alarmist seed', ok: scores.every((s) => s === aan || s.alarmism > aan.alarmism) },
    {
      name: `Daily Outlook (003) is worst-sourced among the seeds and the ISAF releases by a clear margin: ${fmt(daily.sourcingQuality)} ± ${fmt(daily.sourcingCi95)}, next ${fmt(next.sourcingQuality)} (${next.outlet.slice(0, 40)}), ISAF releases ${fmt(releases.sourcingQuality)}; gap ${fmt(gap)} ≥ ${fmt(needed)}`,
      ok: gap >= needed,
    },
    {
      name: `Most of Daily Outlook's (003) claims are unverifiable (credibility 6): ${(daily.unverifiable * 100).toFixed(0)}% > 50% (ISAF releases ${(releases.unverifiable * 100).toFixed(0)}%)`,
      ok: daily.unverifiable > 0.5,
    },
  ];
}
