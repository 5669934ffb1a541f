import autocannon from 'autocannon';
import { LoadPlan, LoadResult, summarise, Target } from './load-plan';

/**
 * The load generator, run as its own process by the sources bench (see load.ts) so that building
 * requests and parsing responses does not compete with the server for its event loop. Reads a
 * LoadPlan from BENCH_LOAD_PLAN and prints one LoadResult as JSON.
 */

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
  return plan.uniqueWindows
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

/** `connections` keep-alive clients for `seconds`; each request takes the next target in turn. */
function load(plan: LoadPlan): Promise<LoadResult> {
  const rec = new Recorder();
  let next = 0;
  // onResponse runs just before the 'response' event of the same response (autocannon's client
  // does both synchronously), which is how a latency learns its request's group.
  let lastGroup = '';
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: plan.base,
        connections: plan.connections,
        duration: plan.seconds,
        headers: { authorization: `Bearer ${plan.token}` },
        requests: [
          {
            method: 'GET',
            setupRequest: (req, context) => {
              const k = next++;
              const t = plan.targets[k % plan.targets.length]!;
              context.group = t.group;
              return { ...req, path: pathFor(t, k, plan) };
            },
            onResponse: (status, body, context) => {
              lastGroup = String(context.group);
              if (status >= 300) rec.note(`${status} (${lastGroup}): ${body}`);
            },
          },
        ],
      },
      (err, r) => {
        if (err) return reject(err);
        const statuses = Object.fromEntries(Object.entries(r.statusCodeStats).map(([s, v]) => [s, v.count]));
        resolve(
          rec.result({
            seconds: r.duration,
            requests: rec.all.length,
            errors: r.errors,
            timeouts: r.timeouts,
            non2xx: r.non2xx,
            statuses,
          }),
        );
      },
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) =>
      rec.record(lastGroup, ms),
    );
    instance.on('reqError', (e: Error) => rec.note(`request error: ${e.message}`));
  });
}

async function main(): Promise<void> {
  const plan = JSON.parse(process.env.BENCH_LOAD_PLAN ?? 'null') as LoadPlan | null;
  if (!plan?.targets?.length) throw new Error('BENCH_LOAD_PLAN must hold a load plan with targets');
  const result = plan.mode === 'cold' ? await cold(plan) : await load(plan);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().then(
  () => process.exit(0),
  (e: Error) => {
    console.error(`load client failed: ${e.stack ?? e.message}`);
    process.exit(1);
  },
);
