// Shared by every worker-thread entry (HTML, PDF, scoring). Plain CommonJS: threads load it before
// any TypeScript loader is registered, and the PDF reader's inline source requires it by path.
const { readlinkSync } = require('node:fs');
const { getPriority, setPriority } = require('node:os');

/**
 * Background threads yield the CPU to the event loop: on Linux the nice value belongs to each
 * thread, so raising it for this thread alone (allowed without privileges) lets health checks and
 * ordinary requests on the main thread run first when uploads keep both cores busy. Elsewhere
 * (no /proc/thread-self) the thread keeps its priority.
 */
function lowerThreadPriority(nice = 10) {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    // A process already started nicer than this (e.g. under `nice`) stays as it is.
    if (Number.isInteger(tid) && tid > 0 && getPriority(tid) < nice) setPriority(tid, nice);
  } catch {
    // not Linux, or /proc not mounted: priority unchanged
  }
}

/**
 * Wraps a thread's task so the pool can time it from the moment it starts rather than from its
 * submission (see timed-thread-pool.ts): the first thing the task does is say so on its port.
 */
function timedTask(fn) {
  lowerThreadPriority();
  return async ({ input, started }) => {
    started.postMessage(0);
    started.close();
    return fn(input);
  };
}

module.exports = { lowerThreadPriority, timedTask };
