/**
 * The API answers a reader from summaries that may trail the newest writes by a few seconds, and says so
 * (`pendingRefresh`: articles still being added to the figures). A screen showing such an answer asks again by itself
 * after these delays, doubling from 1 s up to 30 s, until nothing is pending: the figures catch up without a reload,
 * and a long bulk import costs a request every half minute, most of them answered from the API's cache.
 */
export const CATCH_UP_FIRST_MS = 1_000;
export const CATCH_UP_MAX_MS = 30_000;

/** The wait before the `attempt`-th (from 0) new request while the answer still reports pending articles. */
export function catchUpDelay(attempt: number): number {
  return Math.min(CATCH_UP_MAX_MS, CATCH_UP_FIRST_MS * 2 ** Math.max(0, Math.min(attempt, 30)));
}
