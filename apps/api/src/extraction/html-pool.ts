import { join } from 'node:path';
import Piscina from 'piscina';
import type { HtmlExtraction } from './html';

/** Limits for one HTML document: deep or huge markup costs CPU and memory, never the event loop. */
export const HTML_TIMEOUT_MS = 10_000;
const HTML_HEAP_MB = 256;

export class HtmlExtractionError extends Error {}

let pool: Piscina<string, HtmlExtraction> | undefined;

/**
 * Parses HTML (linkedom + Readability) in a worker thread with a heap cap and a time limit: a
 * 5 MB page or a deeply nested one no longer stalls health checks and other requests, and one
 * that takes too long is abandoned (its thread is terminated) with a 422.
 */
export async function extractHtmlInThread(html: string, timeoutMs = HTML_TIMEOUT_MS): Promise<HtmlExtraction> {
  pool ??= new Piscina({
    filename: join(__dirname, 'html-thread.js'),
    minThreads: 0,
    maxThreads: 1,
    idleTimeout: 30_000,
    resourceLimits: { maxOldGenerationSizeMb: HTML_HEAP_MB },
  });
  try {
    return await pool.run(html, { signal: AbortSignal.timeout(timeoutMs) });
  } catch (e) {
    const err = e as Error;
    if (err.name === 'AbortError' || err.name === 'TimeoutError') {
      throw new HtmlExtractionError(
        `Reading the HTML took longer than ${Math.round(timeoutMs / 1000)} s; upload its text instead`,
      );
    }
    if (/memory|heap/i.test(err.message) || (err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
      throw new HtmlExtractionError('The HTML is too large or too deeply nested to read; upload its text instead');
    }
    throw err;
  }
}

/** Test and shutdown hook: stops the threads. */
export async function closeHtmlPool(): Promise<void> {
  await pool?.destroy();
  pool = undefined;
}
