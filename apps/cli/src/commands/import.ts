import 'reflect-metadata';
import type { UploadAccepted } from '@auditor/contracts';
import { describeExtensions } from '@auditor/vocabulary';
import { HttpException, INestApplicationContext } from '@nestjs/common';
import { Command } from 'commander';
import { SingleBar } from 'cli-progress';
import { UsageError } from '../input';
import { ImportRecord, readInputs } from '../import/read-inputs';
import { importContext, ImportServices, validateMetadata } from '../import/import-context';

export interface ImportSummary {
  imported: number;
  duplicates: number;
  /** Known texts under another outlet, recorded as that outlet's syndicated copy (not counted in duplicates). */
  syndicated: number;
  failed: number;
  scored: number;
  scoringFailed: number;
  /** Claim-grouping jobs still queued or running when the import ended. */
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

async function ingest(s: ImportServices, record: ImportRecord): Promise<UploadAccepted> {
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
  const extracted = await s.extract(input);
  return s.articles.upload(extracted, meta, { userId: null, requestId: 'import-cli' });
}

/**
 * Imports a folder or JSONL file through the same services as `POST /api/articles`, then runs
 * scoring jobs in this process until every imported article is scored — so it works whether or not
 * the service is running (a running service's workers simply share the jobs).
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
  const { app, services, release } = await importContext();
  const ids: string[] = [];
  const bar =
    options.progress === false
      ? null
      : new SingleBar({ format: '{phase} [{bar}] {value}/{total} {detail}', stream: process.stderr, hideCursor: true });
  try {
    const records = [];
    for await (const r of readInputs(path)) records.push(r);
    bar?.start(records.length, 0, { phase: 'importing', detail: '' });
    for (const r of records) {
      if ('error' in r) {
        summary.failed++;
        summary.failures.push(r);
      } else {
        try {
          const result = await ingest(services, r.record);
          if (result.knownText?.recorded === 'syndicated-copy') summary.syndicated++;
          else if (result.duplicate) summary.duplicates++;
          else {
            summary.imported++;
            ids.push(result.id);
          }
        } catch (e) {
          summary.failed++;
          summary.failures.push({ origin: r.record.origin, error: message(e) });
        }
      }
      bar?.increment(1, { detail: 'record' in r ? r.record.origin.slice(0, 40) : r.origin });
    }
    bar?.stop();
    await waitForScoring(app, ids, summary, options, bar);
  } finally {
    bar?.stop();
    await app.close();
    await release();
  }
  summary.seconds = (Date.now() - t0) / 1000;
  return summary;
}

async function waitForScoring(
  app: INestApplicationContext,
  ids: string[],
  summary: ImportSummary,
  options: ImportOptions,
  bar: SingleBar | null,
): Promise<void> {
  if (ids.length === 0) return;
  const { PrismaService } = await import('../../../api/src/database/prisma.service');
  const prisma = app.get(PrismaService);
  const until = Date.now() + (options.waitSeconds ?? 600) * 1000;
  bar?.start(ids.length, 0, { phase: 'scoring  ', detail: '' });
  for (;;) {
    const rows = await prisma.article.groupBy({ by: ['status'], where: { id: { in: ids } }, _count: true });
    const count = (s: string) => rows.find((r) => r.status === s)?._count ?? 0;
    summary.scored = count('scored');
    summary.scoringFailed = count('failed');
    bar?.update(summary.scored + summary.scoringFailed, {
      detail: summary.scoringFailed ? `${summary.scoringFailed} failed` : '',
    });
    if (summary.scored + summary.scoringFailed >= ids.length || Date.now() > until) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  bar?.stop();
  // Claim grouping follows scoring, one article at a time. By default the import ends when its
  // articles are scored; grouping jobs left over are finished by the service or the next worker.
  const { JobQueue } = await import('../../../api/src/jobs/job-queue.service');
  const { CORROBORATE_ARTICLE } = await import('../../../api/src/jobs/job-names');
  const boss = app.get(JobQueue).boss;
  const pending = () => boss.getQueueSize(CORROBORATE_ARTICLE, { before: 'completed' });
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
          `imported ${summary.imported}, duplicates skipped ${summary.duplicates}${summary.syndicated ? `, syndicated copies recorded ${summary.syndicated}` : ''}, failed ${summary.failed}; scored ${summary.scored}${summary.scoringFailed ? `, scoring failed ${summary.scoringFailed}` : ''} in ${summary.seconds.toFixed(1)} s${summary.groupingPending ? `; claim grouping still queued for ${summary.groupingPending} articles (the service finishes it)` : ''}`,
          ...summary.failures.map((f) => `  failed: ${f.origin}: ${f.error}`),
        ];
        process.stdout.write(`${lines.join('\n')}\n`);
      }
      if (summary.failed > 0 || summary.scoringFailed > 0) process.exitCode = 1;
    });
}
