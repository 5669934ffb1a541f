/**
 * Dates travel as ISO 8601 strings: the service converts each Date with toISOString() where it
 * builds a response (what JSON.stringify would write anyway), so the type the controller returns
 * is the type the browser receives: no Date-to-string mapping type is needed on either side.
 */
export type IsoDateTime = string;

/** One page of a list: `page` counts from 1. */
export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
  /**
   * Present (true) when `total` was estimated from a sample rather than counted: a phrase search
   * matching thousands of articles (GET /api/articles). Shown as "about N".
   */
  totalEstimated?: true;
}
