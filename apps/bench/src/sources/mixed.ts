import { ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CorpusOptions, generateArticles, planOutlets } from './corpus';
import { Target } from './load-plan';
import { Random } from './random';
import { SentencePool } from './sentence-pool';

const ROOT = resolve(__dirname, '../../../..');

/**
 * `count` distinct upload bodies of `perArticle` assertions each (about a seed article's size),
 * composed from the same scored sentences as the corpus but from another seed, dated inside the
 * corpus's years and published by its outlets: what an analyst's upload would add. Written as
 * JSON to `file` for the load client.
 */
export function writeUploadBodies(
  file: string,
  pool: SentencePool,
  opts: CorpusOptions,
  count: number,
  perArticle: number,
): { count: number; meanBytes: number } {
  const rnd = new Random(opts.seed + 7919);
  const outlets = planOutlets(pool, opts, rnd);
  const bodies = [];
  for (const a of generateArticles(pool, outlets, { ...opts, articles: count, perArticle }, rnd)) {
    const o = outlets[a.outlet]!;
    bodies.push({
      text: a.text,
      title: `Upload: ${a.title}`,
      outlet: o.name,
      outletType: o.type,
      publishedAt: a.publishedAt.toISOString(),
    });
  }
  writeFileSync(file, JSON.stringify(bodies));
  return { count: bodies.length, meanBytes: bodies.reduce((n, b) => n + b.text.length, 0) / bodies.length };
}

/**
 * Request kinds of an analyst browsing, by weight: mostly cards and list pages that other
 * requests also read (served from the API's cache until a write changes the summaries), about one
 * in nine with a date window nobody asked for yet (computed), and the odd full-text search.
 */
const READER_MIX: Array<[kind: ReaderKind, weight: number]> = [
  ['card', 18],
  ['dated card', 4],
  ['list', 6],
  ['map', 2],
  ['card, new window', 3],
  ['list, new window', 1],
  ['search', 1],
];
type ReaderKind = 'card' | 'dated card' | 'list' | 'map' | 'card, new window' | 'list, new window' | 'search';

const SEARCHES = [
  '/api/articles?q=Kunduz',
  '/api/articles?q=Taliban&sort=alarmism',
  '/api/articles?q=%22weapons+cache%22',
  '/api/articles?q=Helmand&outletType=military&from=2016-01-01&to=2018-12-31',
];

/**
 * The readers' rotation: READER_MIX interleaved by smooth weighted round robin (so the kinds
 * alternate rather than come in runs), `laps` times, each kind walking through its own paths.
 * New-window targets are marked fresh; the load client gives each of them a window of its own.
 */
export function readerTargets(cards: string[], lists: string[], window: string, laps = 10): Target[] {
  const paths: Record<ReaderKind, string[]> = {
    card: cards,
    'dated card': cards.map((c) => `${c}?${window}`),
    list: [...lists, `/api/sources?${window}`],
    map: ['/api/sources/map', `/api/sources/map?kind=cited`],
    'card, new window': cards,
    'list, new window': lists,
    search: SEARCHES,
  };
  const used = new Map<ReaderKind, number>();
  const credit = new Map<ReaderKind, number>();
  const total = READER_MIX.reduce((n, [, w]) => n + w, 0);
  const targets: Target[] = [];
  for (let i = 0; i < total * laps; i++) {
    let best: ReaderKind | undefined;
    for (const [kind, w] of READER_MIX) {
      credit.set(kind, (credit.get(kind) ?? 0) + w);
      if (best === undefined || credit.get(kind)! > credit.get(best)!) best = kind;
    }
    credit.set(best!, credit.get(best!)! - total);
    const k = used.get(best!) ?? 0;
    used.set(best!, k + 1);
    const list = paths[best!];
    targets.push({ group: `readers: ${best}`, path: list[k % list.length]!, fresh: best!.endsWith('new window') });
  }
  return targets;
}

/**
 * `npm run worker` as a deployment runs it beside API processes that run no jobs: its own process
 * (and event loop) against the same database. Resolves once it has started.
 */
export function startWorker(url: string, threads: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'apps/api/src/worker.ts')], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, WORKER_CONCURRENCY: String(threads), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolveStarted, reject) => {
    let out = '';
    const onData = (d: Buffer) => {
      out += d.toString();
      if (out.includes('scoring worker started')) {
        child.stdout!.off('data', onData);
        child.stdout!.resume();
        resolveStarted(child);
      }
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`worker exited with ${code} before it started`)));
  });
}

export function stopWorker(w: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (w.exitCode !== null) return done();
    w.once('exit', () => done());
    w.kill('SIGTERM');
  });
}
