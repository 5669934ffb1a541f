import { readdirSync, readFileSync } from 'node:fs';

/** /proc reports CPU time in clock ticks of USER_HZ, which is 100 on Linux. */
const MS_PER_TICK = 10;

interface Proc {
  pid: number;
  ppid: number;
  /** utime + stime, and cutime + cstime (children reaped), in clock ticks. */
  own: number;
  reaped: number;
}

function readProc(pid: number): Proc | undefined {
  try {
    if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'postgres') return undefined;
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8')
      .replace(/^.*\) /, '')
      .split(' ')
      .map(Number);
    return { pid, ppid: f[1]!, own: f[11]! + f[12]!, reaped: f[13]! + f[14]! };
  } catch {
    return undefined; // gone meanwhile, or not Linux
  }
}

/**
 * CPU milliseconds used so far by the PostgreSQL server this process started (the embedded
 * one): its postmaster, every live backend and auxiliary process, and the backends it has
 * already reaped. Another checkout's server is not counted; an external DATABASE_URL gives 0.
 */
export function postgresCpuMs(): number {
  let procs: Proc[];
  try {
    procs = readdirSync('/proc')
      .filter((d) => /^\d+$/.test(d))
      .map((d) => readProc(Number(d)))
      .filter((p): p is Proc => p !== undefined);
  } catch {
    return 0;
  }
  const masters = new Set(procs.filter((p) => p.ppid === process.pid).map((p) => p.pid));
  let ticks = 0;
  for (const p of procs) {
    if (masters.has(p.pid)) ticks += p.own + p.reaped;
    else if (masters.has(p.ppid)) ticks += p.own;
  }
  return ticks * MS_PER_TICK;
}
