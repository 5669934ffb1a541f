import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CpuUse, LatencySummary, LoadPlan, LoadResult } from './load-plan';
import { postgresCpuMs } from './postgres-cpu';

export const TARGET_P95_MS = 100;

/** Busy and total CPU milliseconds of all cores since boot. */
function machineTimes(): { busy: number; all: number } {
  let busy = 0;
  let all = 0;
  for (const { times: t } of cpus()) {
    busy += t.user + t.nice + t.sys + t.irq;
    all += t.user + t.nice + t.sys + t.irq + t.idle;
  }
  return { busy, all };
}

/**
 * Runs the load client (load-client.ts) in a child process and returns its result, with the CPU
 * this (server) process and the whole machine used meanwhile. The server keeps its own event loop;
 * on two cores the client, the server and PostgreSQL still share the CPUs, which a deployment
 * would not have to, and so does anything else running on the machine.
 */
export async function runLoad(plan: LoadPlan): Promise<LoadResult & CpuUse> {
  const cpu0 = process.cpuUsage();
  const m0 = machineTimes();
  const pg0 = postgresCpuMs();
  const r = await runClient(plan);
  const cpu = process.cpuUsage(cpu0);
  const m1 = machineTimes();
  const pg = postgresCpuMs() - pg0;
  const perRequest = (ms: number) => ms / Math.max(1, r.requests);
  return {
    ...r,
    serverMsPerRequest: perRequest((cpu.user + cpu.system) / 1000),
    machineBusy: (m1.busy - m0.busy) / Math.max(1, m1.all - m0.all),
    postgresMsPerRequest: perRequest(pg),
    clientMsPerRequest: perRequest(r.clientCpuMs ?? 0),
  };
}

function runClient(plan: LoadPlan): Promise<LoadResult> {
  // A file rather than an environment variable: a long rotation of paths exceeds the 128 KB a
  // single variable may hold.
  const dir = mkdtempSync(join(tmpdir(), 'bench-load-plan-'));
  const file = join(dir, 'plan.json');
  writeFileSync(file, JSON.stringify(plan));
  return new Promise<LoadResult>((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', join(__dirname, 'load-client.ts')], {
      env: { ...process.env, BENCH_LOAD_PLAN_FILE: file },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = stdout.trim().split('\n').pop();
      if (code !== 0 || !last) return reject(new Error(`load client exited with ${code}`));
      resolve(JSON.parse(last) as LoadResult);
    });
  }).finally(() => rmSync(dir, { recursive: true, force: true }));
}

/** Where a scenario's CPU went, per request: the API, the embedded PostgreSQL, the load client; and the machine's busy share. */
const cpuLine = (r: CpuUse) =>
  `CPU ms/request: API process ${r.serverMsPerRequest.toFixed(2)}, PostgreSQL ${r.postgresMsPerRequest.toFixed(2)}, load client ${r.clientMsPerRequest.toFixed(2)}; machine ${(100 * r.machineBusy).toFixed(0)}% busy`;

const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : '–');
const latencies = (s: LatencySummary) => `p50 ${ms(s.p50)}  p95 ${ms(s.p95)}  p99 ${ms(s.p99)}  max ${ms(s.max)}`;

/** Target check: p95 under the target (100 ms unless given) and not a single failed or non-2xx response. */
export function verdict(r: LoadResult, targetMs = TARGET_P95_MS): 'PASS' | 'MISS' {
  return r.overall.p95 < targetMs && r.errors === 0 && r.timeouts === 0 && r.non2xx === 0 ? 'PASS' : 'MISS';
}

/** Lines for one scenario: totals, latencies overall and per group, failures, and the verdict when it is a target. */
export function report(
  name: string,
  r: LoadResult & CpuUse,
  opts: { judged: boolean; targetMs?: number; label?: string; connections?: number },
): string[] {
  const rate = r.requests / r.seconds;
  const lines = [
    `${name}: ${r.requests} requests in ${r.seconds.toFixed(1)} s = ${rate.toFixed(0)} req/s; ${latencies(r.overall)}; errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}`,
    `    ${cpuLine(r)}`,
  ];
  const groups = Object.entries(r.groups);
  if (groups.length > 1)
    for (const [g, s] of groups) lines.push(`    ${g.padEnd(36)} n=${String(s.n).padStart(6)}  ${latencies(s)}`);
  if (r.non2xx) lines.push(`    statuses: ${JSON.stringify(r.statuses)}`);
  for (const s of r.samples) lines.push(`    e.g. ${s}`);
  const target = opts.targetMs ?? TARGET_P95_MS;
  if (opts.judged && opts.targetMs !== undefined && opts.connections)
    lines.push(`    ${cpuBudget(r, opts.connections, target)}`);
  if (opts.judged)
    lines.push(
      `    ${verdict(r, target)} ${opts.label ? `${opts.label}: p95 ${ms(r.overall.p95)} ` : ''}(target: p95 < ${target} ms, zero errors; load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')})`,
    );
  return lines;
}

/**
 * What a latency target asks of the CPU. N clients that each wait for their answer keep N requests in the system, so
 * the mean latency is N / throughput (Little's law), and p95 < T ms needs a throughput above N / T; on C cores fully
 * busy that leaves at most C × T / N ms of machine CPU per request, for the API, PostgreSQL and the load client together.
 */
export function cpuBudget(r: LoadResult & CpuUse, connections: number, targetMs: number): string {
  const cores = cpus().length;
  const used = (cores * r.machineBusy * 1000) / Math.max(1, r.requests / r.seconds);
  const budget = (cores * targetMs) / connections;
  return `machine CPU ${used.toFixed(2)} ms/request (all processes); ${connections} waiting clients need > ${((1000 * connections) / targetMs).toFixed(0)} req/s for p95 < ${targetMs} ms (Little's law), i.e. at most ${budget.toFixed(2)} ms of machine CPU per request on ${cores} cores`;
}

const loadAverage = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/**
 * Lines for the mixed scenario: the totals, readers and writers each (latencies per kind of
 * request), and the verdict on the total rate (`targetRate` requests/s, zero errors).
 */
export function reportMixed(name: string, r: LoadResult & CpuUse, targetRate: number, label: string): string[] {
  const rate = r.requests / r.seconds;
  const failures = (x: LoadResult) => `errors ${x.errors}, timeouts ${x.timeouts}, non-2xx ${x.non2xx}`;
  const lines = [
    `${name}: ${r.requests} requests in ${r.seconds.toFixed(1)} s = ${rate.toFixed(0)} req/s; ${failures(r)}`,
    `    ${cpuLine(r)}`,
  ];
  for (const [side, x] of Object.entries(r.parts ?? {})) {
    lines.push(
      `    ${side.padEnd(36)} n=${String(x.requests).padStart(6)}  ${(x.requests / x.seconds).toFixed(1)} req/s  ${latencies(x.overall)}; ${failures(x)}`,
    );
    for (const [g, s] of Object.entries(x.groups))
      lines.push(`      ${g.padEnd(34)} n=${String(s.n).padStart(6)}  ${latencies(s)}`);
  }
  if (r.non2xx) lines.push(`    statuses: ${JSON.stringify(r.statuses)}`);
  for (const s of r.samples) lines.push(`    e.g. ${s}`);
  const ok = rate >= targetRate && r.errors === 0 && r.timeouts === 0 && r.non2xx === 0;
  lines.push(
    `    ${ok ? 'PASS' : 'MISS'} ${label}: ${rate.toFixed(0)} req/s (target ≥ ${targetRate} req/s, zero errors; load average ${loadAverage()})`,
  );
  return lines;
}

/** The cold pass: the first request of each path, summarised per group. */
export function reportCold(r: LoadResult): string[] {
  const lines = [`cold (first request of each of ${r.requests} paths, one at a time, before warm-up):`];
  for (const [g, s] of Object.entries(r.groups))
    lines.push(`    ${g.padEnd(36)} n=${String(s.n).padStart(4)}  median ${ms(s.p50)}  max ${ms(s.max)}`);
  if (r.errors || r.non2xx) lines.push(`    errors ${r.errors}, non-2xx ${r.non2xx} ${JSON.stringify(r.statuses)}`);
  for (const s of r.samples) lines.push(`    e.g. ${s}`);
  return lines;
}
