/**
 * Uploads someone is waiting for and background CPU loops (claim grouping) share this process's
 * main thread and, on a small machine, its cores. On 50 sequential uploads of seed 004 (each copy
 * joins 155 claim groups), the median answer took 82–84 ms with grouping switched off and 120–126 ms
 * with it running as it came (alternating runs). So background work checks in here before it starts
 * and at its yield points and, while an upload is in flight, pauses: after at least MIN_RUN_MS of
 * work, for at most MAX_PAUSE_MS at a time. A burst of uploads slows grouping to a few per cent of
 * the main thread; it never stops it, and it runs at full speed once the burst is over. Per
 * process: a worker process that serves no uploads groups at full speed.
 */
import { yieldToEventLoop } from './yield-to-event-loop';

/** Work a background loop does between pauses while uploads are in flight. */
export const MIN_RUN_MS = 5;
/** Longest a background loop waits for uploads to finish before it runs another slice. */
export const MAX_PAUSE_MS = 200;

let inFlight = 0;
/** When foreground work last finished (performance.now()). */
let lastFinished = -Infinity;
const idleWaiters = new Set<() => void>();
let runningSince = performance.now();

/** Runs `work` as foreground work: background loops pause while it is in flight. */
export async function inForeground<T>(work: () => Promise<T>): Promise<T> {
  inFlight++;
  try {
    return await work();
  } finally {
    if (--inFlight === 0) {
      lastFinished = performance.now();
      for (const wake of [...idleWaiters]) wake();
    }
  }
}

export const foregroundInFlight = (): number => inFlight;

/**
 * Whether foreground work is in flight or finished less than `ms` ago: a burst of uploads is
 * going on. Background work that cannot pause in the middle of a step (a batch's statements)
 * keeps its steps small then.
 */
export const foregroundRecently = (ms: number): boolean => inFlight > 0 || performance.now() - lastFinished < ms;

/** Resolves when no foreground work is in flight, or after `maxMs`. */
function foregroundIdle(maxMs: number): Promise<void> {
  if (inFlight === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const wake = () => {
      clearTimeout(timer);
      idleWaiters.delete(wake);
      resolve();
    };
    const timer = setTimeout(wake, maxMs);
    idleWaiters.add(wake);
  });
}

/**
 * A background loop's yield point: pauses while foreground work is in flight (see above), and
 * otherwise yields to the event loop as yieldToEventLoop does.
 */
export async function yieldToForeground(): Promise<void> {
  if (inFlight > 0 && performance.now() - runningSince >= MIN_RUN_MS) {
    await foregroundIdle(MAX_PAUSE_MS);
    runningSince = performance.now();
    return;
  }
  if (inFlight === 0) runningSince = performance.now();
  await yieldToEventLoop();
}
