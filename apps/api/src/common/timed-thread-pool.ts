import { MessageChannel, type MessagePort } from 'node:worker_threads';
import Piscina from 'piscina';

/** The task ran longer than its limit; its thread was terminated. */
export class ThreadTimeoutError extends Error {}
/** Too many tasks were waiting, or one waited too long for a free thread. */
export class ThreadBusyError extends Error {}
/** The task's thread ran out of its heap. */
export class ThreadMemoryError extends Error {}

export interface TimedThreadPoolOptions {
  /** A thread entry whose export is wrapped in `timedTask()` from thread-task.js. */
  filename: string;
  maxThreads: number;
  heapMb: number;
  idleTimeoutMs?: number;
  /** Tasks allowed to wait for a thread; more are refused at once. */
  maxQueue: number;
  /** How long a task may wait for a thread before it is refused. */
  maxWaitMs: number;
}

/**
 * A piscina pool whose time limit counts from when a task starts running, not from when it was
 * submitted: with one thread and several large documents in the queue, an abort signal started at
 * submission would fail documents that never got their share of time. Waiting has its own bound
 * (queue length and wait time), answered as "busy" rather than as a slow document.
 */
export class TimedThreadPool<In, Out> {
  private readonly pool: Piscina<{ input: In; started: MessagePort }, Out>;

  constructor(private readonly options: TimedThreadPoolOptions) {
    this.pool = new Piscina({
      filename: options.filename,
      minThreads: 0,
      maxThreads: options.maxThreads,
      idleTimeout: options.idleTimeoutMs ?? 30_000,
      maxQueue: options.maxQueue,
      resourceLimits: { maxOldGenerationSizeMb: options.heapMb },
    });
  }

  async run(input: In, timeoutMs: number): Promise<Out> {
    const { port1, port2 } = new MessageChannel();
    const abort = new AbortController();
    let runTimer: NodeJS.Timeout | undefined;
    const waitTimer = setTimeout(
      () => abort.abort(new ThreadBusyError(`no thread became free within ${this.options.maxWaitMs} ms`)),
      this.options.maxWaitMs,
    );
    port1.once('message', () => {
      clearTimeout(waitTimer);
      runTimer = setTimeout(
        () => abort.abort(new ThreadTimeoutError(`the task ran longer than ${timeoutMs} ms`)),
        timeoutMs,
      );
    });
    try {
      return await this.pool.run({ input, started: port2 }, { signal: abort.signal, transferList: [port2] });
    } catch (e) {
      if (abort.signal.aborted) throw abort.signal.reason as Error;
      const err = e as Error & { code?: string };
      if (/queue is at limit/i.test(err.message)) throw new ThreadBusyError(err.message);
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY' || /out of memory|heap/i.test(err.message))
        throw new ThreadMemoryError(err.message);
      throw err;
    } finally {
      clearTimeout(waitTimer);
      clearTimeout(runTimer);
      port1.close();
    }
  }

  async destroy(): Promise<void> {
    await this.pool.destroy();
  }
}
