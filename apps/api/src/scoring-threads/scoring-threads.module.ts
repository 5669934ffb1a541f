import { Global, Module } from '@nestjs/common';
import { ScoringPool } from './scoring-pool';

/** One thread pool per process, shared by the scoring jobs and the upload's size check. */
@Global()
@Module({ providers: [ScoringPool], exports: [ScoringPool] })
export class ScoringThreadsModule {}
