/**
 * A user's search words as a literal LIKE/ILIKE fragment: `%`, `_` and the escape character
 * itself are matched as text. Prisma's `contains` does not escape them, so "100%" would match
 * "1000" and a trailing backslash would be a malformed pattern.
 */
export const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);
