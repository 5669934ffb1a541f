import { join } from 'node:path';
import { ThreadBusyError, ThreadMemoryError, ThreadTimeoutError, TimedThreadPool } from '../common/timed-thread-pool';
import type { HtmlExtraction } from './html';

/** Limits for one HTML document: deep or huge markup costs CPU and memory, never the event loop. */
export const HTML_TIMEOUT_MS = 10_000;
const HTML_HEAP_MB = 256;
/** Documents waiting for the one HTML thread; each holds its request's body in memory. */
const HTML_MAX_QUEUE = 16;
/** A document that has waited this long behind others is refused as "busy" (the client may retry). */
const HTML_MAX_WAIT_MS = 30_000;

export class HtmlExtractionError extends Error {}
/** The HTML reader is saturated; answered 503 with Retry-After, not as a fault of the document. */
export class HtmlReaderBusyError extends Error {}

/** What the thread answers: the extraction, or why the document was refused before parsing. */
type HtmlThreadResult = HtmlExtraction | { refused: string };

let pool: TimedThreadPool<string, HtmlThreadResult> | undefined;

/**
 * Parses HTML (linkedom + Readability) in a worker thread with a heap cap and a time limit: a
 * 5 MB page or a deeply nested one no longer stalls health checks and other requests, and one
 * that takes too long is abandoned (its thread is terminated) with a 422. The limit counts from
 * when the document starts being read, so documents queued behind a slow one keep their time.
 */
export async function extractHtmlInThread(html: string, timeoutMs = HTML_TIMEOUT_MS): Promise<HtmlExtraction> {
  pool ??= new TimedThreadPool({
    filename: join(__dirname, 'html-thread.js'),
    maxThreads: 1,
    heapMb: HTML_HEAP_MB,
    maxQueue: HTML_MAX_QUEUE,
    maxWaitMs: HTML_MAX_WAIT_MS,
  });
  let r: HtmlThreadResult;
  try {
    r = await pool.run(html, timeoutMs);
  } catch (e) {
    if (e instanceof ThreadTimeoutError) {
      throw new HtmlExtractionError(
        `Reading the HTML took longer than ${Math.round(timeoutMs / 1000)} s; upload its text instead`,
      );
    }
    if (e instanceof ThreadMemoryError) {
      throw new HtmlExtractionError('The HTML is too large or too deeply nested to read; upload its text instead');
    }
    if (e instanceof ThreadBusyError) {
      throw new HtmlReaderBusyError('Too many HTML documents are being read at the moment; try again in a minute');
    }
    throw e;
  }
  if ('refused' in r) throw new HtmlExtractionError(r.refused);
  return r;
}

/** Test and shutdown hook: stops the threads. */
export async function closeHtmlPool(): Promise<void> {
  await pool?.destroy();
  pool = undefined;
}
