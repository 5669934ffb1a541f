import { readFileSync } from 'node:fs';

/** /proc reports CPU time in clock ticks of USER_HZ, which is 100 on Linux. */
const MS_PER_TICK = 10;

export interface ProcStat {
  /** The executable's name as the kernel keeps it (`postgres`, `node`). */
  comm: string;
  ppid: number;
  /** CPU milliseconds of the process itself (user + system). */
  cpuMs: number;
  /** CPU milliseconds of its children it has waited for (reaped). */
  reapedCpuMs: number;
}

/** One process's /proc/<pid>/stat; undefined when it is gone or this is not Linux. */
export function procStat(pid: number | undefined): ProcStat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The name sits in parentheses and may itself hold spaces or parentheses: split after the last ")".
    const close = text.lastIndexOf(')');
    const f = text
      .slice(close + 2)
      .split(' ')
      .map(Number);
    return {
      comm: text.slice(text.indexOf('(') + 1, close),
      ppid: f[1]!,
      cpuMs: (f[11]! + f[12]!) * MS_PER_TICK,
      reapedCpuMs: (f[13]! + f[14]!) * MS_PER_TICK,
    };
  } catch {
    return undefined;
  }
}
