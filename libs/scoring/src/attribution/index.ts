/**
 * Attribution stage: who each assertion is attributed to, and what kind of source that is.
 */
export { attribute } from './attribute';
export { classifySource } from './source-types';
export { canonicalSourceName } from './aliases';
