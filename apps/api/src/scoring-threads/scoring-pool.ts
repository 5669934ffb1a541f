import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { join } from 'node:path';
import Piscina from 'piscina';
import type { DocumentOptions, ScoredDocument } from '@auditor/scoring';
import { AppConfig } from '../config/config.module';
import type { ScoringResult, ScoringTask } from './scoring-task';

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
 */
@Injectable()
export class ScoringPool implements OnModuleDestroy {
  private readonly pool: Piscina<ScoringTask, ScoringResult>;
  readonly maxAssertions: number;

  constructor(config: AppConfig) {
    this.maxAssertions = config.get('MAX_ASSERTIONS_PER_ARTICLE');
    this.pool = new Piscina({
      filename: join(__dirname, 'scoring-thread.js'),
      minThreads: 0,
      maxThreads: Math.max(1, config.get('WORKER_CONCURRENCY')),
      idleTimeout: 60_000,
      resourceLimits: { maxOldGenerationSizeMb: config.get('SCORING_THREAD_HEAP_MB') },
    });
  }

  /** How many assertions the text would yield (for refusing an upload before storing it). */
  async countAssertions(text: string): Promise<number> {
    const r = await this.pool.run({ kind: 'count', text });
    return r.kind === 'count' ? r.assertions : 0;
  }

  /** Scores a document in a thread; throws TooManyAssertionsError over the limit. */
  async score(text: string, options: DocumentOptions): Promise<ScoredDocument> {
    const r = await this.pool.run({ kind: 'score', text, options, maxAssertions: this.maxAssertions });
    if (r.kind === 'too-many') throw new TooManyAssertionsError(r.assertions, this.maxAssertions);
    if (r.kind !== 'score') throw new Error('scoring thread answered a different task');
    return r.doc;
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.destroy();
  }
}
