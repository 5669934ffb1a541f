import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { LoadPlan, LoadResult, summarise, Target, UploadPlan } from './load-plan';

/**
 * The load generator, run as its own process by the sources bench (see load.ts) so that building
 * requests and parsing responses does not compete with the server for its event loop. Reads a
 * LoadPlan from the file BENCH_LOAD_PLAN_FILE (or the JSON in BENCH_LOAD_PLAN) and prints one LoadResult as JSON.
 */

type AutocannonRequest = NonNullable<Parameters<typeof autocannon>[0]['requests']>[number];

const MAX_SAMPLES = 3;
const DAY_MS = 86_400_000;

/**
 * The k-th distinct window: `from` walks day by day through the first half of the corpus, and
 * each lap lengthens the window by a day, so no two requests share one.
 */
function windowFor(k: number, { start, years }: NonNullable<LoadPlan['uniqueWindows']>): string {
  const lap = Math.floor((years * 365) / 2);
  const from = Date.parse(`${start}T00:00:00Z`) + (k % lap) * DAY_MS;
  const to = from + (Math.floor((years * 365) / 4) + Math.floor(k / lap)) * DAY_MS;
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return `from=${day(from)}&to=${day(to)}`;
}

function pathFor(t: Target, k: number, plan: LoadPlan): string {
  return plan.uniqueWindows && t.fresh !== false
    ? `${t.path}${t.path.includes('?') ? '&' : '?'}${windowFor(k, plan.uniqueWindows)}`
    : t.path;
}

class Recorder {
  readonly all: number[] = [];
  readonly byGroup = new Map<string, number[]>();
  readonly samples: string[] = [];

  record(group: string, ms: number): void {
    this.all.push(ms);
    const list = this.byGroup.get(group) ?? [];
    list.push(ms);
    this.byGroup.set(group, list);
  }

  note(text: string): void {
    if (this.samples.length < MAX_SAMPLES) this.samples.push(text.slice(0, 300));
  }

  result(counts: Omit<LoadResult, 'overall' | 'groups' | 'samples'>): LoadResult {
    return {
      ...counts,
      overall: summarise(this.all),
      groups: Object.fromEntries([...this.byGroup].map(([g, xs]) => [g, summarise(xs)])),
      samples: this.samples,
    };
  }
}

/** Each target once, one after another: the first (cold) request of every path. */
async function cold(plan: LoadPlan): Promise<LoadResult> {
  const rec = new Recorder();
  const statuses: Record<string, number> = {};
  let errors = 0;
  const started = performance.now();
  for (const [k, t] of plan.targets.entries()) {
    const t0 = performance.now();
    try {
      const res = await fetch(`${plan.base}${pathFor(t, k, plan)}`, {
        headers: { authorization: `Bearer ${plan.token}` },
      });
      const body = await res.text();
      rec.record(t.group, performance.now() - t0);
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      if (res.status >= 300) rec.note(`${res.status} ${t.path}: ${body}`);
    } catch (e) {
      errors++;
      rec.note(`${t.path}: ${(e as Error).message}`);
    }
  }
  const non2xx = Object.entries(statuses)
    .filter(([s]) => !s.startsWith('2'))
    .reduce((n, [, c]) => n + c, 0);
  return rec.result({
    seconds: (performance.now() - started) / 1000,
    requests: rec.all.length,
    errors,
    timeouts: 0,
    non2xx,
    statuses,
  });
}

interface Counts {
  seconds: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statuses: Record<string, number>;
}

/**
 * `connections` keep-alive clients for `seconds`, each sending `request` (autocannon calls its
 * setupRequest before every request); latencies go to `rec` by the group the request named.
 */
function drive(
  base: string,
  headers: Record<string, string>,
  connections: number,
  seconds: number,
  request: AutocannonRequest,
  rec: Recorder,
): Promise<Counts> {
  // onResponse runs just before the 'response' event of the same response (autocannon's client
  // does both synchronously), which is how a latency learns its request's group.
  let lastGroup = '';
  const onResponse = request.onResponse;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections,
        duration: seconds,
        // Uploads waiting for their scoring may take the API's full 30 s.
        timeout: 40,
        headers,
        requests: [
          {
            ...request,
            onResponse: (status, body, context) => {
              lastGroup = String(context.group);
              if (status >= 300) rec.note(`${status} (${lastGroup}): ${body}`);
              onResponse?.(status, body, context);
            },
          },
        ],
      },
      (err, r) => {
        if (err) return reject(err);
        resolve({
          seconds: r.duration,
          errors: r.errors,
          timeouts: r.timeouts,
          non2xx: r.non2xx,
          statuses: Object.fromEntries(Object.entries(r.statusCodeStats).map(([s, v]) => [s, v.count])),
        });
      },
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) =>
      rec.record(lastGroup, ms),
    );
    instance.on('reqError', (e: Error) => rec.note(`request error: ${e.message}`));
  });
}

/** GETs rotating over the plan's targets: each request takes the next target in turn. */
function reads(plan: LoadPlan, rec: Recorder): Promise<Counts> {
  let next = 0;
  return drive(
    plan.base,
    { authorization: `Bearer ${plan.token}` },
    plan.connections,
    plan.seconds,
    {
      method: 'GET',
      setupRequest: (req, context) => {
        const k = next++;
        const t = plan.targets[k % plan.targets.length]!;
        context.group = t.group;
        return { ...req, path: pathFor(t, k, plan) };
      },
    },
    rec,
  );
}

/**
 * Uploads of the plan's article bodies, each text once (past the end of the list, a numbered
 * closing line keeps a text new, so none is answered as a duplicate).
 */
function writes(plan: LoadPlan, w: UploadPlan, rec: Recorder): Promise<Counts> {
  const bodies = JSON.parse(readFileSync(w.bodiesFile, 'utf8')) as Array<{ text: string } & Record<string, unknown>>;
  let next = 0;
  return drive(
    plan.base,
    { authorization: `Bearer ${w.token}`, 'content-type': 'application/json' },
    w.connections,
    plan.seconds,
    {
      method: 'POST',
      setupRequest: (req, context) => {
        const k = next++;
        const b = bodies[k % bodies.length]!;
        const lap = Math.floor(k / bodies.length);
        context.group = 'writers: upload';
        return {
          ...req,
          method: 'POST',
          path: `/api/articles${w.wait ? '?wait=true' : ''}`,
          body: JSON.stringify(lap ? { ...b, text: `${b.text}\n\nUpload ${lap}.` } : b),
        };
      },
    },
    rec,
  );
}

const totals = (parts: Counts[]): Counts => ({
  seconds: Math.max(...parts.map((p) => p.seconds)),
  errors: parts.reduce((n, p) => n + p.errors, 0),
  timeouts: parts.reduce((n, p) => n + p.timeouts, 0),
  non2xx: parts.reduce((n, p) => n + p.non2xx, 0),
  statuses: parts.reduce<Record<string, number>>((all, p) => {
    for (const [s, c] of Object.entries(p.statuses)) all[s] = (all[s] ?? 0) + c;
    return all;
  }, {}),
});

async function load(plan: LoadPlan): Promise<LoadResult> {
  const rec = new Recorder();
  const counts = await reads(plan, rec);
  return rec.result({ ...counts, requests: rec.all.length });
}

/** Readers and writers at once, each on its own connections; the totals and each side on its own. */
async function mixed(plan: LoadPlan): Promise<LoadResult> {
  if (!plan.writers) throw new Error('a mixed plan needs writers');
  const r = new Recorder();
  const w = new Recorder();
  const [rc, wc] = await Promise.all([reads(plan, r), writes(plan, plan.writers, w)]);
  const all = new Recorder();
  for (const part of [r, w]) {
    for (const [g, xs] of part.byGroup) for (const x of xs) all.record(g, x);
    for (const s of part.samples) all.note(s);
  }
  return {
    ...all.result({ ...totals([rc, wc]), requests: all.all.length }),
    parts: {
      readers: r.result({ ...rc, requests: r.all.length }),
      writers: w.result({ ...wc, requests: w.all.length }),
    },
  };
}

async function main(): Promise<void> {
  const file = process.env.BENCH_LOAD_PLAN_FILE;
  const plan = JSON.parse(
    file ? readFileSync(file, 'utf8') : (process.env.BENCH_LOAD_PLAN ?? 'null'),
  ) as LoadPlan | null;
  if (!plan?.targets?.length) throw new Error('BENCH_LOAD_PLAN must hold a load plan with targets');
  const cpu0 = process.cpuUsage();
  const result = plan.mode === 'cold' ? await cold(plan) : plan.mode === 'mixed' ? await mixed(plan) : await load(plan);
  const cpu = process.cpuUsage(cpu0);
  process.stdout.write(`${JSON.stringify({ ...result, clientCpuMs: (cpu.user + cpu.system) / 1000 })}\n`);
}

main().then(
  () => process.exit(0),
  (e: Error) => {
    console.error(`load client failed: ${e.stack ?? e.message}`);
    process.exit(1);
  },
);
