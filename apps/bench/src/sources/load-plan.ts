/** What the parent asks of the load client process, and what it answers (one JSON line). */

export interface Target {
  /** Latencies are summarised per group as well as overall (e.g. outlet vs cited cards). */
  group: string;
  path: string;
  /** With `uniqueWindows`: false keeps this path as it is (a cache-friendly read in a mixed plan). */
  fresh?: boolean;
}

/** Authenticated uploads (POST /api/articles) of distinct article texts, one after another per connection. */
export interface UploadPlan {
  connections: number;
  /** The uploaders' bearer token (the readers use LoadPlan.token). */
  token: string;
  /** A JSON file holding an array of upload bodies (too large for an environment variable). */
  bodiesFile: string;
  /** `?wait=true`: each upload answers once its article is scored (up to the API's 30 s). */
  wait: boolean;
}

export interface LoadPlan {
  base: string;
  /** The readers' bearer token. */
  token: string;
  /**
   * cold: each target once, in turn; load: `connections` clients for `seconds`, rotating over the
   * targets; mixed: the same readers and, at the same time, `writers` uploading.
   */
  mode: 'cold' | 'load' | 'mixed';
  connections: number;
  seconds: number;
  targets: Target[];
  /**
   * Give every request a date window no other request had (inside the corpus's dates), so no
   * response can come from the API's card and list cache: the cost of computing one.
   */
  uniqueWindows?: { start: string; years: number };
  writers?: UploadPlan;
}

export interface LatencySummary {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface LoadResult {
  seconds: number;
  /** Responses received, whatever their status. */
  requests: number;
  /** Connection errors and timeouts (no response at all). */
  errors: number;
  timeouts: number;
  non2xx: number;
  statuses: Record<string, number>;
  /** Latency of every response, non-2xx included. */
  overall: LatencySummary;
  groups: Record<string, LatencySummary>;
  /** The first few error messages or non-2xx bodies, to tell what went wrong. */
  samples: string[];
  /** A mixed plan's readers and writers on their own (the totals above cover both). */
  parts?: { readers: LoadResult; writers: LoadResult };
  /** CPU the load client's process used while it ran the plan. */
  clientCpuMs?: number;
}

/** What the server process itself spent meanwhile (it runs the load client as a child). */
export interface CpuUse {
  /** CPU time of the server's process per response. */
  serverMsPerRequest: number;
  /** Busy share of all cores of the machine, whoever used them (PostgreSQL, the client, others). */
  machineBusy: number;
  /** CPU of the embedded PostgreSQL's processes per response (0 on an external database). */
  postgresMsPerRequest: number;
  /** CPU of the load client's process per response. */
  clientMsPerRequest: number;
}

/** Nearest-rank percentiles over the exact latencies (autocannon's histogram has no p95). */
export function summarise(latencies: number[]): LatencySummary {
  const xs = Float64Array.from(latencies).sort();
  const at = (p: number) =>
    xs.length ? xs[Math.min(xs.length - 1, Math.max(0, Math.ceil((p / 100) * xs.length) - 1))]! : NaN;
  return { n: xs.length, p50: at(50), p95: at(95), p99: at(99), max: xs.length ? xs[xs.length - 1]! : NaN };
}
