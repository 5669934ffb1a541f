import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

const THREAD_TASK_PATH = join(__dirname, '../common/thread-task.js');

export type PdfFailure = 'invalid' | 'encrypted' | 'timeout' | 'too-long' | 'error';

export class PdfExtractionError extends Error {
  constructor(
    readonly reason: PdfFailure,
    message: string,
  ) {
    super(message);
    this.name = 'PdfExtractionError';
  }
}

export interface PdfExtraction {
  text: string;
  pages: number;
  title: string | null;
}

/** PDF readers accept the header anywhere in the first 1 KB (some generators prepend junk); so do we. */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

/**
 * pdf.js runs in a worker thread, not in the request's thread:
 * - a crafted or huge PDF can take seconds of CPU and a lot of memory; the worker has a time and
 *   heap limit and dies alone;
 * - pdf.js sets up its own "fake worker" with a dynamic `import()` of an ES module, which works in
 *   plain Node but not inside Jest's module sandbox; a worker thread is always plain Node.
 * The worker's code is inline JavaScript so it needs no build step or TypeScript loader.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
// pdf.js rejects internal promises nobody awaits when a file is corrupt; the awaited call below
// reports the same failure, so these must not crash the worker first.
process.on('unhandledRejection', () => undefined);
require(workerData.threadTaskPath).lowerThreadPriority();
(async () => {
  const { PDFParse } = require(workerData.modulePath);
  const parser = new PDFParse({ data: workerData.bytes, verbosity: 0, stopAtErrors: false });
  try {
    // Only the first pages are read; a document longer than the cap is refused below, not truncated.
    const result = await parser.getText({ pageJoiner: '', first: workerData.maxPages });
    if (result.total > workerData.maxPages) {
      parentPort.postMessage({ ok: false, name: 'TooManyPages', message: String(result.total) });
      return;
    }
    const info = await parser.getInfo().catch(() => null);
    const title = info && info.info && typeof info.info.Title === 'string' ? info.info.Title : null;
    parentPort.postMessage({ ok: true, text: result.text, pages: result.total, title });
  } catch (e) {
    parentPort.postMessage({ ok: false, name: (e && e.name) || 'Error', message: String((e && e.message) || e) });
  } finally {
    await parser.destroy().catch(() => undefined);
  }
})();
`;

type WorkerReply =
  { ok: true; text: string; pages: number; title: string | null } | { ok: false; name: string; message: string };

export interface PdfOptions {
  timeoutMs?: number;
  maxHeapMb?: number;
  maxPages?: number;
}

/** Reports and books run to a few hundred pages; longer is refused with a 422 saying the cap. */
export const PDF_MAX_PAGES = 1000;
export const PDF_TIMEOUT_MS = 10_000;

/**
 * PDF readers running at once in this process: each is a thread with its own heap, so twenty
 * hostile uploads at once would otherwise cost twenty heaps. Others wait their turn (and their
 * time limit starts when they run).
 */
const PDF_READERS = 2;
let running = 0;
const waiting: (() => void)[] = [];

export async function extractPdf(bytes: Uint8Array, options: PdfOptions = {}): Promise<PdfExtraction> {
  if (running >= PDF_READERS) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await readPdf(bytes, options);
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function readPdf(bytes: Uint8Array, options: PdfOptions): Promise<PdfExtraction> {
  const timeoutMs = options.timeoutMs ?? PDF_TIMEOUT_MS;
  const maxPages = options.maxPages ?? PDF_MAX_PAGES;
  return new Promise<PdfExtraction>((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { bytes, maxPages, modulePath: require.resolve('pdf-parse'), threadTaskPath: THREAD_TASK_PATH },
      resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? 256 },
      stdout: true,
      stderr: true, // pdf.js warns on stderr about fonts etc.; not ours to print
    });
    let settled = false;
    const done = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    const timer = setTimeout(
      () =>
        done(() =>
          reject(
            new PdfExtractionError('timeout', `Reading the PDF took longer than ${Math.round(timeoutMs / 1000)} s`),
          ),
        ),
      timeoutMs,
    );
    worker.once('message', (m: WorkerReply) =>
      done(() => {
        if (m.ok) resolve({ text: m.text, pages: m.pages, title: m.title?.trim() || null });
        else reject(classify(m.name, m.message, maxPages));
      }),
    );
    worker.once('error', (e) =>
      done(() => reject(new PdfExtractionError('error', `The PDF could not be read: ${e.message}`))),
    );
    worker.once('exit', (code) =>
      done(() =>
        reject(new PdfExtractionError('error', `The PDF could not be read (reader exited with code ${code})`)),
      ),
    );
  });
}

function classify(name: string, message: string, maxPages: number): PdfExtractionError {
  if (name === 'TooManyPages')
    return new PdfExtractionError(
      'too-long',
      `The PDF has ${message} pages; the limit is ${maxPages}. Upload the part you need`,
    );
  if (name === 'PasswordException')
    return new PdfExtractionError('encrypted', 'The PDF is password-protected; upload an unencrypted copy');
  if (name === 'InvalidPDFException' || name === 'FormatError' || name === 'UnknownErrorException') {
    return new PdfExtractionError('invalid', `The PDF is corrupt or truncated and cannot be read (${message})`);
  }
  return new PdfExtractionError('error', `The PDF could not be read: ${message}`);
}
