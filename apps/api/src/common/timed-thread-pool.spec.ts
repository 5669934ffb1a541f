import { getPriority } from 'node:os';
import { join } from 'node:path';
import { ThreadBusyError, ThreadTimeoutError, TimedThreadPool } from './timed-thread-pool';

const SLEEPER = join(__dirname, '../../test/support/sleep-thread.js');

describe('TimedThreadPool', () => {
  let pool: TimedThreadPool<number, { nice: number }>;
  afterEach(() => pool.destroy());

  it('times each task from its start, so tasks queued behind others keep their whole limit', async () => {
    pool = new TimedThreadPool({ filename: SLEEPER, maxThreads: 1, heapMb: 64, maxQueue: 8, maxWaitMs: 30_000 });
    // Four 500 ms tasks on one thread: the last finishes about 2 s after submission, well past a
    // 1.2 s limit counted from submission, yet each ran for well under it.
    const results = await Promise.allSettled([500, 500, 500, 500].map((ms) => pool.run(ms, 1_200)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
  });

  it('abandons a task that runs past its limit, and the pool keeps working', async () => {
    pool = new TimedThreadPool({ filename: SLEEPER, maxThreads: 1, heapMb: 64, maxQueue: 8, maxWaitMs: 30_000 });
    await expect(pool.run(3_000, 300)).rejects.toBeInstanceOf(ThreadTimeoutError);
    await expect(pool.run(10, 5_000)).resolves.toHaveProperty('nice');
  });

  it('refuses work as busy when the queue is full or the wait too long', async () => {
    pool = new TimedThreadPool({ filename: SLEEPER, maxThreads: 1, heapMb: 64, maxQueue: 1, maxWaitMs: 400 });
    const first = pool.run(1_500, 5_000);
    const queued = pool.run(10, 5_000);
    const overflow = pool.run(10, 5_000);
    await expect(overflow).rejects.toBeInstanceOf(ThreadBusyError);
    await expect(queued).rejects.toThrow(/no thread became free within 400 ms/);
    await expect(first).resolves.toHaveProperty('nice');
  });

  it('runs its threads at a lower priority than the event loop (Linux)', async () => {
    pool = new TimedThreadPool({ filename: SLEEPER, maxThreads: 1, heapMb: 64, maxQueue: 8, maxWaitMs: 30_000 });
    const { nice } = await pool.run(0, 5_000);
    expect(nice).toBe(Math.max(10, getPriority()));
  });
});
