import 'reflect-metadata';
import type { ScoredDocument } from '@auditor/scoring';
import { describeExtensions } from '@auditor/vocabulary';
import { HttpException, INestApplicationContext } from '@nestjs/common';
import { Command } from 'commander';
import { SingleBar } from 'cli-progress';
import { UsageError } from '../input';
import { ImportRecord, readInputs } from '../import/read-inputs';
import { importContext, ImportServices, validateMetadata } from '../import/import-context';
import type { ArticleMetadata } from '../../../api/src/articles/articles.service';
import type { Extracted } from '../../../api/src/extraction/extract';
import { contentHash } from '../../../api/src/extraction/normalise';

/** Articles per transaction (the service's own figure; import-context loads the service lazily). */
const IMPORT_BATCH = 100;

export interface ImportSummary {
  imported: number;
  duplicates: number;
  /** Known texts under another outlet, recorded as that outlet's syndicated copy (not counted in duplicates). */
  syndicated: number;
  failed: number;
  scored: number;
  scoringFailed: number;
  /** Claim-grouping jobs (one per batch of articles) still queued or running when the import ended. */
  groupingPending: number;
  failures: { origin: string; error: string }[];
  seconds: number;
}

export interface ImportOptions {
  progress?: boolean;
  /** Stop waiting for scoring after this many seconds (the jobs stay queued for the service). */
  waitSeconds?: number;
  /** Also wait until claim grouping (corroborate-article jobs) has caught up. */
  waitForGrouping?: boolean;
}

const message = (e: unknown) =>
  e instanceof HttpException
    ? String((e.getResponse() as { message?: unknown }).message ?? e.message)
    : (e as Error).message;

type Prepared = { index: number; origin: string; extracted: Extracted; meta: ArticleMetadata; hash: string };

async function prepare(
  s: ImportServices,
  record: ImportRecord,
): Promise<{ extracted: Extracted; meta: ArticleMetadata }> {
  const meta = await validateMetadata(record.metadata);
  const c = record.content;
  const input =
    'bytes' in c
      ? { source: 'file' as const, bytes: c.bytes, filename: c.filename }
      : 'text' in c
        ? { source: 'text' as const, text: c.text }
        : { source: 'html' as const, html: c.html };
  const size = 'bytes' in c ? c.bytes.length : Buffer.byteLength('text' in c ? c.text : c.html);
  if (size > s.maxBytes) throw new Error(`larger than the upload limit of ${s.maxBytes} bytes`);
  return { extracted: await s.extract(input), meta };
}

/**
 * Imports a folder or JSONL file through the service's own extraction, validation, scoring and
 * storage, in batches: each batch of new texts is scored in this process (while the database
 * writes the batch before it) and written in one transaction of multi-row statements (articles arrive scored), with one claim
 * grouping job per batch, run after it by the service's workers (or here with waitForGrouping).
 * Texts already stored are counted as duplicates, or recorded as another outlet's syndicated copy,
 * through the upload's own path, so re-running an import adds nothing. A record that fails
 * (unreadable, invalid, refused by the scorer, or refused by the database on its own) is reported
 * and the others are stored.
 */
export async function runImport(path: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const t0 = Date.now();
  const summary: ImportSummary = {
    imported: 0,
    duplicates: 0,
    syndicated: 0,
    failed: 0,
    scored: 0,
    scoringFailed: 0,
    groupingPending: 0,
    failures: [],
    seconds: 0,
  };
  const { app, services, release } = await importContext({ workers: !!options.waitForGrouping });
  const failures: Array<{ index: number; origin: string; error: string }> = [];
  const fail = (index: number, origin: string, e: unknown) => {
    summary.failed++;
    failures.push({ index, origin, error: typeof e === 'string' ? e : message(e) });
  };
  const actor = { userId: null, requestId: 'import-cli' };
  const bar =
    options.progress === false
      ? null
      : new SingleBar({ format: '{phase} [{bar}] {value}/{total} {detail}', stream: process.stderr, hideCursor: true });
  try {
    const records = [];
    for await (const r of readInputs(path)) records.push(r);
    bar?.start(records.length, 0, { phase: 'importing', detail: '' });
    const prepared: Prepared[] = [];
    for (const [index, r] of records.entries()) {
      if ('error' in r) fail(index, r.origin, r.error);
      else {
        try {
          const { extracted, meta } = await prepare(services, r.record);
          prepared.push({ index, origin: r.record.origin, extracted, meta, hash: contentHash(extracted.text) });
        } catch (e) {
          fail(index, r.record.origin, e);
        }
      }
    }
    // Known texts (stored before, or repeated within this import) go through the upload's path
    // after the new ones are written: a duplicate, or another outlet's syndicated copy.
    const stored = await services.articles.findByHashes(prepared.map((p) => p.hash));
    const seen = new Set<string>();
    const fresh: Prepared[] = [];
    const known: Prepared[] = [];
    for (const p of prepared) {
      const s = stored.get(p.hash);
      // The same text under the same outlet (or none): nothing to record, no round trip.
      if (s && s.status !== 'queued' && (!p.meta.outlet?.trim() || p.meta.outlet.trim() === s.outlet))
        summary.duplicates++;
      else if (s || seen.has(p.hash)) known.push(p);
      else fresh.push(p);
      seen.add(p.hash);
    }
    bar?.update(records.length - fresh.length - known.length);

    // Each batch is scored here while the database writes the one before it.
    const score = (batch: Prepared[]) =>
      Promise.all(
        batch.map(async (p) => {
          try {
            const doc = await services.score(p.extracted.text, p.meta, p.extracted);
            return { ...p, doc };
          } catch (e) {
            fail(p.index, p.origin, e);
            return null;
          }
        }),
      );
    const batches = Array.from({ length: Math.ceil(fresh.length / IMPORT_BATCH) }, (_, i) =>
      fresh.slice(i * IMPORT_BATCH, (i + 1) * IMPORT_BATCH),
    );
    let scored = batches.length ? await score(batches[0]) : [];
    for (let b = 0; b < batches.length; b++) {
      const writing = writeBatch(
        services,
        scored.filter((x) => x !== null),
        actor,
        fail,
      );
      scored = b + 1 < batches.length ? await score(batches[b + 1]) : [];
      for (const p of await writing) {
        if (p.id) {
          summary.imported++;
          summary.scored++;
        } else known.push(p); // stored meanwhile by another writer: a known text now
      }
      bar?.increment(batches[b].length, { detail: '' });
    }
    for (const p of known.sort((a, b) => a.index - b.index)) {
      try {
        const result = await services.articles.upload(p.extracted, p.meta, actor);
        if (result.knownText?.recorded === 'syndicated-copy') summary.syndicated++;
        else if (result.duplicate) summary.duplicates++;
        else summary.imported++; // deleted meanwhile and stored again: scored by a worker
      } catch (e) {
        fail(p.index, p.origin, e);
      }
      bar?.increment(1, { detail: p.origin.slice(0, 40) });
    }
    bar?.stop();
    summary.failures = failures.sort((a, b) => a.index - b.index).map(({ origin, error }) => ({ origin, error }));
    await waitForGrouping(app, summary, options);
  } finally {
    bar?.stop();
    await app.close();
    await release();
  }
  summary.seconds = (Date.now() - t0) / 1000;
  return summary;
}

/**
 * One transaction for the batch; when it fails, each article is written in its own so that one
 * bad row costs only itself. Returns every article with its new id (absent when its text was
 * stored meanwhile by someone else).
 */
async function writeBatch<T extends Prepared & { doc: ScoredDocument }>(
  s: ImportServices,
  batch: T[],
  actor: { userId: null; requestId: string },
  fail: (index: number, origin: string, e: unknown) => void,
): Promise<Array<T & { id?: string }>> {
  const write = async (items: T[]) => {
    const ids = await s.articles.importBatch(items, actor);
    return items.map((p) => ({ ...p, id: ids.get(p.hash) }));
  };
  try {
    return await write(batch);
  } catch {
    const out: Array<T & { id?: string }> = [];
    for (const p of batch) {
      try {
        out.push(...(await write([p])));
      } catch (e) {
        fail(p.index, p.origin, e);
      }
    }
    return out;
  }
}

/**
 * Articles arrive scored; claim grouping follows, one job per batch. By default the import ends
 * here and the service's workers (or the next worker to start) group them; with waitForGrouping
 * this process runs the grouping workers and waits until the queues are empty.
 */
async function waitForGrouping(
  app: INestApplicationContext,
  summary: ImportSummary,
  options: ImportOptions,
): Promise<void> {
  const { JobQueue } = await import('../../../api/src/jobs/job-queue.service');
  const { CORROBORATE_ARTICLE, CORROBORATE_ARTICLES } = await import('../../../api/src/jobs/job-names');
  const boss = app.get(JobQueue).boss;
  const pending = async () =>
    (await boss.getQueueSize(CORROBORATE_ARTICLE, { before: 'completed' })) +
    (await boss.getQueueSize(CORROBORATE_ARTICLES, { before: 'completed' }));
  const until = Date.now() + (options.waitSeconds ?? 600) * 1000;
  if (options.waitForGrouping)
    while (Date.now() < until && (await pending()) > 0) await new Promise((r) => setTimeout(r, 100));
  summary.groupingPending = await pending();
}

export function importCommand(): Command {
  return new Command('import')
    .description(
      `import many articles (a folder of ${describeExtensions()} files with optional INDEX.json, or a .jsonl file) and score them`,
    )
    .argument('<path>', 'folder or .jsonl file')
    .option('--no-progress', 'no progress bar')
    .option('--json', 'print the summary as JSON')
    .option('--wait-grouping', 'also wait until claim grouping has caught up')
    .action(async (path: string, opts: { progress: boolean; json?: boolean; waitGrouping?: boolean }) => {
      let summary: ImportSummary;
      try {
        summary = await runImport(path, {
          progress: opts.progress && process.stderr.isTTY,
          waitForGrouping: opts.waitGrouping,
        });
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
      if (opts.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
      else {
        const lines = [
          `imported ${summary.imported}, duplicates skipped ${summary.duplicates}${summary.syndicated ? `, syndicated copies recorded ${summary.syndicated}` : ''}, failed ${summary.failed}; scored ${summary.scored}${summary.scoringFailed ? `, scoring failed ${summary.scoringFailed}` : ''} in ${summary.seconds.toFixed(1)} s${summary.groupingPending ? `; claim grouping still queued (${summary.groupingPending} jobs; the service finishes it)` : ''}`,
          ...summary.failures.map((f) => `  failed: ${f.origin}: ${f.error}`),
        ];
        process.stdout.write(`${lines.join('\n')}\n`);
      }
      if (summary.failed > 0 || summary.scoringFailed > 0) process.exitCode = 1;
    });
}
