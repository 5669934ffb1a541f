/**
 * Prepositions that take a participle as an adjunct of the main clause ("before saying",
 * "by insisting"): the participle's subject is the main clause's, not the phrase before it.
 */
export const ADJUNCT_PREPOSITIONS = new Set(['before', 'after', 'by', 'while', 'when', 'without', 'upon', 'since']);
