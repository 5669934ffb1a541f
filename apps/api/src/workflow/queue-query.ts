/**
 * A saved filter's query string, checked when it is saved rather than when it is opened: the same
 * rules as the queue's own parameters (summaries/dto/review-queue.query.ts), so a saved filter
 * always opens a queue page instead of a 400.
 */
const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

const RULES: Record<string, { pattern: RegExp; expected: string }> = {
  source: { pattern: new RegExp(`^(?:outlet|cited):${UUID}$`), expected: 'outlet:<uuid> or cited:<uuid>' },
  articleId: { pattern: new RegExp(`^${UUID}$`), expected: 'an article id' },
  signal: { pattern: /^[a-z0-9][a-z0-9-]{0,59}$/, expected: 'a signal id such as anonymous-source' },
  assignee: { pattern: new RegExp(`^(?:me|none|${UUID})$`), expected: 'me, none or a user id' },
  includeReviewed: { pattern: /^(?:true|false)$/, expected: 'true or false' },
};

export const QUEUE_QUERY_KEYS = Object.keys(RULES);

/** The query in a canonical order without empty values, or the first problem with it. */
export function normaliseQueueQuery(query: string): { query: string } | { problem: string } {
  const params = new URLSearchParams(query.trim().replace(/^\?/, ''));
  const out = new URLSearchParams();
  const seen = new Set<string>();
  for (const [key, value] of params) {
    const rule = RULES[key];
    if (!rule)
      return {
        problem: `query may only hold the queue's filters (${QUEUE_QUERY_KEYS.join(', ')}), not "${key.slice(0, 40)}"`,
      };
    if (seen.has(key)) return { problem: `query gives ${key} twice` };
    seen.add(key);
    if (value === '') continue;
    if (!rule.pattern.test(value)) return { problem: `query: ${key} must be ${rule.expected}` };
  }
  for (const key of QUEUE_QUERY_KEYS) {
    const v = params.get(key);
    if (v) out.set(key, v);
  }
  return { query: out.toString() };
}
