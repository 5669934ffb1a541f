import { Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { join } from 'node:path';
import Piscina from 'piscina';
import type { DocumentOptions, ScoredDocument } from '@auditor/scoring';
import { AppConfig } from '../config/config.module';
import runTask, { inspectText, type ScoringResult, type ScoringTask } from './scoring-task';

/**
 * Up to this size (a long article, about 12 pages of prose) segmentation and hashing take a few
 * milliseconds; at 256 KB the hostile bench's profile showed 40-60 ms of the event loop per upload.
 */
const INLINE_INSPECT_CHARS = 64 * 1024;

/**
 * A prompt thread only ever holds one text of at most INLINE_INSPECT_CHARS and its result (a few
 * MB); a small heap cap makes V8 collect early instead of growing toward the large lane's cap.
 */
const PROMPT_THREAD_HEAP_MB = 128;

const WARM_UP = 'Officials said on Tuesday that insurgents attacked a checkpoint in Kunduz province.';

/** An article with more assertions than the limit; the message says the limit and what to do. */
export class TooManyAssertionsError extends Error {
  constructor(
    readonly assertions: number,
    readonly limit: number,
  ) {
    super(
      `The article has ${assertions.toLocaleString('en')} sentences to score; the limit is ${limit.toLocaleString('en')} (MAX_ASSERTIONS_PER_ARTICLE). Split it into several articles.`,
    );
  }
}

/**
 * Scoring off the event loop: segmentation and scoring run in worker threads (piscina), so a
 * large document never stalls health checks, other requests or a SIGTERM. Each thread has a heap
 * cap, and documents over MAX_ASSERTIONS_PER_ARTICLE are refused before they are scored.
 *
 * Two lanes: texts up to INLINE_INSPECT_CHARS (an ordinary article, tens of milliseconds) go to
 * one prompt thread at normal priority, kept warm, so an upload's latency does not depend on how
 * busy the rest of the machine is (one is enough: a job's database work on the main thread costs
 * several times its scoring, and the scale bench's profile shows the scoring thread mostly waiting;
 * a second prompt thread only added ~100 MB to the hostile bench's peak); longer texts go to threads at nice 10 (thread-task.js), which
 * yield the CPU to the event loop while they work. The long-text lane has one thread fewer than
 * WORKER_CONCURRENCY (at least one): each of its threads may grow to SCORING_THREAD_HEAP_MB, and
 * with the prompt lane's threads beside two of them the hostile bench's API peaked at 1.2 GB.
 */
@Injectable()
export class ScoringPool implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly pool: Piscina<ScoringTask, ScoringResult>;
  private readonly prompt: Piscina<ScoringTask, ScoringResult>;
  readonly maxAssertions: number;

  constructor(config: AppConfig) {
    this.maxAssertions = config.get('MAX_ASSERTIONS_PER_ARTICLE');
    const threads = Math.max(1, config.get('WORKER_CONCURRENCY'));
    const resourceLimits = { maxOldGenerationSizeMb: config.get('SCORING_THREAD_HEAP_MB') };
    this.pool = new Piscina({
      filename: join(__dirname, 'scoring-thread.js'),
      minThreads: 0,
      maxThreads: Math.max(1, threads - 1),
      idleTimeout: 60_000,
      resourceLimits,
    });
    this.prompt = new Piscina({
      filename: join(__dirname, 'scoring-thread-prompt.js'),
      // The thread stays up and warm: a fresh thread spends the better part of a second loading the
      // TypeScript loader and the rubric before its first document, which an upload would wait for.
      minThreads: 1,
      maxThreads: 1,
      idleTimeout: 60_000,
      resourceLimits: { maxOldGenerationSizeMb: PROMPT_THREAD_HEAP_MB },
    });
  }

  /**
   * Scores one short sentence as the process starts, so the first upload finds a thread with the
   * scorer loaded and compiled; not awaited (a failure here fails no request).
   */
  onApplicationBootstrap(): void {
    this.score(WARM_UP, { outletType: 'media' }).catch(() => undefined);
  }

  /**
   * The text's content hash and how many assertions it would yield (checked before storing an
   * upload). Ordinary articles are inspected in place, which takes a few milliseconds and never
   * waits behind background scoring in the pool; only large texts go to a thread.
   */
  async inspect(text: string): Promise<{ assertions: number; hash: string }> {
    if (text.length <= INLINE_INSPECT_CHARS) return inspectText(text);
    const r = await this.pool.run({ kind: 'inspect', text });
    if (r.kind !== 'inspect') throw new Error('scoring thread answered a different task');
    return { assertions: r.assertions, hash: r.hash };
  }

  /** An ordinary article: scored in the prompt lane, in tens of milliseconds. */
  isPrompt(text: string): boolean {
    return text.length <= INLINE_INSPECT_CHARS;
  }

  /** Scores a document in a thread; throws TooManyAssertionsError over the limit. */
  async score(text: string, options: DocumentOptions): Promise<ScoredDocument> {
    const lane = this.isPrompt(text) ? this.prompt : this.pool;
    const r = await lane.run({ kind: 'score', text, options, maxAssertions: this.maxAssertions });
    if (r.kind === 'too-many') throw new TooManyAssertionsError(r.assertions, this.maxAssertions);
    if (r.kind !== 'score') throw new Error('scoring thread answered a different task');
    return r.doc;
  }

  /**
   * Scores a document on the calling thread, with the same assertion limit. For a batch process
   * whose main thread has nothing else to do (the import CLI): a thread would first spend about a
   * second loading the TypeScript loader and the rubric, longer than scoring a hundred releases.
   */
  scoreHere(text: string, options: DocumentOptions): ScoredDocument {
    const r = runTask({ kind: 'score', text, options, maxAssertions: this.maxAssertions });
    if (r.kind === 'too-many') throw new TooManyAssertionsError(r.assertions, this.maxAssertions);
    if (r.kind !== 'score') throw new Error('scoring answered a different task');
    return r.doc;
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([this.pool.destroy(), this.prompt.destroy()]);
  }
}
