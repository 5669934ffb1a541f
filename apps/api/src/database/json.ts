import { Prisma } from '../generated/prisma/client';

/**
 * Library objects (signals, summaries, analyses) as Prisma JSON input: a JSON round trip drops
 * undefined fields and turns Dates into strings, which is exactly what the column stores.
 */
export const toJsonInput = (v: unknown): Prisma.InputJsonValue =>
  JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue;
