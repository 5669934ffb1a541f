/**
 * How a full-text search is run over articles. A phrase (or a hyphenated word, which the parser
 * turns into one) needs word positions, and the GIN index holds none: PostgreSQL rechecks every
 * candidate against the article's whole-text vector, which lives in TOAST (6–7 KB an article, four
 * chunks). A phrase common in the corpus then costs a detoast per article — 16,000 of them at the
 * million-assertion bench size, over half a second.
 *
 * So a phrase outside a negation is searched in two steps: the conjunction of its words (a superset
 * the index answers alone) gives the candidates, which are sorted, and only as many are checked for
 * the phrase as the requested page needs. The total is then counted exactly when few candidates
 * exist or the page ran out, and otherwise estimated from a fixed sample (UUIDs are random, so the
 * lowest ids are a random sample), and said to be an estimate.
 */
export interface SearchPlan {
  /** The tsquery text of the search, as PostgreSQL parsed it. */
  exact: string;
  /** The same with every phrase operator replaced by AND, when that is a superset; else null. */
  relaxed: string | null;
}

const PHRASE_OPERATOR = /<(?:-|\d+)>/g;

export function planSearch(tsquery: string): SearchPlan {
  const positional = new RegExp(PHRASE_OPERATOR.source).test(tsquery);
  // Under a negation the conjunction excludes more than the phrase does: no longer a superset.
  const negatedGroup = /!\s*\(/.test(tsquery);
  return { exact: tsquery, relaxed: positional && !negatedGroup ? tsquery.replace(PHRASE_OPERATOR, '&') : null };
}

/**
 * Candidates checked for the phrase to estimate the total: the match rate within ±4.4 points at
 * 95 % confidence whatever the rate (1.96·√(¼/500)), for about a tenth of checking 16,000.
 */
export const SAMPLE_SIZE = 500;

export interface PhraseTotalInput {
  /** Articles matching every word of the search (and the filters). */
  candidates: number;
  /** Of the sampled candidates (the lowest ids, at most SAMPLE_SIZE), how many hold the phrase. */
  sampledMatches: number;
  sampled: number;
  /** Rows skipped (the page's offset) and returned: verified matches, so a floor for the total. */
  offset: number;
  returned: number;
  pageSize: number;
}

/** The total of a phrase search, and whether it is an estimate. */
export function phraseTotal(x: PhraseTotalInput): { total: number; estimated: boolean } {
  // A short page means the candidates ran out: every match was seen (an empty first page: none).
  if (x.returned < x.pageSize && (x.returned > 0 || x.offset === 0))
    return { total: x.offset + x.returned, estimated: false };
  // The sample was every candidate.
  if (x.sampled >= x.candidates) return { total: x.sampledMatches, estimated: false };
  const estimate = x.sampled ? Math.round((x.candidates * x.sampledMatches) / x.sampled) : x.candidates;
  // Verified rows bound it from below; an empty page past the end bounds it from above.
  if (x.returned === 0) return { total: Math.min(estimate, x.offset), estimated: true };
  return { total: Math.max(estimate, x.offset + x.returned), estimated: true };
}
