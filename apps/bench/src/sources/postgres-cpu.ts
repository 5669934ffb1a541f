import { readdirSync } from 'node:fs';
import { procStat, ProcStat } from '../proc-stat';

/**
 * CPU milliseconds used so far by the PostgreSQL server this process started (the embedded
 * one): its postmaster, every live backend and auxiliary process, and the backends it has
 * already reaped. Another checkout's server is not counted; an external DATABASE_URL gives 0.
 */
export function postgresCpuMs(): number {
  let procs: Array<ProcStat & { pid: number }>;
  try {
    procs = readdirSync('/proc')
      .filter((d) => /^\d+$/.test(d))
      .flatMap((d) => {
        const s = procStat(Number(d));
        return s?.comm === 'postgres' ? [{ ...s, pid: Number(d) }] : [];
      });
  } catch {
    return 0; // not Linux
  }
  const masters = new Set(procs.filter((p) => p.ppid === process.pid).map((p) => p.pid));
  let ms = 0;
  for (const p of procs) {
    if (masters.has(p.pid)) ms += p.cpuMs + p.reapedCpuMs;
    else if (masters.has(p.ppid)) ms += p.cpuMs;
  }
  return ms;
}
