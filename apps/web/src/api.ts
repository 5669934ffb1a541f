/**
 * The API client: every request goes through `request()`, which sends the session cookie
 * (same origin), the CSRF token on state-changing methods, and turns error bodies
 * (`{message: string | string[]}`) into an ApiError a screen can show.
 *
 * This file uses no DOM-only globals (the repository-wide tsc checks it without the DOM lib).
 */

// ------------------------------------------------------------------ vocabulary

export { ARTICLE_STATUSES, OUTLET_TYPES, PROVENANCES, ROLES, SOURCE_TYPES } from '@auditor/vocabulary';
export type {
  ArticleStatus,
  OutletType,
  Provenance,
  ReviewDecision as Decision,
  Role,
  SourceType,
} from '@auditor/vocabulary';
import { ROLES, type Role } from '@auditor/vocabulary';

export const hasRole = (role: Role | undefined | null, min: Role): boolean =>
  !!role && ROLES.indexOf(role) >= ROLES.indexOf(min);

// ------------------------------------------------------------------ response shapes

// Declared once in libs/contracts, where the API's controllers return the same types.
export type {
  AmplifiedClaim,
  AmplifiedClaimsResponse,
  ClaimMember,
  ClaimPage,
  KnownText,
  ApiToken,
  Article,
  ArticleListItem,
  ArticleListRow,
  ArticleMetaUpdate,
  AssertionDetail,
  AssertionsResponse,
  AssertionView,
  AttributionView as Attribution,
  AuditLogEntry as AuditEntry,
  BulkReviewResult,
  Comparison,
  Corroboration,
  CreatedApiToken,
  DecisionRates,
  Disagreement,
  EffectiveValues,
  EngineRate,
  EngineReport,
  GradeCounts,
  IndexFigures,
  KappaFigures,
  LatestReview,
  OverridesInput,
  Page,
  QueueItem,
  ReportCard,
  ReviewRecord,
  ReviewRequest,
  ReviewResult,
  ScoreBand,
  ScoreBands,
  BandedScore,
  Session,
  SessionState,
  SessionUser,
  ShareFigure,
  Signal,
  SourceListItem,
  SourceListPage,
  SourceMap,
  SourceMapPoint,
  StoredOverrides,
  TopAssertion,
  UploadAccepted,
  User,
  VerdictIndex,
} from '@auditor/contracts';
import type {
  AmplifiedClaimsResponse,
  ArticlePublications,
  ClaimPage,
  ApiToken,
  Article,
  ArticleListRow,
  ArticleMetaUpdate,
  AssertionDetail,
  AssertionsResponse,
  AuditLogEntry,
  BulkReviewResult,
  Comparison,
  CreatedApiToken,
  EngineReport,
  Page,
  QueueItem,
  ReportCard,
  ReviewRequest,
  ReviewResult,
  Session,
  SessionState,
  SourceListPage,
  SourceMap,
  UploadAccepted,
  User,
} from '@auditor/contracts';

/** The metadata fields of an upload form (text or file). */
/** GET /api/articles: search, filters (scores 0–100) and sort, as the URL carries them. */
export type ArticleListQuery = {
  page: number;
  pageSize?: number;
  q?: string;
  status?: string;
  outlet?: string;
  outletType?: string;
  from?: string;
  to?: string;
  undated?: string;
  sqMin?: string;
  sqMax?: string;
  alMin?: string;
  alMax?: string;
  sort?: string;
  order?: string;
};

export interface UploadMetadata {
  title?: string;
  outlet?: string;
  outletType?: string;
  publishedAt?: string;
  url?: string;
  author?: string;
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
  if (!messages.length)
    messages = [res.status === 413 ? 'The upload is too large' : `${res.status} ${res.statusText || 'Request failed'}`];
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
    res = await fetch(`/api${path}${queryString(opts.query)}`, {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: opts.signal,
    });
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
  session: () => request<SessionState>('/auth/session', { allow401: true }),
  signIn: (email: string, password: string) =>
    request<Session>('/auth/session', { method: 'POST', json: { email, password }, allow401: true }),
  signOut: () => request<void>('/auth/session', { method: 'DELETE', allow401: true }),
  changePassword: (currentPassword: string, newPassword: string) =>
    request<void>('/auth/password', { method: 'POST', json: { currentPassword, newPassword } }),

  users: (page: number, pageSize = 50) => request<Page<User>>('/users', { query: { page, pageSize } }),
  createUser: (email: string, password: string, role: Role) =>
    request<User>('/users', { method: 'POST', json: { email, password, role } }),
  updateUser: (id: string, patch: { role?: Role; disabled?: boolean; password?: string }) =>
    request<User>(`/users/${id}`, { method: 'PATCH', json: patch }),

  tokens: (all = false) => request<ApiToken[]>('/tokens', { query: { all: all || undefined } }),
  createToken: (name: string, expiresInDays?: number) =>
    request<CreatedApiToken>('/tokens', { method: 'POST', json: { name, expiresInDays } }),
  revokeToken: (id: string) => request<void>(`/tokens/${id}`, { method: 'DELETE' }),

  articles: (q: ArticleListQuery) => request<Page<ArticleListRow>>('/articles', { query: q }),
  updateArticle: (id: string, changes: ArticleMetaUpdate) =>
    request<Article>(`/articles/${id}`, { method: 'PATCH', json: changes }),
  article: (id: string, signal?: AbortSignal) => request<Article>(`/articles/${id}`, { signal }),
  assertions: (id: string) => request<AssertionsResponse>(`/articles/${id}/assertions`),
  deleteArticle: (id: string) => request<void>(`/articles/${id}`, { method: 'DELETE' }),
  uploadText: (content: { text?: string; html?: string }, meta: UploadMetadata) =>
    request<UploadAccepted>('/articles', { method: 'POST', json: { ...content, ...clean(meta) } }),
  uploadFile: (file: Blob, filename: string, meta: UploadMetadata) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(clean(meta))) form.set(k, v);
    form.set('file', file, filename);
    return request<UploadAccepted>('/articles', { method: 'POST', form });
  },

  sources: (q: Query) => request<SourceListPage>('/sources', { query: q }),
  sourceMap: (q: Query) => request<SourceMap>('/sources/map', { query: q }),
  report: (id: string, q: { from?: string; to?: string }) =>
    request<ReportCard>(`/sources/${encodeURIComponent(id)}/report`, { query: q }),
  compare: (ids: string[], q: { from?: string; to?: string }) =>
    request<Comparison>('/sources/compare', { query: { ids: ids.join(','), ...q } }),

  assertion: (id: string) => request<AssertionDetail>(`/assertions/${id}`),
  claim: (id: string) => request<ClaimPage>(`/claims/${encodeURIComponent(id)}`),
  publications: (articleId: string) =>
    request<ArticlePublications>(`/articles/${encodeURIComponent(articleId)}/publications`),
  removePublication: (articleId: string, outletId: string) =>
    request<void>(`/articles/${encodeURIComponent(articleId)}/publications/${encodeURIComponent(outletId)}`, {
      method: 'DELETE',
    }),
  amplifiedClaims: (sourceId: string, period: { from?: string; to?: string } = {}, limit = 10) =>
    request<AmplifiedClaimsResponse>(`/sources/${encodeURIComponent(sourceId)}/claims`, {
      query: { sort: 'amplified', limit, ...period },
    }),
  review: (assertionId: string, body: ReviewRequest) =>
    request<ReviewResult>(`/assertions/${assertionId}/reviews`, { method: 'POST', json: body }),
  bulkReview: (assertionIds: string[], decision: 'confirm' | 'dismiss', reason?: string) =>
    request<BulkReviewResult>('/reviews/bulk', {
      method: 'POST',
      json: { assertionIds, decision, reason: reason || undefined },
    }),
  queue: (q: Query) => request<Page<QueueItem>>('/reviews/queue', { query: q }),

  audit: (q: Query) => request<Page<AuditLogEntry>>('/audit', { query: q }),

  engineReport: () => request<EngineReport>('/engine/report'),
};

/** Metadata without blank fields (the API rejects e.g. an empty url). */
function clean(meta: UploadMetadata): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(meta)) if (typeof v === 'string' && v.trim()) out[k] = v.trim();
  return out;
}
