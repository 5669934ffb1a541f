/**
 * Who an assertion comes from. The one list the library, the service, the database enums, the
 * web app and the CLI all read: adding a type here makes the compiler point at every table keyed
 * by it (reliability rows, card columns, colours).
 */
export const SOURCE_TYPES = ['official', 'military', 'insurgent', 'independent', 'media', 'anonymous'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

/** Outlets are typed like named sources; an outlet is never "anonymous". */
export const OUTLET_TYPES = ['official', 'military', 'insurgent', 'independent', 'media'] as const;
export type OutletType = (typeof OUTLET_TYPES)[number];

/** A source type, or the author's own voice when nothing is attributed. */
export const PROVENANCES = [...SOURCE_TYPES, 'unattributed'] as const;
export type Provenance = (typeof PROVENANCES)[number];

export const ROLES = ['viewer', 'analyst', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const REVIEW_DECISIONS = ['confirm', 'override', 'dismiss'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export const ARTICLE_STATUSES = ['queued', 'scoring', 'scored', 'failed'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

/**
 * Where an article's publication date came from; `metadata` and `text` are estimates the UI says
 * are. `given` with no date: a person said it has none (an analyst cleared it), so nothing estimates one.
 */
export const PUBLISHED_AT_SOURCES = ['given', 'metadata', 'text', 'none'] as const;
export type PublishedAtSource = (typeof PUBLISHED_AT_SOURCES)[number];

const includes = <T extends string>(list: readonly T[], v: unknown): v is T =>
  typeof v === 'string' && (list as readonly string[]).includes(v);
export const isSourceType = (v: unknown): v is SourceType => includes(SOURCE_TYPES, v);
export const isOutletType = (v: unknown): v is OutletType => includes(OUTLET_TYPES, v);
export const isProvenance = (v: unknown): v is Provenance => includes(PROVENANCES, v);
