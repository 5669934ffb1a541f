/**
 * The engine's figures at the commit before issue 9 work started, measured by running this very
 * harness against that commit (see record-before.ts), so every report can show what changed.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { EvalReport, Target } from './evaluate';
import { rowKey, type ExternalReport } from './external/report';

export interface Snapshot {
  commit: string;
  commitDate: string;
  measuredAt: string;
  command: string;
  /** The commit whose apps/eval/src was copied into the worktree to measure. */
  harnessCommit: string | null;
  /** In-domain target values (and named-source accuracy), by name. */
  inDomain: Record<string, number>;
  /** External rows by `rowKey`: engine figure, baselines on the same sentences, sentence count. */
  external: Record<string, { role: string; n: number; engine: number; baselines: Record<string, number> }>;
  /** Both halves together, as the table measured them (for comparison only, not a headline). */
  allHalves: { semeval?: ExternalReport['semeval']['all']; weasel?: ExternalReport['weasel']['all'] };
}

export const BEFORE_FILE = resolve(__dirname, '../before-issue9.json');

export function loadBefore(file = BEFORE_FILE): Snapshot | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Snapshot) : null;
}

export function snapshot(
  inDomain: EvalReport,
  inDomainTargets: Target[],
  external: ExternalReport,
  command: string,
): Snapshot {
  const git = (args: string) => execSync(`git ${args}`, { encoding: 'utf8' }).trim();
  return {
    commit: git('rev-parse HEAD'),
    commitDate: git('log -1 --format=%cI'),
    measuredAt: new Date().toISOString(),
    command,
    harnessCommit: process.env.HARNESS_COMMIT ?? null,
    inDomain: {
      ...Object.fromEntries(inDomainTargets.map((t) => [t.name, t.value])),
      'named-source accuracy': inDomain.namedAccuracy,
    },
    external: Object.fromEntries(
      external.rows.map((r) => [
        rowKey(r),
        {
          role: r.role,
          n: r.n,
          engine: r.engine,
          baselines: Object.fromEntries(r.baselines.map((b) => [b.name, b.value])),
        },
      ]),
    ),
    allHalves: { semeval: external.semeval.all, weasel: external.weasel.all },
  };
}
