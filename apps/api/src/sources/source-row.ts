import { formatSourceId, SourceKind } from '../summaries/source-id';
import { isSmallSample } from './report-card.thresholds';

/** The columns every per-source row of the summary queries carries (list, map). */
export interface SourceRowBase {
  kind: SourceKind;
  source_id: string;
  name: string;
  type: string | null;
  n: bigint | number;
  articles: bigint | number;
  first_at: Date | null;
  last_at: Date | null;
  total: bigint | number;
}

/** Who a row is about and how much it rests on, as the list and the map both answer it. */
export function sourceIdentity(r: SourceRowBase) {
  const n = Number(r.n);
  const articles = Number(r.articles);
  return {
    id: formatSourceId(r.kind, r.source_id),
    kind: r.kind,
    name: r.name,
    type: r.type,
    articles,
    assertions: n,
    firstDate: r.first_at?.toISOString() ?? null,
    lastDate: r.last_at?.toISOString() ?? null,
    smallSample: isSmallSample(articles, n),
  };
}
