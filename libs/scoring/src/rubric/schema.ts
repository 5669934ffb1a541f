import { z } from 'zod';
import { OUTLET_TYPES, SOURCE_TYPES } from '@auditor/vocabulary';

/**
 * The shape of rubric.json, checked when the library loads it: a mistyped key or a weight that is
 * not a number would otherwise reach the rules as `undefined` and score every assertion NaN.
 * Objects are strict, so an unknown key is an error that names its path.
 */
const weights = z.record(
  z.string().regex(/^[a-z]+(?:-[a-z]+)*$/, 'weight keys are kebab-case signal ids'),
  z.number().finite(),
);
const grade = z
  .object({ named: z.enum(['A', 'B', 'C', 'D', 'E', 'F']), unnamed: z.enum(['A', 'B', 'C', 'D', 'E', 'F']) })
  .strict();
const digit = z.number().int().min(1).max(6);

export const rubricSchema = z
  .object({
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'version must be semantic (major.minor.patch)'),
    description: z.string(),
    sourcingQuality: z.object({ base: z.number().min(0).max(100), weights }).strict(),
    alarmism: z
      .object({
        base: z.number().min(0).max(100),
        weights,
        thresholds: z
          .object({ largeNumber: z.number().positive(), softeningMaxShare: z.number().min(0).max(1) })
          .strict(),
        // Written by `npm run fit` with its provenance; read by the docs generator, not by the rules.
        fit: z.record(z.string(), z.unknown()).optional(),
      })
      .strict(),
    admiralty: z
      .object({
        reliability: z
          .object(
            Object.fromEntries(SOURCE_TYPES.map((t) => [t, grade])) as Record<
              (typeof SOURCE_TYPES)[number],
              typeof grade
            >,
          )
          .strict(),
        credibility: z.object({ minDetailsForPossible: z.number().int().min(0) }).strict(),
        parties: z.array(z.enum(OUTLET_TYPES)),
      })
      .strict(),
    corroboration: z
      .object({
        description: z.string().optional(),
        minIndependentOrigins: z.number().int().min(2),
        sourcingQualityBonus: z.number(),
        corroboratedDigit: digit,
        contradictedDigit: digit,
      })
      .strict(),
  })
  .strict();

export type RubricFile = z.infer<typeof rubricSchema>;

/** Parses rubric data, or throws one error listing every problem by its path ("alarmism.weights.x: …"). */
export function parseRubricFile(data: unknown, source = 'rubric.json'): RubricFile {
  const r = rubricSchema.safeParse(data);
  if (r.success) return r.data;
  const problems = r.error.issues.map(
    (i) =>
      `${i.path.join('.') || '(top level)'}: ${i.message}${'keys' in i ? ` ${(i.keys as string[]).join(', ')}` : ''}`,
  );
  throw new Error(`${source} is not a valid rubric:\n  ${problems.join('\n  ')}`);
}
