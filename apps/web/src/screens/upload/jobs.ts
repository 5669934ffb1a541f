import { api, ApiError, type ArticleStatus, type KnownText, type UploadAccepted } from '../../api';

export type JobState = 'waiting' | 'uploading' | ArticleStatus | 'error';

/** One upload as the progress list shows it. */
export interface Job {
  key: string;
  name: string;
  state: JobState;
  articleId?: string;
  duplicate?: boolean;
  /** The text was already stored: where, and whether this upload became a syndicated copy. */
  knownText?: KnownText;
  message?: string;
}

export interface JobResult {
  id?: string;
  state: JobState;
  /** The text was already stored (UploadAccepted.knownText). */
  known?: boolean;
}

export const STATE_TEXT: Record<JobState, string> = {
  waiting: 'Waiting',
  uploading: 'Uploading',
  queued: 'Queued for scoring',
  scoring: 'Scoring',
  scored: 'Scored',
  failed: 'Scoring failed',
  error: 'Not uploaded',
};

export const isDone = (s: JobState): boolean => s === 'scored' || s === 'failed' || s === 'error';

const POLL_LIMIT_MS = 5 * 60_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Uploads one item, then polls its article until scoring is done, reporting each change. */
export async function uploadAndFollow(
  send: () => Promise<UploadAccepted>,
  update: (change: Partial<Job>) => void,
): Promise<JobResult> {
  update({ state: 'uploading' });
  let id: string;
  let known: boolean;
  try {
    const accepted = await send();
    id = accepted.id;
    known = !!accepted.knownText;
    update({ state: accepted.status, articleId: id, duplicate: accepted.duplicate, knownText: accepted.knownText });
    if (isDone(accepted.status)) return { id, state: accepted.status, known };
  } catch (err) {
    update({ state: 'error', message: err instanceof ApiError ? err.message : String(err) });
    return { state: 'error' };
  }
  const until = Date.now() + POLL_LIMIT_MS;
  let wait = 500;
  while (Date.now() < until) {
    await sleep(wait);
    wait = Math.min(2000, wait * 1.5);
    try {
      const a = await api.article(id);
      update({ state: a.status, message: a.status === 'failed' ? (a.error ?? undefined) : undefined });
      if (isDone(a.status)) return { id, state: a.status, known };
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) {
        update({ state: 'error', message: 'the article was deleted' });
        return { state: 'error' };
      }
      // a transient failure: keep polling
    }
  }
  update({ message: 'still not scored after five minutes; open the article later' });
  return { id, state: 'queued', known };
}

/** Runs `fn` over `items` with at most `width` running at once; results in the items' order. */
export async function mapAtMost<T, R>(items: readonly T[], width: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return results;
}
