import type { ArticleStatus } from '../api';

export function StatusTag({ status }: { status: ArticleStatus }) {
  return <span className={`status status-${status}`}>{status}</span>;
}
