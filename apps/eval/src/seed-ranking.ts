import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreDocument } from '@auditor/scoring';
import { parsePartialDate, seedIndex, sharedDir } from './datasets';

export interface SeedScore {
  file: string;
  outlet: string;
  assertions: number;
  alarmism: number;
  sourcingQuality: number;
}

/** Mean scores of each seed article, scored with its INDEX.json metadata. */
export function seedScores(shared = sharedDir()): SeedScore[] {
  return seedIndex(shared).map((meta) => {
    const text = readFileSync(join(shared, 'seeds', meta.file), 'utf8');
    const doc = scoreDocument(text, { outletType: meta.outletType, publishedAt: parsePartialDate(meta.published), author: meta.author ?? undefined });
    return { file: meta.file, outlet: meta.outlet, assertions: doc.summary.assertions, alarmism: doc.summary.alarmism.mean, sourcingQuality: doc.summary.sourcingQuality.mean };
  });
}

/** The ordering checks: 003 most alarmist and worst-sourced, 004 least alarmist. */
export function rankingChecks(scores: readonly SeedScore[]): { name: string; ok: boolean }[] {
  const by = (prefix: string) => scores.find((s) => s.file.startsWith(prefix))!;
  const daily = by('003');
  const aan = by('004');
  return [
    { name: 'Daily Outlook (003) is the most alarmist seed', ok: scores.every((s) => s === daily || s.alarmism < daily.alarmism) },
    { name: 'Daily Outlook (003) is the worst-sourced seed', ok: scores.every((s) => s === daily || s.sourcingQuality > daily.sourcingQuality) },
    { name: 'AAN (004) is the least alarmist seed', ok: scores.every((s) => s === aan || s.alarmism > aan.alarmism) },
  ];
}
