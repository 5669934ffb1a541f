import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { sharedDir } from '../../eval/src/datasets';
import { json, startBenchService } from './bench-service';
import { closeHttpFirst } from '../../api/src/common/process-lifecycle';
import { procStat } from './proc-stat';

/** Issue 13 target 5: two worker processes score at least 1.6× as fast as one, on two cores. */
const TARGET_RATIO = 1.6;
const ARTICLES = Math.min(180, Math.max(10, Number(process.env.BENCH_SCALE_ARTICLES ?? 40)));
const WAIT_MS = 600_000;
/**
 * The first fifth of each run's articles is warm-up, not counted: the new processes compile the
 * scorer, and the one that takes the grouping lock builds its claim index from the stored claims,
 * which a process running for hours does once.
 */
const WARM_UP = Math.floor(ARTICLES / 5);
const ROOT = resolve(__dirname, '../../..');

/** BENCH_CPU_PROF=<dir>: each worker process writes a CPU profile of its main thread there when it stops. */
const PROFILE_DIR = process.env.BENCH_CPU_PROF;

/** Busy and total CPU time of the whole machine so far, in seconds (Linux /proc/stat; zeros elsewhere). */
function machineCpu(): { busy: number; total: number } {
  try {
    const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
    const n = ticks.map(Number);
    const total = n.reduce((a, b) => a + b, 0);
    // idle and iowait are the two idle columns
    return { busy: (total - n[3]! - n[4]!) / 100, total: total / 100 };
  } catch {
    return { busy: 0, total: 0 };
  }
}

/** CPU seconds a process has used (user + system; Linux /proc/<pid>/stat, else 0). */
const processCpu = (pid: number | undefined): number => (procStat(pid)?.cpuMs ?? 0) / 1000;

/** `npm run worker` as a deployment runs it: its own process, one scoring thread. */
function startWorker(url: string): ChildProcess {
  const profile = PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${resolve(PROFILE_DIR)}`] : [];
  return spawn(process.execPath, [...profile, '-r', '@swc-node/register', 'apps/api/src/worker.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, WORKER_CONCURRENCY: '1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function stop(workers: ChildProcess[]): Promise<void> {
  await Promise.all(
    workers.map(
      (w) =>
        new Promise<void>((done) => {
          if (w.exitCode !== null) return done();
          w.once('exit', () => done());
          w.kill('SIGTERM');
        }),
    ),
  );
}

/**
 * Scale-out on one PostgreSQL (`npm run bench -- scale`): articles of a seed's size are uploaded to an
 * API that runs no jobs (WORKER_MODE=off), then scored by one, and then (a fresh batch) by two
 * `npm run worker` processes with one scoring thread each. Throughput is read from the articles'
 * own scoredAt stamps, after a warm-up fifth (WARM_UP), so process start-up does not count.
 */
export async function runScaleBench(): Promise<void> {
  const { app, base, headers, db, dir } = await startBenchService('scale', 'off');
  const { PrismaService } = await import('../../api/src/database/prisma.service');
  const prisma = app.get(PrismaService);
  const workers: ChildProcess[] = [];
  try {
    // Distinct articles of a seed's size, each a run of different press releases: copies of the
    // seeds would make claim groups of dozens, whose grouping (one at a time across processes)
    // would be measured instead of scoring.
    const releases = readFileSync(join(sharedDir(), 'corpora', 'isaf-press-releases.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { text: string }).text);
    const per = Math.max(1, Math.floor(releases.length / (2 * ARTICLES)));
    const article = (n: number) => releases.slice(n * per, (n + 1) * per).join('\n\n');
    const bytes = Buffer.byteLength(releases.slice(0, 2 * ARTICLES * per).join('\n\n')) / (2 * ARTICLES);
    console.log(
      `scale bench: ${ARTICLES} articles per run, each ${per} different press releases (mean ${(bytes / 1024).toFixed(1)} KB), each run a fresh batch; machine load average ${loadavg()[0]!.toFixed(1)} before`,
    );

    const rates: number[] = [];
    let ceiling: number | undefined;
    for (const processes of [1, 2]) {
      const ids: string[] = [];
      for (let i = 0; i < ARTICLES; i++) {
        const text = article((processes - 1) * ARTICLES + i);
        const r = await json<{ id: string }>(
          await fetch(`${base}/articles`, {
            method: 'POST',
            headers,
            body: JSON.stringify({ text, outlet: `Scale Outlet ${i % 5}`, outletType: 'media' }),
          }),
        );
        ids.push(r.id);
      }
      const t0 = Date.now();
      for (let i = 0; i < processes; i++) workers.push(startWorker(db.url));
      // CPU from the first poll that finds an article scored (start-up excluded) to the last.
      const cpuNow = () => ({
        machine: machineCpu(),
        workers: workers.reduce((t, w) => t + processCpu(w.pid), 0),
        api: processCpu(process.pid),
      });
      let from: ReturnType<typeof cpuNow> | undefined;
      for (;;) {
        const pending = await prisma.article.count({
          where: { id: { in: ids }, status: { in: ['queued', 'scoring'] } },
        });
        if (pending <= ARTICLES - WARM_UP) from ??= cpuNow();
        if (pending === 0) break;
        if (Date.now() - t0 > WAIT_MS) throw new Error(`${pending} articles still unscored after ${WAIT_MS / 1000} s`);
        await new Promise((r) => setTimeout(r, 200));
      }
      const failed = await prisma.article.count({ where: { id: { in: ids }, status: 'failed' } });
      if (failed) throw new Error(`${failed} articles failed to score`);
      const stamps = (
        await prisma.$queryRaw<Array<{ at: Date }>>`
          SELECT "scoredAt" AS at FROM "Article" WHERE "id" = ANY(${ids}::uuid[]) ORDER BY 1`
      ).map((r) => r.at.getTime());
      const seconds = (stamps[stamps.length - 1]! - stamps[WARM_UP]!) / 1000;
      const rate = (stamps.length - 1 - WARM_UP) / seconds;
      rates.push(rate);
      console.log(
        `  ${processes} worker process${processes > 1 ? 'es' : ''} (1 scoring thread each): the last ${ARTICLES - WARM_UP} of ${ARTICLES} articles scored in ${seconds.toFixed(1)} s → ${rate.toFixed(1)} articles/s, ${((rate * bytes) / 1e6).toFixed(2)} MB/s`,
      );
      const to = cpuNow();
      if (from && to.machine.total > from.machine.total) {
        const cores = availableParallelism();
        const busy = to.machine.busy - from.machine.busy;
        const share = busy / (to.machine.total - from.machine.total);
        if (processes === 1) ceiling = Math.min(2, 1 / Math.max(share, 1e-9));
        const [workersCpu, apiCpu] = [to.workers - from.workers, to.api - from.api];
        const ms = (seconds: number) => ((1000 * seconds) / (ARTICLES - WARM_UP)).toFixed(1);
        console.log(
          `      CPU while scoring: machine ${(100 * share).toFixed(0)}% busy of ${cores} cores; per article ${ms(workersCpu)} ms in the worker processes, ${ms(apiCpu)} ms in the API and this bench, ${ms(busy - workersCpu - apiCpu)} ms elsewhere (PostgreSQL, the OS, other tenants)`,
        );
      }
      // Where the workers' time went: each queue's jobs of this run (grouping runs in one process,
      // so its share bounds what more processes can gain). The jobs of one batch were fetched and
      // completed together, so they share their start and end: one batch, counted once.
      const jobs = await prisma.$queryRaw<Array<{ name: string; n: number; batches: number; busy: number }>>`
        SELECT name, sum(k)::int AS n, count(*)::int AS batches,
               coalesce(sum(extract(epoch FROM completed_on - started_on)), 0)::float8 AS busy
          FROM (SELECT name, started_on, completed_on, count(*) AS k FROM pgboss.job
                 WHERE completed_on >= ${new Date(t0)} AND state = 'completed'
                 GROUP BY name, started_on, completed_on) b
         GROUP BY name ORDER BY name`;
      for (const j of jobs)
        console.log(
          `      ${j.name}: ${j.n} jobs in ${j.batches} batches, ${j.busy.toFixed(1)} s busy, ${((1000 * j.busy) / j.batches).toFixed(0)} ms a batch`,
        );
      await stop(workers.splice(0));
    }
    const ratio = rates[1]! / rates[0]!;
    console.log(
      `  two processes / one: ${ratio.toFixed(2)}× — ${ratio >= TARGET_RATIO ? 'PASS' : 'MISS'} (target ≥ ${TARGET_RATIO}×)` +
        // One process that keeps a share s of the machine busy leaves room for at most 1/s of its rate.
        (ceiling
          ? `; one worker kept ${(100 / ceiling).toFixed(0)}% of the machine busy, so two can reach at most ${ceiling.toFixed(2)}× here`
          : ''),
    );
  } finally {
    await stop(workers);
    await closeHttpFirst(app);
    await db.release();
    rmSync(dir, { recursive: true, force: true });
  }
}
