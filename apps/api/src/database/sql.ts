import type { PoolClient } from 'pg';
import type { Prisma } from '../generated/prisma/client';

/**
 * What the scoring write needs of a connection: parameterised SQL and its rows. The scoring job
 * runs it on a pg connection of its own (SqlPool), the bulk import inside its Prisma transaction:
 * one set of statements, two carriers.
 */
export interface Sql {
  query<T>(text: string, values?: readonly unknown[]): Promise<T[]>;
}

export const viaPrisma = (tx: Prisma.TransactionClient): Sql => ({
  query: <T>(text: string, values: readonly unknown[] = []) => tx.$queryRawUnsafe<T[]>(text, ...values),
});

export const viaPg = (client: PoolClient): Sql => ({
  query: async <T>(text: string, values: readonly unknown[] = []) =>
    (await client.query(text, values as unknown[])).rows as T[],
});

/** PostgreSQL's unique_violation, whichever driver reported it. */
export const isUniqueViolationCode = (e: unknown): boolean =>
  typeof e === 'object' && e !== null && (e as { code?: unknown }).code === '23505';
