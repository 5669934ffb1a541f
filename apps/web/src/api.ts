/**
 * The API client: every request goes through `request()`, which sends the session cookie
 * (same origin), the CSRF token on state-changing methods, and turns error bodies
 * (`{message: string | string[]}`) into an ApiError a screen can show.
 *
 * This file uses no DOM-only globals (the repository-wide tsc checks it without the DOM lib).
 */

// ------------------------------------------------------------------ vocabulary

export { ARTICLE_STATUSES, OUTLET_TYPES, PROVENANCES, ROLES, SOURCE_TYPES } from '@auditor/vocabulary';
export type { ArticleStatus, OutletType, Provenance, ReviewDecision as Decision, Role, SourceType } from '@auditor/vocabulary';
import { ROLES, type ArticleStatus, type OutletType, type Provenance, type ReviewDecision as Decision, type Role, type SourceType } from '@auditor/vocabulary';

export const hasRole = (role: Role | undefined | null, min: Role): boolean => !!role && ROLES.indexOf(role) >= ROLES.indexOf(min);

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

// ------------------------------------------------------------------ auth and users

export interface SessionUser {
  id: string;
  email: string;
  role: Role;
  [key: string]: unknown;
}

export interface Session {
  user: SessionUser;
  csrfToken: string;
}

export interface User {
  id: string;
  email: string;
  role: Role;
  disabled: boolean;
  disabledAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ApiToken {
  id: string;
  userId: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
}

export interface CreatedApiToken {
  id: string;
  name: string;
  token: string;
  prefix: string;
  expiresAt: string | null;
}

// ------------------------------------------------------------------ articles

export interface ArticleListItem {
  id: string;
  title: string | null;
  url: string | null;
  author: string | null;
  publishedAt: string | null;
  status: ArticleStatus;
  rubricVersion: string | null;
  createdAt: string;
  scoredAt: string | null;
  outlet: { id: string; name: string; type: OutletType | null } | null;
  assertionCount: number;
}

export interface Article extends ArticleListItem {
  text: string;
  format: string;
  error: string | null;
  summary: unknown;
  contentHash: string;
  updatedAt: string;
  original: { mediaType: string; filename: string | null } | null;
}

export interface UploadAccepted {
  id: string;
  status: ArticleStatus;
  statusUrl: string;
  duplicate: boolean;
}

export interface UploadMetadata {
  title?: string;
  outlet?: string;
  outletType?: string;
  publishedAt?: string;
  url?: string;
  author?: string;
}

export interface Signal {
  id: string;
  weight: number;
  score: 'sourcingQuality' | 'alarmism' | 'hedged' | 'admiralty';
  span?: [number, number];
  reason: string;
}

export interface StoredOverrides {
  provenance?: Provenance;
  sourcingQuality?: number;
  alarmism?: number;
  hedged?: boolean;
  admiralty?: string;
  attribution?: null | { citedSourceId: string };
}

export interface LatestReview {
  decision: Decision;
  overrides: StoredOverrides | null;
  reason?: string | null;
  reviewerId?: string | null;
  createdAt?: string;
}

export interface Attribution {
  source: string;
  canonicalName: string;
  citedSourceId: string;
  sourceType: SourceType;
  named: boolean;
  cue: string;
  via: string;
  span: [number, number];
}

export interface Corroboration {
  groupId: string;
  members: number;
  independentOrigins: number;
  role: string | null;
  corroborated: boolean;
  contradicted: boolean;
  sourcingQuality: number;
  admiralty: string;
  adjustments: Array<{ id: string; score: string; weight: number; reason: string }>;
}

export interface AssertionView {
  id: string;
  position: number;
  start: number;
  end: number;
  text: string;
  provenance: Provenance | null;
  attribution: Attribution | null;
  hedged: boolean | null;
  scores: { sourcingQuality: number; alarmism: number } | null;
  admiralty: string | null;
  signals: Signal[] | null;
  rubricVersion: string | null;
  review: LatestReview | null;
  /** The values report cards count: automatic ones with the newest review applied (computed by the server). */
  effective: EffectiveValues | null;
  otherVersions: string[];
  corroboration: Corroboration | null;
}

export interface EffectiveValues {
  provenance: Provenance;
  sourcingQuality: number;
  alarmism: number;
  hedged: boolean;
  admiralty: string;
  attribution: { citedSourceId: string; canonicalName: string | null } | null;
  decision: Decision | null;
  dismissed: boolean;
}

export interface AssertionsResponse {
  articleId: string;
  rubricVersion: string | null;
  assertions: AssertionView[];
}

// ------------------------------------------------------------------ reviews and audit

export interface OverridesInput {
  provenance?: Provenance;
  sourcingQuality?: number;
  alarmism?: number;
  hedged?: boolean;
  admiralty?: string;
  attribution?: null | { citedSourceId: string } | { name: string; type: SourceType };
}

export interface ReviewRequest {
  decision: Decision;
  overrides?: OverridesInput;
  reason?: string;
}

export interface ReviewRecord {
  id?: string;
  decision: Decision;
  overrides: StoredOverrides | null;
  reason: string | null;
  createdAt: string;
  reviewer?: { id: string; email: string } | null;
  reviewerId?: string | null;
}

export interface Disagreement {
  field: string;
  automatic: unknown;
  reviewed: unknown;
  decision: Decision;
  reviewId?: string;
  decidedUnder?: string | null;
  currentRubricVersion?: string | null;
  rescoredSince?: boolean;
}

export interface ValueSet {
  provenance?: Provenance;
  sourcingQuality?: number;
  alarmism?: number;
  hedged?: boolean;
  admiralty?: string;
  attribution?: { citedSourceId: string; canonicalName: string | null } | null;
  decision?: Decision | null;
  dismissed?: boolean;
}

/** GET /api/assertions/:id: read defensively, every part is optional. */
export interface AssertionDetail {
  id: string;
  text?: string;
  article?: { id: string; title: string | null; outlet?: { id: string; name: string } | null } | null;
  automatic?: ValueSet | null;
  effective?: ValueSet | null;
  history?: ReviewRecord[];
  disagreements?: Disagreement[];
}

export interface QueueItem {
  assertionId: string;
  articleId: string;
  articleTitle: string | null;
  outlet: string | { id: string; name: string } | null;
  text: string;
  provenance: Provenance | null;
  attribution: { source?: string; canonicalName?: string | null; citedSourceId?: string } | null;
  scores: { sourcingQuality: number; alarmism: number } | null;
  hedged: boolean | null;
  admiralty: string | null;
  signals: Signal[] | null;
  contradicted: boolean | null;
  priority: { score: number; reasons: string[] };
  review: (LatestReview & { disagreements?: Disagreement[] }) | null;
  disagreements?: Disagreement[];
}

export interface AuditEntry {
  id: string | number;
  at: string;
  actor: { id: string; email: string } | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

// ------------------------------------------------------------------ sources

export interface SourceListItem {
  id: string;
  kind: 'outlet' | 'cited';
  name: string;
  type: string | null;
  articles: number;
  assertions: number;
  sourcingQuality: number | null;
  alarmism: number | null;
  anonymousShare: number | null;
  claims?: number;
  corroborationRate?: number | null;
  amplificationRate?: number | null;
  firstDate: string | null;
  lastDate: string | null;
  smallSample: boolean;
}

export interface IndexFigures {
  n: number;
  mean: number | null;
  sd: number | null;
  ci95: [number, number] | null;
  distribution: Array<{ range: string; count: number }>;
  corpusMean: number | null;
  corpusCi95: [number, number] | null;
  difference: number | null;
}

export interface ShareFigure {
  count: number;
  share: number | null;
  corpusShare: number | null;
}

export interface TopAssertion {
  assertionId: string;
  articleId: string;
  articleTitle: string | null;
  publishedAt: string | null;
  text: string;
  alarmism: number;
  sourcingQuality: number;
  provenance: Provenance;
  admiralty: string;
  hedged: boolean;
  signals: Signal[] | null;
  review: { decision: Decision; overrides: StoredOverrides | null } | null;
}

export interface GradeCounts {
  counts: Record<string, number>;
  mode: string | null;
  mean: number | null;
}

export interface ReportCard {
  id: string;
  kind: 'outlet' | 'cited';
  name: string;
  type: string | null;
  period: { from: string | null; toExclusive: string | null };
  rubricVersions: string[];
  sample: {
    articles: number;
    assertions: number;
    firstDate: string | null;
    lastDate: string | null;
    smallSample: boolean;
    warning: string | null;
    thresholds: { minAssertions: number; minArticles: number };
  };
  provenance: Record<Provenance, number>;
  sourcingQuality: IndexFigures;
  alarmism: IndexFigures;
  shares: { anonymous: ShareFigure; unverifiable: ShareFigure; hedged: ShareFigure };
  reliability: {
    grade: string | null;
    basis: string;
    reliability: GradeCounts;
    credibility: GradeCounts;
    evidence?: { claims: number; corroborated: number; contradicted: number };
  };
  corroboration?: {
    claims: number;
    grouped: number;
    originated: number;
    corroborated: { count: number; share: number | null; corpusShare: number | null } | null;
    amplified: { count: number; share: number | null; corpusShare: number | null } | null;
    contradicted: { count: number; share: number | null; corpusShare: number | null } | null;
  };
  trend: Array<{ month: string; assertions: number; sourcingQuality: number | null; alarmism: number | null }>;
  mostAlarmist: TopAssertion[];
  worstSourced: TopAssertion[];
  reviews: {
    reviewed: number;
    overridden: number;
    dismissed: number;
    changedByReviews: boolean;
    changed: string[];
    automatic: Record<string, unknown>;
  };
  pendingRefresh: number;
}

export interface Comparison {
  period: { from: string | null; toExclusive: string | null };
  corpus: { sourcingQuality: number | null; alarmism: number | null };
  sources: Array<{
    id: string;
    kind: string;
    name: string;
    type: string | null;
    articles: number;
    assertions: number;
    firstDate: string | null;
    lastDate: string | null;
    smallSample: boolean;
    sourcingQuality: { mean: number | null; ci95: [number, number] | null };
    alarmism: { mean: number | null; ci95: [number, number] | null };
    anonymousShare: number | null;
    unverifiableShare: number | null;
    hedgedShare: number | null;
    grade: string | null;
    changedByReviews: boolean;
  }>;
}

// ------------------------------------------------------------------ transport

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly messages: string[] = [message],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;

export const setCsrfToken = (token: string | null): void => {
  csrfToken = token;
};

/** Called on a 401 from any request that did not opt out (the app sends the user to /signin). */
export const setUnauthorizedHandler = (fn: (() => void) | null): void => {
  onUnauthorized = fn;
};

type Query = Record<string, string | number | boolean | null | undefined>;

/** `?a=1&b=x` from the defined, non-empty values. */
export function queryString(q: Query | undefined): string {
  if (!q) return '';
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}

interface RequestOptions {
  method?: string;
  query?: Query;
  json?: unknown;
  form?: FormData;
  /** Do not run the global 401 handler (signing in, reading the session). */
  allow401?: boolean;
  signal?: AbortSignal;
}

async function errorFrom(res: Response): Promise<ApiError> {
  let messages: string[] = [];
  try {
    const body = (await res.json()) as { message?: unknown };
    if (Array.isArray(body.message)) messages = body.message.map(String);
    else if (typeof body.message === 'string') messages = [body.message];
  } catch {
    // not JSON: fall back to the status text
  }
  if (!messages.length) messages = [res.status === 413 ? 'The upload is too large' : `${res.status} ${res.statusText || 'Request failed'}`];
  return new ApiError(res.status, messages.join('; '), messages);
}

export async function request<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const method = opts.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  let body: string | FormData | undefined;
  if (opts.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(opts.json);
  } else if (opts.form) {
    body = opts.form;
  }
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(`/api${path}${queryString(opts.query)}`, { method, headers, body, credentials: 'same-origin', signal: opts.signal });
  } catch (e) {
    if ((e as { name?: string }).name === 'AbortError') throw e;
    throw new ApiError(0, 'The server cannot be reached: check your connection and try again');
  }
  if (!res.ok) {
    const err = await errorFrom(res);
    if (res.status === 401 && !opts.allow401 && onUnauthorized) onUnauthorized();
    throw err;
  }
  if (res.status === 204) return undefined as T;
  const type = res.headers.get('content-type') ?? '';
  return (type.includes('application/json') ? await res.json() : await res.text()) as T;
}

/** A link for downloads (CSV/JSON exports): the session cookie authenticates it. */
export const apiUrl = (path: string, query?: Query): string => `/api${path}${queryString(query)}`;

// ------------------------------------------------------------------ endpoints

export const api = {
  session: () => request<Session | { user: null } | undefined>('/auth/session', { allow401: true }),
  signIn: (email: string, password: string) => request<Session>('/auth/session', { method: 'POST', json: { email, password }, allow401: true }),
  signOut: () => request<void>('/auth/session', { method: 'DELETE', allow401: true }),
  changePassword: (currentPassword: string, newPassword: string) => request<void>('/auth/password', { method: 'POST', json: { currentPassword, newPassword } }),

  users: (page: number, pageSize = 50) => request<Page<User>>('/users', { query: { page, pageSize } }),
  createUser: (email: string, password: string, role: Role) => request<User>('/users', { method: 'POST', json: { email, password, role } }),
  updateUser: (id: string, patch: { role?: Role; disabled?: boolean; password?: string }) => request<User>(`/users/${id}`, { method: 'PATCH', json: patch }),

  tokens: (all = false) => request<ApiToken[]>('/tokens', { query: { all: all || undefined } }),
  createToken: (name: string, expiresInDays?: number) => request<CreatedApiToken>('/tokens', { method: 'POST', json: { name, expiresInDays } }),
  revokeToken: (id: string) => request<void>(`/tokens/${id}`, { method: 'DELETE' }),

  articles: (q: { page: number; pageSize?: number; q?: string; status?: string; outlet?: string }) => request<Page<ArticleListItem>>('/articles', { query: q }),
  article: (id: string, signal?: AbortSignal) => request<Article>(`/articles/${id}`, { signal }),
  assertions: (id: string) => request<AssertionsResponse>(`/articles/${id}/assertions`),
  deleteArticle: (id: string) => request<void>(`/articles/${id}`, { method: 'DELETE' }),
  uploadText: (content: { text?: string; html?: string }, meta: UploadMetadata) => request<UploadAccepted>('/articles', { method: 'POST', json: { ...content, ...clean(meta) } }),
  uploadFile: (file: Blob, filename: string, meta: UploadMetadata) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(clean(meta))) form.set(k, v);
    form.set('file', file, filename);
    return request<UploadAccepted>('/articles', { method: 'POST', form });
  },

  sources: (q: Query) => request<Page<SourceListItem>>('/sources', { query: q }),
  report: (id: string, q: { from?: string; to?: string }) => request<ReportCard>(`/sources/${encodeURIComponent(id)}/report`, { query: q }),
  compare: (ids: string[], q: { from?: string; to?: string }) => request<Comparison>('/sources/compare', { query: { ids: ids.join(','), ...q } }),

  assertion: (id: string) => request<AssertionDetail>(`/assertions/${id}`),
  review: (assertionId: string, body: ReviewRequest) => request<unknown>(`/assertions/${assertionId}/reviews`, { method: 'POST', json: body }),
  bulkReview: (assertionIds: string[], decision: 'confirm' | 'dismiss', reason?: string) =>
    request<unknown>('/reviews/bulk', { method: 'POST', json: { assertionIds, decision, reason: reason || undefined } }),
  queue: (q: Query) => request<Page<QueueItem>>('/reviews/queue', { query: q }),

  audit: (q: Query) => request<Page<AuditEntry>>('/audit', { query: q }),
};

/** Metadata without blank fields (the API rejects e.g. an empty url). */
function clean(meta: UploadMetadata): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(meta)) if (typeof v === 'string' && v.trim()) out[k] = v.trim();
  return out;
}
