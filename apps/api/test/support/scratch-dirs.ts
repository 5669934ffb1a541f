import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Scratch folders under the system temp directory that are removed when the calling test file
 * ends, so repeated `npm test` runs do not pile folders up in /tmp. Call it where hooks may be
 * declared (file or describe scope); call the returned function anywhere, hooks included.
 */
export function scratchDirs(prefix: string): () => string {
  const made: string[] = [];
  afterAll(() => {
    // Retries: a service child killed just before may still be closing its log file.
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}
